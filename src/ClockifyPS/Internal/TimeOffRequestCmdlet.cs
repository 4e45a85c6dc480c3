using System;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Models;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// A cmdlet that acts on one time-off request. Clockify addresses a request under its policy, so both ids
    /// bind from piped requests by property name (TimeOffRequestId or Id, and PolicyId).
    /// </summary>
    public abstract class TimeOffRequestCmdlet : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the time-off request; binds from piped requests.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TimeOffRequestId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The policy the request is under; binds from piped requests.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string PolicyId { get; set; } = string.Empty;

        /// <summary><para type="description">Writes the changed request to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Checks the ids, asks ShouldProcess for <paramref name="action"/>, sends, and writes the answer with -PassThru.</summary>
        protected void Change(string action, Func<string, ClockifyRequest> request)
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            RequireId(nameof(PolicyId), PolicyId);
            if (ShouldProcess("time-off request " + Id + " (policy " + PolicyId + ") in workspace " + workspace, action)
                && TrySend(request(workspace), Id, out TimeOffRequestDto changed)
                && PassThru)
            {
                WriteObject(new ClockifyTimeOffRequest(changed));
            }
        }
    }
}
