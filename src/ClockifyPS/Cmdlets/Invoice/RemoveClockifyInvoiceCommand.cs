using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.Invoice
{
    /// <summary>
    /// <para type="synopsis">Deletes invoices, with their items and payments.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyInvoice", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveClockifyInvoiceCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The id of the invoice to delete; binds from piped invoices.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("InvoiceId")]
        [ArgumentCompleter(typeof(InvoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <inheritdoc />
        protected override void ProcessRecord() => RemoveQuietly("invoice", Id, InvoiceApi.Delete);
    }
}
