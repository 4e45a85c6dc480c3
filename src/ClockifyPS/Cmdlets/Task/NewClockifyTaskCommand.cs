using System;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Task
{
    /// <summary>
    /// <para type="synopsis">Creates a task in a project and writes it to the pipeline.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyTask", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTask))]
    public sealed class NewClockifyTaskCommand : ClockifyCatalogCmdlet
    {
        /// <summary><para type="description">The project: an id, an exact name (-Project Web) or a project object. Binds from piped projects.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Project")]
        [ClockifyReference]
        [ArgumentCompleter(typeof(ProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ProjectId { get; set; } = string.Empty;

        /// <summary><para type="description">The new task's name (unique in the project).</para></summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 1000)]
        public string Name { get; set; } = string.Empty;

        /// <summary><para type="description">The time estimate, e.g. (New-TimeSpan -Hours 8) or '08:00:00'.</para></summary>
        [Parameter]
        public TimeSpan? Estimate { get; set; }

        /// <summary><para type="description">Time on the task is billable; -Billable:$false non-billable. Default: the project's setting.</para></summary>
        [Parameter]
        public SwitchParameter Billable { get; set; }

        /// <summary><para type="description">The users to assign the task to (user ids).</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? AssigneeId { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (Estimate < TimeSpan.Zero)
            {
                ThrowInvalidArgument("InvalidEstimate", "-Estimate cannot be negative.", Estimate);
            }

            foreach (string user in AssigneeId ?? Array.Empty<string>())
            {
                RequireId(nameof(AssigneeId), user);
            }

            string project = ResolveProject(workspace, ProjectId);
            var fields = new TaskFields
            {
                Name = Name,
                Estimate = Estimate is TimeSpan estimate ? IsoDuration.Format(estimate) : null,
                Billable = MyInvocation.BoundParameters.ContainsKey(nameof(Billable)) ? Billable.IsPresent : (bool?)null,
                AssigneeIds = AssigneeId,
            };
            if (ShouldProcess("project " + project, "Create task '" + Name + "'") && TrySend(TaskApi.Create(workspace, project, fields), Name, out TaskDto task))
            {
                CompletionCache.Clear();
                WriteObject(new ClockifyTask(task, workspace));
            }
        }
    }
}
