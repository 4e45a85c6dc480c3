using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Expense
{
    /// <summary>
    /// <para type="synopsis">Renames an expense category, changes its unit price, or archives or restores it.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyExpenseCategory", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyExpenseCategory))]
    public sealed class SetClockifyExpenseCategoryCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The id of the category to change; binds from piped categories.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("CategoryId")]
        [ArgumentCompleter(typeof(ExpenseCategoryIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The new name.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 100)]
        public string? Name { get; set; }

        /// <summary><para type="description">The new price of one unit in major units, at most two decimals.</para></summary>
        [Parameter]
        public decimal? UnitPrice { get; set; }

        /// <summary><para type="description">The new unit name.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Unit { get; set; }

        /// <summary><para type="description">Archives the category; -Archived:$false restores it.</para></summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary><para type="description">Writes the changed category to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            long? price = UnitPrice is decimal unitPrice ? Cents(unitPrice, nameof(UnitPrice)) : (long?)null;
            bool edits = Name != null || price != null || Unit != null;
            bool archiving = MyInvocation.BoundParameters.ContainsKey(nameof(Archived));

            // Clockify's PUT replaces the category and it has no request for one: start from the list's copy.
            ExpenseCategoryDto? current = FindCategory(workspace, Id);
            if (current is null)
            {
                WriteNotFound("expense category", Id);
                return;
            }

            ExpenseCategoryDto result = current;
            if (edits)
            {
                string name = Name ?? current.Name;
                long? newPrice = price ?? (current.HasUnitPrice ? current.PriceInCents : null);
                string? unit = Unit ?? (current.HasUnitPrice ? current.Unit : null);
                if ((newPrice is null) != (unit is null))
                {
                    ThrowInvalidArgument("IncompleteUnitPrice", "This category has no unit price yet: give -UnitPrice and -Unit together.", Id);
                }

                if (!ShouldProcess("expense category '" + current.Name + "' (" + Id + ")", "Set name '" + name + "'" + (newPrice is null ? string.Empty : ", unit price " + newPrice + " cents per " + unit))
                    || !TrySend(ExpenseApi.SaveCategory(workspace, Id, name, newPrice, unit), Id, out result))
                {
                    return;
                }
            }

            if (archiving)
            {
                if (!ShouldProcess("expense category '" + current.Name + "' (" + Id + ")", Archived ? "Archive" : "Restore")
                    || !TrySend(ExpenseApi.SetCategoryArchived(workspace, Id, Archived.IsPresent), Id, out result))
                {
                    return;
                }
            }

            CompletionCache.Clear();
            if (PassThru)
            {
                WriteObject(new ClockifyExpenseCategory(result, workspace, CurrencyOf(workspace)));
            }
        }
    }
}
