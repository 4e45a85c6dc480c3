using System.Globalization;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.SharedReport
{
    /// <summary>
    /// <para type="synopsis">Runs a shared report and writes what Clockify answers (the report as JSON turned into objects), over its own dates or -Start to -End.</para>
    /// </summary>
    // Invoke, not Get-ClockifySharedReport -Generate: running a report is an action with its own parameters (a
    // window) and its own output (the report, whose shape depends on its type), not one more way to read settings.
    [Cmdlet(VerbsLifecycle.Invoke, "ClockifySharedReport", DefaultParameterSetName = SavedSet)]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeClockifySharedReportCommand : ClockifyTimeCmdlet
    {
        private const string SavedSet = "SavedRange";
        private const string WindowSet = "Window";

        /// <summary><para type="description">The id of the shared report to run; binds from piped shared reports.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("SharedReportId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">Runs the report from this moment instead of its saved range. Text without an offset is read in -TimeZone.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = WindowSet)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The first moment after the report (exclusive), with -Start.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = WindowSet)]
        public ClockifyDateTime End { get; set; } = null!;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            RequireId(nameof(Id), Id);
            string? start = null;
            string? end = null;
            if (ParameterSetName == WindowSet)
            {
                System.DateTimeOffset from = Resolve(Start);
                System.DateTimeOffset to = Resolve(End);
                if (to <= from)
                {
                    ThrowInvalidArgument("EndBeforeStart", "-End (" + to.ToString("u", CultureInfo.InvariantCulture) + ") must be after -Start.", End);
                }

                // The report keeps its own zone; the window goes as UTC wall-clock time, its end inclusive as Clockify reads it.
                start = ReportApi.FormatWallClock(from.UtcDateTime);
                end = ReportApi.FormatWallClock(to.UtcDateTime.AddMilliseconds(-1));
            }

            if (TrySend(SharedReportApi.Generate(Id, start, end), Id, out System.Text.Json.JsonElement report))
            {
                WriteObject(JsonToPowerShell.Convert(report));
            }
        }
    }
}
