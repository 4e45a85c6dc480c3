using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A shared report as the list sends it (SharedReportDtoV1) and the writes answer (SharedReportV1).</summary>
    public sealed class SharedReportDto
    {
        /// <summary>The shared report id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The report's name.</summary>
        public string? Name { get; set; }

        /// <summary>SUMMARY, DETAILED, WEEKLY, ATTENDANCE...</summary>
        public string? Type { get; set; }

        /// <summary>Whether anyone with the link may open it.</summary>
        public bool IsPublic { get; set; }

        /// <summary>Whether the date range is fixed (else it moves with time, e.g. "this week").</summary>
        public bool FixedDate { get; set; }

        /// <summary>The link to the report (the list only).</summary>
        public string? Link { get; set; }

        /// <summary>Who made it (the list only).</summary>
        public string? ReportAuthor { get; set; }

        /// <summary>Who made it (the writes' answers only).</summary>
        public string? UserId { get; set; }

        /// <summary>The workspace (the writes' answers only).</summary>
        public string? WorkspaceId { get; set; }

        /// <summary>The users who may see it: ids and names in the list, ids in the writes' answers.</summary>
        public List<System.Text.Json.JsonElement>? VisibleToUsers { get; set; }

        /// <summary>The user groups who may see it, in the same two shapes.</summary>
        public List<System.Text.Json.JsonElement>? VisibleToUserGroups { get; set; }
    }

    /// <summary>The list's envelope (SharedReportsAndCountDtoV1): one page of reports and how many there are in all.</summary>
    public sealed class SharedReportListDto
    {
        /// <summary>How many shared reports the filter finds in all.</summary>
        public int Count { get; set; }

        /// <summary>This page's reports.</summary>
        public List<SharedReportDto>? Reports { get; set; }
    }

    /// <summary>A shared report's settings (UpdateSharedReportRequestV1, and the common part of SharedReportRequestV1).</summary>
    public sealed class SharedReportSettings
    {
        /// <summary>The report's name (required).</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>Whether anyone with the link may open it.</summary>
        public bool IsPublic { get; set; }

        /// <summary>Whether the date range is fixed.</summary>
        public bool FixedDate { get; set; }

        /// <summary>The users who may see it.</summary>
        public List<string> VisibleToUsers { get; set; } = new List<string>();

        /// <summary>The user groups who may see it.</summary>
        public List<string> VisibleToUserGroups { get; set; } = new List<string>();
    }

    /// <summary>Requests for shared reports on the reports host.</summary>
    public static class SharedReportApi
    {
        /// <summary>The list pages from 1 with page and pageSize (not page-size).</summary>
        public static PageQuery ListPaging { get; } = new PageQuery("page", "pageSize", 1);

        /// <summary>The report types the module can make shared reports of (the OpenAPI document lists more).</summary>
        public static IReadOnlyList<string> Types { get; } = new[] { "SUMMARY", "DETAILED", "WEEKLY", "ATTENDANCE" };

        /// <summary>The workspace's shared reports; <paramref name="scope"/> is ALL, ALL_ADMIN, CREATED_BY_ME or SHARED_WITH_ME.</summary>
        public static ClockifyRequest List(string workspaceId, string scope) =>
            new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "shared-reports"), ClockifyApi.Reports) { Paging = ListPaging }
                .With("sharedReportsFilter", scope);

        /// <summary>Shares a report: <paramref name="filter"/> is the report's body (window, zone, filters, its type's own filter).</summary>
        public static ClockifyRequest Create(string workspaceId, SharedReportSettings settings, string type, IDictionary<string, object?> filter) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "shared-reports"), ClockifyApi.Reports)
            {
                JsonBody = ClockifyJson.Serialize(new
                {
                    settings.Name,
                    type,
                    settings.IsPublic,
                    settings.FixedDate,
                    settings.VisibleToUsers,
                    settings.VisibleToUserGroups,
                    filter,
                }),
            };

        /// <summary>Replaces a shared report's name, visibility and date mode (not its filter).</summary>
        public static ClockifyRequest Update(string workspaceId, string id, SharedReportSettings settings) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "shared-reports", id), ClockifyApi.Reports) { JsonBody = ClockifyJson.Serialize(settings) };

        /// <summary>Deletes a shared report (204, no body).</summary>
        public static ClockifyRequest Delete(string workspaceId, string id) =>
            new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "shared-reports", id), ClockifyApi.Reports);

        /// <summary>
        /// Runs a shared report (<c>GET /shared-reports/{id}</c>, outside any workspace) as JSON, over its own date
        /// range unless <paramref name="start"/> and <paramref name="end"/> (wall-clock text in the report's zone) are given.
        /// </summary>
        public static ClockifyRequest Generate(string id, string? start, string? end)
        {
            var request = new ClockifyRequest(HttpMethod.Get, "/shared-reports/" + System.Uri.EscapeDataString(id), ClockifyApi.Reports).With("exportType", "JSON");
            if (start != null && end != null)
            {
                request.With("dateRangeStart", start).With("dateRangeEnd", end);
            }

            return request;
        }
    }
}
