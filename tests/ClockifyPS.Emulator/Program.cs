using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using ClockifyPS.Emulator;

// dotnet run --project tests/ClockifyPS.Emulator -- --port 5380 --seed 1000 [--regions Global,EU] [--rate 50] [--faults k=v,...]
var port = 5380;
var seed = 0;
var rate = 50.0;
var randomSeed = 42;
var regions = new List<string> { "Global" };
var faults = new FaultSettings();
string? zone = "America/New_York";
var freePlan = false;
var users = 0;
try
{
    for (var i = 0; i < args.Length; i++)
    {
        string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
        switch (args[i].ToUpperInvariant())
        {
            case "--PORT": port = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--SEED": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--RATE": rate = double.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--RANDOM-SEED": randomSeed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--USERS": users = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--REGIONS": regions = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(); break;
            case "--FAULTS": faults.ApplyText(Next()); break;
            case "--TIMEZONE": zone = Next(); zone = zone.Length == 0 || zone.Equals("null", StringComparison.OrdinalIgnoreCase) ? null : zone; break;
            case "--FREE-PLAN": freePlan = true; break;
            case "-H":
            case "--HELP":
                Console.WriteLine("ClockifyPS emulator. Options: --port N (first port, 0 = free), --seed N (time entries), --regions Global,EU,USA,UK,AU,");
                Console.WriteLine("  --rate N (requests/s per key, 0 = unlimited), --faults <json | k=v,k=v>, --timezone IANA|null, --users N, --random-seed N, --free-plan");
                return 0;
            default: throw new FormatException($"Unknown option '{args[i]}'. Try --help.");
        }
    }
}
catch (FormatException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) =>
{
    try
    {
        stop.Cancel();
    }
    catch (ObjectDisposedException)
    {
        // already stopped
    }
};

using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx =>
{
    ctx.Cancel = true;
    stop.Cancel();
});

var started = DateTime.UtcNow;
await using var emu = await ClockifyEmulator.StartAsync(new EmulatorOptions
{
    Port = port,
    Regions = regions,
    TimeEntryCount = seed,
    RequestsPerSecond = rate,
    RandomSeed = randomSeed,
    PrimaryUserTimeZone = zone,
    Faults = faults,
    FreePlan = freePlan,
    UserCount = users,
});
Console.WriteLine($"ClockifyPS emulator ready in {(DateTime.UtcNow - started).TotalSeconds:0.0}s ({seed} time entries per region, rate {(rate > 0 ? rate.ToString(CultureInfo.InvariantCulture) + "/s per key" : "unlimited")}).");
foreach (var r in emu.Regions)
{
    Console.WriteLine();
    Console.WriteLine($"[{r.Name}]");
    Console.WriteLine($"  API      {r.ApiUri}");
    Console.WriteLine($"  Reports  {r.ReportsUri}");
    Console.WriteLine($"  X-Api-Key      {r.ApiKey}");
    Console.WriteLine($"  X-Addon-Token  {r.AddonToken}");
    Console.WriteLine($"  User           {r.UserId} ({r.UserEmail}, time zone {r.UserTimeZone(r.UserId) ?? "null"})");
    Console.WriteLine($"  Workspace      {r.WorkspaceId}");
    Console.WriteLine($"  Admin          {r.BaseUri}__admin/faults | __admin/counters | __admin/reset | __admin/info");
}
Console.WriteLine();
Console.WriteLine("Serving on 127.0.0.1 only. Ctrl+C to stop.");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // stopping
}
return 0;
