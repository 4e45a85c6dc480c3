using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Task
{
    /// <summary>
    /// <para type="synopsis">Renames a task, changes its estimate, billability or assignees, or marks it done or active.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyTask", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTask))]
    public sealed class SetClockifyTaskCommand : ClockifyCatalogCmdlet
    {
        /// <summary><para type="description">The task's project: an id, an exact name or a project object. Binds from piped tasks.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Project")]
        [ClockifyReference]
        [ArgumentCompleter(typeof(ProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ProjectId { get; set; } = string.Empty;

        /// <summary><para type="description">The id of the task to change; binds from piped tasks.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TaskId")]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The new name.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 1000)]
        public string? Name { get; set; }

        /// <summary><para type="description">The new time estimate.</para></summary>
        [Parameter]
        public TimeSpan? Estimate { get; set; }

        /// <summary><para type="description">Makes the task billable; -Billable:$false non-billable.</para></summary>
        [Parameter]
        public SwitchParameter Billable { get; set; }

        /// <summary><para type="description">Active or Done.</para></summary>
        [Parameter]
        [ValidateSet("Active", "Done")]
        public string? Status { get; set; }

        /// <summary><para type="description">The users to assign the task to (replaces the current assignees; an empty array removes them).</para></summary>
        [Parameter]
        [AllowEmptyCollection]
        public string[]? AssigneeId { get; set; }

        /// <summary><para type="description">Writes the changed task to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            if (Estimate < TimeSpan.Zero)
            {
                ThrowInvalidArgument("InvalidEstimate", "-Estimate cannot be negative.", Estimate);
            }

            foreach (string user in AssigneeId ?? Array.Empty<string>())
            {
                RequireId(nameof(AssigneeId), user);
            }

            string project = ResolveProject(workspace, ProjectId);

            // Clockify's PUT replaces the task: start from what it is now so unnamed fields keep their values.
            if (!TrySend(TaskApi.Get(workspace, project, Id), Id, out TaskDto current))
            {
                return;
            }

            var fields = new TaskFields
            {
                Name = Name ?? current.Name,
                Estimate = Estimate is TimeSpan estimate ? IsoDuration.Format(estimate) : current.Estimate,
                Billable = MyInvocation.BoundParameters.ContainsKey(nameof(Billable)) ? Billable.IsPresent : current.Billable,
                Status = Status?.ToUpperInvariant() ?? current.Status,
                AssigneeIds = AssigneeId?.ToList() ?? current.AssigneeIds,
                UserGroupIds = current.UserGroupIds,
            };
            if (ShouldProcess("task '" + current.Name + "' (" + Id + ")", "Set name '" + fields.Name + "', status " + fields.Status)
                && TrySend(TaskApi.Update(workspace, project, Id, fields), Id, out TaskDto updated))
            {
                CompletionCache.Clear();
                if (PassThru)
                {
                    WriteObject(new ClockifyTask(updated, workspace));
                }
            }
        }
    }
}
