using System;
using System.Collections.Generic;
using System.Linq;
using System.Diagnostics;
using System.Globalization;

namespace ClockifyPS.Benchmarks;

/// <summary>
/// Figure 3: the peak working set of a process that streams N entries through Get-ClockifyTimeEntry, for
/// 10,000 and 1,000,000 entries. The emulator runs in a process of its own.
/// </summary>
internal static class MemoryFigure
{
    public static int Run(int small, int large, int users, int runs)
    {
        // Peaks move with the garbage collector's timing (single runs differ by tens of MB): the median of
        // several fresh processes each, alternated.
        var smallPeaks = new List<long>();
        var largePeaks = new List<long>();
        var smallRetained = new List<long>();
        var largeRetained = new List<long>();
        for (int i = 0; i < runs; i++)
        {
            (long peak, long retained) = Measure(small, users);
            smallPeaks.Add(peak);
            smallRetained.Add(retained);
            (peak, retained) = Measure(large, users);
            largePeaks.Add(peak);
            largeRetained.Add(retained);
        }

        long smallPeak = smallPeaks.OrderBy(p => p).ElementAt(runs / 2);
        long largePeak = largePeaks.OrderBy(p => p).ElementAt(runs / 2);
        Console.WriteLine("runs (MB): " + string.Join(", ", smallPeaks.Select(p => (p / 1048576.0).ToString("N1", CultureInfo.InvariantCulture))) + " | " + string.Join(", ", largePeaks.Select(p => (p / 1048576.0).ToString("N1", CultureInfo.InvariantCulture))));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "median peak working set streaming {0:N0} entries: {1:N1} MB", small, smallPeak / 1048576.0));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "median peak working set streaming {0:N0} entries: {1:N1} MB", large, largePeak / 1048576.0));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "difference: {0:N1} MB (target: under 50 MB)", (largePeak - smallPeak) / 1048576.0));

        // What the process still holds once the listing is done and a full collection has run: unlike the peak,
        // this does not move with the collector's timing, and it shows whether anything grows with the data.
        long smallHeld = smallRetained.OrderBy(p => p).ElementAt(runs / 2);
        long largeHeld = largeRetained.OrderBy(p => p).ElementAt(runs / 2);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "median managed heap after the listing and a full collection: {0:N1} MB ({1:N0} entries), {2:N1} MB ({3:N0} entries)", smallHeld / 1048576.0, small, largeHeld / 1048576.0, large));
        return 0;
    }

    /// <summary>In the child: stream the listing, then print the peak working set in bytes.</summary>
    public static int Child(Uri baseUri, string key)
    {
        using var engine = new Engine(Paths.ModuleManifest);
        engine.Connect(baseUri, key);
        long count = engine.Measure("Get-ClockifyTimeEntry -AllUsers -Start '2024-01-01Z' -End '2027-01-01Z'");
        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        long peak = self.PeakWorkingSet64;
        long retained = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(count.ToString(CultureInfo.InvariantCulture) + " " + peak.ToString(CultureInfo.InvariantCulture) + " " + retained.ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    private static (long Peak, long Retained) Measure(int entries, int users)
    {
        (Process emulator, Uri baseUri, string key) = ChildProcesses.StartEmulator(entries, users);
        try
        {
            string[] result = ChildProcesses.RunSelf("memory-child --base " + baseUri + " --key " + key).Split(' ');
            long listed = long.Parse(result[0], CultureInfo.InvariantCulture);
            if (listed != entries)
            {
                throw new InvalidOperationException("Listed " + listed + " of " + entries + " entries.");
            }

            return (long.Parse(result[1], CultureInfo.InvariantCulture), long.Parse(result[2], CultureInfo.InvariantCulture));
        }
        finally
        {
            emulator.Kill();
            emulator.Dispose();
        }
    }
}
