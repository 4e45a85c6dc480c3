using System.Linq;
using System.Reflection;

namespace ClockifyPS.Benchmarks;

/// <summary>Where the build put the things being measured.</summary>
internal static class Paths
{
    public static string ModuleManifest => Metadata("ModuleManifest");

    public static string EmptyModule => Metadata("EmptyModule");

    public static string Emulator => Metadata("Emulator");

    private static string Metadata(string key) =>
        typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
