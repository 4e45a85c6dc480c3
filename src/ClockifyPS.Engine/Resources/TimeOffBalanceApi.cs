using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>One user's balance under one policy (BalanceDtoV1).</summary>
    public sealed class TimeOffBalanceDto
    {
        /// <summary>The balance id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; set; } = string.Empty;

        /// <summary>The user.</summary>
        public string? UserId { get; set; }

        /// <summary>The user's name.</summary>
        public string? UserName { get; set; }

        /// <summary>The policy.</summary>
        public string? PolicyId { get; set; }

        /// <summary>The policy's name.</summary>
        public string? PolicyName { get; set; }

        /// <summary>Whether the policy is archived.</summary>
        public bool PolicyArchived { get; set; }

        /// <summary>DAYS or HOURS.</summary>
        public string? PolicyTimeUnit { get; set; }

        /// <summary>What is left.</summary>
        public double Balance { get; set; }

        /// <summary>What was used.</summary>
        public double Used { get; set; }

        /// <summary>What was granted in all.</summary>
        public double Total { get; set; }

        /// <summary>How far below zero the balance may go.</summary>
        public double? NegativeBalanceAmount { get; set; }

        /// <summary>What was used below zero.</summary>
        public double? NegativeBalanceUsed { get; set; }
    }

    /// <summary>One page of balances (BalancesWithCountDtoV1).</summary>
    public sealed class TimeOffBalancePageDto
    {
        /// <summary>How many balances there are in all.</summary>
        public int? Count { get; set; }

        /// <summary>This page's balances.</summary>
        public List<TimeOffBalanceDto>? Balances { get; set; }
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/time-off/balance</c>.</summary>
    public static class TimeOffBalanceApi
    {
        /// <summary>One user's balances under every policy.</summary>
        public static ClockifyRequest ForUser(string workspaceId, string userId) =>
            new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "time-off", "balance", "user", userId));

        /// <summary>Every user's balance under one policy.</summary>
        public static ClockifyRequest ForPolicy(string workspaceId, string policyId) =>
            new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "time-off", "balance", "policy", policyId));

        /// <summary>
        /// Changes users' balances under a policy by <paramref name="change"/> (-10000 to 10000). Clockify works
        /// asynchronously unless asked not to: sync makes the next read see the change.
        /// </summary>
        public static ClockifyRequest Adjust(string workspaceId, string policyId, IReadOnlyList<string> userIds, double change, string? note) =>
            new ClockifyRequest(ClockifyRequest.Patch, ApiPath.Workspace(workspaceId, "time-off", "balance", "policy", policyId))
            {
                JsonBody = ClockifyJson.Serialize(new { userIds, value = change, note, sync = true }),
            };
    }
}
