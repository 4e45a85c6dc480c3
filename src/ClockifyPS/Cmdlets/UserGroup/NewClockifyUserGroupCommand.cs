using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.UserGroup
{
    /// <summary>
    /// <para type="synopsis">Creates a user group in a workspace and writes it to the pipeline.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyUserGroup", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyUserGroup))]
    public sealed class NewClockifyUserGroupCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The new group's name (1 to 100 characters, unique in the workspace).</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 100)]
        public string Name { get; set; } = string.Empty;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string name = UserGroupNames.Require(this, Name);
            string workspace = Workspace;
            if (ShouldProcess("workspace " + workspace, "Create user group '" + name + "'") && TrySend(UserGroupApi.Create(workspace, name), name, out UserGroupDto group))
            {
                CompletionCache.Clear();
                WriteObject(new ClockifyUserGroup(group));
            }
        }
    }
}
