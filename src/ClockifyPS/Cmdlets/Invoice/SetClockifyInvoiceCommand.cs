using System;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Invoice
{
    /// <summary>
    /// <para type="synopsis">Changes an invoice: number, client, currency, dates, subject, note, taxes, discount or status. Unnamed fields keep their values.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyInvoice", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyInvoice))]
    public sealed class SetClockifyInvoiceCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The invoice to change; binds from piped invoices.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("InvoiceId")]
        [ArgumentCompleter(typeof(InvoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">A new invoice number.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Number { get; set; }

        /// <summary><para type="description">A new client: a name or an id.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(ClientNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Client { get; set; }

        /// <summary><para type="description">A new currency code.</para></summary>
        [Parameter]
        [ValidatePattern("^[A-Za-z]{3}$")]
        public string? Currency { get; set; }

        /// <summary><para type="description">A new issue day.</para></summary>
        [Parameter]
        public DateTime? IssuedDate { get; set; }

        /// <summary><para type="description">A new due day.</para></summary>
        [Parameter]
        public DateTime? DueDate { get; set; }

        /// <summary><para type="description">A new subject line.</para></summary>
        [Parameter]
        [AllowEmptyString]
        public string? Subject { get; set; }

        /// <summary><para type="description">A new note printed on the invoice.</para></summary>
        [Parameter]
        [AllowEmptyString]
        public string? Note { get; set; }

        /// <summary><para type="description">The first tax in percent (19 for 19 %).</para></summary>
        [Parameter]
        [ValidateRange(0, 100)]
        public double? TaxPercent { get; set; }

        /// <summary><para type="description">The second tax in percent.</para></summary>
        [Parameter]
        [ValidateRange(0, 100)]
        public double? Tax2Percent { get; set; }

        /// <summary><para type="description">The discount in percent.</para></summary>
        [Parameter]
        [ValidateRange(0, 100)]
        public double? DiscountPercent { get; set; }

        /// <summary><para type="description">A new status, set with its own request after any other change.</para></summary>
        [Parameter]
        [ValidateSet("Unsent", "Sent", "Paid", "PartiallyPaid", "Void", "Overdue", IgnoreCase = true)]
        public string? Status { get; set; }

        /// <summary><para type="description">Writes the changed invoice to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);

            // Clockify's PUT replaces the invoice's header: start from what it is now.
            if (!TrySend(InvoiceApi.Get(workspace, Id), Id, out InvoiceDto current))
            {
                return;
            }

            bool edits = Number != null || Client != null || Currency != null || IssuedDate != null || DueDate != null || Subject != null || Note != null
                || TaxPercent != null || Tax2Percent != null || DiscountPercent != null;
            string target = "invoice " + (current.Number ?? Id) + " (" + Id + ")";
            if (edits)
            {
                var update = new InvoiceUpdate
                {
                    Number = Number ?? current.Number ?? string.Empty,
                    ClientId = Client is null ? current.ClientId : ResolveClient(workspace, Client),
                    CompanyId = current.CompanyId,
                    Currency = Currency?.ToUpperInvariant() ?? current.Currency ?? string.Empty,
                    IssuedDate = Day(IssuedDate) ?? ClockifyExpense.ParseDate(current.IssuedDate) ?? DateTimeOffset.UtcNow,
                    DueDate = Day(DueDate) ?? ClockifyExpense.ParseDate(current.DueDate) ?? DateTimeOffset.UtcNow,
                    Subject = Subject ?? current.Subject,
                    Note = Note ?? current.Note,
                    TaxPercent = TaxPercent ?? current.Tax,
                    Tax2Percent = Tax2Percent ?? current.Tax2,
                    DiscountPercent = DiscountPercent ?? current.Discount,
                };
                if (update.DueDate < update.IssuedDate)
                {
                    ThrowInvalidArgument("DueBeforeIssued", "The due date must not be before the issue date.", update.DueDate);
                }

                if (!ShouldProcess(target, "Update") || !TrySend(InvoiceApi.Update(workspace, Id, update), Id, out current))
                {
                    return;
                }
            }

            if (Status != null)
            {
                if (!ShouldProcess(target, "Set status " + InvoiceStatus.ApiName(Status)) || !TrySend(InvoiceApi.SetStatus(workspace, Id, InvoiceStatus.ApiName(Status)), Id))
                {
                    return;
                }

                // The status change answers with no body: read the invoice as it is now.
                if (PassThru && !TrySend(InvoiceApi.Get(workspace, Id), Id, out current))
                {
                    return;
                }
            }

            CompletionCache.Clear();
            if (PassThru)
            {
                WriteObject(new ClockifyInvoice(current, workspace));
            }
        }

        private static DateTimeOffset? Day(DateTime? day) =>
            day is DateTime d ? new DateTimeOffset(DateTime.SpecifyKind(d.Date, DateTimeKind.Utc)) : (DateTimeOffset?)null;
    }
}
