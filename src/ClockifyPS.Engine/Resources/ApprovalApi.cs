using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>An approval request with its totals, as the list sends it (ApprovalDetailsDtoV1).</summary>
    public sealed class ApprovalDetailsDto
    {
        /// <summary>The request itself.</summary>
        public ApprovalRequestDto ApprovalRequest { get; set; } = new ApprovalRequestDto();

        /// <summary>Time tracked in the period, an ISO-8601 duration.</summary>
        public string? TrackedTime { get; set; }

        /// <summary>Billable time in the period, an ISO-8601 duration.</summary>
        public string? BillableTime { get; set; }

        /// <summary>Time already approved, an ISO-8601 duration.</summary>
        public string? ApprovedTime { get; set; }

        /// <summary>Time waiting for approval, an ISO-8601 duration.</summary>
        public string? PendingTime { get; set; }

        /// <summary>Break time in the period, an ISO-8601 duration.</summary>
        public string? BreakTime { get; set; }
    }

    /// <summary>An approval request (ApprovalRequestDtoV1): one user's timesheet or expenses for one period.</summary>
    public sealed class ApprovalRequestDto
    {
        /// <summary>The request id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; set; } = string.Empty;

        /// <summary>TIMESHEET, EXPENSE or TIMESHEET_AND_EXPENSE.</summary>
        public string? Type { get; set; }

        /// <summary>The period the request covers.</summary>
        public ApprovalDateRangeDto? DateRange { get; set; }

        /// <summary>The user whose time it is.</summary>
        public ApprovalUserDto? Owner { get; set; }

        /// <summary>The user who submitted it.</summary>
        public ApprovalUserDto? Creator { get; set; }

        /// <summary>Its state and the last change.</summary>
        public ApprovalStatusDto? Status { get; set; }
    }

    /// <summary>An approval period (DateRangeDto), UTC instants.</summary>
    public sealed class ApprovalDateRangeDto
    {
        /// <summary>The first instant of the period.</summary>
        public string? Start { get; set; }

        /// <summary>The last instant of the period.</summary>
        public string? End { get; set; }
    }

    /// <summary>The owner or creator of an approval request.</summary>
    public sealed class ApprovalUserDto
    {
        /// <summary>The user id.</summary>
        public string? UserId { get; set; }

        /// <summary>The user name.</summary>
        public string? UserName { get; set; }

        /// <summary>The user's email (creator only).</summary>
        public string? UserEmail { get; set; }

        /// <summary>The owner's time zone, in which the period's days are counted.</summary>
        public string? TimeZone { get; set; }
    }

    /// <summary>The state of an approval request (ApprovalRequestStatusDtoV1).</summary>
    public sealed class ApprovalStatusDto
    {
        /// <summary>PENDING, APPROVED, REJECTED, WITHDRAWN_SUBMISSION or WITHDRAWN_APPROVAL.</summary>
        public string? State { get; set; }

        /// <summary>The note given with the last change.</summary>
        public string? Note { get; set; }

        /// <summary>When the state last changed (UTC).</summary>
        public string? UpdatedAt { get; set; }

        /// <summary>Who changed it last.</summary>
        public string? UpdatedBy { get; set; }

        /// <summary>The name of who changed it last.</summary>
        public string? UpdatedByUserName { get; set; }
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/approval-requests</c>.</summary>
    public static class ApprovalApi
    {
        /// <summary>Lists approval requests, newest change first unless sorted otherwise; a null filter is left out.</summary>
        public static ClockifyRequest List(string workspaceId, string? status, string? sortColumn, string? sortOrder)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "approval-requests"));
            AddIfGiven(request, "status", status);
            AddIfGiven(request, "sort-column", sortColumn);
            AddIfGiven(request, "sort-order", sortOrder);
            return request;
        }

        /// <summary>
        /// Submits a period for approval: the caller's own (<paramref name="userId"/> null) or another user's.
        /// <paramref name="resubmit"/> sends entries added to an already submitted period.
        /// </summary>
        public static ClockifyRequest Submit(string workspaceId, string? userId, string type, string period, string periodStart, bool resubmit)
        {
            string[] segments = resubmit
                ? (userId is null ? new[] { "approval-requests", "resubmit-entries-for-approval" } : new[] { "approval-requests", "users", userId, "resubmit-entries-for-approval" })
                : (userId is null ? new[] { "approval-requests", type } : new[] { "approval-requests", "users", userId, type });

            // The typed routes take the type in the path; the resubmit routes only in the body.
            object body = resubmit ? new { period, periodStart, type } : (object)new { period, periodStart };
            return new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, segments)) { JsonBody = ClockifyJson.Serialize(body) };
        }

        /// <summary>Moves a request to <paramref name="state"/> (APPROVED, REJECTED, WITHDRAWN_*), with an optional note.</summary>
        public static ClockifyRequest SetState(string workspaceId, string id, string state, string? note) =>
            new ClockifyRequest(ClockifyRequest.Patch, ApiPath.Workspace(workspaceId, "approval-requests", id)) { JsonBody = ClockifyJson.Serialize(new { state, note }) };

        private static void AddIfGiven(ClockifyRequest request, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                request.With(name, value!);
            }
        }
    }
}
