using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.SharedReport
{
    /// <summary>
    /// <para type="synopsis">Gets the shared reports of a workspace (their settings and links), by name (wildcards allowed), scope or id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifySharedReport", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifySharedReport))]
    public sealed class GetClockifySharedReportCommand : ClockifySharedReportCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary><para type="description">The ids of the shared reports to get.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("SharedReportId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Only reports whose name contains this text, or matches it as a wildcard pattern (Monthly*).</para></summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">Which reports: All (the default), AllAdmin (every report, for admins), CreatedByMe or SharedWithMe.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("All", "AllAdmin", "CreatedByMe", "SharedWithMe")]
        public string Scope { get; set; } = "All";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            IEnumerable<SharedReportDto> reports;
            if (ParameterSetName == IdSet)
            {
                Array.ForEach(Id, id => RequireId(nameof(Id), id));
                reports = Id.Select(id => Find(workspace, id)).Where(r => r != null).Select(r => r!).ToList();
            }
            else
            {
                // Clockify filters shared reports by scope only: the name is matched here, as pages arrive.
                WildcardPattern? pattern = NamePattern.For(Name);
                reports = ReadAll(workspace, ApiEnum.Of(Scope)).Where(r => pattern is null || pattern.IsMatch(r.Name ?? string.Empty));
            }

            foreach (SharedReportDto report in ListWindow.Apply(PagingParameters, reports))
            {
                WriteObject(new ClockifySharedReport(report, workspace));
            }
        }
    }
}
