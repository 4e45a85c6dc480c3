using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Client
{
    /// <summary>
    /// <para type="synopsis">Deletes clients. Their projects stay, without a client.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyClient", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyClient))]
    public sealed class RemoveClockifyClientCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the client to delete; binds from piped clients.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ClientId")]
        [ArgumentCompleter(typeof(ClientIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">Writes the deleted client to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord() =>
            RemoveById<ClientDto>("client", Id, ClientApi.Delete, removed => new ClockifyClient(removed), PassThru);
    }
}
