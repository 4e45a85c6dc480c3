using System;
using System.Collections.Generic;

namespace ClockifyPS.Emulator;

/// <summary>How an emulator instance is started.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Regions to emulate, one port each: any of Global, EU, USA, UK, AU.</summary>
    public IReadOnlyList<string> Regions { get; init; } = new[] { "Global" };

    /// <summary>First port (regions use consecutive ports); 0 = a free port per region.</summary>
    public int Port { get; init; }

    /// <summary>Seeded time entries per region; 0 = a small fixed data set (users, projects, clients, tags, no entries).</summary>
    public int TimeEntryCount { get; init; }

    /// <summary>Seed of every random choice (data generation and probabilistic faults).</summary>
    public int RandomSeed { get; init; } = 42;

    /// <summary>Requests per second per key (token bucket, capacity = rate); &lt;= 0 means unlimited.</summary>
    public double RequestsPerSecond { get; init; } = 50;

    /// <summary>settings.timeZone of the primary user; null gives <c>"settings": null</c> (treated as UTC).</summary>
    public string? PrimaryUserTimeZone { get; init; } = "America/New_York";

    /// <summary>Initial fault settings (copied; change them live through <see cref="ClockifyEmulator.Faults"/>).</summary>
    public FaultSettings Faults { get; init; } = new();

    /// <summary>Free plan: reports longer than 31 days answer 400, featureSubscriptionType is FREE.</summary>
    public bool FreePlan { get; init; }

    /// <summary>
    /// Serves a repeated GET from a cache of its rendered answer until the next write. For benchmarks that
    /// measure the client: rendering JSON costs the emulator about as much CPU as reading it costs the module,
    /// and on a small machine the two would otherwise share the same cores.
    /// </summary>
    public bool ReplayReads { get; init; }

    /// <summary>Name of the detailed report's entry array: <c>timeentries</c> (the live API) or <c>timeEntries</c> (the spec).</summary>
    public string DetailedReportArrayName { get; init; } = "timeentries";

    /// <summary>Seeded entries cover the 365 days before this instant (UTC). Fixed default for determinism.</summary>
    public DateTimeOffset SeedAnchor { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Number of users per region; 0 = derived from <see cref="TimeEntryCount"/> (5..500).</summary>
    public int UserCount { get; init; }
}
