using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Tag
{
    /// <summary>
    /// <para type="synopsis">Deletes tags. Time entries keep their other data; the tag disappears from them.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyTag))]
    public sealed class RemoveClockifyTagCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the tag to delete; binds from piped tags.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">Writes the deleted tag to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord() =>
            RemoveById<TagDto>("tag", Id, TagApi.Delete, removed => new ClockifyTag(removed), PassThru);
    }
}
