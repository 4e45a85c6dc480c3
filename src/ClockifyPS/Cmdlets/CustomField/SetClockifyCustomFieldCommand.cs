using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.CustomField
{
    /// <summary>
    /// <para type="synopsis">Changes a custom field's settings in the workspace, or with -Project its default value and status on one project.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyCustomField", DefaultParameterSetName = WorkspaceSet, SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyCustomField))]
    public sealed class SetClockifyCustomFieldCommand : ClockifyCustomFieldCmdlet
    {
        private const string WorkspaceSet = "Workspace";
        private const string ProjectSet = "Project";

        private static readonly string[] WorkspaceOnly = { nameof(Description), nameof(Placeholder), nameof(AllowedValue), nameof(Required), nameof(OnlyAdminCanEdit) };

        private Dictionary<string, CustomFieldDto>? known;

        /// <summary><para type="description">The id of the custom field to change; binds from piped custom fields.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("CustomFieldId")]
        [ArgumentCompleter(typeof(CustomFieldIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">Changes the field's default value and status on this project only (an id, an exact name or a project object) instead of the workspace's settings.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = ProjectSet)]
        [ClockifyReference]
        [ArgumentCompleter(typeof(ProjectNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Project { get; set; }

        /// <summary><para type="description">The new name.</para></summary>
        [Parameter(ParameterSetName = WorkspaceSet)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(2, 250)]
        public string? Name { get; set; }

        /// <summary><para type="description">The new type: TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX or LINK.</para></summary>
        [Parameter(ParameterSetName = WorkspaceSet)]
        [ValidateSet("TXT", "NUMBER", "DROPDOWN_SINGLE", "DROPDOWN_MULTIPLE", "CHECKBOX", "LINK")]
        public string? Type { get; set; }

        /// <summary><para type="description">Writes the changed custom field to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            if (ParameterSetName == ProjectSet)
            {
                string? misplaced = WorkspaceOnly.FirstOrDefault(MyInvocation.BoundParameters.ContainsKey);
                if (misplaced != null)
                {
                    ThrowInvalidArgument("NotForProject", "-" + misplaced + " is a workspace setting; with -Project only -DefaultValue and -Status apply.", misplaced);
                }

                if (DefaultValue is null && Status is null)
                {
                    ThrowInvalidArgument("NothingToSet", "Give -DefaultValue, -Status or both for the project.", Id);
                }
            }

            // Clockify's PUT replaces the field and there is no request for one field: read the list once and start
            // from the field as it is, so settings not named keep their values; the project's default is checked
            // against the field's type too.
            CustomFieldDto? current = PickByIds(ref known, CustomFieldApi.List(workspace), f => f.Id, new[] { Id }, "custom field").FirstOrDefault();
            if (current is null)
            {
                return;
            }

            string target = "custom field '" + current.Name + "' (" + Id + ")";
            if (ParameterSetName == ProjectSet)
            {
                string project = ResolveProject(workspace, Project!);
                object? value = DefaultValue is null ? null : CheckedValue(current.Type, current.AllowedValues);
                if (ShouldProcess(target + " on project " + project, "Set project default value" + (value is null ? string.Empty : " " + value) + (ApiStatus is null ? string.Empty : ", status " + ApiStatus)))
                {
                    Write(CustomFieldApi.SetProjectDefault(workspace, project, Id, value, ApiStatus));
                }

                return;
            }

            var body = new CustomFieldWriteBody
            {
                Name = Name ?? current.Name,
                Type = Type?.ToUpperInvariant() ?? current.Type ?? "TXT",
                Description = current.Description,
                Placeholder = current.Placeholder,
                Required = current.Required,
                OnlyAdminCanEdit = current.OnlyAdminCanEdit,
                Status = current.Status,
                WorkspaceDefaultValue = KeptDefault(current),
            };
            ApplySettings(body, current.AllowedValues);
            if (ShouldProcess(target, "Set name '" + body.Name + "', type " + body.Type + ", status " + body.Status))
            {
                Write(CustomFieldApi.Update(workspace, Id, body));
            }
        }

        /// <summary>The present workspace default, sent back as it came; dropped when -Type changes, as it may not fit the new type.</summary>
        private object? KeptDefault(CustomFieldDto current)
        {
            JsonValueKind kind = current.WorkspaceDefaultValue.ValueKind;
            bool sameType = Type is null || string.Equals(Type, current.Type, System.StringComparison.OrdinalIgnoreCase);
            return sameType && kind != JsonValueKind.Undefined && kind != JsonValueKind.Null ? current.WorkspaceDefaultValue : (object?)null;
        }

        private void Write(Engine.ClockifyRequest request)
        {
            if (TrySend(request, Id, out CustomFieldDto updated))
            {
                CompletionCache.Clear();
                if (PassThru)
                {
                    WriteObject(new ClockifyCustomField(updated));
                }
            }
        }
    }
}
