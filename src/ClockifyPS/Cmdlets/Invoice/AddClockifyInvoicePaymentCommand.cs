using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Invoice
{
    /// <summary>
    /// <para type="synopsis">Records a payment against an invoice, in major units of its currency.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "ClockifyInvoicePayment", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyInvoice))]
    public sealed class AddClockifyInvoicePaymentCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The invoice paid; binds from piped invoices.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InvoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string InvoiceId { get; set; } = string.Empty;

        /// <summary><para type="description">The amount paid in major units (250.00), at most two decimals.</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        public decimal Amount { get; set; }

        /// <summary><para type="description">The day it was paid. Default: today (UTC).</para></summary>
        [Parameter]
        public DateTime? Date { get; set; }

        /// <summary><para type="description">A note, e.g. the bank reference.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Note { get; set; }

        /// <summary><para type="description">Writes the invoice, with its new balance, to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(InvoiceId), InvoiceId);
            long cents = Cents(Amount, nameof(Amount));
            if (cents == 0)
            {
                ThrowInvalidArgument("InvalidAmount", "-Amount must be more than zero.", Amount);
            }

            var day = new DateTimeOffset(DateTime.SpecifyKind((Date ?? DateTime.UtcNow).Date, DateTimeKind.Utc));
            if (ShouldProcess("invoice " + InvoiceId, "Record a payment of " + Amount)
                && TryCreate(InvoiceApi.AddPayment(workspace, InvoiceId, cents, day, Note), InvoiceId, () => FindPaid(workspace, cents, day), out InvoiceDto invoice)
                && PassThru)
            {
                WriteObject(new ClockifyInvoice(invoice, workspace));
            }
        }

        /// <summary>The invoice, if a payment like the one whose answer was lost is on it.</summary>
        private InvoiceDto? FindPaid(string workspace, long cents, DateTimeOffset day) =>
            ReadAll<InvoicePaymentDto>(InvoiceApi.Payments(workspace, InvoiceId), r => r.Deserialize<List<InvoicePaymentDto>>())
                .Any(p => p.Amount == cents && ClockifyExpense.ParseDate(p.Date) == day && (p.Note ?? string.Empty) == (Note ?? string.Empty))
                ? Await(ApiClient.SendAsync<InvoiceDto>(InvoiceApi.Get(workspace, InvoiceId), Log, StopToken))
                : null;
    }
}
