using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.UserGroup
{
    /// <summary>
    /// <para type="synopsis">Removes users from a user group. They stay members of the workspace.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyUserGroupMember", DefaultParameterSetName = GroupIdUserIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyUserGroup))]
    public sealed class RemoveClockifyUserGroupMemberCommand : UserGroupMemberCmdlet
    {
        /// <inheritdoc />
        protected override string Action(string userGroupId) => "Remove from user group " + userGroupId;

        /// <inheritdoc />
        protected override ClockifyRequest Change(string workspaceId, string userGroupId, string userId) => UserGroupApi.RemoveUser(workspaceId, userGroupId, userId);
    }
}
