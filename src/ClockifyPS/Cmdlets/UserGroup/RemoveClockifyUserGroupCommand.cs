using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.UserGroup
{
    /// <summary>
    /// <para type="synopsis">Deletes user groups. The members stay in the workspace.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyUserGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyUserGroup))]
    public sealed class RemoveClockifyUserGroupCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the group to delete; binds from piped groups.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("UserGroupId")]
        [ArgumentCompleter(typeof(UserGroupIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">Writes the deleted group to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord() =>
            RemoveById<UserGroupDto>("user group", Id, UserGroupApi.Delete, removed => new ClockifyUserGroup(removed), PassThru);
    }
}
