using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.CustomField
{
    /// <summary>
    /// <para type="synopsis">Deletes custom fields from a workspace with their values, or with -Project removes a field's default value and status from one project.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyCustomField", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveClockifyCustomFieldCommand : ClockifyCatalogCmdlet
    {
        /// <summary><para type="description">The id of the custom field; binds from piped custom fields.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("CustomFieldId")]
        [ArgumentCompleter(typeof(CustomFieldIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">Removes only this project's default value and status (an id, an exact name or a project object); the field stays in the workspace.</para></summary>
        [Parameter]
        [ClockifyReference]
        [ArgumentCompleter(typeof(ProjectNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Project { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            if (Project is null)
            {
                // 204 with no body: nothing to read back.
                if (ShouldProcess("custom field " + Id + " in workspace " + workspace + ", with every value it holds", "Delete") && TrySend(CustomFieldApi.Delete(workspace, Id), Id))
                {
                    CompletionCache.Clear();
                }

                return;
            }

            string project = ResolveProject(workspace, Project);
            if (ShouldProcess("custom field " + Id + " on project " + project, "Remove the project's default value and status"))
            {
                TrySend(CustomFieldApi.RemoveFromProject(workspace, project, Id), Id);
            }
        }
    }
}
