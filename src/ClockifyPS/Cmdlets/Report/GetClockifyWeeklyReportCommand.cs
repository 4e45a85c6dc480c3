using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Report
{
    /// <summary>
    /// <para type="synopsis">Gets a weekly report for the week that contains a date: one object per group with its time on each of the seven days.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyWeeklyReport")]
    [OutputType(typeof(ClockifyWeeklyRow))]
    public sealed class GetClockifyWeeklyReportCommand : ClockifyReportCmdlet
    {
        /// <summary><para type="description">Any date in the week wanted. Text without an offset is a date in the report's zone (-TimeZone, else UTC). Default: today.</para></summary>
        [Parameter(Position = 0)]
        [Alias("Date", "Week")]
        public ClockifyDateTime? InWeek { get; set; }

        /// <summary><para type="description">The day weeks start on. Default: the profile's (Monday when unknown).</para></summary>
        [Parameter]
        public DayOfWeek? WeekStart { get; set; }

        /// <summary><para type="description">One or two levels to group by. Default: User, Project.</para></summary>
        [Parameter]
        [ValidateCount(1, 2)]
        public ClockifyReportGrouping[] GroupBy { get; set; } = { ClockifyReportGrouping.User, ClockifyReportGrouping.Project };

        /// <summary>The seven-day window of the week containing <paramref name="instant"/>, as Clockify requires it.</summary>
        internal static (DateTimeOffset Start, DateTimeOffset End, DateTime FirstDay) Week(DateTimeOffset instant, ProfileZone zone, DayOfWeek weekStart)
        {
            DateTime day = zone.ToWallClock(instant).Date;
            DateTime first = day.AddDays(-(((int)day.DayOfWeek - (int)weekStart + 7) % 7));
            return (zone.FromWallClock(first), zone.FromWallClock(first.AddDays(7)), first);
        }

        /// <inheritdoc />
        protected override void Run()
        {
            if (GroupBy.Distinct().Count() != GroupBy.Length)
            {
                ThrowInvalidArgument("DuplicateGroup", "-GroupBy names a level twice: " + string.Join(", ", GroupBy) + ".", GroupBy);
            }

            string workspace = Workspace;
            DayOfWeek weekStart = WeekStart ?? TimePeriods.WeekStart(ActiveConnection.WeekStart);
            DateTimeOffset instant = InWeek?.Resolve(ReportZone) ?? DateTimeOffset.UtcNow;
            (DateTimeOffset start, DateTimeOffset end, DateTime firstDay) = Week(instant, ReportZone, weekStart);
            ReportFilter filter = BuildFilter(workspace, start, end);
            string? currency = WorkspaceCurrency(workspace);
            List<string> kinds = GroupBy.Select(g => g.ToString()).ToList();
            ForEachWindow(filter, false, window =>
            {
                using JsonDocument report = SendJson(ReportApi.Weekly(workspace, window, ReportGroupings.ApiName(GroupBy[0]), GroupBy.Length > 1 ? ReportGroupings.ApiName(GroupBy[1]) : null, weekStart));
                foreach (JsonElement node in ReportJson.Array(report.RootElement, "groupOne"))
                {
                    Walk(node, 0, new List<ClockifyReportGroup>(), kinds, firstDay, currency, window.Zone.Id);
                }
            });
        }

        private void Walk(JsonElement node, int level, List<ClockifyReportGroup> path, List<string> kinds, DateTime firstDay, string? currency, string zone)
        {
            var here = new List<ClockifyReportGroup>(path) { new ClockifyReportGroup(kinds[Math.Min(level, kinds.Count - 1)], ReportJson.Id(node), ReportJson.Str(node, "name")) };
            List<JsonElement> children = ReportJson.Array(node, "children").ToList();
            if (children.Count > 0 && level + 1 < kinds.Count)
            {
                foreach (JsonElement child in children)
                {
                    Walk(child, level + 1, here, kinds, firstDay, currency, zone);
                }

                return;
            }

            var byDate = ReportJson.Array(node, "days")
                .Select(d => (Date: ReportJson.Date(ReportJson.Str(d, "date")), Day: d))
                .Where(d => d.Date != null)
                .GroupBy(d => d.Date!.Value)
                .ToDictionary(g => g.Key, g => g.First().Day);
            var days = Enumerable.Range(0, 7).Select(i =>
            {
                DateTime date = firstDay.AddDays(i);
                return byDate.TryGetValue(date, out JsonElement d)
                    ? new ClockifyWeeklyDay(date, ReportJson.Seconds(ReportJson.Num(d, "duration")), ReportJson.Cents(ReportJson.Num(d, "amount")))
                    : new ClockifyWeeklyDay(date, TimeSpan.Zero, 0m);
            }).ToList();
            var row = new ClockifyWeeklyRow(here, firstDay, days, ReportJson.Seconds(ReportJson.Num(node, "duration")), ReportJson.Cents(ReportJson.Earned(node)), currency, zone);
            WriteObject(GetClockifySummaryReportCommand.WithLevels(row, here));
        }
    }
}
