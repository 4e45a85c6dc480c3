using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Invoice
{
    /// <summary>
    /// <para type="synopsis">Adds a line to an invoice: a description, a quantity and a unit price in major units.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "ClockifyInvoiceItem", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyInvoice))]
    public sealed class AddClockifyInvoiceItemCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The invoice to add the line to; binds from piped invoices.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InvoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string InvoiceId { get; set; } = string.Empty;

        /// <summary><para type="description">What is billed.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Description { get; set; } = string.Empty;

        /// <summary><para type="description">How many units (whole numbers). Default: 1.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, long.MaxValue)]
        public long Quantity { get; set; } = 1;

        /// <summary><para type="description">The price of one unit in major units (95.50), at most two decimals.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public decimal UnitPrice { get; set; }

        /// <summary><para type="description">The kind of line shown on the invoice. Default: Service.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ItemType { get; set; } = "Service";

        /// <summary><para type="description">Which of the invoice's taxes apply: None (default), Tax1, Tax2 or Tax1Tax2.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("None", "Tax1", "Tax2", "Tax1Tax2", IgnoreCase = true)]
        public string ApplyTaxes { get; set; } = "None";

        /// <summary><para type="description">Writes the invoice, with the new line, to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(InvoiceId), InvoiceId);
            long unitPrice = Cents(UnitPrice, nameof(UnitPrice));
            if (ShouldProcess("invoice " + InvoiceId, "Add line '" + Description + "': " + Quantity + " x " + UnitPrice)
                && TrySend(InvoiceApi.AddItem(workspace, InvoiceId, Description, ItemType, Quantity, unitPrice, ApplyTaxes.ToUpperInvariant()), InvoiceId, out InvoiceDto invoice)
                && PassThru)
            {
                WriteObject(new ClockifyInvoice(invoice, workspace));
            }
        }
    }
}
