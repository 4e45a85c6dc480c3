using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.MemberProfile
{
    /// <summary>
    /// <para type="synopsis">Gets a member's profile in a workspace: week start, daily work capacity, working days, image and user custom fields.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyMemberProfile")]
    [OutputType(typeof(ClockifyMemberProfile))]
    public sealed class GetClockifyMemberProfileCommand : ClockifyUserCmdlet
    {
        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            CheckUser();
            if (ResolveUser(workspace) is string userId && TrySend(MemberProfileApi.Get(workspace, userId), userId, out MemberProfileDto profile))
            {
                WriteObject(new ClockifyMemberProfile(profile, userId, workspace));
            }
        }
    }
}
