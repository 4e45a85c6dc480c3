using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Client
{
    /// <summary>
    /// <para type="synopsis">Renames a client, changes its contact details, or archives or restores it.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyClient", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyClient))]
    public sealed class SetClockifyClientCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the client to change; binds from piped clients.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ClientId")]
        [ArgumentCompleter(typeof(ClientIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The new name.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 100)]
        public string? Name { get; set; }

        /// <summary><para type="description">The new postal address.</para></summary>
        [Parameter]
        public string? Address { get; set; }

        /// <summary><para type="description">The new contact email.</para></summary>
        [Parameter]
        public string? Email { get; set; }

        /// <summary><para type="description">The new note.</para></summary>
        [Parameter]
        public string? Note { get; set; }

        /// <summary><para type="description">Archives the client; -Archived:$false restores it.</para></summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary><para type="description">Writes the changed client to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);

            // Clockify's PUT replaces the client: start from what it is now so unnamed fields keep their values.
            if (!TrySend(ClientApi.Get(workspace, Id), Id, out ClientDto current))
            {
                return;
            }

            var fields = new ClientFields
            {
                Name = Name ?? current.Name,
                Address = Bound(nameof(Address)) ? Address : current.Address,
                Email = Bound(nameof(Email)) ? Email : current.Email,
                Note = Bound(nameof(Note)) ? Note : current.Note,
                Archived = Bound(nameof(Archived)) ? Archived.IsPresent : current.Archived,
            };
            if (ShouldProcess("client '" + current.Name + "' (" + Id + ")", "Set name '" + fields.Name + "', archived " + fields.Archived)
                && TrySend(ClientApi.Update(workspace, Id, fields), Id, out ClientDto updated))
            {
                CompletionCache.Clear();
                if (PassThru)
                {
                    WriteObject(new ClockifyClient(updated));
                }
            }
        }

        private bool Bound(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);
    }
}
