using System.Collections.Generic;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Models;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// What Add- and Remove-ClockifyUserRole share: the member (-User), the role and what it is over. Clockify's
    /// body names a role the same way to give it and to take it away.
    /// </summary>
    public abstract class UserRoleCmdlet : ClockifyUserCmdlet
    {
        /// <summary><para type="description">WORKSPACE_ADMIN, TEAM_MANAGER or PROJECT_MANAGER.</para></summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateSet("WORKSPACE_ADMIN", "TEAM_MANAGER", "PROJECT_MANAGER", IgnoreCase = true)]
        public string Role { get; set; } = string.Empty;

        /// <summary><para type="description">What the role is over: for TEAM_MANAGER the managed user's id (or a user group's id with -UserGroup), for PROJECT_MANAGER the project's id. Default for WORKSPACE_ADMIN: the workspace.</para></summary>
        [Parameter(Position = 2)]
        [ArgumentCompleter(typeof(RoleEntityIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? EntityId { get; set; }

        /// <summary><para type="description">-EntityId is a user group: the member manages the whole group.</para></summary>
        [Parameter]
        public SwitchParameter UserGroup { get; set; }

        /// <summary>Gives (<paramref name="add"/>) or takes away the role, after ShouldProcess.</summary>
        protected void Change(bool add, bool passThru)
        {
            string workspace = Workspace;
            string role = Role.ToUpperInvariant();
            string? entity = EntityId ?? (role == "WORKSPACE_ADMIN" ? workspace : null);
            if (entity is null)
            {
                ThrowInvalidArgument("MissingEntityId", "A " + role + " role is over someone or something: give -EntityId (" + (role == "PROJECT_MANAGER" ? "the project's id" : "the managed user's id, or a user group's id with -UserGroup") + ").", role);
            }

            RequireId(nameof(EntityId), entity!);
            CheckUser();
            string? userId = ResolveUser(workspace);
            if (userId is null)
            {
                return;
            }

            string what = role + " over " + (UserGroup ? "user group " : string.Empty) + entity;
            if (!ShouldProcess(Describe(userId), add ? "Give role " + what : "Take away role " + what))
            {
                return;
            }

            if (!add)
            {
                TrySend(UserAdminApi.RemoveRole(workspace, userId, role, entity!, UserGroup), userId);
                return;
            }

            if (TrySend(UserAdminApi.AddRole(workspace, userId, role, entity!, UserGroup), userId, out List<RoleDetailsDto> roles) && passThru)
            {
                foreach (RoleDetailsDto held in roles)
                {
                    WriteObject(new ClockifyUserRole(held, workspace));
                }
            }
        }
    }
}
