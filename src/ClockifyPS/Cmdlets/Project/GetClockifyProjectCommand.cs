using System;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Project
{
    /// <summary>
    /// <para type="synopsis">Gets the projects of a workspace: active ones unless -Archived, filtered by name, client, member or billability, or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyProject", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyProject))]
    public sealed class GetClockifyProjectCommand : ClockifyCatalogCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary><para type="description">The ids of the projects to get.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("ProjectId")]
        [ArgumentCompleter(typeof(ProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Only projects whose name contains this text, or matches it as a wildcard pattern (Web*).</para></summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(ProjectNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">-Name must match the whole name (case-insensitive).</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Exact { get; set; }

        /// <summary><para type="description">Archived projects instead of active ones.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Archived { get; set; }

        /// <summary><para type="description">Only billable projects; -Billable:$false only non-billable ones.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Billable { get; set; }

        /// <summary><para type="description">Only projects of these clients: ids, exact names or client objects. Binds from piped clients.</para></summary>
        [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Client")]
        [ClockifyReference]
        [ArgumentCompleter(typeof(ClientIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] ClientId { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Only projects these users are members of (user ids).</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string[] UserId { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Adds the members of each project, with their project rates.</para></summary>
        [Parameter]
        public SwitchParameter Hydrated { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                foreach (string id in Id)
                {
                    RequireId(nameof(Id), id);
                    if (TrySend(ProjectApi.Get(workspace, id, Hydrated), id, out ProjectDto project))
                    {
                        WriteObject(new ClockifyProject(project, Hydrated));
                    }
                }

                return;
            }

            foreach (string user in UserId)
            {
                RequireId(nameof(UserId), user);
            }

            var filter = new NameFilter(Name, Exact);

            // Clockify's default (no archived parameter) mixes archived and active projects: always say which.
            var query = new ProjectFilter
            {
                Name = filter.ApiName,
                StrictName = filter.Exact,
                Archived = Archived.IsPresent,
                Billable = MyInvocation.BoundParameters.ContainsKey(nameof(Billable)) ? Billable.IsPresent : (bool?)null,
                Hydrated = Hydrated,
            };
            foreach (string client in ClientId)
            {
                query.ClientIds.Add(ResolveClient(workspace, client));
            }

            foreach (string user in UserId)
            {
                query.UserIds.Add(user);
            }

            bool hydrated = Hydrated;
            WriteListing<ProjectDto>(
                ProjectApi.List(workspace, query),
                project => new ClockifyProject(project, hydrated),
                "Get-ClockifyProject",
                filter.Keep is null ? null : project => filter.Keep(project.Name));
        }
    }
}
