using System.IO;
using System.Linq;
using System.Reflection;

namespace ClockifyPS.Tests.Support;

/// <summary>Where the sources the module is built from live: the docs the help is compiled from, the format file.</summary>
public static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>Where the build writes ClockifyPS.&lt;version&gt;.nupkg for this configuration.</summary>
    public static string PackageDirectory { get; } = typeof(RepoPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "PackageDirectory").Value!;

    public static string Docs => Path.Combine(Root, "docs", "en-US");

    public static string FormatFile => Path.Combine(Root, "src", "ClockifyPS", "Formats", "ClockifyPS.Format.ps1xml");
}
