using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using ClockifyPS.Emulator;

namespace ClockifyPS.Benchmarks;

/// <summary>Diagnostic: how fast the emulator alone serves pages (bytes only, nothing parsed).</summary>
internal static class RawFetch
{
    public static async Task<int> RunAsync(int entries, int users)
    {
        await using ClockifyEmulator emulator = await ClockifyEmulator.StartAsync(new EmulatorOptions { TimeEntryCount = entries, UserCount = users, RequestsPerSecond = 0 });
        EmulatedRegion region = emulator.Region("Global");
        using var http = new HttpClient();
        for (int round = 0; round < 2; round++)
        {
            var clock = Stopwatch.StartNew();
            long bytes = 0;
            foreach (string user in region.UserIds)
            {
                for (int page = 1; ; page++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(region.BaseUri, $"api/v1/workspaces/{region.WorkspaceId}/user/{user}/time-entries?start=2024-01-01T00:00:00Z&end=2027-01-01T00:00:00Z&page={page}&page-size=5000"));
                    request.Headers.Add("X-Api-Key", region.ApiKeyFor(user));
                    using HttpResponseMessage response = await http.SendAsync(request);
                    byte[] body = await response.Content.ReadAsByteArrayAsync();
                    bytes += body.Length;
                    if (response.Headers.TryGetValues("Last-Page", out var last) && string.Join(",", last) == "true")
                    {
                        break;
                    }
                }
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "round {0}: {1:N0} bytes in {2:N2} s = {3:N0} entries/s served", round, bytes, clock.Elapsed.TotalSeconds, entries / clock.Elapsed.TotalSeconds));
        }

        return 0;
    }
}
