using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.Expense
{
    /// <summary>
    /// <para type="synopsis">Deletes expense categories.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyExpenseCategory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveClockifyExpenseCategoryCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The id of the category to delete; binds from piped categories.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("CategoryId")]
        [ArgumentCompleter(typeof(ExpenseCategoryIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <inheritdoc />
        protected override void ProcessRecord() => RemoveQuietly("expense category", Id, ExpenseApi.DeleteCategory);
    }
}
