// Compiled by MSBuild's RoslynCodeTaskFactory (see src/ClockifyPS/ModulePackage.targets), never part of the
// module: writes the .nuspec of the PowerShell Gallery package from the laid-out manifest, the way
// Publish-PSResource does, so the manifest stays the one place for the version, description, tags and links.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class GalleryNuspec : Task
{
    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd";

    /// <summary>The module manifest (.psd1) laid out by the build.</summary>
    [Required]
    public string Manifest { get; set; }

    /// <summary>The .nuspec to write.</summary>
    [Required]
    public string OutputFile { get; set; }

    /// <summary>The version written (the manifest's ModuleVersion).</summary>
    [Output]
    public string Version { get; set; }

    public override bool Execute()
    {
        string manifest = File.ReadAllText(Manifest);
        string id = Path.GetFileNameWithoutExtension(Manifest);
        Version = Single(manifest, "ModuleVersion");
        string author = Single(manifest, "Author");
        string description = Single(manifest, "Description");
        if (Version.Length == 0 || author.Length == 0 || description.Length == 0)
        {
            Log.LogError("{0} needs ModuleVersion, Author and Description for a Gallery package.", Manifest);
            return false;
        }

        List<string> cmdlets = List(manifest, "CmdletsToExport");
        // The tags Publish-PSResource adds, so the Gallery lists the module and finds it by command name.
        var tags = new List<string> { "PSModule" };
        tags.AddRange(List(manifest, "Tags"));
        if (cmdlets.Count > 0)
        {
            tags.Add("PSIncludes_Cmdlet");
            tags.AddRange(cmdlets.Select(c => "PSCmdlet_" + c));
            tags.AddRange(cmdlets.Select(c => "PSCommand_" + c));
        }

        var metadata = new XElement(Nuspec + "metadata",
            new XElement(Nuspec + "id", id),
            new XElement(Nuspec + "version", Version),
            new XElement(Nuspec + "authors", author),
            new XElement(Nuspec + "owners", Fallback(Single(manifest, "CompanyName"), author)),
            new XElement(Nuspec + "requireLicenseAcceptance", "false"),
            new XElement(Nuspec + "description", description));
        Optional(metadata, "releaseNotes", Single(manifest, "ReleaseNotes"));
        Optional(metadata, "copyright", Single(manifest, "Copyright"));
        metadata.Add(new XElement(Nuspec + "tags", string.Join(" ", tags.Distinct(StringComparer.OrdinalIgnoreCase))));
        Optional(metadata, "licenseUrl", Single(manifest, "LicenseUri"));
        Optional(metadata, "projectUrl", Single(manifest, "ProjectUri"));
        Optional(metadata, "iconUrl", Single(manifest, "IconUri"));

        var package = new XElement(Nuspec + "package", metadata,
            new XElement(Nuspec + "files", new XElement(Nuspec + "file", new XAttribute("src", "**"), new XAttribute("target", ""))));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile)));
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(OutputFile, settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), package).Save(writer);
        }

        return true;
    }

    private static void Optional(XElement metadata, string name, string value)
    {
        if (value.Length > 0)
        {
            metadata.Add(new XElement(Nuspec + name, value));
        }
    }

    private static string Fallback(string value, string fallback) => value.Length > 0 ? value : fallback;

    private static string Unquote(string literal) =>
        literal.StartsWith("'", StringComparison.Ordinal) ? literal.Substring(1, literal.Length - 2).Replace("''", "'") : literal.Substring(1, literal.Length - 2);

    private const string StringLiteral = @"('(?:[^']|'')*'|""[^""]*"")";

    /// <summary>Key = 'value' (the manifest's own quoting); empty when the key is absent or commented out.</summary>
    private static string Single(string manifest, string key)
    {
        Match match = Regex.Match(manifest, @"^\s*" + key + @"\s*=\s*" + StringLiteral, RegexOptions.Multiline | RegexOptions.IgnoreCase);
        return match.Success ? Unquote(match.Groups[1].Value) : string.Empty;
    }

    /// <summary>Key = @('a', 'b') or a one-per-line @( ... ) list.</summary>
    private static List<string> List(string manifest, string key)
    {
        Match match = Regex.Match(manifest, @"^\s*" + key + @"\s*=\s*@\((.*?)\)", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.Singleline);
        if (!match.Success)
        {
            return new List<string>();
        }

        string body = string.Join("\n", match.Groups[1].Value.Split('\n').Select(l => Regex.Replace(l, @"#.*$", string.Empty)));
        return Regex.Matches(body, StringLiteral).Cast<Match>().Select(m => Unquote(m.Value)).ToList();
    }
}
