using System.Collections;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Completion
{
    /// <summary>
    /// Completes what a manager role is over, by the -Role already typed: project ids for PROJECT_MANAGER, user
    /// group ids with -UserGroup, else user ids. WORKSPACE_ADMIN needs none (it defaults to the workspace).
    /// </summary>
    public sealed class RoleEntityIdCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override bool CompletesIds => true;

        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters)
        {
            string? role = Bound(fakeBoundParameters, "Role")?.ToUpperInvariant();
            object? group = fakeBoundParameters?["UserGroup"];
            bool userGroup = (group is PSObject wrapped ? wrapped.BaseObject : group) switch
            {
                SwitchParameter flag => flag.IsPresent,
                bool flag => flag,
                _ => false,
            };
            return role switch
            {
                "WORKSPACE_ADMIN" => null,
                "PROJECT_MANAGER" => ProjectApi.List(workspaceId, new ProjectFilter()),
                _ when userGroup => UserGroupApi.List(workspaceId, null, null),
                _ => UserApi.List(workspaceId, new UserFilter()),
            };
        }
    }
}
