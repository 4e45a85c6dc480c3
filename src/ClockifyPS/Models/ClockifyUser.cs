using System.Collections.Generic;
using System.Linq;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A Clockify user: a member of a workspace, or the connection's own user.</summary>
    public sealed class ClockifyUser
    {
        internal ClockifyUser(UserDto dto, string? workspaceId, bool withMemberships)
        {
            Id = dto.Id;
            Name = dto.Name ?? string.Empty;
            Email = dto.Email ?? string.Empty;
            Status = dto.Status;
            TimeZone = string.IsNullOrEmpty(dto.Settings?.TimeZone) ? null : dto.Settings!.TimeZone;
            ActiveWorkspace = dto.ActiveWorkspace;
            DefaultWorkspace = dto.DefaultWorkspace;
            WorkspaceId = workspaceId ?? dto.ActiveWorkspace;
            ProfilePicture = dto.ProfilePicture;
            Memberships = withMemberships ? (dto.Memberships ?? new List<MembershipDto>()).Select(m => new ClockifyMembership(m)).ToArray() : null;
        }

        /// <summary>The user id.</summary>
        public string Id { get; }

        /// <summary>The user id again, so a piped user binds to -UserId.</summary>
        public string UserId => Id;

        /// <summary>The display name.</summary>
        public string Name { get; }

        /// <summary>The email address.</summary>
        public string Email { get; }

        /// <summary>The account status: ACTIVE, PENDING_EMAIL_VERIFICATION, NOT_REGISTERED, LIMITED...</summary>
        public string? Status { get; }

        /// <summary>The profile time zone (IANA id such as Europe/Berlin), or null when the profile has no settings.</summary>
        public string? TimeZone { get; }

        /// <summary>The workspace the user last worked in.</summary>
        public string? ActiveWorkspace { get; }

        /// <summary>The user's default workspace.</summary>
        public string? DefaultWorkspace { get; }

        /// <summary>The workspace the user was listed in (for the connection's own user: the connection's workspace, else the active one).</summary>
        public string? WorkspaceId { get; }

        /// <summary>The profile picture's URL.</summary>
        public string? ProfilePicture { get; }

        /// <summary>Workspace, project and user-group memberships with rates in major units; null unless -IncludeMemberships was given.</summary>
        public IReadOnlyList<ClockifyMembership>? Memberships { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
