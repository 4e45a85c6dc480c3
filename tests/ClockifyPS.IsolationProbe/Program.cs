using System;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Net.Http;
using System.Runtime.Loader;
using Microsoft.Extensions.DependencyInjection;
using Polly;

// Usage: ClockifyPS.IsolationProbe <path to ClockifyPS.psd1>, with CLOCKIFY_BASE_URI and CLOCKIFY_API_KEY set.
// Prints "assembly <name> <version> <load context>" for the libraries in question, "tags <count>", and exits 0
// when the module and this host's own libraries both worked.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: ClockifyPS.IsolationProbe <ClockifyPS.psd1>");
    return 2;
}

// The host's own versions, loaded and used before the module arrives.
ServiceProvider services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
IHttpClientFactory factory = services.GetRequiredService<IHttpClientFactory>();
factory.CreateClient("host").Dispose();
int answer = Policy.NoOp().Execute(() => 42);

InitialSessionState state = InitialSessionState.CreateDefault2();
using Runspace runspace = RunspaceFactory.CreateRunspace(state);
runspace.Open();
using PowerShell shell = PowerShell.Create();
shell.Runspace = runspace;
shell.AddScript(
    "Import-Module -Name $args[0] -ErrorAction Stop; " +
    "Connect-Clockify -ErrorAction Stop; " +
    "@(Get-ClockifyTag -ErrorAction Stop).Count; " +
    "@(Get-ClockifyTimeEntry -Start '2000-01-01' -End '2100-01-01' -TimeZone 'Europe/Berlin' -First 5 -ErrorAction Stop).Count")
    .AddArgument(args[0]);
try
{
    var counts = shell.Invoke().Select(o => o.BaseObject).ToList();
    foreach (ErrorRecord error in shell.Streams.Error)
    {
        Console.Error.WriteLine("error " + error.FullyQualifiedErrorId + ": " + error.Exception);
    }

    if (shell.HadErrors || counts.Count != 2)
    {
        return 1;
    }

    Console.WriteLine("tags " + counts[0]);
    Console.WriteLine("entries " + counts[1]);
}
catch (RuntimeException ex)
{
    Console.Error.WriteLine("error " + ex.ErrorRecord?.FullyQualifiedErrorId + ": " + ex.Message);
    return 1;
}

// The host's copies still work after the module's requests.
factory.CreateClient("host-after").Dispose();
answer += Policy.NoOp().Execute(() => 0);
Console.WriteLine("host " + answer);

string[] watched = { "Microsoft.Extensions.Http", "Microsoft.Extensions.DependencyInjection", "Polly", "ClockifyPS", "ClockifyPS.Engine", "NodaTime", "System.Text.Json" };
foreach (AssemblyLoadContext context in AssemblyLoadContext.All)
{
    foreach (var assembly in context.Assemblies)
    {
        var name = assembly.GetName();
        if (watched.Contains(name.Name, StringComparer.Ordinal))
        {
            Console.WriteLine("assembly " + name.Name + " " + name.Version + " " + (context == AssemblyLoadContext.Default ? "Default" : context.Name));
        }
    }
}

return 0;
