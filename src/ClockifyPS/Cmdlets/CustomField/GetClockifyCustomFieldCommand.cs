using System;
using System.Collections.Generic;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.CustomField
{
    /// <summary>
    /// <para type="synopsis">Gets the custom fields of a workspace or of one project, by name (wildcards allowed), status, entity type or id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyCustomField", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyCustomField))]
    public sealed class GetClockifyCustomFieldCommand : ClockifyCatalogCmdlet
    {
        private const string ListSet = "List";
        private const string ProjectSet = "Project";
        private const string IdSet = "Id";

        private Dictionary<string, CustomFieldDto>? known;

        /// <summary><para type="description">The ids of the custom fields to get.</para></summary>
        // Not bound from piped objects: a piped project's Id would bind here instead of to -Project.
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("CustomFieldId")]
        [ArgumentCompleter(typeof(CustomFieldIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">The project whose custom fields to get, with its default values: an id, an exact name or a project object. Binds from piped projects.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = ProjectSet, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ClockifyReference]
        [ArgumentCompleter(typeof(ProjectNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Project { get; set; }

        /// <summary><para type="description">Only fields whose name contains this text, or matches it as a wildcard pattern (Ticket*).</para></summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [Parameter(Position = 0, ParameterSetName = ProjectSet)]
        [ArgumentCompleter(typeof(CustomFieldNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">-Name must match the whole name (case-insensitive).</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = ProjectSet)]
        public SwitchParameter Exact { get; set; }

        /// <summary><para type="description">Only fields with this status: Visible, Invisible or Inactive.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = ProjectSet)]
        [ValidateSet("Visible", "Invisible", "Inactive")]
        public string? Status { get; set; }

        /// <summary><para type="description">Only fields filled in on time entries (TimeEntry) or on users (User).</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = ProjectSet)]
        [ValidateSet("TimeEntry", "User")]
        public string? EntityType { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                Array.ForEach(Id, id => RequireId(nameof(Id), id));
                foreach (CustomFieldDto field in PickByIds(ref known, CustomFieldApi.List(workspace), f => f.Id, Id, "custom field"))
                {
                    WriteObject(new ClockifyCustomField(field));
                }

                return;
            }

            // Clockify's name filter is partial and has no exact mode, and the project list has none at all:
            // what it cannot do is done here.
            var filter = new NameFilter(Name, Exact);
            Func<string?, bool>? keep = filter.Keep
                ?? (Name is null || (ParameterSetName == ListSet && !Exact) ? null : (Func<string?, bool>)(name => Exact
                    ? string.Equals(name, Name, StringComparison.OrdinalIgnoreCase)
                    : (name ?? string.Empty).IndexOf(Name, StringComparison.OrdinalIgnoreCase) >= 0));
            string? status = Status?.ToUpperInvariant();
            string? entityType = EntityType?.ToUpperInvariant();
            WriteListing<CustomFieldDto>(
                ParameterSetName == ProjectSet
                    ? CustomFieldApi.ListOfProject(workspace, ResolveProject(workspace, Project!), status, entityType)
                    : CustomFieldApi.List(workspace, filter.ApiName, status, entityType),
                field => new ClockifyCustomField(field),
                "Get-ClockifyCustomField",
                keep is null ? null : field => keep(field.Name));
        }
    }
}
