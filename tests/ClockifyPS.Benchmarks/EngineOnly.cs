using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ClockifyPS.Emulator;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Models;

namespace ClockifyPS.Benchmarks;

/// <summary>Diagnostic: the listing without PowerShell (engine pages shaped into models), to split the cost.</summary>
internal static class EngineOnly
{
    public static async Task<int> RunAsync(int entries, int users)
    {
        await using ClockifyEmulator emulator = await ClockifyEmulator.StartAsync(new EmulatorOptions { TimeEntryCount = entries, UserCount = users, RequestsPerSecond = 0, ReplayReads = true });
        EmulatedRegion region = emulator.Region("Global");
        using var client = new ClockifyApiClient(RegionEndpoints.ForDeployment(region.BaseUri), ClockifyCredential.FromPlainText(ClockifyCredentialKind.ApiKey, region.ApiKey), new ClockifyClientOptions { RateLimit = 0 });
        for (int round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            long count = 0;
            foreach (string user in region.UserIds)
            {
                var query = new TimeEntryQuery { Start = "2024-01-01T00:00:00Z", End = "2027-01-01T00:00:00Z" };
                using PageReader<ClockifyTimeEntry> pages = client.ReadPages(TimeEntryApi.List(region.WorkspaceId, user, query), 5000, r => r.Deserialize<List<TimeEntryDto>>(), items => items.Select(d => new ClockifyTimeEntry(d)).ToList(), null, CancellationToken.None);
                while (await pages.NextAsync() is { } page)
                {
                    count += page.Count;
                }
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "round {0}: {1:N0} entries in {2:N2} s = {3:N0} entries/s (engine only, replayed pages)", round, count, clock.Elapsed.TotalSeconds, count / clock.Elapsed.TotalSeconds));
        }

        return 0;
    }
}
