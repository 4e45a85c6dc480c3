using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.UserGroup
{
    /// <summary>
    /// <para type="synopsis">Renames a user group.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyUserGroup", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyUserGroup))]
    public sealed class SetClockifyUserGroupCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the group to change; binds from piped groups.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("UserGroupId")]
        [ArgumentCompleter(typeof(UserGroupIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The new name (1 to 100 characters, unique in the workspace).</para></summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 100)]
        public string Name { get; set; } = string.Empty;

        /// <summary><para type="description">Writes the changed group to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string name = UserGroupNames.Require(this, Name);
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            if (ShouldProcess("user group " + Id + " in workspace " + workspace, "Rename to '" + name + "'")
                && TrySend(UserGroupApi.Update(workspace, Id, name), Id, out UserGroupDto updated))
            {
                CompletionCache.Clear();
                if (PassThru)
                {
                    WriteObject(new ClockifyUserGroup(updated));
                }
            }
        }
    }
}
