using System.Collections.Generic;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Assignment
{
    /// <summary>
    /// <para type="synopsis">Copies a scheduled assignment (or more of its series) to another user and writes the copies.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Copy, "ClockifyAssignment", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyAssignment))]
    public sealed class CopyClockifyAssignmentCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the assignment to copy; binds from piped assignments (AssignmentId).</para></summary>
        // Named AssignmentId, not Id, so that piped users (which have an Id) bind only -UserId.
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string AssignmentId { get; set; } = string.Empty;

        /// <summary><para type="description">The user who gets the copy; binds from piped users.</para></summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string UserId { get; set; } = string.Empty;

        /// <summary><para type="description">For a repeating assignment: ThisOne (the default), ThisAndFollowing or All of its series.</para></summary>
        [Parameter]
        [ValidateSet("ThisOne", "ThisAndFollowing", "All")]
        public string? Series { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(AssignmentId), AssignmentId);
            RequireId(nameof(UserId), UserId);
            if (ShouldProcess("assignment " + AssignmentId + " in workspace " + workspace, "Copy to user " + UserId))
            {
                // The answer lists every assignment the request touched (the whole series with -Series All).
                if (TrySend(SchedulingApi.Copy(workspace, AssignmentId, UserId, Series is null ? null : ApiEnum.Of(Series)), AssignmentId, out List<AssignmentDto> touched))
                {
                    touched.ForEach(a => WriteObject(new ClockifyAssignment(a)));
                }
            }
        }
    }
}
