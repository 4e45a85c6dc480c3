using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Models;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// Approve, deny or withdraw an approval request: the same PATCH with a different state. Requests bind from
    /// the pipeline by ApprovalRequestId (or Id) and WorkspaceId.
    /// </summary>
    public abstract class ApprovalStateCmdlet : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the approval request; binds from piped requests.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ApprovalRequestId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">A note for the user, stored with the new state.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Note { get; set; }

        /// <summary><para type="description">Writes the changed request to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>What ShouldProcess calls the change, e.g. "Approve".</summary>
        protected abstract string Action { get; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            string? state = TargetState(workspace);
            if (state != null
                && ShouldProcess("approval request " + Id + " in workspace " + workspace, Action + " (state " + state + ")")
                && TrySend(ApprovalApi.SetState(workspace, Id, state, Note), Id, out ApprovalRequestDto changed)
                && PassThru)
            {
                WriteObject(new ClockifyApprovalRequest(changed));
            }
        }

        /// <summary>The state to move the request to; null when an error was already written.</summary>
        protected abstract string? TargetState(string workspace);
    }
}
