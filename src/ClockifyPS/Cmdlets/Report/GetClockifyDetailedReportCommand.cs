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
    /// <para type="synopsis">Gets a detailed report: one object per time entry, with user, project, client, task and tag names, streamed page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyDetailedReport")]
    [OutputType(typeof(ClockifyDetailedRow))]
    public sealed class GetClockifyDetailedReportCommand : ClockifyReportCmdlet
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

        /// <summary><para type="description">Entries per request (at most 1000, the default). Smaller pages mean smaller answers on slow links.</para></summary>
        [Parameter]
        [ValidateRange(1, ReportApi.LargestDetailedPage)]
        public int PageSize { get; set; } = ReportApi.LargestDetailedPage;

        /// <inheritdoc />
        protected override void Run()
        {
            string workspace = Workspace;
            ReportFilter filter = BuildFilter(workspace, Resolve(Start), Resolve(End));
            var progress = new ProgressRecord(3, "Get-ClockifyDetailedReport", "Reading");
            long written = 0;
            ForEachWindow(filter, Chunk, window =>
            {
                using PageReader<ClockifyDetailedRow> pages = ApiClient.ReadBodyPages(
                    page => ReportApi.Detailed(workspace, window, page, PageSize),
                    PageSize,
                    response => Parse(response, window.Zone),
                    Log,
                    StopToken);
                while (Await(pages.NextAsync()) is { } page)
                {
                    foreach (ClockifyDetailedRow row in page)
                    {
                        if (InUserFilter(filter, row.UserId))
                        {
                            WriteObject(row);
                        }
                    }

                    written += page.Count;
                    if (pages.PagesRead > 1)
                    {
                        progress.StatusDescription = written.ToString(System.Globalization.CultureInfo.InvariantCulture) + " entries";
                        WriteProgress(progress);
                    }
                }
            });
            if (written > PageSize)
            {
                progress.RecordType = ProgressRecordType.Completed;
                WriteProgress(progress);
            }
        }

        /// <summary>One page: the array is named timeentries by the live API and timeEntries by the spec.</summary>
        internal static IReadOnlyList<ClockifyDetailedRow> Parse(ClockifyResponse response, ProfileZone zone)
        {
            using JsonDocument json = response.Json();
            return ReportJson.Array(json.RootElement, "timeentries", "timeEntries").Select(e => Row(e, zone)).ToList();
        }

        private static ClockifyDetailedRow Row(JsonElement e, ProfileZone zone)
        {
            JsonElement interval = e.TryGetProperty("timeInterval", out JsonElement i) ? i : default;
            var tags = ReportJson.Array(e, "tags").ToList();
            var tagIds = ReportJson.Array(e, "tagIds").Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList();
            return new ClockifyDetailedRow
            {
                Id = ReportJson.Id(e) ?? string.Empty,
                Description = ReportJson.Str(e, "description"),
                UserId = Blank(ReportJson.Str(e, "userId")),
                User = Blank(ReportJson.Str(e, "userName")),
                UserEmail = Blank(ReportJson.Str(e, "userEmail")),
                ProjectId = Blank(ReportJson.Str(e, "projectId")),
                Project = Blank(ReportJson.Str(e, "projectName")),
                ClientId = Blank(ReportJson.Str(e, "clientId")),
                Client = Blank(ReportJson.Str(e, "clientName")),
                TaskId = Blank(ReportJson.Str(e, "taskId")),
                Task = Blank(ReportJson.Str(e, "taskName")),
                TagIds = tagIds.Count > 0 ? tagIds : tags.Select(ReportJson.Id).Where(t => t != null).Select(t => t!).ToList(),
                Tags = tags.Select(t => ReportJson.Str(t, "name")).Where(t => t != null).Select(t => t!).ToList(),
                Billable = ReportJson.Bool(e, "billable"),
                Start = ReportTime.Parse(ReportJson.Str(interval, "start"), zone) ?? DateTimeOffset.MinValue,
                End = ReportTime.Parse(ReportJson.Str(interval, "end"), zone),
                Duration = ReportJson.Seconds(ReportJson.Num(interval, "duration")),
                Amount = ReportJson.Num(e, "amount") is double amount ? ReportJson.Cents(amount) : (decimal?)null,
                Rate = ReportJson.Num(e, "rate") is double rate ? ReportJson.Cents(rate) : (decimal?)null,
                Currency = Blank(ReportJson.Str(e, "currency")),
                Type = ReportJson.Str(e, "type"),
                IsLocked = ReportJson.Bool(e, "isLocked") || ReportJson.Bool(e, "locked"),
            };
        }

        private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
    }
}
