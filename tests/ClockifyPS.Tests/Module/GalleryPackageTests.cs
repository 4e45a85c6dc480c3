using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Management.Automation;
using System.Xml.Linq;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Module;

/// <summary>
/// The .nupkg the build writes for the PowerShell Gallery: a valid manifest and every cmdlet, help and formats at
/// the package root, Gallery metadata in the .nuspec, and nothing from the tests.
/// </summary>
public sealed class GalleryPackageTests : IDisposable
{
    private readonly string extracted = Path.Combine(Path.GetTempPath(), "ClockifyPS.PackageTests." + Guid.NewGuid().ToString("N"), "ClockifyPS");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(extracted)!, recursive: true);
        }
        catch (IOException)
        {
            // The imported assembly may keep a file open on Windows; the temp folder is cleaned up later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [Fact]
    public void The_nuspec_carries_the_gallery_metadata_and_the_manifest_version()
    {
        using var host = new PowerShellHost();
        string version = host.Run("(Get-Module ClockifyPS).Version.ToString()").Succeeded().Single.ToString();
        using ZipArchive package = ZipFile.OpenRead(PackagePath(version));

        ZipArchiveEntry entry = Assert.Single(package.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = entry.Open();
        XElement metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;

        Assert.Equal("ClockifyPS.nuspec", entry.FullName);
        Assert.Equal("ClockifyPS", Value("id"));
        Assert.Equal(version, Value("version"));
        Assert.NotEmpty(Value("authors"));
        Assert.NotEmpty(Value("description"));
        Assert.NotEmpty(Value("releaseNotes"));
        Assert.StartsWith("https://", Value("licenseUrl"), StringComparison.Ordinal);
        Assert.StartsWith("https://", Value("projectUrl"), StringComparison.Ordinal);
        Assert.StartsWith("https://", Value("iconUrl"), StringComparison.Ordinal);
        string[] tags = Value("tags").Split(' ');
        Assert.Contains("PSModule", tags);
        Assert.Contains("PSIncludes_Cmdlet", tags);
        Assert.Contains("PSCmdlet_Connect-Clockify", tags);
        Assert.Contains("PSEdition_Core", tags);
    }

    [Fact]
    public void The_package_holds_the_whole_laid_out_module_at_its_root_and_nothing_from_the_tests()
    {
        using var host = new PowerShellHost();
        string version = host.Run("(Get-Module ClockifyPS).Version.ToString()").Succeeded().Single.ToString();
        using ZipArchive package = ZipFile.OpenRead(PackagePath(version));
        var entries = package.Entries.Select(e => e.FullName).ToList();

        var laidOut = Directory.GetFiles(PowerShellHost.ModuleDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(PowerShellHost.ModuleDirectory, f).Replace('\\', '/'));

        Assert.All(laidOut, f => Assert.Contains(f, entries));
        Assert.Contains("ClockifyPS.psd1", entries);
        Assert.Contains("ClockifyPS.dll", entries);
        Assert.Contains("ClockifyPS.Loader.dll", entries);
        Assert.Contains("Dependencies/ClockifyPS.Engine.dll", entries);
        Assert.Contains("ClockifyPS.Format.ps1xml", entries);
        Assert.Contains("en-US/ClockifyPS.dll-Help.xml", entries);
        Assert.Contains("en-US/about_ClockifyPS.help.txt", entries);
        Assert.DoesNotContain(entries, e =>
            e.Contains("Test", StringComparison.OrdinalIgnoreCase) || e.Contains("Emulator", StringComparison.OrdinalIgnoreCase) ||
            e.Contains("xunit", StringComparison.OrdinalIgnoreCase) || e.Contains("System.Management.Automation", StringComparison.OrdinalIgnoreCase) ||
            e.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_extracted_package_is_a_valid_module_that_exports_every_cmdlet_with_its_help()
    {
        using var host = new PowerShellHost();
        string version = host.Run("(Get-Module ClockifyPS).Version.ToString()").Succeeded().Single.ToString();
        var built = HelpTests.ExportedCmdlets(host);
        Extract(PackagePath(version));
        string manifest = Path.Combine(extracted, "ClockifyPS.psd1");

        PSObject tested = host.Run("Test-ModuleManifest -Path $args[0]", manifest).Succeeded().Single;
        host.Run("Remove-Module ClockifyPS; Import-Module -Name $args[0] -ErrorAction Stop", manifest).Succeeded();
        string moduleBase = host.Run("(Get-Module ClockifyPS).ModuleBase").Succeeded().Single.ToString();
        var imported = HelpTests.ExportedCmdlets(host);
        string synopsis = host.Run("(Get-Help Get-ClockifyTimeEntry).Synopsis").Succeeded().Single.ToString();

        Assert.Equal(version, tested.Properties["Version"].Value.ToString());
        Assert.Equal(Path.GetFullPath(extracted), Path.GetFullPath(moduleBase));
        Assert.Equal(built, imported);
        Assert.StartsWith("Gets time entries whose start lies in a UTC window", synopsis, StringComparison.Ordinal);
    }

    private static string PackagePath(string version)
    {
        string path = Path.Combine(RepoPaths.PackageDirectory, "ClockifyPS." + version + ".nupkg");
        Assert.True(File.Exists(path), "No package at " + path + ": build src/ClockifyPS (dotnet build), which packs the module.");
        return path;
    }

    /// <summary>As Install-PSResource does: the package's files without NuGet's own parts.</summary>
    private void Extract(string package)
    {
        using ZipArchive archive = ZipFile.OpenRead(package);
        foreach (ZipArchiveEntry entry in archive.Entries)
        {
            string name = Uri.UnescapeDataString(entry.FullName);
            if (name.StartsWith("_rels/", StringComparison.Ordinal) || name.StartsWith("package/", StringComparison.Ordinal) ||
                name == "[Content_Types].xml" || name.EndsWith(".nuspec", StringComparison.Ordinal))
            {
                continue;
            }

            string target = Path.GetFullPath(Path.Combine(extracted, name));
            Assert.StartsWith(Path.GetFullPath(extracted), target, StringComparison.Ordinal);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target);
        }
    }
}
