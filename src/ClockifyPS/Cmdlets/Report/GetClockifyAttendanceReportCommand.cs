using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Report
{
    /// <summary>
    /// <para type="synopsis">Gets an attendance report: per user and day, the first start, last end, time worked, breaks, capacity and overtime.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyAttendanceReport")]
    [OutputType(typeof(ClockifyAttendanceRow))]
    public sealed class GetClockifyAttendanceReportCommand : ClockifyReportCmdlet
    {
        /// <summary><para type="description">The first moment of the report. Text without an offset is read in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The first moment after the report (exclusive).</para></summary>
        [Parameter(Mandatory = true, Position = 1)]
        public ClockifyDateTime End { get; set; } = null!;

        /// <summary><para type="description">Fetches the range in windows of at most 31 days (a free plan's limit), one after the other.</para></summary>
        [Parameter]
        public SwitchParameter Chunk { get; set; }

        /// <summary><para type="description">Rows per request (at most 1000, the default). Smaller pages mean smaller answers on slow links.</para></summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int PageSize { get; set; } = 1000;

        /// <inheritdoc />
        protected override void Run()
        {
            string workspace = Workspace;
            ReportFilter filter = BuildFilter(workspace, Resolve(Start), Resolve(End));
            ForEachWindow(filter, Chunk, window =>
            {
                using PageReader<ClockifyAttendanceRow> pages = ApiClient.ReadBodyPages(
                    page => ReportApi.Attendance(workspace, window, page, PageSize),
                    PageSize,
                    response => Parse(response, window.Zone),
                    Log,
                    StopToken);
                while (Await(pages.NextAsync()) is { } page)
                {
                    foreach (ClockifyAttendanceRow row in page)
                    {
                        WriteObject(row);
                    }
                }
            });
        }

        private static IReadOnlyList<ClockifyAttendanceRow> Parse(ClockifyResponse response, ProfileZone zone)
        {
            using JsonDocument json = response.Json();
            return ReportJson.Array(json.RootElement, "entities").Select(e => new ClockifyAttendanceRow
            {
                UserId = ReportJson.Str(e, "userId"),
                User = ReportJson.Str(e, "userName"),
                Date = ReportJson.Date(ReportJson.Str(e, "date")) ?? (ReportTime.Parse(ReportJson.Str(e, "startTime"), zone) is DateTimeOffset s ? zone.ToWallClock(s).Date : default),
                FirstStart = ReportTime.Parse(ReportJson.Str(e, "startTime"), zone),
                LastEnd = ReportTime.Parse(ReportJson.Str(e, "endTime"), zone),
                Duration = ReportJson.Seconds(ReportJson.Num(e, "totalDuration")),
                Break = ReportJson.Seconds(ReportJson.Num(e, "break")),
                Capacity = ReportJson.Seconds(ReportJson.Num(e, "capacity")),
                Overtime = ReportJson.Seconds(ReportJson.Num(e, "overtime")),
                RemainingCapacity = ReportJson.Seconds(ReportJson.Num(e, "remainingCapacity")),
                TimeOff = ReportJson.Seconds(ReportJson.Num(e, "timeOff")),
                HasRunningEntry = ReportJson.Bool(e, "hasRunningEntry"),
                TimeZone = zone.Id,
            }).ToList();
        }
    }
}
