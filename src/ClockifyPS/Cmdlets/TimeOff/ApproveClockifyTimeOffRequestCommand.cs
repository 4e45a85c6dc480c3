using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeOff
{
    /// <summary>
    /// <para type="synopsis">Approves pending time-off requests, with an optional note.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Approve, "ClockifyTimeOffRequest", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTimeOffRequest))]
    public sealed class ApproveClockifyTimeOffRequestCommand : TimeOffRequestCmdlet
    {
        /// <summary><para type="description">A note for the user, stored with the decision.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Note { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord() =>
            Change("Approve", workspace => TimeOffRequestApi.SetStatus(workspace, PolicyId, Id, "APPROVED", Note));
    }
}
