using System;

namespace ClockifyPS.Tests.Faults;

/// <summary>
/// How big the fault runs are. CI runs the small versions; CLOCKIFYPS_FAULT_SCALE=full runs the figures that
/// docs/performance.md reports (100,000 listed entries, 10,000 creates) with the same tests.
/// </summary>
internal static class FaultScale
{
    public static bool Full => string.Equals(Environment.GetEnvironmentVariable("CLOCKIFYPS_FAULT_SCALE"), "full", StringComparison.OrdinalIgnoreCase);

    public static int ListedEntries => Full ? 100_000 : 20_000;

    public static int Creates => Full ? 10_000 : 150;
}
