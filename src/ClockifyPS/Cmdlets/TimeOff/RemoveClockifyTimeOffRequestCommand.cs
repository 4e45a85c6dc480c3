using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeOff
{
    /// <summary>
    /// <para type="synopsis">Deletes time-off requests; this is also how a request is withdrawn.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyTimeOffRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyTimeOffRequest))]
    public sealed class RemoveClockifyTimeOffRequestCommand : TimeOffRequestCmdlet
    {
        /// <inheritdoc />
        protected override void ProcessRecord() =>
            Change("Delete", workspace => TimeOffRequestApi.Delete(workspace, PolicyId, Id));
    }
}
