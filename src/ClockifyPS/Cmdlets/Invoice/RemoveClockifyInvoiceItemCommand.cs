using System.Globalization;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Invoice
{
    /// <summary>
    /// <para type="synopsis">Removes a line from an invoice.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyInvoiceItem", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyInvoice))]
    public sealed class RemoveClockifyInvoiceItemCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The invoice; binds from piped invoice items.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InvoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string InvoiceId { get; set; } = string.Empty;

        /// <summary><para type="description">The line's Order; binds from piped invoice items.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0, int.MaxValue)]
        public int Order { get; set; }

        /// <summary><para type="description">Writes the invoice, without the line, to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(InvoiceId), InvoiceId);
            if (ShouldProcess("line " + Order.ToString(CultureInfo.InvariantCulture) + " of invoice " + InvoiceId, "Remove")
                && TrySend(InvoiceApi.RemoveItem(workspace, InvoiceId, Order), InvoiceId, out InvoiceDto invoice)
                && PassThru)
            {
                WriteObject(new ClockifyInvoice(invoice, workspace));
            }
        }
    }
}
