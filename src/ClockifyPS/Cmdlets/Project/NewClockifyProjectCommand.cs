using System;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Project
{
    /// <summary>
    /// <para type="synopsis">Creates a project in a workspace, optionally for a client, and writes it to the pipeline.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyProject", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyProject))]
    public sealed class NewClockifyProjectCommand : ClockifyCatalogCmdlet
    {
        /// <summary><para type="description">The new project's name, 2 to 250 characters (unique per client).</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(2, 250)]
        public string Name { get; set; } = string.Empty;

        /// <summary><para type="description">The client: an id, an exact name or a client object.</para></summary>
        [Parameter]
        [Alias("ClientId")]
        [ClockifyReference]
        [ArgumentCompleter(typeof(ClientNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Client { get; set; }

        /// <summary><para type="description">The colour, #RRGGBB (e.g. #03A9F4).</para></summary>
        [Parameter]
        [ValidatePattern("^#[0-9a-fA-F]{6}$")]
        public string? Color { get; set; }

        /// <summary><para type="description">Free-text note.</para></summary>
        [Parameter]
        public string? Note { get; set; }

        /// <summary><para type="description">Time on the project is billable by default; -Billable:$false makes it non-billable. Default: Clockify's (billable).</para></summary>
        [Parameter]
        public SwitchParameter Billable { get; set; }

        /// <summary><para type="description">Every workspace member can track time on the project.</para></summary>
        [Parameter]
        public SwitchParameter Public { get; set; }

        /// <summary><para type="description">The project's billable rate per hour in major units (12.50), in the workspace currency.</para></summary>
        [Parameter]
        [ValidateRange(0, 100000000)]
        public decimal? HourlyRate { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            var fields = new ProjectFields
            {
                Name = Name,
                Color = Color,
                Note = Note,
                Billable = MyInvocation.BoundParameters.ContainsKey(nameof(Billable)) ? Billable.IsPresent : (bool?)null,
                IsPublic = MyInvocation.BoundParameters.ContainsKey(nameof(Public)) ? Public.IsPresent : (bool?)null,
                HourlyRateCents = HourlyRate is decimal rate ? Cents(rate, nameof(HourlyRate)) : (long?)null,
            };
            if (Client != null)
            {
                fields.ClientId = ResolveClient(workspace, Client);
            }

            if (ShouldProcess("workspace " + workspace, "Create project '" + Name + "'") && TrySend(ProjectApi.Create(workspace, fields), Name, out ProjectDto project))
            {
                CompletionCache.Clear();
                WriteObject(new ClockifyProject(project, false));
            }
        }
    }
}
