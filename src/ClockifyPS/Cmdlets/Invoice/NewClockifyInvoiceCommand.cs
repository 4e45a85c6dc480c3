using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Invoice
{
    /// <summary>
    /// <para type="synopsis">Creates an invoice to a client and writes it to the pipeline; add lines with Add-ClockifyInvoiceItem or Import-ClockifyInvoiceItem.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyInvoice", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyInvoice))]
    public sealed class NewClockifyInvoiceCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The client to bill: a name or an id. Binds from piped clients.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ClientId")]
        [ArgumentCompleter(typeof(ClientNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string Client { get; set; } = string.Empty;

        /// <summary><para type="description">The invoice number, e.g. 2026-014.</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Number { get; set; } = string.Empty;

        /// <summary><para type="description">The currency code (EUR). Default: the workspace's currency.</para></summary>
        [Parameter]
        [ValidatePattern("^[A-Za-z]{3}$")]
        public string? Currency { get; set; }

        /// <summary><para type="description">The day it is issued. Default: today (UTC).</para></summary>
        [Parameter]
        public DateTime? IssuedDate { get; set; }

        /// <summary><para type="description">The day it is due. Default: 30 days after -IssuedDate.</para></summary>
        [Parameter]
        public DateTime? DueDate { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            DateTime issued = (IssuedDate ?? DateTime.UtcNow).Date;
            DateTime due = (DueDate ?? issued.AddDays(30)).Date;
            if (due < issued)
            {
                ThrowInvalidArgument("DueBeforeIssued", "-DueDate (" + due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ") must not be before -IssuedDate.", due);
            }

            if (!ShouldProcess("workspace " + workspace, "Create invoice " + Number + " to " + Client))
            {
                return;
            }

            string clientId = ResolveClient(workspace, Client);
            string? currency = Currency?.ToUpperInvariant() ?? CurrencyOf(workspace);
            if (currency is null)
            {
                ThrowInvalidArgument("NoCurrency", "The workspace's currency could not be read: give -Currency.", Number);
            }

            if (TryCreate(InvoiceApi.Create(workspace, clientId, currency!, Number, Utc(issued), Utc(due)), Number, () => FindCreated(workspace, clientId), out InvoiceDto created))
            {
                CompletionCache.Clear();
                WriteObject(new ClockifyInvoice(created, workspace));
            }
        }

        /// <summary>The invoice just created, if Clockify has one with this number for this client.</summary>
        private InvoiceDto? FindCreated(string workspace, string clientId) =>
            ReadAll(InvoiceApi.List(workspace, null), InvoiceApi.ParseList).LastOrDefault(i => i.Number == Number && i.ClientId == clientId);

        private static DateTimeOffset Utc(DateTime day) => new DateTimeOffset(DateTime.SpecifyKind(day, DateTimeKind.Utc));
    }
}
