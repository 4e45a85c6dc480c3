using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>Which report the Reports API renders.</summary>
    public enum ReportKind
    {
        /// <summary>Durations and amounts grouped up to three levels deep.</summary>
        Summary,

        /// <summary>One row per time entry, paged.</summary>
        Detailed,

        /// <summary>Seven days side by side.</summary>
        Weekly,

        /// <summary>Per user and day: first start, last end, work, capacity, overtime.</summary>
        Attendance,
    }

    /// <summary>
    /// The filters every report takes, and the window as instants. The window is sent as wall-clock time in
    /// <see cref="Zone"/>, which is always sent explicitly (Clockify's default is the caller's profile zone,
    /// which would silently shift the window).
    /// </summary>
    public sealed class ReportFilter
    {
        /// <summary>The first instant of the window.</summary>
        public DateTimeOffset Start { get; set; }

        /// <summary>The first instant after the window (exclusive).</summary>
        public DateTimeOffset End { get; set; }

        /// <summary>The zone the report is computed and rendered in.</summary>
        public ProfileZone Zone { get; set; } = ProfileZone.Utc;

        /// <summary>Only these users.</summary>
        public IReadOnlyList<string>? UserIds { get; set; }

        /// <summary>Only members of these user groups.</summary>
        public IReadOnlyList<string>? UserGroupIds { get; set; }

        /// <summary>Only these projects.</summary>
        public IReadOnlyList<string>? ProjectIds { get; set; }

        /// <summary>Only these clients' projects.</summary>
        public IReadOnlyList<string>? ClientIds { get; set; }

        /// <summary>Only entries with any of these tags.</summary>
        public IReadOnlyList<string>? TagIds { get; set; }

        /// <summary>Only these tasks.</summary>
        public IReadOnlyList<string>? TaskIds { get; set; }

        /// <summary>Only billable (true) or non-billable (false) entries; null for both.</summary>
        public bool? Billable { get; set; }

        /// <summary>Only entries whose description contains this text.</summary>
        public string? Description { get; set; }

        /// <summary>A copy over another window.</summary>
        public ReportFilter WithWindow(DateTimeOffset start, DateTimeOffset end)
        {
            var copy = (ReportFilter)MemberwiseClone();
            copy.Start = start;
            copy.End = end;
            return copy;
        }

        /// <summary>A copy with another billable filter.</summary>
        public ReportFilter WithBillable(bool? billable)
        {
            var copy = (ReportFilter)MemberwiseClone();
            copy.Billable = billable;
            return copy;
        }

        /// <summary>
        /// Splits the window into consecutive windows of at most <paramref name="days"/> days of wall-clock time in
        /// <see cref="Zone"/> (how a plan's range limit is measured).
        /// </summary>
        public IReadOnlyList<ReportFilter> Split(int days)
        {
            var parts = new List<ReportFilter>();
            DateTime endWall = Zone.ToWallClock(End);
            DateTimeOffset from = Start;
            while (from < End)
            {
                DateTime nextWall = Zone.ToWallClock(from).AddDays(days);
                DateTimeOffset to = nextWall >= endWall ? End : Zone.FromWallClock(nextWall);
                if (to <= from)
                {
                    to = End;
                }

                parts.Add(WithWindow(from, to));
                from = to;
            }

            return parts;
        }
    }

    /// <summary>Requests for the Reports API (<c>POST /workspaces/{ws}/reports/...</c> on the reports host).</summary>
    public static class ReportApi
    {
        /// <summary>Clockify's largest detailed-report page.</summary>
        public const int LargestDetailedPage = 1000;

        /// <summary>
        /// A wall-clock time as the report range wants it: <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>. The Z is part of the
        /// format only; Clockify reads the value in the body's timeZone.
        /// </summary>
        public static string FormatWallClock(DateTime wallClock) => wallClock.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        /// <summary>The body fields every report shares: window, zone, filters, export type.</summary>
        public static Dictionary<string, object?> BaseBody(ReportFilter filter, string exportType)
        {
            if (filter is null)
            {
                throw new ArgumentNullException(nameof(filter));
            }

            // Clockify's range end is inclusive: the last millisecond before End.
            var body = new Dictionary<string, object?>
            {
                ["dateRangeStart"] = FormatWallClock(filter.Zone.ToWallClock(filter.Start)),
                ["dateRangeEnd"] = FormatWallClock(filter.Zone.ToWallClock(filter.End.AddMilliseconds(-1))),
                ["timeZone"] = filter.Zone.Id,
                ["exportType"] = exportType,
                ["amountShown"] = "EARNED",
            };
            if (filter.UserIds is { Count: > 0 })
            {
                // Without contains and status, Clockify's default leaves inactive and pending members out.
                body["users"] = new { ids = filter.UserIds, contains = "CONTAINS", status = "ALL" };
            }

            if (filter.UserGroupIds is { Count: > 0 })
            {
                body["userGroups"] = new { ids = filter.UserGroupIds, contains = "CONTAINS", status = "ALL" };
            }

            AddContains(body, "projects", filter.ProjectIds);
            AddContains(body, "clients", filter.ClientIds);
            AddContains(body, "tags", filter.TagIds);
            AddContains(body, "tasks", filter.TaskIds);
            if (filter.Billable is bool billable)
            {
                body["billable"] = billable;
            }

            if (!string.IsNullOrEmpty(filter.Description))
            {
                body["description"] = filter.Description;
            }

            return body;
        }

        /// <summary>The summary report grouped by <paramref name="groups"/> (PROJECT, USER...; one to three).</summary>
        public static ClockifyRequest Summary(string workspaceId, ReportFilter filter, IReadOnlyList<string> groups, string exportType = "JSON")
        {
            Dictionary<string, object?> body = BaseBody(filter, exportType);
            body["summaryFilter"] = new { groups, sortColumn = "GROUP" };
            return Post(workspaceId, "summary", body);
        }

        /// <summary>One page of the detailed report, oldest entry first.</summary>
        public static ClockifyRequest Detailed(string workspaceId, ReportFilter filter, int page, int pageSize, string exportType = "JSON")
        {
            Dictionary<string, object?> body = BaseBody(filter, exportType);
            body["sortOrder"] = "ASCENDING";
            body["detailedFilter"] = new { page, pageSize, sortColumn = "DATE" };
            return Post(workspaceId, "detailed", body);
        }

        /// <summary>The weekly report; the filter's window must be exactly seven days.</summary>
        public static ClockifyRequest Weekly(string workspaceId, ReportFilter filter, string group, string? subgroup, DayOfWeek weekStart, string exportType = "JSON")
        {
            Dictionary<string, object?> body = BaseBody(filter, exportType);
            body["weekStart"] = weekStart.ToString().ToUpperInvariant();
            body["weeklyFilter"] = subgroup is null ? (object)new { group } : new { group, subgroup };
            return Post(workspaceId, "weekly", body);
        }

        /// <summary>One page of the attendance report.</summary>
        public static ClockifyRequest Attendance(string workspaceId, ReportFilter filter, int page, int pageSize, string exportType = "JSON")
        {
            Dictionary<string, object?> body = BaseBody(filter, exportType);
            body["attendanceFilter"] = new { page, pageSize };
            return Post(workspaceId, "attendance", body);
        }

        /// <summary>Whether a 400 is the plan's cap on the report's date range (free plans: 31 days).</summary>
        public static bool IsRangeLimit(ClockifyApiException exception) =>
            exception?.StatusCode == 400
            && exception.ClockifyMessage is string message
            && (message.IndexOf("31", StringComparison.Ordinal) >= 0 || message.IndexOf("date range", StringComparison.OrdinalIgnoreCase) >= 0)
            && (message.IndexOf("plan", StringComparison.OrdinalIgnoreCase) >= 0 || message.IndexOf("limit", StringComparison.OrdinalIgnoreCase) >= 0);

        private static void AddContains(Dictionary<string, object?> body, string name, IReadOnlyList<string>? ids)
        {
            if (ids is { Count: > 0 })
            {
                body[name] = new { ids, contains = "CONTAINS", status = "ALL" };
            }
        }

        private static ClockifyRequest Post(string workspaceId, string report, Dictionary<string, object?> body) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "reports", report), ClockifyApi.Reports)
            {
                JsonBody = ClockifyJson.Serialize(body),
                Retryable = true,
            };
    }
}
