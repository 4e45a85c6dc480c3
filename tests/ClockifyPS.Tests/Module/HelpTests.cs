using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Module;

/// <summary>
/// The help the build compiles from docs/en-US into the laid-out module: every cmdlet documented, every parameter
/// documented, nothing documented that does not exist, and Get-Help showing it all.
/// </summary>
public class HelpTests
{
    private static readonly string[] CommonParameters =
    {
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
        "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
    };

    [Fact]
    public void Every_exported_cmdlet_has_a_page_and_every_parameter_is_documented_and_exists()
    {
        using var host = new PowerShellHost();
        var failures = new List<string>();

        foreach (string cmdlet in ExportedCmdlets(host))
        {
            string page = Path.Combine(RepoPaths.Docs, cmdlet + ".md");
            if (!File.Exists(page))
            {
                failures.Add(cmdlet + ": no help page docs/en-US/" + cmdlet + ".md");
                continue;
            }

            var actual = host.Run("(Get-Command $args[0]).Parameters.Keys", cmdlet).Succeeded().Output
                .Select(o => o.ToString()).Where(p => !CommonParameters.Contains(p, StringComparer.OrdinalIgnoreCase))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var documented = DocumentedParameters(File.ReadAllText(page)).ToHashSet(StringComparer.OrdinalIgnoreCase);

            failures.AddRange(actual.Except(documented).Select(p => cmdlet + ": parameter -" + p + " is not documented"));
            failures.AddRange(documented.Except(actual).Select(p => cmdlet + ": the page documents -" + p + ", which the cmdlet does not have"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Every_help_page_documents_an_exported_cmdlet()
    {
        using var host = new PowerShellHost();
        var exported = ExportedCmdlets(host).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var orphans = Directory.GetFiles(RepoPaths.Docs, "*-*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !exported.Contains(name!))
            .ToList();

        Assert.Empty(orphans);
    }

    [Fact]
    public void Get_Help_Full_shows_synopsis_description_parameters_and_examples_of_every_cmdlet()
    {
        using var host = new PowerShellHost();
        var failures = new List<string>();

        foreach (string cmdlet in ExportedCmdlets(host))
        {
            string page = Path.Combine(RepoPaths.Docs, cmdlet + ".md");
            if (!File.Exists(page))
            {
                failures.Add(cmdlet + ": no help page");
                continue;
            }

            PSObject help = host.Run("Get-Help -Name $args[0] -Full", cmdlet).Succeeded().Single;
            string synopsis = Text(help, "Synopsis");
            string expectedSynopsis = Regex.Replace(Section(File.ReadAllText(page), "SYNOPSIS"), @"\s+", " ").Trim();
            if (synopsis != expectedSynopsis)
            {
                failures.Add(cmdlet + ": synopsis is '" + synopsis + "', not the page's '" + expectedSynopsis + "'");
            }

            if (host.Run("($args[0].description | ForEach-Object Text) -join ''", help).Succeeded().Single.ToString().Trim().Length < 20)
            {
                failures.Add(cmdlet + ": no description");
            }

            var parameters = host.Run(
                "foreach ($p in $args[0].parameters.parameter) { $p.name + '|' + (($p.description | ForEach-Object Text) -join ' ') }", help)
                .Succeeded().Output.Select(o => o.ToString().Split('|', 2)).ToList();
            var actual = host.Run("(Get-Command $args[0]).Parameters.Keys", cmdlet).Succeeded().Output
                .Select(o => o.ToString()).Where(p => !CommonParameters.Contains(p, StringComparer.OrdinalIgnoreCase));
            foreach (string parameter in actual)
            {
                string[]? shown = parameters.FirstOrDefault(p => string.Equals(p[0], parameter, StringComparison.OrdinalIgnoreCase));
                if (shown is null || shown[1].Trim().Length == 0)
                {
                    failures.Add(cmdlet + ": Get-Help shows no description for -" + parameter);
                }
            }

            int examples = (int)host.Run("@($args[0].examples.example | Where-Object { $_.code }).Count", help).Succeeded().Single.BaseObject;
            if (examples < 2)
            {
                failures.Add(cmdlet + ": " + examples + " example(s) with code; at least two wanted");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Get_Help_shows_syntax_by_parameter_set_parameter_details_notes_and_related_links()
    {
        using var host = new PowerShellHost();
        PSObject help = host.Run("Get-Help Get-ClockifyTag -Full").Succeeded().Single;

        var syntax = host.Run("foreach ($s in $args[0].syntax.syntaxItem) { ($s.parameter | ForEach-Object name) -join ',' }", help).Succeeded().Output.Select(o => o.ToString()).ToList();
        var id = host.Run("$args[0].parameters.parameter | Where-Object name -EQ Id", help).Succeeded().Single;
        string notes = host.Run("($args[0].alertSet.alert | ForEach-Object Text) -join ' '", help).Succeeded().Single.ToString();
        var links = host.Run("$args[0].relatedLinks.navigationLink | ForEach-Object { $_.linkText + '|' + $_.uri }", help).Succeeded().Output.Select(o => o.ToString()).ToList();
        var titles = host.Run("$args[0].examples.example | ForEach-Object title", help).Succeeded().Output.Select(o => o.ToString()).ToList();
        string output = host.Run("$args[0].returnValues.returnValue.type.name", help).Succeeded().Single.ToString();

        Assert.Equal(2, syntax.Count);
        Assert.StartsWith("Name,", syntax[0], StringComparison.Ordinal);
        Assert.StartsWith("Id,", syntax[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Id", syntax[0].Split(','));
        Assert.Equal("true", id.Properties["required"].Value);
        Assert.Equal("True (ByPropertyName)", id.Properties["pipelineInput"].Value);
        Assert.Equal("TagId", id.Properties["aliases"].Value);
        Assert.Contains("Clockify.GetTag.NotFound", notes, StringComparison.Ordinal);
        Assert.Contains("Clockify API documentation: tags|https://docs.clockify.me/#tag/Tag", links);
        Assert.Contains(titles, t => t.Contains("Example 4: Get tags by id", StringComparison.Ordinal));
        Assert.Equal("ClockifyPS.Models.ClockifyTag", output);
    }

    [Fact]
    public void The_compiled_help_is_valid_maml_with_one_command_per_page()
    {
        XDocument maml = XDocument.Load(Path.Combine(PowerShellHost.ModuleDirectory, "en-US", "ClockifyPS.dll-Help.xml"));
        XNamespace command = "http://schemas.microsoft.com/maml/dev/command/2004/10";

        var names = maml.Root!.Elements(command + "command").Select(c => (string)c.Element(command + "details")!.Element(command + "name")!).ToList();

        Assert.Equal("helpItems", maml.Root.Name.LocalName);
        Assert.Equal(
            Directory.GetFiles(RepoPaths.Docs, "*-*.md").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal),
            names.OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(maml.Root.Elements(command + "command"), c =>
        {
            Assert.NotNull(c.Element(command + "syntax"));
            Assert.NotNull(c.Element(command + "parameters"));
            Assert.NotNull(c.Element(command + "examples"));
            Assert.NotNull(c.Element(command + "relatedLinks"));
        });
    }

    [Fact]
    public void Get_Help_finds_the_about_topic()
    {
        using var host = new PowerShellHost();

        // As when the module is installed: its folder's parent is on PSModulePath.
        string text = string.Join("\n", host.Run(
            "$env:PSModulePath = [IO.Path]::GetDirectoryName([IO.Path]::GetDirectoryName($args[0])) + [IO.Path]::PathSeparator + $env:PSModulePath; Get-Help about_ClockifyPS",
            PowerShellHost.ManifestPath).Succeeded().Output.Select(o => o.ToString()));

        Assert.Contains("SHORT DESCRIPTION", text, StringComparison.Ordinal);
        Assert.Contains("Connect-Clockify", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(PowerShellHost.ModuleDirectory, "en-US", "about_ClockifyPS.help.txt")));
    }

    internal static IReadOnlyList<string> ExportedCmdlets(PowerShellHost host) =>
        host.Run("(Get-Module ClockifyPS).ExportedCmdlets.Keys").Succeeded().Output.Select(o => o.ToString()).OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>The names of the page's "### -Name" headings under PARAMETERS.</summary>
    internal static IEnumerable<string> DocumentedParameters(string markdown) =>
        Regex.Matches(Section(markdown, "PARAMETERS"), @"^### -(\S+)\s*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value);

    private static string Section(string markdown, string name)
    {
        Match match = Regex.Match(markdown.Replace("\r\n", "\n"), "^## " + name + @"\s*\n(.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : string.Empty;
    }

    private static string Text(PSObject help, string property) =>
        Regex.Replace(help.Properties[property]?.Value?.ToString() ?? string.Empty, @"\s+", " ").Trim();
}
