using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Tag
{
    /// <summary>
    /// <para type="synopsis">Gets the tags of a workspace: active ones unless -Archived, by name (wildcards allowed) or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyTag", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyTag))]
    public sealed class GetClockifyTagCommand : ClockifyWorkspaceCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary><para type="description">The ids of the tags to get.</para></summary>
        // Not bound from piped objects: every Clockify object has an Id, so `Get-ClockifyWorkspace | Get-Clockify...`
        // would take the workspace's id for this one instead of binding -WorkspaceId.
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("TagId")]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = System.Array.Empty<string>();

        /// <summary><para type="description">Only tags whose name contains this text, or matches it as a wildcard pattern (Dev*).</para></summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(TagNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">-Name must match the whole name (case-insensitive).</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Exact { get; set; }

        /// <summary><para type="description">Archived tags instead of active ones.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Archived { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                foreach (string id in Id)
                {
                    RequireId(nameof(Id), id);
                    if (TrySend(TagApi.Get(workspace, id), id, out TagDto tag))
                    {
                        WriteObject(new ClockifyTag(tag));
                    }
                }

                return;
            }

            var filter = new NameFilter(Name, Exact);
            WriteListing<TagDto>(
                TagApi.List(workspace, filter.ApiName, filter.Exact, Archived.IsPresent),
                tag => new ClockifyTag(tag),
                "Get-ClockifyTag",
                filter.Keep is null ? null : tag => filter.Keep(tag.Name));
        }
    }
}
