using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>
    /// A time-off request (TimeOffRequestFullV1Dto from searches and creates; the status change and delete
    /// answer the shorter TimeOffRequestV1Dto, whose missing fields stay null).
    /// </summary>
    public sealed class TimeOffRequestDto
    {
        /// <summary>The request id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; set; } = string.Empty;

        /// <summary>The policy it draws on.</summary>
        public string PolicyId { get; set; } = string.Empty;

        /// <summary>The policy's name.</summary>
        public string? PolicyName { get; set; }

        /// <summary>Whose time off it is.</summary>
        public string? UserId { get; set; }

        /// <summary>That user's name.</summary>
        public string? UserName { get; set; }

        /// <summary>That user's email.</summary>
        public string? UserEmail { get; set; }

        /// <summary>That user's time zone.</summary>
        public string? UserTimeZone { get; set; }

        /// <summary>Who asked for it (a manager may ask for someone else).</summary>
        public string? RequesterUserId { get; set; }

        /// <summary>The requester's name.</summary>
        public string? RequesterUserName { get; set; }

        /// <summary>The requester's note.</summary>
        public string? Note { get; set; }

        /// <summary>When it was created (UTC).</summary>
        public string? CreatedAt { get; set; }

        /// <summary>DAYS or HOURS.</summary>
        public string? TimeUnit { get; set; }

        /// <summary>The balance left after it.</summary>
        public double? Balance { get; set; }

        /// <summary>What it takes from the balance.</summary>
        public double? BalanceDiff { get; set; }

        /// <summary>Its state.</summary>
        public TimeOffStatusDto? Status { get; set; }

        /// <summary>The days it covers.</summary>
        public TimeOffPeriodDto? TimeOffPeriod { get; set; }
    }

    /// <summary>The state of a time-off request (TimeOffRequestStatus).</summary>
    public sealed class TimeOffStatusDto
    {
        /// <summary>PENDING, APPROVED or REJECTED.</summary>
        public string? StatusType { get; set; }

        /// <summary>The approver's note.</summary>
        public string? Note { get; set; }

        /// <summary>When it last changed (UTC).</summary>
        public string? ChangedAt { get; set; }

        /// <summary>Who changed it.</summary>
        public string? ChangedByUserId { get; set; }

        /// <summary>The name of who changed it.</summary>
        public string? ChangedByUserName { get; set; }
    }

    /// <summary>The period of a time-off request (TimeOffRequestPeriodDto).</summary>
    public sealed class TimeOffPeriodDto
    {
        /// <summary>Whether it is half a day.</summary>
        public bool HalfDay { get; set; }

        /// <summary>FIRST_HALF, SECOND_HALF or NOT_DEFINED.</summary>
        public string? HalfDayPeriod { get; set; }

        /// <summary>The first and last instant (UTC).</summary>
        public TimeOffInstantsDto? Period { get; set; }
    }

    /// <summary>A start and an end, UTC instants.</summary>
    public sealed class TimeOffInstantsDto
    {
        /// <summary>The start.</summary>
        public string? Start { get; set; }

        /// <summary>The end.</summary>
        public string? End { get; set; }
    }

    /// <summary>One page of a time-off request search (TimeOffRequestsWithCountV1Dto).</summary>
    public sealed class TimeOffRequestPageDto
    {
        /// <summary>How many requests match in all.</summary>
        public int? Count { get; set; }

        /// <summary>This page's requests.</summary>
        public List<TimeOffRequestDto>? Requests { get; set; }
    }

    /// <summary>What a time-off request search asks for (GetTimeOffRequestsV1Request).</summary>
    public sealed class TimeOffRequestQuery
    {
        /// <summary>PENDING, APPROVED, REJECTED; empty for all.</summary>
        public IReadOnlyList<string> Statuses { get; set; } = System.Array.Empty<string>();

        /// <summary>Only these users' requests; empty for all.</summary>
        public IReadOnlyList<string> Users { get; set; } = System.Array.Empty<string>();

        /// <summary>Only the requests of these groups' members; empty for all.</summary>
        public IReadOnlyList<string> UserGroups { get; set; } = System.Array.Empty<string>();

        /// <summary>Requests overlapping [Start, End] (yyyy-MM-ddTHH:mm:ssZ); both or neither.</summary>
        public string? Start { get; set; }

        /// <summary>See <see cref="Start"/>.</summary>
        public string? End { get; set; }
    }

    /// <summary>Requests for time-off requests under <c>/workspaces/{workspaceId}/time-off</c>.</summary>
    public static class TimeOffRequestApi
    {
        /// <summary>The largest page of the search.</summary>
        public const int LargestPage = 200;

        /// <summary>One page of the search: a POST that only reads, so it is retried like a GET.</summary>
        public static ClockifyRequest Search(string workspaceId, TimeOffRequestQuery query, int page, int pageSize) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "time-off", "requests"))
            {
                Retryable = true,
                JsonBody = ClockifyJson.Serialize(new
                {
                    page,
                    pageSize,
                    statuses = query.Statuses.Count == 0 ? null : query.Statuses,
                    users = query.Users.Count == 0 ? null : query.Users,
                    userGroups = query.UserGroups.Count == 0 ? null : query.UserGroups,
                    start = query.Start,
                    end = query.End,
                }),
            };

        /// <summary>
        /// Asks for time off under a policy, for the caller (<paramref name="userId"/> null) or another user.
        /// Days are yyyy-MM-dd; <paramref name="halfDayPeriod"/> FIRST_HALF or SECOND_HALF makes it a half day.
        /// </summary>
        public static ClockifyRequest Create(string workspaceId, string policyId, string? userId, string startDay, string endDay, string? halfDayPeriod, string? note)
        {
            string path = userId is null
                ? ApiPath.Workspace(workspaceId, "time-off", "policies", policyId, "requests")
                : ApiPath.Workspace(workspaceId, "time-off", "policies", policyId, "users", userId, "requests");
            var timeOffPeriod = new
            {
                period = new { start = startDay, end = endDay },
                isHalfDay = halfDayPeriod != null,
                halfDayPeriod = halfDayPeriod ?? "NOT_DEFINED",
            };
            return new ClockifyRequest(HttpMethod.Post, path) { JsonBody = ClockifyJson.Serialize(new { note, timeOffPeriod }) };
        }

        /// <summary>Approves (APPROVED) or rejects (REJECTED) a request, with an optional note.</summary>
        public static ClockifyRequest SetStatus(string workspaceId, string policyId, string id, string status, string? note) =>
            new ClockifyRequest(ClockifyRequest.Patch, ApiPath.Workspace(workspaceId, "time-off", "policies", policyId, "requests", id)) { JsonBody = ClockifyJson.Serialize(new { status, note }) };

        /// <summary>Deletes (withdraws) a request.</summary>
        public static ClockifyRequest Delete(string workspaceId, string policyId, string id) =>
            new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "time-off", "policies", policyId, "requests", id));
    }
}
