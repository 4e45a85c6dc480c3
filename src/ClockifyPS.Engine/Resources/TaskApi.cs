using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A task of a project as Clockify sends it (TaskDtoV1).</summary>
    public sealed class TaskDto
    {
        /// <summary>The task id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The task name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The project the task belongs to.</summary>
        public string ProjectId { get; set; } = string.Empty;

        /// <summary>ACTIVE or DONE.</summary>
        public string? Status { get; set; }

        /// <summary>Whether time on the task is billable.</summary>
        public bool Billable { get; set; }

        /// <summary>The estimate, as an ISO-8601 duration.</summary>
        public string? Estimate { get; set; }

        /// <summary>Time tracked so far, as an ISO-8601 duration.</summary>
        public string? Duration { get; set; }

        /// <summary>The users the task is assigned to.</summary>
        public List<string>? AssigneeIds { get; set; }

        /// <summary>The user groups the task is assigned to.</summary>
        public List<string>? UserGroupIds { get; set; }

        /// <summary>The task's billable rate in cents, if set.</summary>
        public RateDto? HourlyRate { get; set; }

        /// <summary>The task's cost rate in cents, if set.</summary>
        public RateDto? CostRate { get; set; }
    }

    /// <summary>The writable fields of a task; null leaves a field out of the request.</summary>
    public sealed class TaskFields
    {
        /// <summary>The task name (required by Clockify on create and update).</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>ACTIVE or DONE.</summary>
        public string? Status { get; set; }

        /// <summary>Whether time on the task is billable.</summary>
        public bool? Billable { get; set; }

        /// <summary>The estimate, as an ISO-8601 duration.</summary>
        public string? Estimate { get; set; }

        /// <summary>The users the task is assigned to.</summary>
        public IList<string>? AssigneeIds { get; set; }

        /// <summary>The user groups the task is assigned to.</summary>
        public IList<string>? UserGroupIds { get; set; }
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/projects/{projectId}/tasks</c>.</summary>
    public static class TaskApi
    {
        /// <summary>Lists a project's tasks; <paramref name="active"/> null asks for active and done alike.</summary>
        public static ClockifyRequest List(string workspaceId, string projectId, string? name, bool strictName, bool? active)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "projects", projectId, "tasks"));
            if (!string.IsNullOrEmpty(name))
            {
                request.With("name", name!).With("strict-name-search", ApiPath.Flag(strictName));
            }

            if (active is bool flag)
            {
                request.With("is-active", ApiPath.Flag(flag));
            }

            return request;
        }

        /// <summary>One task.</summary>
        public static ClockifyRequest Get(string workspaceId, string projectId, string id) =>
            new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "projects", projectId, "tasks", id));

        /// <summary>Creates a task (TaskRequest).</summary>
        public static ClockifyRequest Create(string workspaceId, string projectId, TaskFields fields) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "projects", projectId, "tasks")) { JsonBody = ClockifyJson.Serialize(fields) };

        /// <summary>Replaces a task's fields (UpdateTaskRequest; send them all: Clockify's PUT replaces).</summary>
        public static ClockifyRequest Update(string workspaceId, string projectId, string id, TaskFields fields) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "projects", projectId, "tasks", id)) { JsonBody = ClockifyJson.Serialize(fields) };

        /// <summary>Deletes a task.</summary>
        public static ClockifyRequest Delete(string workspaceId, string projectId, string id) =>
            new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "projects", projectId, "tasks", id));
    }
}
