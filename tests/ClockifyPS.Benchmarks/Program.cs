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

string Text(string name) => args[Array.IndexOf(args, "--" + name) + 1];

return figure switch
{
    "bulk" => await BulkListing.RunAsync(Option("entries", 1_000_000), Option("users", 40)),
    "per-entry" => PerEntry(args),
    "memory" => MemoryFigure.Run(Option("small", 10_000), Option("large", 1_000_000), Option("users", 40), Option("runs", 3)),
    "memory-child" => MemoryFigure.Child(new Uri(Text("base")), Text("key")),
    "import" => ImportFigure.Run(),
    "summary" => await SummaryFigure.RunAsync(Option("users", 500)),
    "import-child" => ImportFigure.Child(args[1]),
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
    Console.WriteLine("figures: bulk [--entries N --users U] | per-entry [BenchmarkDotNet options, e.g. --job short] | memory [--small N --large N --runs N] | import | summary [--users N] | engine-only | raw");
    return 2;
}
