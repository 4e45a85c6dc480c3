using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.UserGroup
{
    /// <summary>
    /// <para type="synopsis">Adds workspace members to a user group. Adding a member twice changes nothing.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "ClockifyUserGroupMember", DefaultParameterSetName = GroupIdUserIdSet, SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyUserGroup))]
    public sealed class AddClockifyUserGroupMemberCommand : UserGroupMemberCmdlet
    {
        /// <inheritdoc />
        protected override string Action(string userGroupId) => "Add to user group " + userGroupId;

        /// <inheritdoc />
        protected override ClockifyRequest Change(string workspaceId, string userGroupId, string userId) => UserGroupApi.AddUser(workspaceId, userGroupId, userId);
    }
}
