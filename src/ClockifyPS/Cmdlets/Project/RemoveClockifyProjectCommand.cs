using System;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Project
{
    /// <summary>
    /// <para type="synopsis">Deletes projects with their tasks. Clockify deletes only archived projects: -Force archives an active one first.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyProject))]
    public sealed class RemoveClockifyProjectCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the project to delete; binds from piped projects.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ArgumentCompleter(typeof(ProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">Archives an active project before deleting it (Clockify refuses to delete active projects).</para></summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary><para type="description">Writes the deleted project to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            if (!TrySend(ProjectApi.Get(workspace, Id, false), Id, out ProjectDto current))
            {
                return;
            }

            string target = "project '" + current.Name + "' (" + Id + ")";
            if (!current.Archived && !Force)
            {
                WriteError(new ErrorRecord(
                    new InvalidOperationException("Project '" + current.Name + "' is active, and Clockify deletes only archived projects. Archive it first (Set-ClockifyProject -Archived), or use -Force to archive and delete it in one go."),
                    "Clockify." + Operation + ".ProjectActive",
                    ErrorCategory.InvalidOperation,
                    Id));
                return;
            }

            if (!ShouldProcess(target, current.Archived ? "Delete" : "Archive, then delete"))
            {
                return;
            }

            if (!current.Archived)
            {
                var archive = new ProjectFields
                {
                    Name = current.Name,
                    ClientId = current.ClientId ?? string.Empty,
                    Color = current.Color,
                    Note = current.Note,
                    Billable = current.Billable,
                    IsPublic = current.Public,
                    Archived = true,
                    HourlyRateCents = current.HourlyRate?.Amount,
                };
                if (!TrySend(ProjectApi.Update(workspace, Id, archive), Id, out ProjectDto _))
                {
                    return;
                }
            }

            if (TrySend(ProjectApi.Delete(workspace, Id), Id, out ProjectDto removed))
            {
                CompletionCache.Clear();
                if (PassThru)
                {
                    WriteObject(new ClockifyProject(removed, false));
                }
            }
        }
    }
}
