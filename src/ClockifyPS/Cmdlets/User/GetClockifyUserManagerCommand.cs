using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.User
{
    /// <summary>
    /// <para type="synopsis">Gets the team managers of a member of a workspace.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyUserManager", SupportsPaging = true)]
    [OutputType(typeof(ClockifyUser))]
    public sealed class GetClockifyUserManagerCommand : ClockifyUserCmdlet
    {
        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            CheckUser();
            if (ResolveUser(workspace) is string userId)
            {
                WriteListing<UserDto>(UserAdminApi.Managers(workspace, userId), manager => new ClockifyUser(manager, workspace, false), "Get-ClockifyUserManager");
            }
        }
    }
}
