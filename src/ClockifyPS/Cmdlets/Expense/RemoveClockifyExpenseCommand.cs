using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.Expense
{
    /// <summary>
    /// <para type="synopsis">Deletes expenses, with their receipts.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyExpense", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveClockifyExpenseCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The id of the expense to delete; binds from piped expenses.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ExpenseId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <inheritdoc />
        protected override void ProcessRecord() => RemoveQuietly("expense", Id, ExpenseApi.Delete);
    }
}
