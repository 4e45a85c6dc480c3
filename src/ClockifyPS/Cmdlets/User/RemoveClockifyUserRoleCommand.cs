using System.Management.Automation;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.User
{
    /// <summary>
    /// <para type="synopsis">Takes a manager role away from a member: workspace admin, team manager of a user or user group, or project manager.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyUserRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveClockifyUserRoleCommand : UserRoleCmdlet
    {
        /// <inheritdoc />
        protected override void ProcessRecord() => Change(false, false);
    }
}
