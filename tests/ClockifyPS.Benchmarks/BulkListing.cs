using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;
using ClockifyPS.Emulator;

namespace ClockifyPS.Benchmarks;

/// <summary>
/// Figure 1: Get-ClockifyTimeEntry -AllUsers over a large workspace, with the emulator limited to 50 requests
/// a second and unlimited, as a share of the bound (50 requests x 5000 entries a second). Measured twice:
/// with the emulator replaying rendered pages (so it does not take the module's CPU on a small machine) and
/// with the emulator rendering every page.
/// </summary>
internal static class BulkListing
{
    private const double RateLimit = 50;
    private const int LargestPage = 5000;

    public static async Task<int> RunAsync(int entries, int users)
    {
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "Bulk listing: {0:N0} entries over {1} users, emulator in-process on loopback, {2} cores.", entries, users, Environment.ProcessorCount));

        // A first run so the figures measure steady-state code rather than the JIT.
        await MeasureAsync(entries, users, 0, replay: false);
        bool complete = true;
        foreach (bool replay in new[] { true, false })
        {
            Result limited = await MeasureAsync(entries, users, RateLimit, replay);
            Result unlimited = await MeasureAsync(entries, users, 0, replay);
            double bound = RateLimit * LargestPage;
            Console.WriteLine();
            Console.WriteLine(replay ? "Emulator replaying rendered pages:" : "Emulator rendering every page:");
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  limited   : {0}", limited));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  unlimited : {0}", unlimited));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  share of the bound ({0:N0} entries/s) with the limiter on: {1:P1}", bound, limited.EntriesPerSecond / bound));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  limited / unlimited: {0:P1}", limited.EntriesPerSecond / unlimited.EntriesPerSecond));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  requests / minimum (limited run): {0:N0} / {1:N0} = {2:P2}", limited.Requests, limited.MinimumRequests, (double)limited.Requests / limited.MinimumRequests));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  429s answered by the emulator: {0}; surfaced to the caller: 0 (a surfaced error stops the run)", limited.TooManyRequests));
            complete &= limited.Entries == entries && unlimited.Entries == entries;
        }

        return complete ? 0 : 1;
    }

    private static async Task<Result> MeasureAsync(int entries, int users, double rate, bool replay)
    {
        await using ClockifyEmulator emulator = await ClockifyEmulator.StartAsync(new EmulatorOptions { TimeEntryCount = entries, UserCount = users, RequestsPerSecond = rate, ReplayReads = replay });
        EmulatedRegion region = emulator.Region("Global");
        using var engine = new Engine(Paths.ModuleManifest);
        engine.Connect(region.BaseUri, region.ApiKey);
        const string Listing = "Get-ClockifyTimeEntry -AllUsers -Start '2024-01-01Z' -End '2027-01-01Z'";
        if (replay)
        {
            // Renders every page once; the measured run is then served from the emulator's replay cache.
            engine.Measure(Listing);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        emulator.Counters.Reset();
        long minimum = 1;
        foreach (string user in region.UserIds)
        {
            minimum += Math.Max(1, (region.TimeEntryCount(region.WorkspaceId, user) + LargestPage - 1) / LargestPage);
        }

        var clock = Stopwatch.StartNew();
        long listed = engine.Measure(Listing);
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
