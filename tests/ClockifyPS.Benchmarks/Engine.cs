using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;

namespace ClockifyPS.Benchmarks;

/// <summary>A hosted PowerShell engine with ClockifyPS imported and connected.</summary>
internal sealed class Engine : IDisposable
{
    private readonly Runspace runspace;

    public Engine(string modulePath)
    {
        var state = InitialSessionState.CreateDefault2();
        state.Commands.Add(new SessionStateCmdletEntry("Measure-Objects", typeof(CountSinkCommand), null));
        runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        Run("Import-Module -Name $args[0] -ErrorAction Stop", modulePath);
    }

    public void Connect(Uri baseUri, string key)
    {
        var secure = new SecureString();
        foreach (char c in key)
        {
            secure.AppendChar(c);
        }

        runspace.SessionStateProxy.SetVariable("benchKey", secure);
        Run("Connect-Clockify -BaseUri $args[0] -ApiKey $benchKey -ErrorAction Stop", baseUri);
    }

    /// <summary>Runs a script and counts (then drops) its output, so no list of a million objects distorts the figures.</summary>
    public long Count(string script, params object[] arguments)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        foreach (object argument in arguments)
        {
            shell.AddArgument(argument);
        }

        long count = 0;
        var output = new PSDataCollection<PSObject>();
        output.DataAdded += (_, _) =>
        {
            count++;
            output.Clear();
        };
        shell.Invoke<PSObject, PSObject>(null, output, new PSInvocationSettings());
        if (shell.HadErrors)
        {
            throw new InvalidOperationException("The measured script reported errors: " + string.Join("; ", shell.Streams.Error));
        }

        return count;
    }

    public void Run(string script, params object[] arguments) => Count(script, arguments);

    /// <summary>How many objects a command writes, counted by a compiled downstream cmdlet.</summary>
    public long Measure(string command)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(command + " | Measure-Objects");
        var result = shell.Invoke();
        if (shell.HadErrors)
        {
            throw new InvalidOperationException("The measured command reported errors: " + string.Join("; ", shell.Streams.Error));
        }

        return (long)result[0].BaseObject;
    }

    public void Dispose() => runspace.Dispose();
}
