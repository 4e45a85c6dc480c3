using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A manager role a member holds: workspace admin, team manager or project manager, over one entity.</summary>
    public sealed class ClockifyUserRole
    {
        internal ClockifyUserRole(RoleDetailsDto dto, string workspaceId)
        {
            UserId = dto.UserId ?? string.Empty;
            WorkspaceId = dto.WorkspaceId ?? workspaceId;
            Role = dto.Role?.Name ?? string.Empty;
            EntityId = dto.Role?.Id;
            SourceType = dto.Role?.Source?.Type;
            SourceId = dto.Role?.Source?.Id;
        }

        /// <summary>The member holding the role.</summary>
        public string UserId { get; }

        /// <summary>WORKSPACE_ADMIN, TEAM_MANAGER or PROJECT_MANAGER.</summary>
        public string Role { get; }

        /// <summary>What the role is over: the workspace, the managed user or group, or the project.</summary>
        public string? EntityId { get; }

        /// <summary>USER_GROUP when the role comes through a user group.</summary>
        public string? SourceType { get; }

        /// <summary>The user group the role comes through.</summary>
        public string? SourceId { get; }

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <inheritdoc />
        public override string ToString() => Role + " " + EntityId;
    }
}
