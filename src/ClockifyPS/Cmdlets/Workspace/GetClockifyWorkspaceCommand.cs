using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Workspace
{
    /// <summary>
    /// <para type="synopsis">Gets the workspaces the connection's user belongs to, by name (wildcards allowed), role or id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyWorkspace", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyWorkspace))]
    public sealed class GetClockifyWorkspaceCommand : ClockifyConnectedCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary><para type="description">The ids of the workspaces to get.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [ArgumentCompleter(typeof(WorkspaceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = System.Array.Empty<string>();

        /// <summary><para type="description">Only workspaces whose name contains this text, or matches it as a wildcard pattern (Acme*).</para></summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">Only workspaces where the user has one of these roles.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("WORKSPACE_ADMIN", "OWNER", "TEAM_MANAGER", "PROJECT_MANAGER", IgnoreCase = true)]
        public string[]? Role { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                foreach (string id in Id)
                {
                    RequireId(nameof(Id), id);
                    if (TrySend(WorkspaceApi.Get(id), id, out WorkspaceDto workspace))
                    {
                        WriteObject(new ClockifyWorkspace(workspace));
                    }
                }

                return;
            }

            // GET /workspaces is not paged: everything comes in one answer, and the name is matched here.
            WildcardPattern? pattern = string.IsNullOrEmpty(Name) ? null
                : new WildcardPattern(WildcardPattern.ContainsWildcardCharacters(Name) ? Name : "*" + WildcardPattern.Escape(Name) + "*", WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            List<WorkspaceDto> all = Send<List<WorkspaceDto>>(WorkspaceApi.List(Role?.Select(r => r.ToUpperInvariant())), "/workspaces");
            IEnumerable<WorkspaceDto> kept = all.Where(w => pattern is null || pattern.IsMatch(w.Name ?? string.Empty));
            if (PagingParameters?.IncludeTotalCount == true)
            {
                List<WorkspaceDto> counted = kept.ToList();
                WriteObject(PagingParameters.NewTotalCount((ulong)counted.Count, 1.0));
                kept = counted;
            }

            foreach (WorkspaceDto workspace in ListWindow.Apply(PagingParameters, kept))
            {
                WriteObject(new ClockifyWorkspace(workspace));
            }
        }
    }
}
