using System.IO;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.Expense
{
    /// <summary>
    /// <para type="synopsis">Downloads expense receipts to files, streamed to disk.</para>
    /// </summary>
    [Cmdlet(VerbsData.Save, "ClockifyExpenseReceipt", SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveClockifyExpenseReceiptCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The expense whose receipt to save; binds from piped expenses.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ExpenseId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The receipt's file id; binds from piped expenses. Default: read from the expense.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string? FileId { get; set; }

        /// <summary><para type="description">The file to write, or an existing folder to write each receipt into under its own name. An existing file is refused unless -Force.</para></summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary><para type="description">Overwrites an existing file.</para></summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            string? fileId = string.IsNullOrEmpty(FileId) ? null : FileId;
            string? fileName = null;
            if (fileId is null)
            {
                if (!TrySend(ExpenseApi.Get(workspace, Id), Id, out ExpenseDto expense))
                {
                    return;
                }

                fileId = string.IsNullOrEmpty(expense.FileId) ? null : expense.FileId;
                fileName = expense.FileName;
            }

            if (fileId is null)
            {
                WriteError(new ErrorRecord(new ItemNotFoundException("Expense " + Id + " has no receipt."), "Clockify." + Operation + ".NoReceipt", ErrorCategory.ObjectNotFound, Id));
                return;
            }

            RequireId(nameof(FileId), fileId);
            string target = OutputPath(Path, Id + "-" + (fileName ?? fileId), Force);
            if (ShouldProcess(target, "Save the receipt of expense " + Id) && Download(ExpenseApi.DownloadFile(workspace, Id, fileId), target) is { } file)
            {
                WriteObject(file);
            }
        }
    }
}
