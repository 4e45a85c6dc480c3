using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class ModuleManifestTests
{
    [Fact]
    public void The_laid_out_manifest_is_valid_and_exports_exactly_the_cmdlets_the_assembly_defines()
    {
        using var host = new PowerShellHost();

        PSObject manifest = host.Run("Test-ModuleManifest -Path $args[0]", PowerShellHost.ManifestPath).Succeeded().Single;
        var exported = host.Run("(Get-Module ClockifyPS).ExportedCmdlets.Keys").Succeeded().Output.Select(o => o.ToString()).OrderBy(n => n).ToList();
        var defined = host.Run(
            "[ClockifyPS.Models.ClockifyConnection].Assembly.GetTypes() | ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } | ForEach-Object { $_.VerbName + '-' + $_.NounName }")
            .Succeeded().Output.Select(o => o.ToString()).OrderBy(n => n).ToList();

        Assert.Equal(defined, exported);
        Assert.Equal("ClockifyPS.dll", manifest.Properties["RootModule"].Value);
        Assert.Equal(new[] { "Core", "Desktop" }, ((IEnumerable)manifest.Properties["CompatiblePSEditions"].Value).Cast<object>().Select(o => o.ToString()).OrderBy(e => e));
        Assert.Equal(new Version(5, 1), manifest.Properties["PowerShellVersion"].Value);
        Assert.Empty((IDictionary)manifest.Properties["ExportedFunctions"].Value);
    }

    [Fact]
    public void The_version_comes_from_the_build_and_the_module_carries_no_powershell_assembly()
    {
        using var host = new PowerShellHost();

        string version = host.Run("(Get-Module ClockifyPS).Version.ToString()").Succeeded().Single.ToString();
        string assemblyVersion = host.Run("[ClockifyPS.Models.ClockifyConnection].Assembly.GetName().Version.ToString(3)").Succeeded().Single.ToString();

        Assert.Equal(assemblyVersion, version);
        Assert.False(System.IO.File.Exists(System.IO.Path.Combine(PowerShellHost.ModuleDirectory, "System.Management.Automation.dll")));
    }

    [Theory]
    [InlineData("Connect-Clockify")]
    [InlineData("Get-ClockifyRegion")]
    [InlineData("Invoke-ClockifyRestMethod")]
    public void Every_cmdlet_declares_what_it_outputs(string name)
    {
        using var host = new PowerShellHost();

        var types = host.Run("(Get-Command $args[0]).OutputType.Name", name).Succeeded().Output;

        Assert.NotEmpty(types);
    }

    [Fact]
    public void Every_verb_is_approved_and_every_noun_singular_and_prefixed()
    {
        using var host = new PowerShellHost();

        var approved = new[] { typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic), typeof(VerbsLifecycle), typeof(VerbsOther), typeof(VerbsSecurity) }
            .SelectMany(t => t.GetFields()).Select(f => (string)f.GetValue(null)!).ToHashSet();
        var commands = host.Run("Get-Command -Module ClockifyPS | ForEach-Object { $_.Verb + '|' + $_.Noun }").Succeeded().Output.Select(o => o.ToString().Split('|')).ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.Contains(c[0], approved));
        Assert.All(commands, c => Assert.StartsWith("Clockify", c[1], StringComparison.Ordinal));
        Assert.All(commands, c => Assert.False(c[1].EndsWith("s", StringComparison.Ordinal), c[1] + " is plural"));
    }
}
