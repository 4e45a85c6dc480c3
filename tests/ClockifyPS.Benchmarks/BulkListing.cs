using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;
using ClockifyPS.Emulator;

namespace ClockifyPS.Benchmarks;

/// <summary>
/// Figure 1: Get-ClockifyTimeEntry -AllUsers over a large workspace, with the emulator limited to 50 requests
/// a second and unlimited, as a share of the bound (50 requests x 5000 entries a second).
/// </summary>
internal static class BulkListing
{
    private const double RateLimit = 50;
    private const int LargestPage = 5000;

    public static async Task<int> RunAsync(int entries, int users)
    {
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "Bulk listing: {0:N0} entries over {1} users, emulator in-process on loopback.", entries, users));
        // A short run first, so the figures measure steady-state code rather than the JIT.
        await MeasureAsync(Math.Min(entries, 50_000), Math.Max(1, users / 4), 0);
        Result unlimited = await MeasureAsync(entries, users, 0);
        Result limited = await MeasureAsync(entries, users, RateLimit);
        Result unlimitedAgain = await MeasureAsync(entries, users, 0);
        Result limitedAgain = await MeasureAsync(entries, users, RateLimit);
        Console.WriteLine(unlimitedAgain + " | " + limitedAgain);
        double bound = RateLimit * LargestPage;
        Console.WriteLine();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "limited   : {0}", limited));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "unlimited : {0}", unlimited));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "share of the bound ({0:N0} entries/s) with the limiter on: {1:P1}", bound, limited.EntriesPerSecond / bound));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "limited / unlimited: {0:P1}", limited.EntriesPerSecond / unlimited.EntriesPerSecond));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "requests / minimum (limited run): {0:N0} / {1:N0} = {2:P2}", limited.Requests, limited.MinimumRequests, (double)limited.Requests / limited.MinimumRequests));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "429s answered by the emulator: {0}; surfaced to the caller: 0 (the run would have thrown)", limited.TooManyRequests));
        return limited.Entries == entries && unlimited.Entries == entries ? 0 : 1;
    }

    private static async Task<Result> MeasureAsync(int entries, int users, double rate)
    {
        await using ClockifyEmulator emulator = await ClockifyEmulator.StartAsync(new EmulatorOptions { TimeEntryCount = entries, UserCount = users, RequestsPerSecond = rate });
        EmulatedRegion region = emulator.Region("Global");
        using var engine = new Engine(Paths.ModuleManifest);
        engine.Connect(region.BaseUri, region.ApiKey);
        emulator.Counters.Reset();
        long minimum = 1;
        foreach (string user in region.UserIds)
        {
            minimum += Math.Max(1, (region.TimeEntryCount(region.WorkspaceId, user) + LargestPage - 1) / LargestPage);
        }

        var clock = Stopwatch.StartNew();
        long listed = engine.Count("Get-ClockifyTimeEntry -AllUsers -Start '2024-01-01Z' -End '2027-01-01Z'");
        clock.Stop();
        return new Result(listed, clock.Elapsed, emulator.Counters.TotalRequests, minimum, emulator.Counters.Responses(429), rate);
    }

    private sealed record Result(long Entries, TimeSpan Elapsed, long Requests, long MinimumRequests, long TooManyRequests, double Rate)
    {
        public double EntriesPerSecond => Entries / Elapsed.TotalSeconds;

        public override string ToString() => string.Format(CultureInfo.InvariantCulture,
            "{0:N0} entries in {1:N2} s = {2:N0} entries/s; {3:N0} requests (minimum {4:N0}); emulator rate {5}",
            Entries, Elapsed.TotalSeconds, EntriesPerSecond, Requests, MinimumRequests, Rate > 0 ? Rate + "/s" : "unlimited");
    }
}
