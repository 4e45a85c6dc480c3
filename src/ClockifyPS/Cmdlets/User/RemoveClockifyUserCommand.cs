using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.User
{
    /// <summary>
    /// <para type="synopsis">Removes members from a workspace. Their time entries stay in the workspace.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveClockifyUserCommand : ClockifyUserCmdlet
    {
        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            CheckUser();
            string? userId = ResolveUser(workspace);
            if (userId != null && ShouldProcess(Describe(userId) + " in workspace " + workspace, "Remove from workspace")
                && TrySend(UserAdminApi.Remove(workspace, userId), userId))
            {
                CompletionCache.Clear();
            }
        }
    }
}
