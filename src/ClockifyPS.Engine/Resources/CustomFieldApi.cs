using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A custom field as Clockify sends it (CustomFieldDtoV1).</summary>
    public sealed class CustomFieldDto
    {
        /// <summary>The custom field id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The field's name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX or LINK.</summary>
        public string? Type { get; set; }

        /// <summary>What the field holds.</summary>
        public string? Description { get; set; }

        /// <summary>TIMEENTRY or USER: what the field is filled in on.</summary>
        public string? EntityType { get; set; }

        /// <summary>The hint shown in an empty field.</summary>
        public string? Placeholder { get; set; }

        /// <summary>Whether a value is mandatory.</summary>
        public bool Required { get; set; }

        /// <summary>Whether only admins may change the value.</summary>
        public bool OnlyAdminCanEdit { get; set; }

        /// <summary>INACTIVE, VISIBLE or INVISIBLE.</summary>
        public string? Status { get; set; }

        /// <summary>The workspace the field belongs to.</summary>
        public string WorkspaceId { get; set; } = string.Empty;

        /// <summary>The choices of a dropdown field.</summary>
        public List<string>? AllowedValues { get; set; }

        /// <summary>The workspace's default value, whatever JSON it is.</summary>
        public JsonElement WorkspaceDefaultValue { get; set; }

        /// <summary>Per-project default values and visibility.</summary>
        public List<CustomFieldProjectDefaultDto>? ProjectDefaultValues { get; set; }
    }

    /// <summary>A custom field's default value and status on one project (CustomFieldDefaultValuesDtoV1).</summary>
    public sealed class CustomFieldProjectDefaultDto
    {
        /// <summary>The project.</summary>
        public string ProjectId { get; set; } = string.Empty;

        /// <summary>INACTIVE, VISIBLE or INVISIBLE on this project.</summary>
        public string? Status { get; set; }

        /// <summary>The project's default value, whatever JSON it is.</summary>
        public JsonElement Value { get; set; }
    }

    /// <summary>
    /// The body of a custom field create (CustomFieldRequestV1) or update (UpdateCustomFieldRequestV1); null
    /// members are left out. Clockify's update is a PUT that needs name and type: start from the current field.
    /// </summary>
    public sealed class CustomFieldWriteBody
    {
        /// <summary>The field's name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX or LINK.</summary>
        public string Type { get; set; } = string.Empty;

        /// <summary>TIMEENTRY or USER; create only (an update cannot move a field).</summary>
        public string? EntityType { get; set; }

        /// <summary>What the field holds.</summary>
        public string? Description { get; set; }

        /// <summary>The hint shown in an empty field.</summary>
        public string? Placeholder { get; set; }

        /// <summary>Whether a value is mandatory.</summary>
        public bool? Required { get; set; }

        /// <summary>Whether only admins may change the value.</summary>
        public bool? OnlyAdminCanEdit { get; set; }

        /// <summary>INACTIVE, VISIBLE or INVISIBLE.</summary>
        public string? Status { get; set; }

        /// <summary>The choices of a dropdown field.</summary>
        public List<string>? AllowedValues { get; set; }

        /// <summary>The workspace's default value: a string, number, boolean or list of strings.</summary>
        public object? WorkspaceDefaultValue { get; set; }
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/custom-fields</c> and a project's custom fields.</summary>
    public static class CustomFieldApi
    {
        /// <summary>
        /// Every custom field of the workspace, filtered by Clockify on a partial name, a status and an entity
        /// type when given (the endpoint is not paged and sends no Last-Page).
        /// </summary>
        public static ClockifyRequest List(string workspaceId, string? name = null, string? status = null, string? entityType = null) =>
            Filtered(new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "custom-fields")), name, status, entityType);

        /// <summary>The custom fields of a project, with the project's default values (not paged either).</summary>
        public static ClockifyRequest ListOfProject(string workspaceId, string projectId, string? status = null, string? entityType = null) =>
            Filtered(new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "projects", projectId, "custom-fields")), null, status, entityType);

        /// <summary>Creates a custom field (201 with the field).</summary>
        public static ClockifyRequest Create(string workspaceId, CustomFieldWriteBody body) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "custom-fields")) { JsonBody = ClockifyJson.Serialize(body) };

        /// <summary>Replaces a custom field's settings.</summary>
        public static ClockifyRequest Update(string workspaceId, string id, CustomFieldWriteBody body) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "custom-fields", id)) { JsonBody = ClockifyJson.Serialize(body) };

        /// <summary>Deletes a custom field (204, no body).</summary>
        public static ClockifyRequest Delete(string workspaceId, string id) =>
            new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "custom-fields", id));

        /// <summary>Sets a field's default value and status on one project; a null member is left as it is.</summary>
        public static ClockifyRequest SetProjectDefault(string workspaceId, string projectId, string id, object? defaultValue, string? status) =>
            new ClockifyRequest(ClockifyRequest.Patch, ApiPath.Workspace(workspaceId, "projects", projectId, "custom-fields", id))
            {
                JsonBody = ClockifyJson.Serialize(new ProjectDefaultBody { DefaultValue = defaultValue, Status = status }),
            };

        /// <summary>Removes a field's project default (the project falls back to the workspace's); answers with the field.</summary>
        public static ClockifyRequest RemoveFromProject(string workspaceId, string projectId, string id) =>
            new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "projects", projectId, "custom-fields", id));

        private static ClockifyRequest Filtered(ClockifyRequest request, string? name, string? status, string? entityType)
        {
            if (!string.IsNullOrEmpty(name))
            {
                request.With("name", name!);
            }

            if (!string.IsNullOrEmpty(status))
            {
                request.With("status", status!);
            }

            if (!string.IsNullOrEmpty(entityType))
            {
                request.With("entity-type", entityType!);
            }

            return request;
        }

        /// <summary>CustomFieldProjectDefaultValuesRequest.</summary>
        private sealed class ProjectDefaultBody
        {
            public object? DefaultValue { get; set; }

            public string? Status { get; set; }
        }
    }
}
