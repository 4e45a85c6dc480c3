using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>Requests for <c>/workspaces/{workspaceId}/custom-fields</c>.</summary>
    public static class CustomFieldApi
    {
        /// <summary>Every custom field of the workspace (the endpoint is not paged and sends no Last-Page).</summary>
        public static ClockifyRequest List(string workspaceId) => new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "custom-fields"));
    }
}
