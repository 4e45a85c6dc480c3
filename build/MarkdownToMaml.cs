// Compiled by MSBuild's RoslynCodeTaskFactory (see build/Help.targets), never part of the module: turns the
// PlatyPS markdown in docs/en-US into the MAML that Get-Help reads, in the shape PlatyPS's New-ExternalHelp
// writes, so `dotnet build` lays out a module with full help and needs no PowerShell.
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

public sealed class MarkdownToMaml : Task
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    private static readonly XNamespace MSHelp = "http://msdn.microsoft.com/mshelp";

    /// <summary>The cmdlet pages (Verb-Noun.md).</summary>
    [Required]
    public ITaskItem[] Pages { get; set; }

    /// <summary>The MAML file to write, e.g. out/ClockifyPS/en-US/ClockifyPS.dll-Help.xml.</summary>
    [Required]
    public string OutputFile { get; set; }

    public override bool Execute()
    {
        var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"));
        foreach (ITaskItem page in Pages.OrderBy(p => Path.GetFileName(p.ItemSpec), StringComparer.OrdinalIgnoreCase))
        {
            try
            {
                root.Add(ConvertPage(File.ReadAllText(page.ItemSpec)));
            }
            catch (FormatException ex)
            {
                Log.LogError(null, "CLKHELP001", null, page.ItemSpec, 0, 0, 0, 0, "{0}", ex.Message);
            }
        }

        if (Log.HasLoggedErrors)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile)));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(OutputFile, settings))
        {
            document.Save(writer);
        }

        Log.LogMessage(MessageImportance.Normal, "Wrote help for {0} cmdlets to {1}", Pages.Length, OutputFile);
        return true;
    }

    private static XElement ConvertPage(string markdown)
    {
        string text = markdown.Replace("\r\n", "\n");
        var front = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Match frontMatter = Regex.Match(text, @"\A---\n(.*?)\n---\n", RegexOptions.Singleline);
        if (frontMatter.Success)
        {
            foreach (string line in frontMatter.Groups[1].Value.Split('\n'))
            {
                int colon = line.IndexOf(':');
                if (colon > 0)
                {
                    front[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
                }
            }

            text = text.Substring(frontMatter.Length);
        }

        Match title = Regex.Match(text, @"^# (\S+)\s*$", RegexOptions.Multiline);
        if (!title.Success)
        {
            throw new FormatException("No '# Verb-Noun' title.");
        }

        string name = title.Groups[1].Value;
        var sections = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, string> section in Split(text, "## "))
        {
            sections[section.Key] = section.Value;
        }

        string synopsis = Section(sections, "SYNOPSIS", name);
        string description = Section(sections, "DESCRIPTION", name);
        List<Parameter> parameters = ParseParameters(Section(sections, "PARAMETERS", name), name);
        List<string> sets = Split(Section(sections, "SYNTAX", name), "### ")
            .Select(k => Regex.Replace(k.Key, @"\s*\(Default\)\s*$", string.Empty)).ToList();

        int dash = name.IndexOf('-');
        var command = new XElement(Command + "command",
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XAttribute(XNamespace.Xmlns + "MSHelp", MSHelp),
            new XElement(Command + "details",
                new XElement(Command + "name", name),
                new XElement(Command + "verb", dash > 0 ? name.Substring(0, dash) : name),
                new XElement(Command + "noun", dash > 0 ? name.Substring(dash + 1) : string.Empty),
                Description(Maml + "description", synopsis)),
            Description(Maml + "description", description),
            Syntax(name, sets, parameters),
            new XElement(Command + "parameters", parameters.Select(p => ParameterElement(p, p.Blocks[0], false))),
            TypeList(sections, "INPUTS", "inputTypes", "inputType"),
            TypeList(sections, "OUTPUTS", "returnValues", "returnValue"),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paras(SectionOrEmpty(sections, "NOTES")))),
            Examples(Section(sections, "EXAMPLES", name), name),
            Links(SectionOrEmpty(sections, "RELATED LINKS"), front));
        return command;
    }

    private sealed class Parameter
    {
        public string Name;
        public string Description;
        public List<Dictionary<string, string>> Blocks = new List<Dictionary<string, string>>();
    }

    private static List<Parameter> ParseParameters(string body, string name)
    {
        var result = new List<Parameter>();
        foreach (KeyValuePair<string, string> heading in Split(body, "### "))
        {
            if (heading.Key == "CommonParameters" || heading.Key == "WorkflowCommonParameters")
            {
                continue;
            }

            if (!heading.Key.StartsWith("-", StringComparison.Ordinal))
            {
                throw new FormatException(name + ": parameter heading '### " + heading.Key + "' does not start with '-'.");
            }

            var parameter = new Parameter { Name = heading.Key.Substring(1).Trim() };
            var prose = new StringBuilder();
            foreach (Block block in Blocks(heading.Value))
            {
                if (block.Fence == "yaml")
                {
                    var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    foreach (string line in block.Text.Split('\n'))
                    {
                        int colon = line.IndexOf(':');
                        if (colon > 0)
                        {
                            values[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
                        }
                    }

                    parameter.Blocks.Add(values);
                }
                else
                {
                    prose.Append(block.Raw).Append("\n\n");
                }
            }

            if (parameter.Blocks.Count == 0)
            {
                throw new FormatException(name + ": parameter -" + parameter.Name + " has no ```yaml block.");
            }

            parameter.Description = prose.ToString().Trim();
            result.Add(parameter);
        }

        return result;
    }

    private static XElement Syntax(string name, List<string> sets, List<Parameter> parameters)
    {
        var syntax = new XElement(Command + "syntax");
        if (sets.Count == 0)
        {
            sets.Add("__AllParameterSets");
        }

        foreach (string set in sets)
        {
            var members = new List<KeyValuePair<Parameter, Dictionary<string, string>>>();
            foreach (Parameter parameter in parameters)
            {
                Dictionary<string, string> block = parameter.Blocks.FirstOrDefault(b => InSet(b, set, sets.Count == 1));
                if (block != null)
                {
                    members.Add(new KeyValuePair<Parameter, Dictionary<string, string>>(parameter, block));
                }
            }

            // Positional parameters first in their order, then the mandatory ones, then the rest: how
            // Get-Command lays out a syntax line.
            IEnumerable<KeyValuePair<Parameter, Dictionary<string, string>>> ordered = members
                .OrderBy(m => PositionOf(m.Value))
                .ThenBy(m => IsTrue(Value(m.Value, "Required")) ? 0 : 1);
            syntax.Add(new XElement(Command + "syntaxItem",
                new XElement(Maml + "name", name),
                ordered.Select(m => ParameterElement(m.Key, m.Value, true))));
        }

        return syntax;
    }

    private static bool InSet(Dictionary<string, string> block, string set, bool onlySet)
    {
        string sets = Value(block, "Parameter Sets");
        if (onlySet || sets.Length == 0 || sets == "(All)")
        {
            return true;
        }

        return sets.Split(',').Any(s => string.Equals(s.Trim(), set, StringComparison.OrdinalIgnoreCase) || s.Trim() == "(All)");
    }

    private static int PositionOf(Dictionary<string, string> block)
    {
        int position;
        return int.TryParse(Value(block, "Position"), out position) ? position : int.MaxValue;
    }

    private static XElement ParameterElement(Parameter parameter, Dictionary<string, string> block, bool inSyntax)
    {
        string type = Value(block, "Type");
        if (string.Equals(type, "switch", StringComparison.OrdinalIgnoreCase))
        {
            type = "SwitchParameter";
        }

        string aliases = Value(block, "Aliases");
        string pipeline = Value(block, "Accept pipeline input");
        string position = Value(block, "Position");
        string defaultValue = Value(block, "Default value");
        bool variableLength = type.EndsWith("[]", StringComparison.Ordinal);
        var element = new XElement(Command + "parameter",
            new XAttribute("required", IsTrue(Value(block, "Required")) ? "true" : "false"),
            new XAttribute("variableLength", variableLength ? "true" : "false"),
            new XAttribute("globbing", IsTrue(Value(block, "Accept wildcard characters")) ? "true" : "false"),
            new XAttribute("pipelineInput", pipeline.Length == 0 ? "False" : pipeline),
            new XAttribute("position", position.Length == 0 ? "named" : position.ToLowerInvariant()),
            new XAttribute("aliases", aliases.Length == 0 ? "none" : aliases),
            new XElement(Maml + "name", parameter.Name),
            Description(Maml + "Description", parameter.Description));
        string accepted = Value(block, "Accepted values");
        if (inSyntax && accepted.Length > 0)
        {
            element.Add(new XElement(Command + "parameterValueGroup",
                accepted.Split(',').Select(v => new XElement(Command + "parameterValue",
                    new XAttribute("required", "false"), new XAttribute("variableLength", "false"), v.Trim()))));
        }

        // As PlatyPS does: no value placeholder for a switch in a syntax line.
        if (!inSyntax || type != "SwitchParameter")
        {
            element.Add(new XElement(Command + "parameterValue",
                new XAttribute("required", type == "SwitchParameter" ? "false" : "true"),
                new XAttribute("variableLength", variableLength ? "true" : "false"),
                type));
        }

        element.Add(
            new XElement(Dev + "type", new XElement(Maml + "name", type), new XElement(Maml + "uri")),
            new XElement(Dev + "defaultValue", defaultValue.Length == 0 ? "None" : defaultValue));
        return element;
    }

    private static XElement TypeList(Dictionary<string, string> sections, string section, string listName, string itemName)
    {
        var list = new XElement(Command + listName);
        foreach (KeyValuePair<string, string> type in Split(SectionOrEmpty(sections, section), "### "))
        {
            list.Add(new XElement(Command + itemName,
                new XElement(Dev + "type", new XElement(Maml + "name", type.Key)),
                Description(Maml + "description", type.Value)));
        }

        return list;
    }

    private static XElement Examples(string body, string name)
    {
        var examples = new XElement(Command + "examples");
        foreach (KeyValuePair<string, string> example in Split(body, "### "))
        {
            var code = new List<string>();
            var remarks = new StringBuilder();
            foreach (Block block in Blocks(example.Value))
            {
                if (block.Fence != null)
                {
                    code.Add(block.Text);
                }
                else
                {
                    remarks.Append(block.Raw).Append("\n\n");
                }
            }

            if (code.Count == 0)
            {
                throw new FormatException(name + ": example '" + example.Key + "' has no code block.");
            }

            examples.Add(new XElement(Command + "example",
                new XElement(Maml + "title", "-------------------------- " + example.Key + " --------------------------"),
                new XElement(Dev + "code", string.Join("\n\n", code)),
                Description(Dev + "remarks", remarks.ToString())));
        }

        return examples;
    }

    private static XElement Links(string body, Dictionary<string, string> front)
    {
        var links = new XElement(Command + "relatedLinks");
        string online;
        if (front.TryGetValue("online version", out online) && online.Length > 0)
        {
            links.Add(Link("Online Version:", online));
        }

        foreach (Match link in Regex.Matches(body, @"\[([^\]]+)\]\(([^)]*)\)"))
        {
            string uri = link.Groups[2].Value;
            // A page of these docs is found by its name with Get-Help; only web addresses are kept as links.
            links.Add(Link(link.Groups[1].Value, uri.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? uri : string.Empty));
        }

        return links;
    }

    private static XElement Link(string text, string uri) =>
        new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", text), new XElement(Maml + "uri", uri));

    private static XElement Description(XName element, string markdown) => new XElement(element, Paras(markdown));

    /// <summary>One maml:para per markdown paragraph: prose lines joined, lists and code kept line by line.</summary>
    private static IEnumerable<XElement> Paras(string markdown)
    {
        var paras = new List<XElement>();
        foreach (Block block in Blocks(markdown))
        {
            string para = block.Fence != null || IsListOrIndented(block.Text)
                ? block.Text
                : string.Join(" ", block.Text.Split('\n').Select(l => l.Trim()));
            paras.Add(new XElement(Maml + "para", para));
        }

        return paras;
    }

    private static bool IsListOrIndented(string text) =>
        text.Split('\n').Any(l => Regex.IsMatch(l, @"^(\s*[-*+]\s|\s*\d+\.\s|    )"));

    private sealed class Block
    {
        public string Fence;
        public string Text;
        public string Raw;
    }

    /// <summary>Paragraphs and fenced code blocks, in order.</summary>
    private static List<Block> Blocks(string markdown)
    {
        var blocks = new List<Block>();
        string[] lines = markdown.Replace("\r\n", "\n").Split('\n');
        var current = new List<string>();
        Action flush = () =>
        {
            if (current.Count > 0)
            {
                string joined = string.Join("\n", current);
                blocks.Add(new Block { Text = joined, Raw = joined });
                current.Clear();
            }
        };
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                flush();
                string fence = line.Trim().Substring(3).Trim();
                var code = new List<string>();
                var raw = new List<string> { line };
                for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
                {
                    code.Add(lines[i]);
                    raw.Add(lines[i]);
                }

                raw.Add("```");
                blocks.Add(new Block { Fence = fence, Text = string.Join("\n", code), Raw = string.Join("\n", raw) });
            }
            else if (line.Trim().Length == 0)
            {
                flush();
            }
            else
            {
                current.Add(line.TrimEnd());
            }
        }

        flush();
        return blocks;
    }

    /// <summary>The text under each heading with the given prefix, keyed by the heading's text, in order.</summary>
    private static List<KeyValuePair<string, string>> Split(string text, string prefix)
    {
        var result = new List<KeyValuePair<string, string>>();
        string key = null;
        var body = new StringBuilder();
        bool inFence = false;
        foreach (string line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            if (!inFence && line.StartsWith(prefix, StringComparison.Ordinal))
            {
                if (key != null)
                {
                    result.Add(new KeyValuePair<string, string>(key, body.ToString().Trim('\n')));
                }

                key = line.Substring(prefix.Length).Trim();
                body.Clear();
            }
            else if (key != null)
            {
                body.Append(line).Append('\n');
            }
        }

        if (key != null)
        {
            result.Add(new KeyValuePair<string, string>(key, body.ToString().Trim('\n')));
        }

        return result;
    }

    private static string Section(Dictionary<string, string> sections, string name, string command)
    {
        string body;
        if (!sections.TryGetValue(name, out body))
        {
            throw new FormatException(command + ": no '## " + name + "' section.");
        }

        return body;
    }

    private static string SectionOrEmpty(Dictionary<string, string> sections, string name)
    {
        string body;
        return sections.TryGetValue(name, out body) ? body : string.Empty;
    }

    private static string Value(Dictionary<string, string> block, string key)
    {
        string value;
        return block.TryGetValue(key, out value) ? value : string.Empty;
    }

    private static bool IsTrue(string value) => value.StartsWith("True", StringComparison.OrdinalIgnoreCase);
}
