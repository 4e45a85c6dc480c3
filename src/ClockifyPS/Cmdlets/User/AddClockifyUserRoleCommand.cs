using System.Management.Automation;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.User
{
    /// <summary>
    /// <para type="synopsis">Gives a member a manager role: workspace admin, team manager of a user or user group, or project manager.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "ClockifyUserRole", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyUserRole))]
    public sealed class AddClockifyUserRoleCommand : UserRoleCmdlet
    {
        /// <summary><para type="description">Writes the member's roles as Clockify lists them after the change.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord() => Change(true, PassThru);
    }
}
