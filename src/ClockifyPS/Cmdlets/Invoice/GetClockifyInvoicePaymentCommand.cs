using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Invoice
{
    /// <summary>
    /// <para type="synopsis">Gets the payments recorded against invoices, in major units of each invoice's currency.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyInvoicePayment", SupportsPaging = true)]
    [OutputType(typeof(ClockifyInvoicePayment))]
    public sealed class GetClockifyInvoicePaymentCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The invoice; binds from piped invoices.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InvoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string InvoiceId { get; set; } = string.Empty;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(InvoiceId), InvoiceId);

            // Payments carry no currency: the invoice's is read first.
            if (TrySend(InvoiceApi.Get(workspace, InvoiceId), InvoiceId, out InvoiceDto invoice))
            {
                WriteListing(
                    InvoiceApi.Payments(workspace, InvoiceId),
                    (InvoicePaymentDto payment) => new ClockifyInvoicePayment(payment, InvoiceId, workspace, invoice.Currency),
                    "Get-ClockifyInvoicePayment",
                    pageSize: MoneyPage);
            }
        }
    }
}
