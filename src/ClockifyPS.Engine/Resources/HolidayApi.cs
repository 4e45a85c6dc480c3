using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>
    /// A holiday (HolidayDtoV1; the delete answers HolidayDto, whose automaticTimeEntryCreation is an object
    /// rather than a flag, so that field is not read).
    /// </summary>
    public sealed class HolidayDto
    {
        /// <summary>The holiday id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The holiday name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; set; } = string.Empty;

        /// <summary>The days it covers.</summary>
        public HolidayDatesDto? DatePeriod { get; set; }

        /// <summary>Whether it comes back every year.</summary>
        public bool OccursAnnually { get; set; }

        /// <summary>Whether it applies to everyone, including users who join later.</summary>
        public bool EveryoneIncludingNew { get; set; }

        /// <summary>The users it applies to.</summary>
        public List<string>? UserIds { get; set; }

        /// <summary>The user groups it applies to.</summary>
        public List<string>? UserGroupIds { get; set; }

        /// <summary>The colour, #RRGGBB (only the delete answer documents it).</summary>
        public string? Color { get; set; }
    }

    /// <summary>A holiday's first and last day, yyyy-MM-dd (DatePeriod).</summary>
    public sealed class HolidayDatesDto
    {
        /// <summary>The first day.</summary>
        public string? StartDate { get; set; }

        /// <summary>The last day.</summary>
        public string? EndDate { get; set; }
    }

    /// <summary>What a new or replaced holiday says (CreateHolidayRequestV1 / UpdateHolidayRequestV1).</summary>
    public sealed class HolidayWrite
    {
        /// <summary>The name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The first day, yyyy-MM-dd.</summary>
        public string StartDate { get; set; } = string.Empty;

        /// <summary>The last day, yyyy-MM-dd.</summary>
        public string EndDate { get; set; } = string.Empty;

        /// <summary>Whether it comes back every year.</summary>
        public bool OccursAnnually { get; set; }

        /// <summary>Whether it applies to everyone, including users who join later.</summary>
        public bool EveryoneIncludingNew { get; set; }

        /// <summary>The colour; null leaves it out.</summary>
        public string? Color { get; set; }

        /// <summary>The users it applies to.</summary>
        public IReadOnlyList<string> UserIds { get; set; } = System.Array.Empty<string>();

        /// <summary>The user groups it applies to.</summary>
        public IReadOnlyList<string> UserGroupIds { get; set; } = System.Array.Empty<string>();

        internal string Json() => ClockifyJson.Serialize(new
        {
            name = Name,
            datePeriod = new { startDate = StartDate, endDate = EndDate },
            occursAnnually = OccursAnnually,
            everyoneIncludingNew = EveryoneIncludingNew,
            color = Color,
            users = new { ids = UserIds, contains = "CONTAINS", status = "ALL" },
            userGroups = new { ids = UserGroupIds, contains = "CONTAINS", status = "ALL" },
        });
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/holidays</c>. Holiday lists come whole, unpaged.</summary>
    public static class HolidayApi
    {
        /// <summary>Every holiday, or those of one user (<paramref name="assignedTo"/>).</summary>
        public static ClockifyRequest List(string workspaceId, string? assignedTo)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "holidays"));
            if (!string.IsNullOrEmpty(assignedTo))
            {
                request.With("assigned-to", assignedTo!);
            }

            return request;
        }

        /// <summary>One user's holidays between two instants (yyyy-MM-ddTHH:mm:ssZ); Clockify requires all three.</summary>
        public static ClockifyRequest InPeriod(string workspaceId, string assignedTo, string start, string end) =>
            new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "holidays", "in-period")).With("assigned-to", assignedTo).With("start", start).With("end", end);

        /// <summary>Creates a holiday.</summary>
        public static ClockifyRequest Create(string workspaceId, HolidayWrite holiday) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "holidays")) { JsonBody = holiday.Json() };

        /// <summary>Replaces a holiday.</summary>
        public static ClockifyRequest Update(string workspaceId, string id, HolidayWrite holiday) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "holidays", id)) { JsonBody = holiday.Json() };

        /// <summary>Deletes a holiday; the answer is the deleted holiday.</summary>
        public static ClockifyRequest Delete(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "holidays", id));
    }
}
