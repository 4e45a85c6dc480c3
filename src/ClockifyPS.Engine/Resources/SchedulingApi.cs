using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A scheduled assignment as Clockify sends it (AssignmentDtoV1, and AssignmentHydratedDtoV1 with names).</summary>
    public sealed class AssignmentDto
    {
        /// <summary>The assignment id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; set; } = string.Empty;

        /// <summary>The user the work is assigned to.</summary>
        public string? UserId { get; set; }

        /// <summary>The user's name (hydrated lists only).</summary>
        public string? UserName { get; set; }

        /// <summary>The project.</summary>
        public string? ProjectId { get; set; }

        /// <summary>The project's name (hydrated lists only).</summary>
        public string? ProjectName { get; set; }

        /// <summary>The project's client (hydrated lists only).</summary>
        public string? ClientId { get; set; }

        /// <summary>The client's name (hydrated lists only).</summary>
        public string? ClientName { get; set; }

        /// <summary>The task, if any.</summary>
        public string? TaskId { get; set; }

        /// <summary>The task's name (hydrated lists only).</summary>
        public string? TaskName { get; set; }

        /// <summary>The days the assignment covers (UTC text).</summary>
        public DateRangeDto? Period { get; set; }

        /// <summary>Hours of work per day.</summary>
        public double HoursPerDay { get; set; }

        /// <summary>When the day's work starts, HH:mm.</summary>
        public string? StartTime { get; set; }

        /// <summary>A note for the user.</summary>
        public string? Note { get; set; }

        /// <summary>Whether the work is billable.</summary>
        public bool Billable { get; set; }

        /// <summary>Whether weekends and holidays count as days of the assignment.</summary>
        public bool IncludeNonWorkingDays { get; set; }

        /// <summary>Whether the assignment is published to the user; the hydrated list does not say.</summary>
        public bool? Published { get; set; }

        /// <summary>The repetition, when the assignment belongs to a series.</summary>
        public RecurringDto? Recurring { get; set; }
    }

    /// <summary>A start and an end (DateRangeDto), UTC text.</summary>
    public sealed class DateRangeDto
    {
        /// <summary>The start.</summary>
        public string? Start { get; set; }

        /// <summary>The end.</summary>
        public string? End { get; set; }
    }

    /// <summary>How an assignment repeats (RecurringAssignmentDtoV1 as the API sends it).</summary>
    public sealed class RecurringDto
    {
        /// <summary>Whether the assignment repeats.</summary>
        public bool Repeat { get; set; }

        /// <summary>The series the assignment belongs to.</summary>
        public string? SeriesId { get; set; }

        /// <summary>Weeks between repetitions.</summary>
        public int? Weeks { get; set; }
    }

    /// <summary>An assignment to create (AssignmentCreateRequestV1); times are UTC text, null members are left out.</summary>
    public sealed class AssignmentCreateBody
    {
        /// <summary>The user.</summary>
        public string UserId { get; set; } = string.Empty;

        /// <summary>The project.</summary>
        public string ProjectId { get; set; } = string.Empty;

        /// <summary>The task.</summary>
        public string? TaskId { get; set; }

        /// <summary>The first day.</summary>
        public string Start { get; set; } = string.Empty;

        /// <summary>The last day.</summary>
        public string End { get; set; } = string.Empty;

        /// <summary>Hours per day.</summary>
        public double HoursPerDay { get; set; }

        /// <summary>When the day's work starts, HH:mm.</summary>
        public string? StartTime { get; set; }

        /// <summary>A note, up to 100 characters.</summary>
        public string? Note { get; set; }

        /// <summary>Whether billable.</summary>
        public bool? Billable { get; set; }

        /// <summary>Whether weekends and holidays count.</summary>
        public bool? IncludeNonWorkingDays { get; set; }

        /// <summary>The repetition; null for a single assignment.</summary>
        public RecurringWrite? RecurringAssignment { get; set; }
    }

    /// <summary>A weekly repetition (CreateRecurringAssignmentRequestV1): every <see cref="Weeks"/> weeks, <see cref="Occurrences"/> times.</summary>
    public sealed class RecurringWrite
    {
        /// <summary>Always true: a repetition.</summary>
        public bool Repeat { get; set; } = true;

        /// <summary>Weeks between repetitions.</summary>
        public int Weeks { get; set; } = 1;

        /// <summary>How many assignments the series has.</summary>
        public int? Occurrences { get; set; }

        /// <summary>The last day a repetition may start (UTC text).</summary>
        public string? Until { get; set; }

        /// <summary>AFTER_OCCURRENCES or UNTIL_DATE.</summary>
        public string? RecurringEndType { get; set; }
    }

    /// <summary>A change to an assignment (AssignmentUpdateRequestV1): start and end are required, null members are left out.</summary>
    public sealed class AssignmentUpdateBody
    {
        /// <summary>The first day.</summary>
        public string Start { get; set; } = string.Empty;

        /// <summary>The last day.</summary>
        public string End { get; set; } = string.Empty;

        /// <summary>Hours per day.</summary>
        public double? HoursPerDay { get; set; }

        /// <summary>When the day's work starts, HH:mm.</summary>
        public string? StartTime { get; set; }

        /// <summary>A note.</summary>
        public string? Note { get; set; }

        /// <summary>The task.</summary>
        public string? TaskId { get; set; }

        /// <summary>Whether billable.</summary>
        public bool? Billable { get; set; }

        /// <summary>Whether weekends and holidays count.</summary>
        public bool? IncludeNonWorkingDays { get; set; }

        /// <summary>THIS_ONE, THIS_AND_FOLLOWING or ALL of a series.</summary>
        public string? SeriesUpdateOption { get; set; }
    }

    /// <summary>One user's scheduled hours and capacity (SchedulingUsersTotalsDtoV1).</summary>
    public sealed class UserCapacityDto
    {
        /// <summary>The user.</summary>
        public string UserId { get; set; } = string.Empty;

        /// <summary>The user's name.</summary>
        public string? UserName { get; set; }

        /// <summary>The user's membership status.</summary>
        public string? UserStatus { get; set; }

        /// <summary>The workspace.</summary>
        public string? WorkspaceId { get; set; }

        /// <summary>Hours the user can work per day.</summary>
        public double CapacityPerDay { get; set; }

        /// <summary>Scheduled hours per day.</summary>
        public List<DayTotalDto>? TotalHoursPerDay { get; set; }
    }

    /// <summary>Scheduled hours on one day (TotalsPerDayDto).</summary>
    public sealed class DayTotalDto
    {
        /// <summary>The day, UTC text.</summary>
        public string? Date { get; set; }

        /// <summary>Hours scheduled.</summary>
        public double TotalHours { get; set; }
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/scheduling/assignments</c>.</summary>
    public static class SchedulingApi
    {
        /// <summary>The largest page of the capacity totals (GetUserTotalsRequestV1.pageSize).</summary>
        public const int LargestCapacityPage = 200;

        /// <summary>The assignments that overlap a window (start and end are UTC text), with names; a paged list.</summary>
        public static ClockifyRequest List(string workspaceId, string start, string end, string? name, string? sortColumn, bool descending)
        {
            var request = new ClockifyRequest(HttpMethod.Get, Path(workspaceId, "all")).With("start", start).With("end", end);
            if (!string.IsNullOrEmpty(name))
            {
                request.With("name", name!);
            }

            if (!string.IsNullOrEmpty(sortColumn))
            {
                request.With("sort-column", sortColumn!).With("sort-order", descending ? "DESCENDING" : "ASCENDING");
            }

            return request;
        }

        /// <summary>Creates an assignment, or a series when it repeats; the answer lists every assignment made.</summary>
        public static ClockifyRequest Create(string workspaceId, AssignmentCreateBody body) =>
            new ClockifyRequest(HttpMethod.Post, Path(workspaceId, "recurring")) { JsonBody = ClockifyJson.Serialize(body) };

        /// <summary>Changes an assignment (or more of its series); the answer lists what changed.</summary>
        public static ClockifyRequest Update(string workspaceId, string id, AssignmentUpdateBody body) =>
            new ClockifyRequest(ClockifyRequest.Patch, Path(workspaceId, "recurring", id)) { JsonBody = ClockifyJson.Serialize(body) };

        /// <summary>Deletes an assignment (or more of its series); the answer lists what was deleted.</summary>
        public static ClockifyRequest Delete(string workspaceId, string id, string? seriesOption)
        {
            var request = new ClockifyRequest(HttpMethod.Delete, Path(workspaceId, "recurring", id));
            return seriesOption is null ? request : request.With("seriesUpdateOption", seriesOption);
        }

        /// <summary>Copies an assignment (or more of its series) to another user; the answer lists the copies.</summary>
        public static ClockifyRequest Copy(string workspaceId, string id, string userId, string? seriesOption) =>
            new ClockifyRequest(HttpMethod.Post, Path(workspaceId, id, "copy")) { JsonBody = ClockifyJson.Serialize(new { userId, seriesUpdateOption = seriesOption }) };

        /// <summary>Publishes the assignments in a window (start and end UTC text), for some users only when <paramref name="userIds"/> is given.</summary>
        public static ClockifyRequest Publish(string workspaceId, string start, string end, bool notifyUsers, IReadOnlyList<string>? userIds)
        {
            object? userFilter = userIds is null || userIds.Count == 0 ? null : new { ids = userIds, contains = "CONTAINS", status = "ALL" };
            return new ClockifyRequest(HttpMethod.Put, Path(workspaceId, "publish"))
            {
                JsonBody = ClockifyJson.Serialize(new { start, end, notifyUsers, userFilter }),
            };
        }

        /// <summary>
        /// One page of every user's scheduled hours and capacity in a window: a POST that only reads (so it is
        /// retried like a GET), paged from 1 by page and pageSize in the body.
        /// </summary>
        public static ClockifyRequest Capacity(string workspaceId, string start, string end, IReadOnlyList<string>? userIds, int page, int pageSize)
        {
            object? userFilter = userIds is null || userIds.Count == 0 ? null : new { ids = userIds, contains = "CONTAINS", status = "ALL" };
            return new ClockifyRequest(HttpMethod.Post, Path(workspaceId, "user-filter", "totals"))
            {
                JsonBody = ClockifyJson.Serialize(new { start, end, page, pageSize, userFilter }),
                Retryable = true,
            };
        }

        private static string Path(string workspaceId, params string[] segments) =>
            ApiPath.Workspace(workspaceId, new[] { "scheduling", "assignments" }.Concat(segments).ToArray());
    }
}
