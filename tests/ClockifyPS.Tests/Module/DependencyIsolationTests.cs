using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Module;

/// <summary>
/// The module's engine and its libraries load from Dependencies/ in a context of their own on PowerShell 7, so a
/// session that already holds other versions of Microsoft.Extensions.Http or Polly (Az, Graph, PnP) can import it.
/// </summary>
public class DependencyIsolationTests : IClassFixture<EmulatorFixture>
{
    private static readonly string ProbePath = typeof(DependencyIsolationTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "IsolationProbe").Value!;

    private readonly EmulatorFixture fixture;

    public DependencyIsolationTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async System.Threading.Tasks.Task The_module_works_in_a_host_that_already_loaded_other_versions_of_its_libraries()
    {
        // The probe loads Microsoft.Extensions.Http 6.0 (older than our 10.0) and Polly 8 (newer) first, imports the
        // laid-out module, connects from the environment and lists tags and time entries, then uses its own copies again.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ProbePath);
        start.ArgumentList.Add(PowerShellHost.ManifestPath);
        start.Environment["CLOCKIFY_BASE_URI"] = fixture.EU.BaseUri.ToString();
        start.Environment["CLOCKIFY_API_KEY"] = fixture.EU.ApiKey;
        start.Environment.Remove("CLOCKIFY_REGION");
        start.Environment.Remove("CLOCKIFY_WORKSPACE_ID");

        using Process probe = Process.Start(start)!;
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stderr = probe.StandardError.ReadToEndAsync(timeout.Token);
        string output = await probe.StandardOutput.ReadToEndAsync(timeout.Token);
        await probe.WaitForExitAsync(timeout.Token);
        string errors = await stderr;
        Secrets.AssertAbsent(output + errors, "isolation probe");

        Assert.True(probe.ExitCode == 0, "The probe failed (" + probe.ExitCode + "):\n" + output + errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("tags ", StringComparison.Ordinal) && int.Parse(l[5..]) > 0);
        Assert.Contains("entries 5", lines);
        Assert.Contains("host 42", lines);
        var loaded = lines.Where(l => l.StartsWith("assembly ", StringComparison.Ordinal)).ToHashSet();
        Assert.Contains("assembly Microsoft.Extensions.Http 6.0.0.0 Default", loaded);
        Assert.Contains("assembly Microsoft.Extensions.Http 10.0.0.0 ClockifyPS", loaded);
        Assert.Contains("assembly Polly 8.0.0.0 Default", loaded);
        Assert.Contains("assembly Polly 7.0.0.0 ClockifyPS", loaded);
        Assert.Contains(loaded, l => l.StartsWith("assembly ClockifyPS.Engine ", StringComparison.Ordinal) && l.EndsWith(" ClockifyPS", StringComparison.Ordinal));
        Assert.Contains("assembly NodaTime 3.3.7.0 ClockifyPS", loaded);
        Assert.Contains(loaded, l => l.StartsWith("assembly ClockifyPS ", StringComparison.Ordinal) && l.EndsWith(" Default", StringComparison.Ordinal));
        Assert.DoesNotContain(loaded, l => l.StartsWith("assembly ClockifyPS.Engine", StringComparison.Ordinal) && l.EndsWith(" Default", StringComparison.Ordinal));

        // A framework assembly the runtime carries at least as new is the runtime's, shared with the host.
        Assert.Contains(loaded, l => l.StartsWith("assembly System.Text.Json ", StringComparison.Ordinal) && l.EndsWith(" Default", StringComparison.Ordinal));
        Assert.DoesNotContain(loaded, l => l.StartsWith("assembly System.Text.Json ", StringComparison.Ordinal) && l.EndsWith(" ClockifyPS", StringComparison.Ordinal));
    }

    [Fact]
    public void PowerShell_can_scan_the_cmdlet_assembly_before_the_engine_is_resolvable()
    {
        // PowerShell lists a binary module's exported types before it runs the module initializer that makes
        // Dependencies/ resolvable; a public type that needs an engine type to load would fail the import.
        var context = new ScanContext();
        try
        {
            Assembly cmdlets = context.LoadFromAssemblyPath(Path.Combine(PowerShellHost.ModuleDirectory, "ClockifyPS.dll"));

            Type[] exported = cmdlets.GetExportedTypes();

            Assert.Contains(exported, t => t.Name == "ModuleInitializer");
            Assert.Empty(context.Refused);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_cmdlet_assembly_references_only_the_engine_and_the_platform()
    {
        // Any other library referenced from ClockifyPS.dll would bind in the host's default context, where another
        // module's version may already sit; the engine's libraries are reached only through the engine.
        var context = new ScanContext();
        try
        {
            Assembly cmdlets = context.LoadFromAssemblyPath(Path.Combine(PowerShellHost.ModuleDirectory, "ClockifyPS.dll"));

            var references = cmdlets.GetReferencedAssemblies().Select(a => a.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();

            Assert.Equal(new[] { "ClockifyPS.Engine", "System.Management.Automation", "System.Text.Json", "netstandard" }, references);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Only_the_cmdlets_and_the_loader_sit_at_the_module_root()
    {
        string root = PowerShellHost.ModuleDirectory;
        var rootAssemblies = Directory.GetFiles(root, "*.dll").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);
        string manifest = File.ReadAllText(Path.Combine(root, "ClockifyPS.psd1"));

        Assert.Equal(new[] { "ClockifyPS.Loader.dll", "ClockifyPS.dll" }, rootAssemblies);
        Assert.True(File.Exists(Path.Combine(root, "Dependencies", "ClockifyPS.Engine.dll")));
        Assert.True(File.Exists(Path.Combine(root, "Dependencies", "Microsoft.Extensions.Http.dll")));
        Assert.True(File.Exists(Path.Combine(root, "Dependencies", "Polly.dll")));
        Assert.DoesNotContain("NestedModules", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("RequiredAssemblies", manifest, StringComparison.Ordinal);
    }

    /// <summary>Loads ClockifyPS.dll as PowerShell does before the module initializer: the platform resolves, ours does not.</summary>
    private sealed class ScanContext : AssemblyLoadContext
    {
        private static readonly HashSet<string> Ours = Directory.GetFiles(Path.Combine(PowerShellHost.ModuleDirectory, "Dependencies"), "*.dll")
            .Select(Path.GetFileNameWithoutExtension).Where(n => n!.StartsWith("ClockifyPS", StringComparison.Ordinal) || !n.StartsWith("System.", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal)!;

        public ScanContext()
            : base("scan", isCollectible: true)
        {
        }

        public List<string> Refused { get; } = new();

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (Ours.Contains(assemblyName.Name!))
            {
                Refused.Add(assemblyName.Name!);
                throw new FileNotFoundException("Not resolvable before the module initializer runs.", assemblyName.Name);
            }

            return null;
        }
    }
}
