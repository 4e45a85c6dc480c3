using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Tag
{
    /// <summary>
    /// <para type="synopsis">Renames, archives or restores a tag.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyTag", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTag))]
    public sealed class SetClockifyTagCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the tag to change; binds from piped tags.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The new name.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 100)]
        public string? Name { get; set; }

        /// <summary><para type="description">Archives the tag; -Archived:$false restores it.</para></summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary><para type="description">Writes the changed tag to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);

            // Clockify's PUT replaces the tag: start from what it is now so unnamed fields keep their values.
            if (!TrySend(TagApi.Get(workspace, Id), Id, out TagDto current))
            {
                return;
            }

            string name = Name ?? current.Name;
            bool archived = MyInvocation.BoundParameters.ContainsKey(nameof(Archived)) ? Archived.IsPresent : current.Archived;
            if (ShouldProcess("tag '" + current.Name + "' (" + Id + ")", "Set name '" + name + "', archived " + archived)
                && TrySend(TagApi.Update(workspace, Id, name, archived), Id, out TagDto updated))
            {
                CompletionCache.Clear();
                if (PassThru)
                {
                    WriteObject(new ClockifyTag(updated));
                }
            }
        }
    }
}
