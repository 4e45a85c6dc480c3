using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A project as Clockify sends it (ProjectDtoImplV1).</summary>
    public sealed class ProjectDto
    {
        /// <summary>The project id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The project name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The workspace the project belongs to.</summary>
        public string WorkspaceId { get; set; } = string.Empty;

        /// <summary>The client id; empty when the project has no client.</summary>
        public string? ClientId { get; set; }

        /// <summary>The client name; empty when the project has no client.</summary>
        public string? ClientName { get; set; }

        /// <summary>Whether the project is archived.</summary>
        public bool Archived { get; set; }

        /// <summary>Whether time on the project is billable by default.</summary>
        public bool Billable { get; set; }

        /// <summary>Whether every workspace member can track time on the project.</summary>
        public bool Public { get; set; }

        /// <summary>The colour, #RRGGBB.</summary>
        public string? Color { get; set; }

        /// <summary>Free-text note.</summary>
        public string? Note { get; set; }

        /// <summary>Time tracked so far, as an ISO-8601 duration.</summary>
        public string? Duration { get; set; }

        /// <summary>The project's billable rate in cents, if set.</summary>
        public RateDto? HourlyRate { get; set; }

        /// <summary>The project's cost rate in cents, if set.</summary>
        public RateDto? CostRate { get; set; }

        /// <summary>Members and their project rates (filled only by hydrated requests).</summary>
        public List<MembershipDto>? Memberships { get; set; }
    }

    /// <summary>What to list: every property null or empty leaves that filter out.</summary>
    public sealed class ProjectFilter
    {
        /// <summary>Name to search for (partial unless <see cref="StrictName"/>).</summary>
        public string? Name { get; set; }

        /// <summary>Whether <see cref="Name"/> must match the whole name.</summary>
        public bool StrictName { get; set; }

        /// <summary>Archived (true) or active (false) projects; null asks for both.</summary>
        public bool? Archived { get; set; }

        /// <summary>Billable (true) or non-billable (false) projects; null asks for both.</summary>
        public bool? Billable { get; set; }

        /// <summary>Only projects of these clients.</summary>
        public IList<string> ClientIds { get; } = new List<string>();

        /// <summary>Only projects these users are members of.</summary>
        public IList<string> UserIds { get; } = new List<string>();

        /// <summary>Adds memberships (with rates) to every project.</summary>
        public bool Hydrated { get; set; }
    }

    /// <summary>The writable fields of a project; null leaves a field out of the request.</summary>
    public sealed class ProjectFields
    {
        /// <summary>The project name (2-250 characters).</summary>
        public string? Name { get; set; }

        /// <summary>The client id; an empty string removes the client.</summary>
        public string? ClientId { get; set; }

        /// <summary>The colour, #RRGGBB.</summary>
        public string? Color { get; set; }

        /// <summary>Free-text note.</summary>
        public string? Note { get; set; }

        /// <summary>Whether time on the project is billable by default.</summary>
        public bool? Billable { get; set; }

        /// <summary>Whether every workspace member can track time on the project.</summary>
        public bool? IsPublic { get; set; }

        /// <summary>Whether the project is archived (update only).</summary>
        public bool? Archived { get; set; }

        /// <summary>The billable rate in cents.</summary>
        public long? HourlyRateCents { get; set; }
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/projects</c>.</summary>
    public static class ProjectApi
    {
        /// <summary>Lists projects matching <paramref name="filter"/>.</summary>
        public static ClockifyRequest List(string workspaceId, ProjectFilter filter)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "projects"));
            if (!string.IsNullOrEmpty(filter.Name))
            {
                request.With("name", filter.Name!).With("strict-name-search", ApiPath.Flag(filter.StrictName));
            }

            if (filter.Archived is bool archived)
            {
                request.With("archived", ApiPath.Flag(archived));
            }

            if (filter.Billable is bool billable)
            {
                request.With("billable", ApiPath.Flag(billable));
            }

            foreach (string client in filter.ClientIds)
            {
                request.With("clients", client);
            }

            if (filter.ClientIds.Count > 0)
            {
                request.With("contains-client", "true");
            }

            foreach (string user in filter.UserIds)
            {
                request.With("users", user);
            }

            if (filter.UserIds.Count > 0)
            {
                request.With("contains-user", "true");
            }

            if (filter.Hydrated)
            {
                request.With("hydrated", "true");
            }

            return request;
        }

        /// <summary>
        /// Projects with exactly this name (active and archived), for name-to-id lookups; the answer carries
        /// each project's client name, so projects of the same name under different clients can be told apart.
        /// </summary>
        public static ClockifyRequest ListByName(string workspaceId, string name) =>
            List(workspaceId, new ProjectFilter { Name = name, StrictName = true });

        /// <summary>One project; <paramref name="hydrated"/> adds memberships.</summary>
        public static ClockifyRequest Get(string workspaceId, string id, bool hydrated)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "projects", id));
            return hydrated ? request.With("hydrated", "true") : request;
        }

        /// <summary>Creates a project (ProjectRequest).</summary>
        public static ClockifyRequest Create(string workspaceId, ProjectFields fields) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "projects"))
            {
                JsonBody = ClockifyJson.Serialize(new
                {
                    fields.Name,
                    ClientId = string.IsNullOrEmpty(fields.ClientId) ? null : fields.ClientId,
                    fields.Color,
                    fields.Note,
                    fields.Billable,
                    fields.IsPublic,
                    HourlyRate = Rate(fields.HourlyRateCents),
                }),
            };

        /// <summary>Replaces a project's fields (UpdateProjectRequest; send them all: Clockify's PUT replaces).</summary>
        public static ClockifyRequest Update(string workspaceId, string id, ProjectFields fields) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "projects", id))
            {
                JsonBody = ClockifyJson.Serialize(new
                {
                    fields.Name,
                    fields.ClientId,
                    fields.Color,
                    fields.Note,
                    fields.Billable,
                    fields.IsPublic,
                    fields.Archived,
                    HourlyRate = Rate(fields.HourlyRateCents),
                }),
            };

        /// <summary>Deletes a project. Clockify deletes only archived projects.</summary>
        public static ClockifyRequest Delete(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "projects", id));

        private static object? Rate(long? cents) => cents is long amount ? new { amount } : null;
    }
}
