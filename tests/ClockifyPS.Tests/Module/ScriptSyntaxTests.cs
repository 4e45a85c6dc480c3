using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Module;

/// <summary>
/// build.ps1 and the Pester tests run only where pwsh is installed, which CI machines are not; the PowerShell
/// parser hosted here still catches what would stop them before their first line runs, and every call of a
/// module cmdlet in them is checked against the cmdlet's real parameters.
/// </summary>
public class ScriptSyntaxTests
{
    public static IEnumerable<object[]> Scripts() =>
        new[] { Path.Combine(RepoRoot, "build.ps1") }
            .Concat(Directory.GetFiles(Path.Combine(RepoRoot, "tests", "Pester"), "*.ps1"))
            .Select(path => new object[] { Path.GetRelativePath(RepoRoot, path) });

    private static string RepoRoot => typeof(ScriptSyntaxTests).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_script_parses_without_errors(string script)
    {
        Parser.ParseFile(Path.Combine(RepoRoot, script), out _, out ParseError[] errors);

        Assert.True(errors.Length == 0, script + ":\n" + string.Join("\n", errors.Select(e => e.Extent.StartLineNumber + ": " + e.Message)));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Every_module_cmdlet_the_script_calls_exists_with_the_parameters_it_passes(string script)
    {
        ScriptBlockAst ast = Parser.ParseFile(Path.Combine(RepoRoot, script), out _, out _);
        var calls = ast.FindAll(node => node is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>()
            .Where(call => call.GetCommandName() is string name && name.Contains("-Clockify", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var problems = new List<string>();

        foreach (CommandAst call in calls)
        {
            string name = call.GetCommandName();
            if (!Cmdlets.Value.TryGetValue(name, out HashSet<string>? parameters))
            {
                // The test files' own helpers (Start-ClockifyPSTestSession...) are functions, not module cmdlets.
                if (!name.Contains("-ClockifyPS", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(call.Extent.StartLineNumber + ": no cmdlet " + name);
                }

                continue;
            }

            foreach (CommandParameterAst parameter in call.CommandElements.OfType<CommandParameterAst>())
            {
                // PowerShell takes a name, an alias or an unambiguous prefix of either.
                bool known = parameters.Contains(parameter.ParameterName)
                    || parameters.Count(p => p.StartsWith(parameter.ParameterName, StringComparison.OrdinalIgnoreCase)) >= 1;
                if (!known)
                {
                    problems.Add(call.Extent.StartLineNumber + ": " + name + " has no -" + parameter.ParameterName);
                }
            }
        }

        Assert.True(problems.Count == 0, script + ":\n" + string.Join("\n", problems));
    }

    /// <summary>Every exported cmdlet with its parameter names and aliases, common parameters included.</summary>
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Cmdlets = new(() =>
    {
        using var host = new PowerShellHost();
        return host.Run("Get-Command -Module ClockifyPS -CommandType Cmdlet").Succeeded().Output
            .Select(o => (CmdletInfo)o.BaseObject)
            .ToDictionary(
                c => c.Name,
                c => c.Parameters.Values.SelectMany(p => p.Aliases.Prepend(p.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase),
                StringComparer.OrdinalIgnoreCase);
    });
}
