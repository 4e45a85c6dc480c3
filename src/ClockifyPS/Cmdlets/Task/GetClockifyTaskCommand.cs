using System;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Task
{
    /// <summary>
    /// <para type="synopsis">Gets the tasks of a project, by name (wildcards allowed), status or id. Binds the project from piped projects.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyTask", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyTask))]
    public sealed class GetClockifyTaskCommand : ClockifyCatalogCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary><para type="description">The project: an id, an exact name (-Project Web) or a project object. Binds from piped projects.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Project")]
        [ClockifyReference]
        [ArgumentCompleter(typeof(ProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ProjectId { get; set; } = string.Empty;

        /// <summary><para type="description">The ids of the tasks to get.</para></summary>
        /// <remarks>Not bound from the pipeline: a piped project's Id would bind here instead of to -ProjectId.</remarks>
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("TaskId")]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Only tasks whose name contains this text, or matches it as a wildcard pattern (Build*).</para></summary>
        [Parameter(Position = 1, ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(TaskNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">-Name must match the whole name (case-insensitive).</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Exact { get; set; }

        /// <summary><para type="description">Only Active or only Done tasks. Default: both.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("Active", "Done")]
        public string? Status { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            string project = ResolveProject(workspace, ProjectId);
            if (ParameterSetName == IdSet)
            {
                foreach (string id in Id)
                {
                    RequireId(nameof(Id), id);
                    if (TrySend(TaskApi.Get(workspace, project, id), id, out TaskDto task))
                    {
                        WriteObject(new ClockifyTask(task, workspace));
                    }
                }

                return;
            }

            var filter = new NameFilter(Name, Exact);
            bool? active = Status is null ? (bool?)null : string.Equals(Status, "Active", StringComparison.OrdinalIgnoreCase);
            WriteListing<TaskDto>(
                TaskApi.List(workspace, project, filter.ApiName, filter.Exact, active),
                task => new ClockifyTask(task, workspace),
                "Get-ClockifyTask",
                filter.Keep is null ? null : task => filter.Keep(task.Name));
        }
    }
}
