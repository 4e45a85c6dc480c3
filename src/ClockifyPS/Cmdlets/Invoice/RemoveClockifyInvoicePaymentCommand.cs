using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Invoice
{
    /// <summary>
    /// <para type="synopsis">Deletes payments recorded against an invoice.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyInvoicePayment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyInvoice))]
    public sealed class RemoveClockifyInvoicePaymentCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The invoice; binds from piped payments.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InvoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string InvoiceId { get; set; } = string.Empty;

        /// <summary><para type="description">The payment to delete; binds from piped payments.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("PaymentId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">Writes the invoice, with its new balance, to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(InvoiceId), InvoiceId);
            RequireId(nameof(Id), Id);
            if (ShouldProcess("payment " + Id + " of invoice " + InvoiceId, "Delete")
                && TrySend(InvoiceApi.DeletePayment(workspace, InvoiceId, Id), Id, out InvoiceDto invoice)
                && PassThru)
            {
                WriteObject(new ClockifyInvoice(invoice, workspace));
            }
        }
    }
}
