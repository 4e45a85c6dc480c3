using System.Management.Automation;

namespace ClockifyPS.Tests.Support;

/// <summary>
/// What Select-Object -First does (the hosted engine lacks the Utility module): after N objects it stops the
/// commands upstream, which surfaces in them as a PipelineStoppedException from WriteObject.
/// </summary>
[Cmdlet(VerbsCommon.Select, "FirstObject")]
public sealed class SelectFirstCommand : PSCmdlet
{
    private int seen;

    [Parameter(Mandatory = true, Position = 0)]
    public int Count { get; set; }

    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    protected override void ProcessRecord()
    {
        WriteObject(InputObject);
        if (++seen >= Count)
        {
            // The exception Select-Object throws is internal to the engine; make it the same way.
            var type = typeof(PSCmdlet).Assembly.GetType("System.Management.Automation.StopUpstreamCommandsException", throwOnError: true)!;
            throw (System.Exception)System.Activator.CreateInstance(type, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic, null, new object[] { this }, null)!;
        }
    }
}
