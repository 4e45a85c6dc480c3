using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A time-off policy as Clockify sends it (PolicyDtoV1).</summary>
    public sealed class TimeOffPolicyDto
    {
        /// <summary>The policy id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The policy name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; set; } = string.Empty;

        /// <summary>Whether the policy is archived.</summary>
        public bool Archived { get; set; }

        /// <summary>Whether half days may be requested.</summary>
        public bool AllowHalfDay { get; set; }

        /// <summary>Whether the balance may go below zero.</summary>
        public bool AllowNegativeBalance { get; set; }

        /// <summary>Whether the policy applies to users who join later.</summary>
        public bool EveryoneIncludingNew { get; set; }

        /// <summary>Whether balances expire; Clockify's PolicyDtoV1 does not document it, so it may be missing.</summary>
        public bool? HasExpiration { get; set; }

        /// <summary>The colour, #RRGGBB.</summary>
        public string? Color { get; set; }

        /// <summary>The icon: UMBRELLA, SNOWFLAKE, FAMILY...</summary>
        public string? Icon { get; set; }

        /// <summary>DAYS or HOURS.</summary>
        public string? TimeUnit { get; set; }

        /// <summary>Who approves requests.</summary>
        public TimeOffApprovalDto? Approve { get; set; }

        /// <summary>The users the policy applies to.</summary>
        public List<string>? UserIds { get; set; }

        /// <summary>The user groups the policy applies to.</summary>
        public List<string>? UserGroupIds { get; set; }

        /// <summary>Automatic accrual, kept so a replacing update sends it back.</summary>
        public TimeOffAmountDto? AutomaticAccrual { get; set; }

        /// <summary>The negative-balance limit, kept so a replacing update sends it back.</summary>
        public TimeOffAmountDto? NegativeBalance { get; set; }
    }

    /// <summary>Who approves a policy's requests (PolicyApprovalDto); the same shape goes out on writes.</summary>
    public sealed class TimeOffApprovalDto
    {
        /// <summary>Whether requests need approval.</summary>
        public bool RequiresApproval { get; set; }

        /// <summary>Whether the team managers approve.</summary>
        public bool TeamManagers { get; set; }

        /// <summary>Whether specific members approve.</summary>
        public bool SpecificMembers { get; set; }

        /// <summary>Those members' ids.</summary>
        public List<string>? UserIds { get; set; }
    }

    /// <summary>An amount per period (automatic accrual, negative balance).</summary>
    public sealed class TimeOffAmountDto
    {
        /// <summary>The amount, in the policy's unit.</summary>
        public double Amount { get; set; }

        /// <summary>MONTH or YEAR.</summary>
        public string? Period { get; set; }

        /// <summary>Whether a negative balance resets at the end of the period.</summary>
        public bool? ShouldReset { get; set; }
    }

    /// <summary>What a new or replaced policy says (CreatePolicyRequestV1 / UpdatePolicyRequestV1).</summary>
    public sealed class TimeOffPolicyWrite
    {
        /// <summary>The name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>Who approves requests (required by Clockify).</summary>
        public TimeOffApprovalDto Approve { get; set; } = new TimeOffApprovalDto();

        /// <summary>Whether half days may be requested.</summary>
        public bool AllowHalfDay { get; set; }

        /// <summary>Whether the balance may go below zero.</summary>
        public bool AllowNegativeBalance { get; set; }

        /// <summary>Whether the policy is archived.</summary>
        public bool Archived { get; set; }

        /// <summary>Whether the policy applies to users who join later.</summary>
        public bool EveryoneIncludingNew { get; set; }

        /// <summary>Whether balances expire.</summary>
        public bool HasExpiration { get; set; }

        /// <summary>The colour, #RRGGBB; null leaves it out.</summary>
        public string? Color { get; set; }

        /// <summary>The icon; null leaves it out.</summary>
        public string? Icon { get; set; }

        /// <summary>DAYS or HOURS (create only: Clockify cannot change it later).</summary>
        public string? TimeUnit { get; set; }

        /// <summary>Users the policy applies to.</summary>
        public IReadOnlyList<string> UserIds { get; set; } = System.Array.Empty<string>();

        /// <summary>User groups the policy applies to.</summary>
        public IReadOnlyList<string> UserGroupIds { get; set; } = System.Array.Empty<string>();

        /// <summary>Automatic accrual; null leaves it out.</summary>
        public TimeOffAmountDto? AutomaticAccrual { get; set; }

        /// <summary>The negative-balance limit; null leaves it out.</summary>
        public TimeOffAmountDto? NegativeBalance { get; set; }

        internal object Body() => new
        {
            name = Name,
            approve = Approve,
            allowHalfDay = AllowHalfDay,
            allowNegativeBalance = AllowNegativeBalance,
            archived = Archived,
            everyoneIncludingNew = EveryoneIncludingNew,
            hasExpiration = HasExpiration,
            color = Color,
            icon = Icon,
            timeUnit = TimeUnit,
            users = new { ids = UserIds, contains = "CONTAINS", status = "ALL" },
            userGroups = new { ids = UserGroupIds, contains = "CONTAINS", status = "ALL" },
            automaticAccrual = AutomaticAccrual is null ? null : new { amount = AutomaticAccrual.Amount, period = AutomaticAccrual.Period },
            negativeBalance = NegativeBalance is null ? null : new { amount = NegativeBalance.Amount, period = NegativeBalance.Period, shouldReset = NegativeBalance.ShouldReset },
        };
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/time-off/policies</c>.</summary>
    public static class TimeOffPolicyApi
    {
        /// <summary>The largest page Clockify serves for policies.</summary>
        public const int LargestPage = 200;

        /// <summary>Lists policies: ACTIVE, ARCHIVED or ALL, whose name contains <paramref name="name"/> (null: any).</summary>
        public static ClockifyRequest List(string workspaceId, string? name, string status)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "time-off", "policies")).With("status", status);
            if (!string.IsNullOrEmpty(name))
            {
                request.With("name", name!);
            }

            return request;
        }

        /// <summary>One policy.</summary>
        public static ClockifyRequest Get(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "time-off", "policies", id));

        /// <summary>Creates a policy.</summary>
        public static ClockifyRequest Create(string workspaceId, TimeOffPolicyWrite policy) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "time-off", "policies")) { JsonBody = ClockifyJson.Serialize(policy.Body()) };

        /// <summary>Replaces a policy.</summary>
        public static ClockifyRequest Update(string workspaceId, string id, TimeOffPolicyWrite policy) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "time-off", "policies", id)) { JsonBody = ClockifyJson.Serialize(policy.Body()) };

        /// <summary>Archives (ARCHIVED) or restores (ACTIVE) a policy.</summary>
        public static ClockifyRequest SetStatus(string workspaceId, string id, bool archived) =>
            new ClockifyRequest(ClockifyRequest.Patch, ApiPath.Workspace(workspaceId, "time-off", "policies", id)) { JsonBody = ClockifyJson.Serialize(new { status = archived ? "ARCHIVED" : "ACTIVE" }) };

        /// <summary>Deletes a policy; Clockify answers with no body.</summary>
        public static ClockifyRequest Delete(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "time-off", "policies", id));
    }
}
