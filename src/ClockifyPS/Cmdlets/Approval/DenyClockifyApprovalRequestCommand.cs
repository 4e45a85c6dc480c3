using System.Management.Automation;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Approval
{
    /// <summary>
    /// <para type="synopsis">Rejects pending approval requests, with an optional note saying why; the user can then fix and resubmit.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Deny, "ClockifyApprovalRequest", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyApprovalRequest))]
    public sealed class DenyClockifyApprovalRequestCommand : ApprovalStateCmdlet
    {
        /// <inheritdoc />
        protected override string Action => "Reject";

        /// <inheritdoc />
        protected override string? TargetState(string workspace) => "REJECTED";
    }
}
