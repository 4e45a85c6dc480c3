using System;
using System.Collections.Generic;
using System.Linq;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Models
{
    /// <summary>A custom field of a workspace: its settings, workspace default and per-project defaults.</summary>
    public sealed class ClockifyCustomField
    {
        internal ClockifyCustomField(CustomFieldDto dto)
        {
            Id = dto.Id;
            Name = dto.Name;
            Type = dto.Type;
            EntityType = dto.EntityType;
            Status = dto.Status;
            Description = dto.Description;
            Placeholder = dto.Placeholder;
            Required = dto.Required;
            OnlyAdminCanEdit = dto.OnlyAdminCanEdit;
            WorkspaceId = dto.WorkspaceId;
            AllowedValues = dto.AllowedValues?.ToArray() ?? Array.Empty<string>();
            DefaultValue = JsonToPowerShell.Convert(dto.WorkspaceDefaultValue);
            ProjectDefaults = (dto.ProjectDefaultValues ?? new List<CustomFieldProjectDefaultDto>()).Select(d => new ClockifyCustomFieldProjectDefault(d)).ToArray();
        }

        /// <summary>The custom field id.</summary>
        public string Id { get; }

        /// <summary>The custom field id again, so a piped field binds to -CustomFieldId.</summary>
        public string CustomFieldId => Id;

        /// <summary>The field's name.</summary>
        public string Name { get; }

        /// <summary>TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX or LINK.</summary>
        public string? Type { get; }

        /// <summary>TIMEENTRY or USER: what the field is filled in on.</summary>
        public string? EntityType { get; }

        /// <summary>INACTIVE, VISIBLE or INVISIBLE in the workspace.</summary>
        public string? Status { get; }

        /// <summary>What the field holds.</summary>
        public string? Description { get; }

        /// <summary>The hint shown in an empty field.</summary>
        public string? Placeholder { get; }

        /// <summary>Whether a value is mandatory.</summary>
        public bool Required { get; }

        /// <summary>Whether only admins may change the value.</summary>
        public bool OnlyAdminCanEdit { get; }

        /// <summary>The workspace the field belongs to.</summary>
        public string WorkspaceId { get; }

        /// <summary>The choices of a dropdown field; empty for other types.</summary>
        public IReadOnlyList<string> AllowedValues { get; }

        /// <summary>The workspace's default value: a string, number, boolean or array; null when none.</summary>
        public object? DefaultValue { get; }

        /// <summary>The projects that override the default value or the status.</summary>
        public IReadOnlyList<ClockifyCustomFieldProjectDefault> ProjectDefaults { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }

    /// <summary>A custom field's default value and status on one project.</summary>
    public sealed class ClockifyCustomFieldProjectDefault
    {
        internal ClockifyCustomFieldProjectDefault(CustomFieldProjectDefaultDto dto)
        {
            ProjectId = dto.ProjectId;
            Status = dto.Status;
            Value = JsonToPowerShell.Convert(dto.Value);
        }

        /// <summary>The project.</summary>
        public string ProjectId { get; }

        /// <summary>INACTIVE, VISIBLE or INVISIBLE on this project.</summary>
        public string? Status { get; }

        /// <summary>The project's default value; null when none.</summary>
        public object? Value { get; }

        /// <inheritdoc />
        public override string ToString() => ProjectId + " = " + Value;
    }
}
