using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Report
{
    /// <summary>
    /// <para type="synopsis">Gets the detailed expense report: one object per expense in a date range, with user, project and category names, streamed page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyExpenseReport")]
    [OutputType(typeof(ClockifyExpenseReportRow))]
    public sealed class GetClockifyExpenseReportCommand : ClockifyReportCmdlet
    {
        /// <summary><para type="description">The first moment of the report. Text without an offset is read in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The first moment after the report (exclusive).</para></summary>
        [Parameter(Mandatory = true, Position = 1)]
        public ClockifyDateTime End { get; set; } = null!;

        /// <summary><para type="description">Only expenses in these categories: ids or exact names.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(ExpenseCategoryNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Category { get; set; }

        /// <inheritdoc />
        protected override void Run()
        {
            if (TagId != null)
            {
                ThrowInvalidArgument("TagsNotSupported", "Expenses have no tags: -TagId does not apply to the expense report.", TagId);
            }

            string workspace = Workspace;
            ReportFilter filter = BuildFilter(workspace, Resolve(Start), Resolve(End));
            var categories = Category?.Select(c => ResolveExpenseCategory(workspace, c)).Distinct().ToList();
            string? currency = WorkspaceCurrency(workspace);
            var progress = new ProgressRecord(4, "Get-ClockifyExpenseReport", "Reading");
            long written = 0;
            ForEachWindow(filter, false, window =>
            {
                using PageReader<ExpenseReportRowDto> pages = ApiClient.ReadBodyPages(
                    page => ExpenseReportApi.Detailed(workspace, window, categories, page, ExpenseReportApi.PageSize),
                    ExpenseReportApi.PageSize,
                    ExpenseReportApi.Parse,
                    Log,
                    StopToken);
                while (Await(pages.NextAsync()) is { } page)
                {
                    foreach (ExpenseReportRowDto row in page.Where(r => InUserFilter(filter, r.UserId)))
                    {
                        WriteObject(new ClockifyExpenseReportRow(row, workspace, currency));
                    }

                    written += page.Count;
                    if (pages.PagesRead > 1)
                    {
                        progress.StatusDescription = written.ToString(System.Globalization.CultureInfo.InvariantCulture) + " expenses";
                        WriteProgress(progress);
                    }
                }
            });
            if (written > ExpenseReportApi.PageSize)
            {
                progress.RecordType = ProgressRecordType.Completed;
                WriteProgress(progress);
            }
        }
    }
}
