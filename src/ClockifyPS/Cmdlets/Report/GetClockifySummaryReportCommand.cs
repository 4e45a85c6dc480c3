using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Report
{
    /// <summary>
    /// <para type="synopsis">Gets a summary report: time and amounts grouped up to three levels deep (default User, Project), one object per leaf group.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifySummaryReport")]
    [OutputType(typeof(ClockifySummaryRow))]
    public sealed class GetClockifySummaryReportCommand : ClockifyReportCmdlet
    {
        /// <summary><para type="description">The first moment of the report. Text without an offset is read in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The first moment after the report (exclusive).</para></summary>
        [Parameter(Mandatory = true, Position = 1)]
        public ClockifyDateTime End { get; set; } = null!;

        /// <summary><para type="description">One to three levels to group by, outermost first. Default: User, Project.</para></summary>
        [Parameter]
        [ValidateCount(1, 3)]
        public ClockifyReportGrouping[] GroupBy { get; set; } = { ClockifyReportGrouping.User, ClockifyReportGrouping.Project };

        /// <summary><para type="description">Adds a last row (IsTotal) with the totals of the whole report.</para></summary>
        [Parameter]
        public SwitchParameter IncludeTotals { get; set; }

        /// <summary><para type="description">Fetches the range in windows of at most 31 days (a free plan's limit) and merges them.</para></summary>
        [Parameter]
        public SwitchParameter Chunk { get; set; }

        /// <inheritdoc />
        protected override void Run()
        {
            if (GroupBy.Distinct().Count() != GroupBy.Length)
            {
                ThrowInvalidArgument("DuplicateGroup", "-GroupBy names a level twice: " + string.Join(", ", GroupBy) + ".", GroupBy);
            }

            string workspace = Workspace;
            ReportFilter filter = BuildFilter(workspace, Resolve(Start), Resolve(End));
            List<string> groups = GroupBy.Select(ReportGroupings.ApiName).ToList();
            var merged = new SummaryMerge(GroupBy.Select(g => g.ToString()).ToList());
            ForEachWindow(filter, Chunk, window =>
            {
                using (JsonDocument report = SendJson(ReportApi.Summary(workspace, window, groups)))
                {
                    merged.Add(report.RootElement, billableOnly: false);
                }

                if (filter.Billable is null)
                {
                    // Groups carry no billable time: a second, billable-only report supplies it.
                    using JsonDocument billable = SendJson(ReportApi.Summary(workspace, window.WithBillable(true), groups));
                    merged.Add(billable.RootElement, billableOnly: true);
                }
            });

            string? currency = WorkspaceCurrency(workspace);
            foreach (SummaryMerge.Leaf leaf in merged.Leaves)
            {
                if (!InUserFilter(filter, leaf.Groups.FirstOrDefault(g => g.Kind == nameof(ClockifyReportGrouping.User))?.Id))
                {
                    continue;
                }

                TimeSpan billable = filter.Billable switch
                {
                    true => ReportJson.Seconds(leaf.Seconds),
                    false => TimeSpan.Zero,
                    _ => ReportJson.Seconds(leaf.BillableSeconds),
                };
                var row = new ClockifySummaryRow(leaf.Groups, ReportJson.Seconds(leaf.Seconds), billable, ReportJson.Cents(leaf.Cents), currency, leaf.EntryCount, false, filter.Start.ToUniversalTime(), filter.End.ToUniversalTime(), filter.Zone.Id);
                WriteObject(WithLevels(row, leaf.Groups));
            }

            if (IncludeTotals)
            {
                TimeSpan totalBillable = filter.Billable == false ? TimeSpan.Zero : ReportJson.Seconds(merged.TotalBillableSeconds);
                WriteObject(new ClockifySummaryRow(Array.Empty<ClockifyReportGroup>(), ReportJson.Seconds(merged.TotalSeconds), totalBillable, ReportJson.Cents(merged.TotalCents), currency, merged.TotalEntries, true, filter.Start.ToUniversalTime(), filter.End.ToUniversalTime(), filter.Zone.Id));
            }
        }

        /// <summary>The row with each level's name and id as properties named after the level.</summary>
        internal static PSObject WithLevels(object row, IReadOnlyList<ClockifyReportGroup> groups)
        {
            var result = new PSObject(row);
            foreach (ClockifyReportGroup group in groups)
            {
                switch (group.Kind)
                {
                    case nameof(ClockifyReportGrouping.TimeEntry):
                        result.Properties.Add(new PSNoteProperty("Description", group.Name));
                        break;
                    case nameof(ClockifyReportGrouping.Date):
                        result.Properties.Add(new PSNoteProperty("Date", ReportJson.Date(group.Id ?? group.Name)));
                        break;
                    default:
                        result.Properties.Add(new PSNoteProperty(group.Kind, group.Name));
                        result.Properties.Add(new PSNoteProperty(group.Kind + "Id", group.Id));
                        break;
                }
            }

            return result;
        }

        /// <summary>Flattens summary answers to leaf groups and merges windows: the same id path sums.</summary>
        private sealed class SummaryMerge
        {
            private readonly IReadOnlyList<string> kinds;
            private readonly Dictionary<string, Leaf> byPath = new Dictionary<string, Leaf>(StringComparer.Ordinal);

            public SummaryMerge(IReadOnlyList<string> kinds)
            {
                this.kinds = kinds;
            }

            public List<Leaf> Leaves { get; } = new List<Leaf>();

            public double TotalSeconds { get; private set; }

            public double TotalBillableSeconds { get; private set; }

            public double TotalCents { get; private set; }

            public long? TotalEntries { get; private set; }

            public void Add(JsonElement report, bool billableOnly)
            {
                if (!billableOnly)
                {
                    foreach (JsonElement totals in ReportJson.Array(report, "totals").Take(1))
                    {
                        TotalSeconds += ReportJson.Num(totals, "totalTime") ?? 0;
                        TotalBillableSeconds += ReportJson.Num(totals, "totalBillableTime") ?? 0;
                        TotalCents += ReportJson.Earned(totals) ?? 0;
                        if (ReportJson.Num(totals, "entriesCount") is double count)
                        {
                            TotalEntries = (TotalEntries ?? 0) + (long)count;
                        }
                    }
                }

                foreach (JsonElement node in ReportJson.Array(report, "groupOne"))
                {
                    Walk(node, 0, new List<ClockifyReportGroup>(), billableOnly);
                }
            }

            private void Walk(JsonElement node, int level, List<ClockifyReportGroup> path, bool billableOnly)
            {
                var here = new List<ClockifyReportGroup>(path) { new ClockifyReportGroup(kinds[Math.Min(level, kinds.Count - 1)], ReportJson.Id(node), ReportJson.Str(node, "name")) };
                List<JsonElement> children = ReportJson.Array(node, "children").ToList();
                if (children.Count > 0 && level + 1 < kinds.Count)
                {
                    foreach (JsonElement child in children)
                    {
                        Walk(child, level + 1, here, billableOnly);
                    }

                    return;
                }

                string key = string.Join("\u001f", here.Select(g => g.Kind + "\u001e" + g.Id + "\u001e" + g.Name));
                if (!byPath.TryGetValue(key, out Leaf? leaf))
                {
                    leaf = new Leaf(here);
                    byPath[key] = leaf;
                    Leaves.Add(leaf);
                }

                double seconds = ReportJson.Num(node, "duration") ?? 0;
                if (billableOnly)
                {
                    leaf.BillableSeconds += seconds;
                    return;
                }

                leaf.Seconds += seconds;
                leaf.Cents += ReportJson.Earned(node) ?? 0;
                if ((ReportJson.Num(node, "entriesCount") ?? ReportJson.Num(node, "count")) is double count)
                {
                    leaf.EntryCount = (leaf.EntryCount ?? 0) + (long)count;
                }
            }

            public sealed class Leaf
            {
                public Leaf(IReadOnlyList<ClockifyReportGroup> groups)
                {
                    Groups = groups;
                }

                public IReadOnlyList<ClockifyReportGroup> Groups { get; }

                public double Seconds { get; set; }

                public double BillableSeconds { get; set; }

                public double Cents { get; set; }

                public long? EntryCount { get; set; }

                public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1}", string.Join("/", Groups), Seconds);
            }
        }
    }
}
