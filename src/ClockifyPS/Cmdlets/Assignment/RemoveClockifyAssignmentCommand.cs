using System.Collections.Generic;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Assignment
{
    /// <summary>
    /// <para type="synopsis">Deletes scheduled assignments, or more of a repeating assignment's series.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyAssignment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyAssignment))]
    public sealed class RemoveClockifyAssignmentCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the assignment to delete; binds from piped assignments.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("AssignmentId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">For a repeating assignment: ThisOne (the default), ThisAndFollowing or All of its series.</para></summary>
        [Parameter]
        [ValidateSet("ThisOne", "ThisAndFollowing", "All")]
        public string? Series { get; set; }

        /// <summary><para type="description">Writes the deleted assignments to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            if (ShouldProcess("assignment " + Id + (Series is null ? string.Empty : " (" + Series + " of its series)") + " in workspace " + workspace, "Delete"))
            {
                // The answer lists every assignment the request touched (the whole series with -Series All).
                if (TrySend(SchedulingApi.Delete(workspace, Id, Series is null ? null : ApiEnum.Of(Series)), Id, out List<AssignmentDto> touched) && PassThru)
                {
                    touched.ForEach(a => WriteObject(new ClockifyAssignment(a)));
                }
            }
        }
    }
}
