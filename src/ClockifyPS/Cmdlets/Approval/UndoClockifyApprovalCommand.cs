using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Approval
{
    /// <summary>
    /// <para type="synopsis">Withdraws approval requests: a pending submission is taken back, an approval is revoked so the entries can be edited again.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Undo, "ClockifyApproval", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyApprovalRequest))]
    public sealed class UndoClockifyApprovalCommand : ApprovalStateCmdlet
    {
        private HashSet<string>? pending;
        private string? pendingWorkspace;

        /// <summary>
        /// <para type="description">The request's current state, PENDING or APPROVED; binds from piped requests. When not given, the pending requests are read to find out.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Status { get; set; }

        /// <inheritdoc />
        protected override string Action => "Withdraw";

        /// <inheritdoc />
        protected override string? TargetState(string workspace)
        {
            // Clockify has no request for one approval request, and the withdrawal state depends on whether it
            // was still pending (WITHDRAWN_SUBMISSION) or already approved (WITHDRAWN_APPROVAL).
            string status = Status ?? (PendingIds(workspace).Contains(Id) ? "PENDING" : "APPROVED");
            if (string.Equals(status, "PENDING", StringComparison.OrdinalIgnoreCase))
            {
                return "WITHDRAWN_SUBMISSION";
            }

            if (string.Equals(status, "APPROVED", StringComparison.OrdinalIgnoreCase))
            {
                return "WITHDRAWN_APPROVAL";
            }

            WriteError(ClockifyErrors.InvalidArgument(
                Operation,
                "NotWithdrawable",
                "Approval request " + Id + " is " + status + ": only PENDING and APPROVED requests can be withdrawn.",
                Id));
            return null;
        }

        private HashSet<string> PendingIds(string workspace)
        {
            if (pending is null || pendingWorkspace != workspace)
            {
                try
                {
                    pending = new HashSet<string>(
                        Await(ListReader.ReadAllAsync<ApprovalDetailsDto>(ApiClient, ApprovalApi.List(workspace, "PENDING", null, null), Log, StopToken)).Select(d => d.ApprovalRequest.Id),
                        StringComparer.OrdinalIgnoreCase);
                    pendingWorkspace = workspace;
                }
                catch (ClockifyApiException ex)
                {
                    ThrowApiError(ex, Id);
                }
            }

            return pending!;
        }
    }
}
