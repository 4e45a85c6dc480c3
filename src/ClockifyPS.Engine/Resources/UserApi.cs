using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A user as Clockify sends it (UserDtoV1), the parts the module shows.</summary>
    public sealed class UserDto
    {
        /// <summary>The user id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The display name.</summary>
        public string? Name { get; set; }

        /// <summary>The email address.</summary>
        public string? Email { get; set; }

        /// <summary>The account status: ACTIVE, PENDING_EMAIL_VERIFICATION, DELETED, NOT_REGISTERED, LIMITED...</summary>
        public string? Status { get; set; }

        /// <summary>The workspace the user last worked in.</summary>
        public string? ActiveWorkspace { get; set; }

        /// <summary>The user's default workspace.</summary>
        public string? DefaultWorkspace { get; set; }

        /// <summary>The profile picture's URL.</summary>
        public string? ProfilePicture { get; set; }

        /// <summary>Profile settings; Clockify may send null.</summary>
        public ClockifyUserSettings? Settings { get; set; }

        /// <summary>Memberships, when they were asked for.</summary>
        public List<MembershipDto>? Memberships { get; set; }
    }

    /// <summary>What <c>GET /workspaces/{workspaceId}/users</c> filters on; null leaves a filter out.</summary>
    public sealed class UserFilter
    {
        /// <summary>Users whose email contains this text.</summary>
        public string? Email { get; set; }

        /// <summary>Users whose name contains this text.</summary>
        public string? Name { get; set; }

        /// <summary>Membership status: PENDING, ACTIVE, DECLINED, INACTIVE or ALL.</summary>
        public string? Status { get; set; }

        /// <summary>Members of this project.</summary>
        public string? ProjectId { get; set; }

        /// <summary>Which memberships to include: NONE, WORKSPACE, PROJECT, USERGROUP or ALL.</summary>
        public string Memberships { get; set; } = "NONE";
    }

    /// <summary>Requests for the current user and <c>/workspaces/{workspaceId}/users</c>.</summary>
    public static class UserApi
    {
        /// <summary>The key's own user (<c>GET /user</c>), with memberships in every workspace when asked.</summary>
        public static ClockifyRequest Current(bool includeMemberships)
        {
            var request = new ClockifyRequest(HttpMethod.Get, "/user");
            return includeMemberships ? request.With("include-memberships", ApiPath.Flag(true)) : request;
        }

        /// <summary>Lists a workspace's users. Clockify has no request for one user of a workspace: filter this list.</summary>
        public static ClockifyRequest List(string workspaceId, UserFilter filter)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "users"));
            Add(request, "email", filter.Email);
            Add(request, "name", filter.Name);
            Add(request, "status", filter.Status);
            Add(request, "project-id", filter.ProjectId);
            return request.With("memberships", filter.Memberships);
        }

        private static void Add(ClockifyRequest request, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                request.With(name, value!);
            }
        }
    }
}
