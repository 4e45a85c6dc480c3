using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Approval
{
    /// <summary>
    /// <para type="synopsis">Gets the approval requests of a workspace (timesheets and expenses submitted for approval), by status.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyApprovalRequest", SupportsPaging = true)]
    [OutputType(typeof(ClockifyApprovalRequest))]
    public sealed class GetClockifyApprovalRequestCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">Only requests in this state: PENDING, APPROVED or WITHDRAWN_APPROVAL. Default: all.</para></summary>
        [Parameter(Position = 0)]
        [ValidateSet("PENDING", "APPROVED", "WITHDRAWN_APPROVAL")]
        public string? Status { get; set; }

        /// <summary><para type="description">The order: ID, USER_ID, START or UPDATED_AT. Default: Clockify's.</para></summary>
        [Parameter]
        [ValidateSet("ID", "USER_ID", "START", "UPDATED_AT")]
        public string? SortBy { get; set; }

        /// <summary><para type="description">Sorts in descending order.</para></summary>
        [Parameter]
        public SwitchParameter Descending { get; set; }

        /// <summary><para type="description">Only the requests of this user (filtered here: Clockify cannot).</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(Completion.UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            string? user = UserId;
            if (user != null)
            {
                RequireId(nameof(UserId), user);
            }

            string? order = Descending ? "DESCENDING" : (SortBy is null ? null : "ASCENDING");
            WriteListing<ApprovalDetailsDto>(
                ApprovalApi.List(workspace, Status, SortBy, order),
                details => new ClockifyApprovalRequest(details),
                "Get-ClockifyApprovalRequest",
                user is null ? null : details => string.Equals(details.ApprovalRequest.Owner?.UserId, user, System.StringComparison.OrdinalIgnoreCase));
        }
    }
}
