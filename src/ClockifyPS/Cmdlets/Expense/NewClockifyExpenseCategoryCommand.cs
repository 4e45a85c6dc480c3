using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Expense
{
    /// <summary>
    /// <para type="synopsis">Creates an expense category, optionally counted in units at a fixed price, and writes it to the pipeline.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyExpenseCategory", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyExpenseCategory))]
    public sealed class NewClockifyExpenseCategoryCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The new category's name.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 100)]
        public string Name { get; set; } = string.Empty;

        /// <summary><para type="description">The price of one unit in major units (0.30 for 30 cents), at most two decimals. Makes expenses in this category counted in units; needs -Unit.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public decimal? UnitPrice { get; set; }

        /// <summary><para type="description">The unit's name, e.g. km or night; needs -UnitPrice.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Unit { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            long? price = UnitPrice is decimal unitPrice ? Cents(unitPrice, nameof(UnitPrice)) : (long?)null;
            if ((price is null) != (Unit is null))
            {
                ThrowInvalidArgument("IncompleteUnitPrice", "-UnitPrice and -Unit go together: give both for a category counted in units, or neither.", Name);
            }

            if (ShouldProcess("workspace " + workspace, "Create expense category '" + Name + "'")
                && TrySend(ExpenseApi.SaveCategory(workspace, null, Name, price, Unit), Name, out ExpenseCategoryDto category))
            {
                CompletionCache.Clear();
                WriteObject(new ClockifyExpenseCategory(category, workspace, CurrencyOf(workspace)));
            }
        }
    }
}
