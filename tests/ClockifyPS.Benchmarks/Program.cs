using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using ClockifyPS.Benchmarks;

// dotnet run -c Release --project tests/ClockifyPS.Benchmarks -- <figure> [options]; see docs/performance.md.
string figure = args.FirstOrDefault() ?? "help";
int Option(string name, int fallback)
{
    int i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

return figure switch
{
    "bulk" => await BulkListing.RunAsync(Option("entries", 1_000_000), Option("users", 40)),
    "per-entry" => PerEntry(args),
    "engine-only" => await EngineOnly.RunAsync(Option("entries", 1_000_000), Option("users", 40)),
    "raw" => await RawFetch.RunAsync(Option("entries", 1_000_000), Option("users", 40)),
    _ => Help(),
};

static int PerEntry(string[] args)
{
    BenchmarkDotNet.Running.BenchmarkRunner.Run<PerEntryCost>(args: args.Skip(1).ToArray());
    return 0;
}

static int Help()
{
    Console.WriteLine("figures: bulk [--entries N --users U] | per-entry [BenchmarkDotNet options, e.g. --job short]");
    return 2;
}
