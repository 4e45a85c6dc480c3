using System.Management.Automation;

namespace ClockifyPS.Benchmarks;

/// <summary>
/// Counts what reaches it and writes only the count: the cheapest downstream command, so the figures
/// measure ClockifyPS rather than whatever collects its output.
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "Objects")]
public sealed class CountSinkCommand : Cmdlet
{
    private long count;

    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    protected override void ProcessRecord() => count++;

    protected override void EndProcessing() => WriteObject(count);
}
