using System;
using System.Globalization;
using System.Threading.Tasks;
using ClockifyPS.Emulator;

namespace ClockifyPS.Benchmarks;

/// <summary>Figure 5: a year's summary report for 500 users: requests made against the fewest that can answer it.</summary>
internal static class SummaryFigure
{
    public static async Task<int> RunAsync(int users)
    {
        await using ClockifyEmulator emulator = await ClockifyEmulator.StartAsync(new EmulatorOptions { TimeEntryCount = users * 400, UserCount = users, RequestsPerSecond = 50 });
        EmulatedRegion region = emulator.Region("Global");
        using var engine = new Engine(Paths.ModuleManifest);
        engine.Connect(region.BaseUri, region.ApiKey);
        emulator.Counters.Reset();

        long rows = engine.Measure("Get-ClockifySummaryReport -Start '2025-01-01Z' -End '2026-01-01Z' -GroupBy User, Project");
        long requests = emulator.Counters.TotalRequests;

        // One request gives every group's time and amount; Clockify's groups carry no billable time, so
        // BillableDuration needs one more, billable-only request; the amounts' currency is the workspace's,
        // read once. Nothing fewer can fill the rows.
        const int Minimum = 3;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "Summary of a year for {0} users: {1:N0} rows from {2} requests; minimum {3}; ratio {4:N2}", users, rows, requests, Minimum, (double)requests / Minimum));
        return requests <= Minimum ? 0 : 1;
    }
}
