using System;
using System.Collections.Generic;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.UserGroup
{
    /// <summary>
    /// <para type="synopsis">Gets the user groups of a workspace: by name (wildcards allowed), by project or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyUserGroup", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyUserGroup))]
    public sealed class GetClockifyUserGroupCommand : ClockifyWorkspaceCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        private Dictionary<string, UserGroupDto>? byId;

        /// <summary><para type="description">The ids of the user groups to get.</para></summary>
        // Not bound from piped objects: every Clockify object has an Id, so `Get-ClockifyWorkspace | Get-Clockify...`
        // would take the workspace's id for this one instead of binding -WorkspaceId.
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("UserGroupId")]
        [ArgumentCompleter(typeof(UserGroupIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Only groups whose name contains this text, or matches it as a wildcard pattern (Dev*).</para></summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(UserGroupNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">-Name must match the whole name (case-insensitive).</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Exact { get; set; }

        /// <summary><para type="description">Only groups with members on this project.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? ProjectId { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                WriteById(workspace);
                return;
            }

            if (ProjectId != null)
            {
                RequireId(nameof(ProjectId), ProjectId);
            }

            // Clockify's group name search is always partial: -Exact is checked here.
            var filter = new NameFilter(Name, Exact);
            Func<UserGroupDto, bool>? keep = filter.Keep is { } wildcard ? group => wildcard(group.Name)
                : Exact ? group => string.Equals(group.Name, Name, StringComparison.OrdinalIgnoreCase)
                : null;
            WriteListing<UserGroupDto>(UserGroupApi.List(workspace, filter.ApiName, ProjectId), group => new ClockifyUserGroup(group), "Get-ClockifyUserGroup", keep);
        }

        private void WriteById(string workspace)
        {
            foreach (string id in Id)
            {
                RequireId(nameof(Id), id);
            }

            // Clockify has no request for one group: read the list once per command and pick from it.
            List<UserGroupDto> found = PickByIds(ref byId, UserGroupApi.List(workspace, null, null), group => group.Id, Id, "user group");

            foreach (UserGroupDto group in ListWindow.Apply(PagingParameters, found))
            {
                WriteObject(new ClockifyUserGroup(group));
            }
        }
    }
}
