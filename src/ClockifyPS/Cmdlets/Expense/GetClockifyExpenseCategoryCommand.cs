using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Expense
{
    /// <summary>
    /// <para type="synopsis">Gets the expense categories of a workspace: active ones unless -Archived, by name (wildcards allowed) or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyExpenseCategory", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyExpenseCategory))]
    public sealed class GetClockifyExpenseCategoryCommand : ClockifyMoneyCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary><para type="description">The ids of the categories to get.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("CategoryId")]
        [ArgumentCompleter(typeof(ExpenseCategoryIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Only categories whose name contains this text, or matches it as a wildcard pattern (Travel*).</para></summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(ExpenseCategoryNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">-Name must match the whole name (case-insensitive).</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Exact { get; set; }

        /// <summary><para type="description">Archived categories instead of active ones.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Archived { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                // Clockify has no request for one category: the list is read once and the ids picked from it.
                foreach (string id in Id)
                {
                    RequireId(nameof(Id), id);
                }

                foreach (string id in Id)
                {
                    if (FindCategory(workspace, id) is { } category)
                    {
                        WriteObject(new ClockifyExpenseCategory(category, workspace, CurrencyOf(workspace)));
                    }
                    else
                    {
                        WriteNotFound("expense category", id);
                    }
                }

                return;
            }

            var filter = new NameFilter(Name, Exact);
            string? currency = CurrencyOf(workspace);
            Func<string?, bool>? keep = filter.Keep;
            if (filter.ApiName is string apiName && filter.Exact)
            {
                // The categories list has no strict-name switch: its name search is partial, so -Exact is applied here.
                keep = name => string.Equals(name, apiName, StringComparison.OrdinalIgnoreCase);
            }

            WriteListing(
                ExpenseApi.ListCategories(workspace, filter.ApiName, Archived.IsPresent),
                (ExpenseCategoryDto category) => new ClockifyExpenseCategory(category, workspace, currency),
                "Get-ClockifyExpenseCategory",
                keep is null ? null : category => keep(category.Name),
                parse: ExpenseApi.ParseCategories);
        }
    }
}
