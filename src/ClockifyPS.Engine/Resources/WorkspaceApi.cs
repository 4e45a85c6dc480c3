using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A workspace as Clockify sends it (WorkspaceDtoV1), the parts the module shows.</summary>
    public sealed class WorkspaceDto
    {
        /// <summary>The workspace id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The workspace name.</summary>
        public string? Name { get; set; }

        /// <summary>The workspace's default billable rate, in cents.</summary>
        public RateDto? HourlyRate { get; set; }

        /// <summary>The workspace's default cost rate, in cents.</summary>
        public RateDto? CostRate { get; set; }

        /// <summary>The workspace image.</summary>
        public string? ImageUrl { get; set; }

        /// <summary>The workspace's subdomain, when it has one.</summary>
        public WorkspaceSubdomainDto? Subdomain { get; set; }

        /// <summary>Who belongs to the workspace.</summary>
        public List<MembershipDto>? Memberships { get; set; }
    }

    /// <summary>A workspace's subdomain (WorkspaceSubdomainDtoV1).</summary>
    public sealed class WorkspaceSubdomainDto
    {
        /// <summary>The subdomain name, e.g. coolcompany for coolcompany.clockify.me.</summary>
        public string? Name { get; set; }

        /// <summary>Whether the subdomain is in use.</summary>
        public bool Enabled { get; set; }
    }

    /// <summary>Requests for <c>/workspaces</c>.</summary>
    public static class WorkspaceApi
    {
        /// <summary>
        /// The workspaces of the key's user, optionally only those where the user has one of <paramref name="roles"/>
        /// (WORKSPACE_ADMIN, OWNER, TEAM_MANAGER, PROJECT_MANAGER). Not paged: Clockify returns them all.
        /// </summary>
        public static ClockifyRequest List(IEnumerable<string>? roles)
        {
            var request = new ClockifyRequest(HttpMethod.Get, "/workspaces");
            if (roles != null)
            {
                foreach (string role in roles)
                {
                    request.With("roles", role);
                }
            }

            return request;
        }

        /// <summary>One workspace.</summary>
        public static ClockifyRequest Get(string workspaceId) => new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId));
    }
}
