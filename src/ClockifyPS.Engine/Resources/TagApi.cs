using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A tag as Clockify sends it (TagDtoV1).</summary>
    public sealed class TagDto
    {
        /// <summary>The tag id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The tag name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The workspace the tag belongs to.</summary>
        public string WorkspaceId { get; set; } = string.Empty;

        /// <summary>Whether the tag is archived.</summary>
        public bool Archived { get; set; }
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/tags</c>.</summary>
    public static class TagApi
    {
        /// <summary>Lists tags; <paramref name="archived"/> null asks for active and archived alike.</summary>
        public static ClockifyRequest List(string workspaceId, string? name, bool strictName, bool? archived)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "tags"));
            if (!string.IsNullOrEmpty(name))
            {
                request.With("name", name!).With("strict-name-search", ApiPath.Flag(strictName));
            }

            if (archived is bool flag)
            {
                request.With("archived", ApiPath.Flag(flag));
            }

            return request;
        }

        /// <summary>One tag.</summary>
        public static ClockifyRequest Get(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "tags", id));

        /// <summary>Creates a tag.</summary>
        public static ClockifyRequest Create(string workspaceId, string name) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "tags")) { JsonBody = ClockifyJson.Serialize(new { name }) };

        /// <summary>Replaces a tag's name and archived state.</summary>
        public static ClockifyRequest Update(string workspaceId, string id, string name, bool archived) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "tags", id)) { JsonBody = ClockifyJson.Serialize(new { name, archived }) };

        /// <summary>Deletes a tag.</summary>
        public static ClockifyRequest Delete(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "tags", id));
    }
}
