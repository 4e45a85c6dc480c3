using System;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace ClockifyPS.Benchmarks;

/// <summary>Runs the emulator and measured engines in processes of their own, so one's memory never counts as the other's.</summary>
internal static class ChildProcesses
{
    /// <summary>Starts the emulator executable on a free loopback port; returns the process, base URI and key.</summary>
    public static (Process Process, Uri BaseUri, string Key) StartEmulator(int entries, int users)
    {
        int port = FreePort();
        var start = new ProcessStartInfo("dotnet", string.Format(CultureInfo.InvariantCulture, "\"{0}\" --port {1} --seed {2} --users {3} --rate 0", Paths.Emulator, port, entries, users))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        Process process = Process.Start(start)!;
        string? key = null;
        while (key is null)
        {
            string? line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The emulator stopped before printing its key.");
            Match match = Regex.Match(line, @"X-Api-Key\s+(\S+)");
            if (match.Success)
            {
                key = match.Groups[1].Value;
            }
        }

        // Keep draining its output so it never blocks on a full pipe.
        _ = Task.Run(() => process.StandardOutput.ReadToEnd());
        return (process, new Uri(string.Format(CultureInfo.InvariantCulture, "http://127.0.0.1:{0}/", port)), key);
    }

    /// <summary>Runs this benchmark program with <paramref name="arguments"/> and returns the last line it printed.</summary>
    public static string RunSelf(string arguments)
    {
        string self = typeof(ChildProcesses).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", "\"" + self + "\" " + arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("The child run failed: " + output);
        }

        string[] lines = output.Trim().Split('\n');
        return lines[lines.Length - 1].Trim();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
