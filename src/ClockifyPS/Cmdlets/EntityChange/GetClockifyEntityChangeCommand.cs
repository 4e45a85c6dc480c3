using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.EntityChange
{
    /// <summary>
    /// <para type="synopsis">Gets the entities created, updated or deleted in a workspace since a time: the building block of incremental sync.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyEntityChange", SupportsPaging = true)]
    [OutputType(typeof(ClockifyEntityChange))]
    public sealed class GetClockifyEntityChangeCommand : ClockifyBodyPagedCmdlet
    {
        /// <summary><para type="description">Changes at or after this time. Text without an offset is read in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        public ClockifyDateTime Since { get; set; } = null!;

        /// <summary><para type="description">Changes at or before this time. Default: now (the end of the current second, as Clockify counts whole seconds).</para></summary>
        [Parameter(Position = 1)]
        public ClockifyDateTime? Until { get; set; }

        /// <summary><para type="description">Which changes: Created, Updated, Deleted (default all three, in that order).</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public ClockifyChangeType[] Type { get; set; } = { ClockifyChangeType.Created, ClockifyChangeType.Updated, ClockifyChangeType.Deleted };

        /// <summary><para type="description">Which kinds of entity, e.g. TIME_ENTRY, PROJECTS. Default: every kind Clockify tracks.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EntityTypeCompleter))]
        public string[]? EntityType { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            DateTimeOffset since = Resolve(Since);
            DateTimeOffset until = Until is null ? UntilNow() : Resolve(Until);
            if (until < since)
            {
                ThrowInvalidArgument("InvalidRange", "-Until (" + until.ToString("o", System.Globalization.CultureInfo.InvariantCulture) + ") is before -Since (" + since.ToString("o", System.Globalization.CultureInfo.InvariantCulture) + ").", until);
            }

            string[] types = FixedValues.Normalise(EntityType ?? EntityChangeApi.DocumentTypes.ToArray(), EntityChangeApi.DocumentTypes, out string? unknown);
            if (unknown != null)
            {
                ThrowInvalidArgument("InvalidEntityType", "'" + unknown + "' is not an entity type Clockify tracks. Use: " + string.Join(", ", EntityChangeApi.DocumentTypes) + ".", unknown);
            }

            string? onlyType = types.Length == 1 ? types[0] : null;
            foreach (ClockifyChangeType change in Type.Distinct())
            {
                string path = change.ToString().ToLowerInvariant();
                bool more = WriteBodyPages(
                    page => EntityChangeApi.List(workspace, path, types, since, until, page - 1, EntityChangeApi.PageSize),
                    EntityChangeApi.PageSize,
                    EntityChangeApi.Parse,
                    dto => new ClockifyEntityChange(dto, change, workspace, onlyType),
                    "Get-ClockifyEntityChange " + change);
                if (!more)
                {
                    return;
                }
            }
        }
    }
}
