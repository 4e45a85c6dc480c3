using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Client
{
    /// <summary>
    /// <para type="synopsis">Creates a client (customer) in a workspace and writes it to the pipeline.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyClient", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyClient))]
    public sealed class NewClockifyClientCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The new client's name (unique in the workspace).</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 100)]
        public string Name { get; set; } = string.Empty;

        /// <summary><para type="description">Postal address.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Address { get; set; }

        /// <summary><para type="description">Contact email.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Email { get; set; }

        /// <summary><para type="description">Free-text note.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Note { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            var fields = new ClientFields { Name = Name, Address = Address, Email = Email, Note = Note };
            if (ShouldProcess("workspace " + workspace, "Create client '" + Name + "'") && TrySend(ClientApi.Create(workspace, fields), Name, out ClientDto client))
            {
                CompletionCache.Clear();
                WriteObject(new ClockifyClient(client));
            }
        }
    }
}
