using System;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Expense
{
    /// <summary>
    /// <para type="synopsis">Gets expenses: all of a workspace's, one user's, or by id. Amounts are in major units with the workspace's currency.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyExpense", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyExpense))]
    public sealed class GetClockifyExpenseCommand : ClockifyMoneyCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary><para type="description">The ids of the expenses to get.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("ExpenseId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Only this user's expenses (an id); binds from piped users.</para></summary>
        [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                foreach (string id in Id)
                {
                    RequireId(nameof(Id), id);
                    if (TrySend(ExpenseApi.Get(workspace, id), id, out ExpenseDto expense))
                    {
                        WriteObject(new ClockifyExpense(expense, workspace, CurrencyOf(workspace)));
                    }
                }

                return;
            }

            if (UserId != null)
            {
                RequireId(nameof(UserId), UserId);
            }

            string? currency = CurrencyOf(workspace);
            WriteListing(
                ExpenseApi.List(workspace, UserId),
                (ExpenseDto expense) => new ClockifyExpense(expense, workspace, currency),
                "Get-ClockifyExpense",
                pageSize: MoneyPage,
                parse: ExpenseApi.ParseList);
        }
    }
}
