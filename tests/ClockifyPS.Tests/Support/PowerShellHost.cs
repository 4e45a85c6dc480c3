using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;

namespace ClockifyPS.Tests.Support;

/// <summary>
/// A real PowerShell engine in this process with the built module imported from its layout in out/, as a user
/// would import it. Each instance is its own runspace, so connections never leak between tests.
/// </summary>
public sealed class PowerShellHost : IDisposable
{
    private readonly Runspace runspace;

    public PowerShellHost(IDictionary<string, string>? environment = null)
    {
        var state = InitialSessionState.CreateDefault2();
        state.Commands.Add(new SessionStateCmdletEntry("Select-FirstObject", typeof(SelectFirstCommand), null));
        if (environment != null)
        {
            foreach (var pair in environment)
            {
                state.EnvironmentVariables.Add(new SessionStateVariableEntry(pair.Key, pair.Value, null));
            }
        }

        runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        Run("Import-Module -Name $args[0] -ErrorAction Stop", ManifestPath);
    }

    public static string ManifestPath { get; } = typeof(PowerShellHost).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ModuleManifest").Value!;

    public static string ModuleDirectory => Path.GetDirectoryName(ManifestPath)!;

    /// <summary>Runs a script; the arguments are $args[0], $args[1]... Errors are collected, not thrown.</summary>
    public PowerShellResult Run(string script, params object?[] arguments) => Invoke(script, arguments, null);

    /// <summary>Runs a script with named variables set first (so SecureStrings and hashtables keep their types).</summary>
    public PowerShellResult RunWith(string script, IDictionary<string, object?> variables) => Invoke(script, Array.Empty<object?>(), variables);

    /// <summary>Starts a script and returns the live PowerShell object, for tests that stop it midway.</summary>
    public PowerShell Begin(string script, params object?[] arguments)
    {
        var shell = PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        foreach (object? argument in arguments)
        {
            shell.AddArgument(argument);
        }

        return shell;
    }

    public void Dispose() => runspace.Dispose();

    private PowerShellResult Invoke(string script, object?[] arguments, IDictionary<string, object?>? variables)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = runspace;
        if (variables != null)
        {
            foreach (var pair in variables)
            {
                runspace.SessionStateProxy.SetVariable(pair.Key, pair.Value);
            }
        }

        shell.AddScript(script);
        foreach (object? argument in arguments)
        {
            shell.AddArgument(argument);
        }

        Collection<PSObject> output;
        Exception? terminating = null;
        try
        {
            output = shell.Invoke();
        }
        catch (RuntimeException ex)
        {
            output = new Collection<PSObject>();
            terminating = ex;
        }

        var errors = shell.Streams.Error.ToList();
        if (terminating is RuntimeException runtime && runtime.ErrorRecord != null && !errors.Contains(runtime.ErrorRecord))
        {
            errors.Add(runtime.ErrorRecord);
        }

        var result = new PowerShellResult(
            output.ToList(),
            errors,
            shell.Streams.Verbose.Select(v => v.Message).ToList(),
            shell.Streams.Warning.Select(w => w.Message).ToList(),
            shell.Streams.Progress.ToList(),
            terminating,
            shell.Streams.Debug.Select(d => d.Message).Concat(shell.Streams.Information.Select(i => i.ToString())).ToList());
        Secrets.AssertAbsent(result.AllText(), script);
        return result;
    }
}

public sealed record PowerShellResult(
    IReadOnlyList<PSObject> Output,
    IReadOnlyList<ErrorRecord> Errors,
    IReadOnlyList<string> Verbose,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<ProgressRecord> Progress,
    Exception? Terminating,
    IReadOnlyList<string> Other)
{
    public PSObject Single => Assert_.Single(Output, this);

    public ErrorRecord Error => Errors.Count == 1 ? Errors[0] : throw new Xunit.Sdk.XunitException("Expected one error, got " + Errors.Count + ": " + Describe());

    /// <summary>Every text the run produced, to check that a secret appears nowhere.</summary>
    public string AllText() => string.Join("\n",
        Output.Select(o => o?.ToString() ?? string.Empty)
            .Concat(Output.SelectMany(o => Nested(o, 0)))
            .Concat(Errors.SelectMany(e => new[] { e.ToString(), e.Exception?.ToString() ?? string.Empty, e.ErrorDetails?.Message ?? string.Empty, e.ErrorDetails?.RecommendedAction ?? string.Empty, e.TargetObject?.ToString() ?? string.Empty }))
            .Concat(Verbose).Concat(Warnings).Concat(Other)
            .Concat(Progress.Select(p => p.StatusDescription + p.Activity))
            .Concat(new[] { Terminating?.ToString() ?? string.Empty }));

    /// <summary>
    /// The text of every property value, and of the values inside them (lists, the module's own objects, custom
    /// objects) a few levels down: a secret tucked into a nested object must not slip past the scan.
    /// </summary>
    private static IEnumerable<string> Nested(object? value, int depth)
    {
        PSObject? shell = value as PSObject ?? (value is null ? null : PSObject.AsPSObject(value));
        if (shell is null || depth > 4)
        {
            yield break;
        }

        foreach (PSPropertyInfo property in shell.Properties.Where(p => p.IsGettable))
        {
            object? inner = SafeValue(property);
            yield return inner?.ToString() ?? string.Empty;
            object? bare = inner is PSObject wrapped ? wrapped.BaseObject : inner;
            if (bare is string || bare is null || bare.GetType().IsPrimitive)
            {
                continue;
            }

            IEnumerable<object?> children = bare is IEnumerable sequence ? sequence.Cast<object?>().Take(1000) : new[] { inner };
            foreach (object? child in children)
            {
                object? bareChild = child is PSObject w ? w.BaseObject : child;
                yield return bareChild is DictionaryEntry entry ? entry.Key + "=" + entry.Value : bareChild?.ToString() ?? string.Empty;
                if (bareChild is PSCustomObject || child is PSObject { BaseObject: PSCustomObject } || bareChild?.GetType().Namespace?.StartsWith("ClockifyPS.Models", StringComparison.Ordinal) == true)
                {
                    foreach (string text in Nested(child, depth + 1))
                    {
                        yield return text;
                    }
                }
            }
        }
    }

    private static object? SafeValue(PSPropertyInfo property)
    {
        try
        {
            return property.Value;
        }
        catch (GetValueException)
        {
            return null;
        }
    }

    public PowerShellResult Succeeded()
    {
        if (Errors.Count > 0 || Terminating != null)
        {
            throw new Xunit.Sdk.XunitException("The script failed: " + Describe());
        }

        return this;
    }

    public string Describe() => string.Join("; ", Errors.Select(e => e.FullyQualifiedErrorId + ": " + e)) + (Terminating is null ? string.Empty : " | " + Terminating.Message);

    private static class Assert_
    {
        public static PSObject Single(IReadOnlyList<PSObject> output, PowerShellResult result) =>
            output.Count == 1 ? output[0] : throw new Xunit.Sdk.XunitException("Expected one output object, got " + output.Count + ". " + result.Describe());
    }
}
