using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Invoice
{
    /// <summary>
    /// <para type="synopsis">Imports the billable time (and optionally expenses) of a period into an invoice as lines.</para>
    /// </summary>
    [Cmdlet(VerbsData.Import, "ClockifyInvoiceItem", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyInvoice))]
    public sealed class ImportClockifyInvoiceItemCommand : ClockifyTimeCmdlet
    {
        /// <summary><para type="description">The invoice to add lines to; binds from piped invoices.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InvoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string InvoiceId { get; set; } = string.Empty;

        /// <summary><para type="description">The first moment of the period. Text without an offset is read in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The end of the period.</para></summary>
        [Parameter(Mandatory = true, Position = 1)]
        public ClockifyDateTime End { get; set; } = null!;

        /// <summary><para type="description">Only time on these projects: names or ids. Default: every project of the invoice's client.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(ProjectNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Project { get; set; }

        /// <summary><para type="description">How time becomes lines: Grouped (default, one line per project, user or day), Detailed (one per entry) or SingleItem (one line).</para></summary>
        [Parameter]
        [ValidateSet("Grouped", "Detailed", "SingleItem", IgnoreCase = true)]
        public string Grouping { get; set; } = "Grouped";

        /// <summary><para type="description">With -Grouping Grouped: one line per Project (default), User or Date.</para></summary>
        [Parameter]
        [ValidateSet("Project", "User", "Date", IgnoreCase = true)]
        public string GroupBy { get; set; } = "Project";

        /// <summary><para type="description">Imports the period's billable expenses too, one line per category.</para></summary>
        [Parameter]
        public SwitchParameter IncludeExpenses { get; set; }

        /// <summary><para type="description">Rounds durations to the nearest 15 minutes.</para></summary>
        [Parameter]
        public SwitchParameter Round { get; set; }

        /// <summary><para type="description">Writes the invoice, with the new lines, to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(InvoiceId), InvoiceId);
            var import = new InvoiceImport
            {
                From = Resolve(Start),
                To = Resolve(End),
                ImportExpenses = IncludeExpenses.IsPresent,
                TimeEntryGroupType = Grouping.ToUpperInvariant() == "SINGLEITEM" ? "SINGLE_ITEM" : Grouping.ToUpperInvariant(),
                PrimaryGroupBy = GroupBy.ToUpperInvariant(),
                RoundDurations = Round.IsPresent,
            };
            if (import.To <= import.From)
            {
                ThrowInvalidArgument("EndBeforeStart", "-End must be after -Start.", End);
            }

            if (!ShouldProcess("invoice " + InvoiceId, "Import billable time" + (IncludeExpenses ? " and expenses" : string.Empty) + " from " + InvoiceApi.Instant(import.From) + " to " + InvoiceApi.Instant(import.To)))
            {
                return;
            }

            import.ProjectIds = Project?.Select(p => ResolveProject(workspace, p)).Distinct().ToList() ?? new System.Collections.Generic.List<string>();
            if (TrySend(InvoiceApi.Import(workspace, InvoiceId, import), InvoiceId, out InvoiceDto invoice) && PassThru)
            {
                WriteObject(new ClockifyInvoice(invoice, workspace));
            }
        }
    }
}
