using System.Management.Automation;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Approval
{
    /// <summary>
    /// <para type="synopsis">Approves pending approval requests (submitted timesheets or expenses), with an optional note.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Approve, "ClockifyApprovalRequest", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyApprovalRequest))]
    public sealed class ApproveClockifyApprovalRequestCommand : ApprovalStateCmdlet
    {
        /// <inheritdoc />
        protected override string Action => "Approve";

        /// <inheritdoc />
        protected override string? TargetState(string workspace) => "APPROVED";
    }
}
