using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Invoice
{
    /// <summary>
    /// <para type="synopsis">Duplicates invoices, items included, and writes the copies to the pipeline.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Copy, "ClockifyInvoice", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyInvoice))]
    public sealed class CopyClockifyInvoiceCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The invoice to duplicate; binds from piped invoices.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("InvoiceId")]
        [ArgumentCompleter(typeof(InvoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            if (ShouldProcess("invoice " + Id, "Duplicate") && TrySend(InvoiceApi.Duplicate(workspace, Id), Id, out InvoiceDto copy))
            {
                CompletionCache.Clear();
                WriteObject(new ClockifyInvoice(copy, workspace));
            }
        }
    }
}
