using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace ClockifyPS.Benchmarks;

/// <summary>Figure 4: Import-Module of ClockifyPS in a fresh process and engine, against an empty binary module.</summary>
internal static class ImportFigure
{
    private const int Runs = 9;

    public static int Run()
    {
        var clockify = new double[Runs];
        var empty = new double[Runs];
        for (int i = 0; i < Runs; i++)
        {
            // Alternated, so drift in the machine's load falls on both alike.
            clockify[i] = double.Parse(ChildProcesses.RunSelf("import-child \"" + Paths.ModuleManifest + "\""), CultureInfo.InvariantCulture);
            empty[i] = double.Parse(ChildProcesses.RunSelf("import-child \"" + Paths.EmptyModule + "\""), CultureInfo.InvariantCulture);
        }

        double clockifyMedian = Median(clockify);
        double emptyMedian = Median(empty);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "Import-Module ClockifyPS: median {0:N1} ms over {1} fresh processes", clockifyMedian, Runs));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "Import-Module of an empty binary module (with a manifest): median {0:N1} ms", emptyMedian));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "ratio: {0:N2}x (target: under 2x)", clockifyMedian / emptyMedian));
        return 0;
    }

    /// <summary>In the child: open an engine, then time only the import.</summary>
    public static int Child(string module)
    {
        using Runspace runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        using var shell = PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddCommand("Import-Module").AddParameter("Name", module).AddParameter("ErrorAction", "Stop");
        var clock = Stopwatch.StartNew();
        shell.Invoke();
        clock.Stop();
        Console.WriteLine(clock.Elapsed.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture));
        return 0;
    }

    private static double Median(double[] values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2];
    }
}
