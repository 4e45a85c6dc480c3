using System;
using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>One row of the detailed expense report (ExpenseReportDtoV1). <see cref="Amount"/> is in cents.</summary>
    public sealed class ExpenseReportRowDto
    {
        /// <summary>The expense id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The workspace.</summary>
        public string? WorkspaceId { get; set; }

        /// <summary>Who spent it.</summary>
        public string? UserId { get; set; }

        /// <summary>The user's name.</summary>
        public string? UserName { get; set; }

        /// <summary>The user's email.</summary>
        public string? UserEmail { get; set; }

        /// <summary>The day, rendered as midnight in the report's zone.</summary>
        public string? Date { get; set; }

        /// <summary>The category id.</summary>
        public string? CategoryId { get; set; }

        /// <summary>The category name.</summary>
        public string? CategoryName { get; set; }

        /// <summary>The category's unit, if it counts units.</summary>
        public string? CategoryUnit { get; set; }

        /// <summary>The project id.</summary>
        public string? ProjectId { get; set; }

        /// <summary>The project name.</summary>
        public string? ProjectName { get; set; }

        /// <summary>The amount in cents.</summary>
        public double Amount { get; set; }

        /// <summary>Units, for a category counted in units.</summary>
        public double Quantity { get; set; }

        /// <summary>Whether it is billable.</summary>
        public bool Billable { get; set; }

        /// <summary>Free text.</summary>
        public string? Notes { get; set; }

        /// <summary>The receipt's file id.</summary>
        public string? FileId { get; set; }

        /// <summary>The receipt's file name.</summary>
        public string? FileName { get; set; }

        /// <summary>Whether it is locked.</summary>
        public bool Locked { get; set; }
    }

    /// <summary>The detailed expense report's answer (ExpenseDetailedReportDtoV1).</summary>
    public sealed class ExpenseReportDto
    {
        /// <summary>The rows of this page.</summary>
        public List<ExpenseReportRowDto>? Expenses { get; set; }
    }

    /// <summary>
    /// The detailed expense report (<c>POST /workspaces/{ws}/reports/expenses/detailed</c> on the reports host).
    /// Like the time reports, the window is wall-clock time in the zone the body names, which is always sent.
    /// </summary>
    public static class ExpenseReportApi
    {
        /// <summary>
        /// Rows per page. The spec names no maximum; a page shorter than asked for ends the reading, so a
        /// modest size is the safe one (a server cap below it would cut the report short).
        /// </summary>
        public const int PageSize = 200;

        /// <summary>One page of the report, oldest expense first. Tags do not apply to expenses; the filter's description filters notes.</summary>
        public static ClockifyRequest Detailed(string workspaceId, ReportFilter filter, IReadOnlyList<string>? categoryIds, int page, int pageSize)
        {
            if (filter is null)
            {
                throw new ArgumentNullException(nameof(filter));
            }

            // Clockify's range end is inclusive: the last millisecond before End.
            var body = new Dictionary<string, object?>
            {
                ["dateRangeStart"] = ReportApi.FormatWallClock(filter.Zone.ToWallClock(filter.Start)),
                ["dateRangeEnd"] = ReportApi.FormatWallClock(filter.Zone.ToWallClock(filter.End.AddMilliseconds(-1))),
                ["dateRangeType"] = "ABSOLUTE",
                ["timeZone"] = filter.Zone.Id,
                ["exportType"] = "JSON",
                ["sortColumn"] = "DATE",
                ["sortOrder"] = "ASCENDING",
                ["page"] = page,
                ["pageSize"] = pageSize,
            };
            AddContains(body, "users", filter.UserIds);
            AddContains(body, "userGroups", filter.UserGroupIds);
            AddContains(body, "projects", filter.ProjectIds);
            AddContains(body, "clients", filter.ClientIds);
            AddContains(body, "tasks", filter.TaskIds);
            AddContains(body, "categories", categoryIds);
            if (filter.Billable is bool billable)
            {
                body["billable"] = billable;
            }

            if (!string.IsNullOrEmpty(filter.Description))
            {
                body["note"] = filter.Description;
            }

            return new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "reports", "expenses", "detailed"), ClockifyApi.Reports)
            {
                JsonBody = ClockifyJson.Serialize(body),
                Retryable = true,
            };
        }

        /// <summary>Reads one page of the report.</summary>
        public static IReadOnlyList<ExpenseReportRowDto> Parse(ClockifyResponse response) =>
            response?.Deserialize<ExpenseReportDto>().Expenses ?? new List<ExpenseReportRowDto>();

        private static void AddContains(Dictionary<string, object?> body, string name, IReadOnlyList<string>? ids)
        {
            if (ids is { Count: > 0 })
            {
                // Without status ALL, Clockify leaves archived entities and inactive members out.
                body[name] = new { ids, contains = "CONTAINS", status = "ALL" };
            }
        }
    }
}
