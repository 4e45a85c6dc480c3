using System.IO;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.Invoice
{
    /// <summary>
    /// <para type="synopsis">Saves an invoice as the PDF Clockify renders, streamed to disk.</para>
    /// </summary>
    [Cmdlet(VerbsData.Export, "ClockifyInvoice", SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportClockifyInvoiceCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The invoice to export; binds from piped invoices.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("InvoiceId")]
        [ArgumentCompleter(typeof(InvoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The PDF file to write, or an existing folder to write each invoice into as invoice-NUMBER.pdf. An existing file is refused unless -Force.</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary><para type="description">The language the PDF is rendered in, e.g. en or de. Default: en.</para></summary>
        [Parameter]
        [ValidatePattern("^[A-Za-z]{2}([-_][A-Za-z]{2})?$")]
        public string Locale { get; set; } = "en";

        /// <summary><para type="description">The invoice number, for the file name in a folder; binds from piped invoices.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string? Number { get; set; }

        /// <summary><para type="description">Overwrites an existing file.</para></summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            string target = OutputPath(Path, "invoice-" + (string.IsNullOrEmpty(Number) ? Id : Number) + ".pdf", Force);
            if (ShouldProcess(target, "Export invoice " + Id + " as PDF") && Download(InvoiceApi.Export(workspace, Id, Locale), target) is { } file)
            {
                WriteObject(file);
            }
        }
    }
}
