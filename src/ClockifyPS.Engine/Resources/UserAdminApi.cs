using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A manager role as Clockify sends it after a role change (RoleDetailsDtoV1).</summary>
    public sealed class RoleDetailsDto
    {
        /// <summary>The user holding the role.</summary>
        public string? UserId { get; set; }

        /// <summary>The workspace.</summary>
        public string? WorkspaceId { get; set; }

        /// <summary>The role.</summary>
        public RoleDto? Role { get; set; }
    }

    /// <summary>A role (RoleDtoV1).</summary>
    public sealed class RoleDto
    {
        /// <summary>The role's target id (a workspace, project or user group).</summary>
        public string? Id { get; set; }

        /// <summary>WORKSPACE_ADMIN, TEAM_MANAGER or PROJECT_MANAGER.</summary>
        public string? Name { get; set; }

        /// <summary>Where the role comes from, when it is given through a user group.</summary>
        public RoleSourceDto? Source { get; set; }
    }

    /// <summary>Where a role comes from (AuthorizationSourceDtoV1).</summary>
    public sealed class RoleSourceDto
    {
        /// <summary>The source's id.</summary>
        public string? Id { get; set; }

        /// <summary>USER_GROUP.</summary>
        public string? Type { get; set; }
    }

    /// <summary>A user custom field's value as Clockify sends it (UserCustomFieldValueDtoV1).</summary>
    public sealed class UserCustomFieldValueDto
    {
        /// <summary>The custom field.</summary>
        public string? CustomFieldId { get; set; }

        /// <summary>The custom field's name.</summary>
        public string? CustomFieldName { get; set; }

        /// <summary>TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX or LINK.</summary>
        public string? CustomFieldType { get; set; }

        /// <summary>The user.</summary>
        public string? UserId { get; set; }

        /// <summary>The value.</summary>
        public JsonElement? Value { get; set; }
    }

    /// <summary>Requests that manage a workspace's members: status, invitations, removal, rates, managers and roles.</summary>
    public static class UserAdminApi
    {
        /// <summary>The roles <c>/users/{userId}/roles</c> takes.</summary>
        public static IReadOnlyList<string> Roles { get; } = new[] { "WORKSPACE_ADMIN", "TEAM_MANAGER", "PROJECT_MANAGER" };

        /// <summary>Activates or deactivates a member (ACTIVE or INACTIVE); Clockify answers with the workspace.</summary>
        public static ClockifyRequest SetStatus(string workspaceId, string userId, string status) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "users", userId)) { JsonBody = ClockifyJson.Serialize(new { status }) };

        /// <summary>Invites an email address to the workspace; Clockify answers with the workspace.</summary>
        public static ClockifyRequest Invite(string workspaceId, string email, bool sendEmail) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "users")) { JsonBody = ClockifyJson.Serialize(new { email }) }
                .With("send-email", ApiPath.Flag(sendEmail));

        /// <summary>Removes a member from the workspace; Clockify answers with the workspace.</summary>
        public static ClockifyRequest Remove(string workspaceId, string userId) =>
            new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "users", userId));

        /// <summary>Sets a member's value of a user custom field; <paramref name="valueJson"/> is the value as JSON (null clears it).</summary>
        public static ClockifyRequest SetCustomFieldValue(string workspaceId, string userId, string customFieldId, string valueJson) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "users", userId, "custom-field", customFieldId, "value"))
            {
                // Built by hand: the shared options drop nulls, and a null value is how a field is cleared.
                JsonBody = "{\"value\":" + valueJson + "}",
            };

        /// <summary>Sets a member's billable rate (cents), from <paramref name="since"/> when given.</summary>
        public static ClockifyRequest SetUserHourlyRate(string workspaceId, string userId, int cents, DateTimeOffset? since) =>
            Rate(ApiPath.Workspace(workspaceId, "users", userId, "hourly-rate"), cents, null, since);

        /// <summary>Sets a member's cost rate (cents), from <paramref name="since"/> when given.</summary>
        public static ClockifyRequest SetUserCostRate(string workspaceId, string userId, int cents, DateTimeOffset? since) =>
            Rate(ApiPath.Workspace(workspaceId, "users", userId, "cost-rate"), cents, null, since);

        /// <summary>Sets the workspace's default billable rate (cents); Clockify requires the currency here.</summary>
        public static ClockifyRequest SetWorkspaceHourlyRate(string workspaceId, int cents, string currency, DateTimeOffset? since) =>
            Rate(ApiPath.Workspace(workspaceId, "hourly-rate"), cents, currency, since);

        /// <summary>Sets the workspace's default cost rate (cents); the spec's body has no currency here.</summary>
        public static ClockifyRequest SetWorkspaceCostRate(string workspaceId, int cents, DateTimeOffset? since) =>
            Rate(ApiPath.Workspace(workspaceId, "cost-rate"), cents, null, since);

        /// <summary>The team managers of a member (paged like ordinary lists).</summary>
        public static ClockifyRequest Managers(string workspaceId, string userId) =>
            new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "users", userId, "managers"));

        /// <summary>Gives a member a role over <paramref name="entityId"/> (the workspace, a user or user group to manage, or a project).</summary>
        public static ClockifyRequest AddRole(string workspaceId, string userId, string role, string entityId, bool userGroup) =>
            RoleRequest(HttpMethod.Post, workspaceId, userId, role, entityId, userGroup);

        /// <summary>Takes a role away; the body names it as when it was given.</summary>
        public static ClockifyRequest RemoveRole(string workspaceId, string userId, string role, string entityId, bool userGroup) =>
            RoleRequest(HttpMethod.Delete, workspaceId, userId, role, entityId, userGroup);

        private static ClockifyRequest Rate(string path, int amount, string? currency, DateTimeOffset? since) =>
            new ClockifyRequest(HttpMethod.Put, path)
            {
                JsonBody = ClockifyJson.Serialize(new { amount, currency, since = since is DateTimeOffset at ? ClockifyTime.FormatUtc(at) : null }),
            };

        private static ClockifyRequest RoleRequest(HttpMethod method, string workspaceId, string userId, string role, string entityId, bool userGroup) =>
            new ClockifyRequest(method, ApiPath.Workspace(workspaceId, "users", userId, "roles"))
            {
                JsonBody = ClockifyJson.Serialize(new { role, entityId, sourceType = userGroup ? "USER_GROUP" : null }),
            };
    }
}
