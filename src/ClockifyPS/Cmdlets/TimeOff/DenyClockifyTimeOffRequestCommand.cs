using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeOff
{
    /// <summary>
    /// <para type="synopsis">Rejects pending time-off requests, with an optional note saying why.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Deny, "ClockifyTimeOffRequest", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTimeOffRequest))]
    public sealed class DenyClockifyTimeOffRequestCommand : TimeOffRequestCmdlet
    {
        /// <summary><para type="description">A note for the user, stored with the decision.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Note { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord() =>
            Change("Reject", workspace => TimeOffRequestApi.SetStatus(workspace, PolicyId, Id, "REJECTED", Note));
    }
}
