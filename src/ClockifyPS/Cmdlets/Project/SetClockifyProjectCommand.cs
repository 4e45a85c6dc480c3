using System;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Project
{
    /// <summary>
    /// <para type="synopsis">Changes a project: name, client, colour, note, billability, visibility, rate; archives or restores it.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyProject", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyProject))]
    public sealed class SetClockifyProjectCommand : ClockifyCatalogCmdlet
    {
        /// <summary><para type="description">The id of the project to change; binds from piped projects.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ArgumentCompleter(typeof(ProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The new name, 2 to 250 characters.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidateLength(2, 250)]
        public string? Name { get; set; }

        /// <summary><para type="description">The new client: an id, an exact name or a client object; an empty string removes the client.</para></summary>
        [Parameter]
        [ClockifyReference]
        [ArgumentCompleter(typeof(ClientNameCompleter))]
        [AllowEmptyString]
        public string? Client { get; set; }

        /// <summary><para type="description">The new colour, #RRGGBB.</para></summary>
        [Parameter]
        [ValidatePattern("^#[0-9a-fA-F]{6}$")]
        public string? Color { get; set; }

        /// <summary><para type="description">The new note.</para></summary>
        [Parameter]
        public string? Note { get; set; }

        /// <summary><para type="description">Makes the project billable; -Billable:$false non-billable.</para></summary>
        [Parameter]
        public SwitchParameter Billable { get; set; }

        /// <summary><para type="description">Makes the project public; -Public:$false private.</para></summary>
        [Parameter]
        public SwitchParameter Public { get; set; }

        /// <summary><para type="description">Archives the project; -Archived:$false restores it.</para></summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary><para type="description">The new billable rate per hour in major units (12.50).</para></summary>
        [Parameter]
        [ValidateRange(0, 100000000)]
        public decimal? HourlyRate { get; set; }

        /// <summary><para type="description">Writes the changed project to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            long? rateCents = HourlyRate is decimal rate ? Cents(rate, nameof(HourlyRate)) : (long?)null;
            string? clientId = string.IsNullOrEmpty(Client) ? Client : ResolveClient(workspace, Client!);

            // Clockify's PUT replaces the project: start from what it is now so unnamed fields keep their values.
            if (!TrySend(ProjectApi.Get(workspace, Id, false), Id, out ProjectDto current))
            {
                return;
            }

            var fields = new ProjectFields
            {
                Name = Name ?? current.Name,
                ClientId = Bound(nameof(Client)) ? clientId ?? string.Empty : current.ClientId ?? string.Empty,
                Color = Color ?? current.Color,
                Note = Bound(nameof(Note)) ? Note ?? string.Empty : current.Note,
                Billable = Bound(nameof(Billable)) ? Billable.IsPresent : current.Billable,
                IsPublic = Bound(nameof(Public)) ? Public.IsPresent : current.Public,
                Archived = Bound(nameof(Archived)) ? Archived.IsPresent : current.Archived,
                HourlyRateCents = rateCents ?? current.HourlyRate?.Amount,
            };
            if (ShouldProcess("project '" + current.Name + "' (" + Id + ")", "Set name '" + fields.Name + "', archived " + fields.Archived)
                && TrySend(ProjectApi.Update(workspace, Id, fields), Id, out ProjectDto updated))
            {
                CompletionCache.Clear();
                if (PassThru)
                {
                    WriteObject(new ClockifyProject(updated, false));
                }
            }
        }

        private bool Bound(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);
    }
}
