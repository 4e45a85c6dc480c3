using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Tag
{
    /// <summary>
    /// <para type="synopsis">Creates a tag in a workspace and writes it to the pipeline.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyTag", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTag))]
    public sealed class NewClockifyTagCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The new tag's name.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 100)]
        public string Name { get; set; } = string.Empty;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ShouldProcess("workspace " + workspace, "Create tag '" + Name + "'") && TrySend(TagApi.Create(workspace, Name), Name, out TagDto tag))
            {
                CompletionCache.Clear();
                WriteObject(new ClockifyTag(tag));
            }
        }
    }
}
