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
    /// <para type="synopsis">Records an expense on a project, optionally with a receipt file, and writes it to the pipeline.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyExpense", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyExpense))]
    public sealed class NewClockifyExpenseCommand : ClockifyMoneyCmdlet
    {
        /// <summary><para type="description">The category: a name or an id. Binds from piped objects' Category or CategoryId.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("CategoryId")]
        [ArgumentCompleter(typeof(ExpenseCategoryNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string Category { get; set; } = string.Empty;

        /// <summary><para type="description">The project: a name or an id.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ArgumentCompleter(typeof(ProjectNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string Project { get; set; } = string.Empty;

        /// <summary><para type="description">The task of that project: a name or an id.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("TaskId")]
        [ArgumentCompleter(typeof(TaskNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Task { get; set; }

        /// <summary><para type="description">The amount in major units (12.50), at most two decimals; for a category counted in units, the number of units.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public decimal Amount { get; set; }

        /// <summary><para type="description">The day of the expense (its time of day is ignored).</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public DateTime Date { get; set; }

        /// <summary><para type="description">Whose expense it is (an id). Default: the connected user.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <summary><para type="description">Marks the expense billable.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter Billable { get; set; }

        /// <summary><para type="description">Free text.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Notes { get; set; }

        /// <summary><para type="description">A receipt file (an image or PDF) to upload with the expense. It must exist; it is checked before anything is sent.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? ReceiptPath { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            string user = UserId ?? ActiveConnection.UserId;
            RequireId(nameof(UserId), user);
            Cents(Amount, nameof(Amount));
            ReceiptFile? receipt = ReadReceipt(ReceiptPath);
            if (!ShouldProcess("workspace " + workspace, "Record an expense of " + Amount + " on " + Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            {
                return;
            }

            string projectId = ResolveProject(workspace, Project);
            var fields = new ExpenseFields
            {
                UserId = user,
                Date = Date.Date,
                CategoryId = ResolveExpenseCategory(workspace, Category),
                ProjectId = projectId,
                TaskId = Task is null ? null : ResolveTask(workspace, projectId, Task),
                Amount = Amount,
                Billable = Billable.IsPresent,
                Notes = Notes,
            };
            if (TryCreate(ExpenseApi.Create(workspace, fields, receipt), Amount, () => FindCreated(workspace, fields), out ExpenseDto created))
            {
                WriteObject(new ClockifyExpense(created, workspace, CurrencyOf(workspace)));
            }
        }

        /// <summary>The expense just created with <paramref name="fields"/>, if Clockify has it (the newest match).</summary>
        private ExpenseDto? FindCreated(string workspace, ExpenseFields fields) =>
            ReadAll(ExpenseApi.List(workspace, fields.UserId), ExpenseApi.ParseList)
                .Where(e => (e.CategoryId ?? e.Category?.Id) == fields.CategoryId && (e.ProjectId ?? e.Project?.Id) == fields.ProjectId
                    && (e.TaskId ?? e.Task?.Id) == fields.TaskId && e.Billable == fields.Billable && (e.Notes ?? string.Empty) == (fields.Notes ?? string.Empty)
                    && ClockifyExpense.ParseDate(e.Date)?.UtcDateTime == fields.Date)
                .OrderByDescending(e => e.Id, StringComparer.Ordinal)
                .FirstOrDefault();
    }
}
