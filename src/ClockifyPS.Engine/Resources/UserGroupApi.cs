using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A user group as Clockify sends it (UserGroupDtoV1).</summary>
    public sealed class UserGroupDto
    {
        /// <summary>The group id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The group name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The workspace the group belongs to.</summary>
        public string WorkspaceId { get; set; } = string.Empty;

        /// <summary>The members' ids.</summary>
        public List<string>? UserIds { get; set; }
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/user-groups</c>.</summary>
    public static class UserGroupApi
    {
        /// <summary>Lists groups whose name contains <paramref name="name"/> (null: all), optionally only those with members on a project.</summary>
        public static ClockifyRequest List(string workspaceId, string? name, string? projectId)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "user-groups"));
            if (!string.IsNullOrEmpty(name))
            {
                request.With("name", name!);
            }

            if (!string.IsNullOrEmpty(projectId))
            {
                request.With("project-id", projectId!);
            }

            return request;
        }

        /// <summary>Creates a group.</summary>
        public static ClockifyRequest Create(string workspaceId, string name) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "user-groups")) { JsonBody = ClockifyJson.Serialize(new { name }) };

        /// <summary>Renames a group.</summary>
        public static ClockifyRequest Update(string workspaceId, string id, string name) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "user-groups", id)) { JsonBody = ClockifyJson.Serialize(new { name }) };

        /// <summary>Deletes a group.</summary>
        public static ClockifyRequest Delete(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "user-groups", id));

        /// <summary>Adds a user to a group; the answer is the group.</summary>
        public static ClockifyRequest AddUser(string workspaceId, string userGroupId, string userId) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "user-groups", userGroupId, "users")) { JsonBody = ClockifyJson.Serialize(new { userId }) };

        /// <summary>Removes a user from a group; the answer is the group.</summary>
        public static ClockifyRequest RemoveUser(string workspaceId, string userGroupId, string userId) =>
            new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "user-groups", userGroupId, "users", userId));
    }
}
