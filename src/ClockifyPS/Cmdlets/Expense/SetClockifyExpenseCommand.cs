using System;
using System.Collections.Generic;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Expense
{
    /// <summary>
    /// <para type="synopsis">Changes an expense: amount, day, category, project, task, billable, notes, user or receipt. Unnamed fields keep their values.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyExpense", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyExpense))]
    public sealed class SetClockifyExpenseCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The expense to change; binds from piped expenses.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ExpenseId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">A new category: a name or an id.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(ExpenseCategoryNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Category { get; set; }

        /// <summary><para type="description">A new project: a name or an id. Moving to another project drops the task unless -Task is given.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(ProjectNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Project { get; set; }

        /// <summary><para type="description">A new task of the (new) project: a name or an id.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(TaskNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Task { get; set; }

        /// <summary><para type="description">A new amount in major units, at most two decimals.</para></summary>
        [Parameter]
        public decimal? Amount { get; set; }

        /// <summary><para type="description">A new day.</para></summary>
        [Parameter]
        public DateTime? Date { get; set; }

        /// <summary><para type="description">Moves the expense to another user (an id).</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <summary><para type="description">Marks the expense billable; -Billable:$false non-billable.</para></summary>
        [Parameter]
        public SwitchParameter Billable { get; set; }

        /// <summary><para type="description">New notes.</para></summary>
        [Parameter]
        [AllowEmptyString]
        public string? Notes { get; set; }

        /// <summary><para type="description">A receipt file to upload in place of the current one. It must exist; it is checked before anything is sent.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ReceiptPath { get; set; }

        /// <summary><para type="description">Writes the changed expense to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            if (UserId != null)
            {
                RequireId(nameof(UserId), UserId);
            }

            if (Amount is decimal amount)
            {
                Cents(amount, nameof(Amount));
            }

            ReceiptFile? receipt = ReadReceipt(ReceiptPath);

            // Clockify's PUT replaces the expense: start from what it is now, and name what changes.
            if (!TrySend(ExpenseApi.Get(workspace, Id), Id, out ExpenseDto current))
            {
                return;
            }

            var changes = new List<string>();
            string? projectId = current.ProjectId;
            if (Project != null)
            {
                projectId = Changed(changes, "PROJECT", projectId, ResolveProject(workspace, Project));
            }

            if (Task != null && projectId is null)
            {
                ThrowInvalidArgument("TaskNeedsProject", "-Task needs a project: this expense has none, so give -Project too.", Task);
            }

            string? taskId = Task is null
                ? (string.Equals(projectId, current.ProjectId, StringComparison.Ordinal) ? current.TaskId : null)
                : ResolveTask(workspace, projectId!, Task);
            Changed(changes, "TASK", current.TaskId, taskId);
            bool billable = MyInvocation.BoundParameters.ContainsKey(nameof(Billable)) ? Billable.IsPresent : current.Billable;
            var fields = new ExpenseFields
            {
                UserId = Changed(changes, "USER", current.UserId, UserId ?? current.UserId) ?? ActiveConnection.UserId,
                Date = Date?.Date ?? ClockifyExpense.ParseDate(current.Date)?.UtcDateTime ?? DateTime.UtcNow.Date,
                CategoryId = Changed(changes, "CATEGORY", current.CategoryId, Category is null ? current.CategoryId : ResolveExpenseCategory(workspace, Category)) ?? string.Empty,
                ProjectId = projectId,
                TaskId = taskId,
                Amount = Amount ?? (decimal)current.Total / 100m,
                Billable = billable,
                Notes = Changed(changes, "NOTES", current.Notes, MyInvocation.BoundParameters.ContainsKey(nameof(Notes)) ? Notes : current.Notes),
            };
            AddIf(changes, "DATE", Date != null);
            AddIf(changes, "AMOUNT", Amount != null);
            AddIf(changes, "BILLABLE", billable != current.Billable);
            AddIf(changes, "FILE", receipt != null);
            if (changes.Count == 0)
            {
                WriteVerbose("Nothing to change on expense " + Id + ".");
                if (PassThru)
                {
                    WriteObject(new ClockifyExpense(current, workspace, CurrencyOf(workspace)));
                }

                return;
            }

            if (ShouldProcess("expense " + Id, "Update " + string.Join(", ", changes))
                && TrySend(ExpenseApi.Update(workspace, Id, fields, receipt, changes), Id, out ExpenseDto updated) && PassThru)
            {
                WriteObject(new ClockifyExpense(updated, workspace, CurrencyOf(workspace)));
            }
        }

        private static string? Changed(List<string> changes, string field, string? before, string? after)
        {
            AddIf(changes, field, !string.Equals(before ?? string.Empty, after ?? string.Empty, StringComparison.Ordinal));
            return after;
        }

        private static void AddIf(List<string> changes, string field, bool changed)
        {
            if (changed)
            {
                changes.Add(field);
            }
        }
    }
}
