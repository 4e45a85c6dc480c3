using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Task
{
    /// <summary>
    /// <para type="synopsis">Deletes tasks from a project.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyTask))]
    public sealed class RemoveClockifyTaskCommand : ClockifyCatalogCmdlet
    {
        /// <summary><para type="description">The task's project: an id, an exact name or a project object. Binds from piped tasks.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Project")]
        [ClockifyReference]
        [ArgumentCompleter(typeof(ProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ProjectId { get; set; } = string.Empty;

        /// <summary><para type="description">The id of the task to delete; binds from piped tasks.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TaskId")]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">Writes the deleted task to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            string project = ResolveProject(workspace, ProjectId);
            if (ShouldProcess("task " + Id + " in project " + project, "Delete") && TrySend(TaskApi.Delete(workspace, project, Id), Id, out TaskDto removed))
            {
                CompletionCache.Clear();
                if (PassThru)
                {
                    WriteObject(new ClockifyTask(removed, workspace));
                }
            }
        }
    }
}
