using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.SharedReport
{
    /// <summary>
    /// <para type="synopsis">Shares a summary, detailed, weekly or attendance report with the same filters as Get-ClockifySummaryReport, and writes it with its link.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifySharedReport", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifySharedReport))]
    public sealed class NewClockifySharedReportCommand : ClockifyReportCmdlet
    {
        /// <summary><para type="description">The shared report's name.</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary><para type="description">The kind of report: Summary, Detailed, Weekly or Attendance.</para></summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateSet("Summary", "Detailed", "Weekly", "Attendance")]
        public string Type { get; set; } = string.Empty;

        /// <summary><para type="description">The first moment of the report. Text without an offset is read in -TimeZone.</para></summary>
        [Parameter(Mandatory = true)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The first moment after the report (exclusive).</para></summary>
        [Parameter(Mandatory = true)]
        public ClockifyDateTime End { get; set; } = null!;

        /// <summary><para type="description">For a summary: one to three levels to group by, outermost first. Default: Project.</para></summary>
        [Parameter]
        [ValidateCount(1, 3)]
        public ClockifyReportGrouping[] GroupBy { get; set; } = { ClockifyReportGrouping.Project };

        /// <summary><para type="description">Lets anyone with the link open the report.</para></summary>
        [Parameter]
        public SwitchParameter Public { get; set; }

        /// <summary><para type="description">Keeps the date range fixed instead of moving it with time.</para></summary>
        [Parameter]
        public SwitchParameter FixedDate { get; set; }

        /// <summary><para type="description">The users who may see the report (ids).</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? VisibleToUserId { get; set; }

        /// <summary><para type="description">The user groups who may see the report (ids).</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? VisibleToUserGroupId { get; set; }

        /// <inheritdoc />
        protected override void Run()
        {
            string workspace = Workspace;
            System.Array.ForEach(VisibleToUserId ?? new string[0], id => RequireId(nameof(VisibleToUserId), id));
            System.Array.ForEach(VisibleToUserGroupId ?? new string[0], id => RequireId(nameof(VisibleToUserGroupId), id));
            var settings = new SharedReportSettings
            {
                Name = Name,
                IsPublic = Public,
                FixedDate = FixedDate,
                VisibleToUsers = VisibleToUserId?.ToList() ?? new List<string>(),
                VisibleToUserGroups = VisibleToUserGroupId?.ToList() ?? new List<string>(),
            };
            if (GroupBy.Distinct().Count() != GroupBy.Length)
            {
                ThrowInvalidArgument("DuplicateGroup", "-GroupBy names a level twice: " + string.Join(", ", GroupBy) + ".", GroupBy);
            }

            ReportFilter filter = BuildFilter(workspace, Resolve(Start), Resolve(End));
            Dictionary<string, object?> body = ReportApi.BaseBody(filter, "JSON");

            // Each kind of report needs its own part of the filter, as its query does.
            switch (Type.ToUpperInvariant())
            {
                case "SUMMARY":
                    body["summaryFilter"] = new { groups = GroupBy.Select(ReportGroupings.ApiName).ToList(), sortColumn = "GROUP" };
                    break;
                case "DETAILED":
                    body["detailedFilter"] = new { page = 1, pageSize = 50, sortColumn = "DATE" };
                    break;
                case "WEEKLY":
                    body["weeklyFilter"] = new { group = "USER", subgroup = "TIME" };
                    break;
                default:
                    body["attendanceFilter"] = new { page = 1, pageSize = 50 };
                    break;
            }

            if (ShouldProcess("workspace " + workspace, "Share " + Type + " report '" + Name + "'" + (Public ? " publicly" : string.Empty))
                && TrySend(SharedReportApi.Create(workspace, settings, Type.ToUpperInvariant(), body), Name, out SharedReportDto report))
            {
                WriteObject(new ClockifySharedReport(report, workspace));
            }
        }
    }
}
