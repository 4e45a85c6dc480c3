using System;
using System.Collections.Generic;

namespace ClockifyPS.Models
{
    /// <summary>
    /// One leaf group of a summary report (or, with -IncludeTotals, the totals row). Besides these properties,
    /// each row carries the name and id of every level it is grouped by, named after the level: User and
    /// UserId, Project and ProjectId, Date (a DateTime) and DateId...
    /// </summary>
    public sealed class ClockifySummaryRow
    {
        internal ClockifySummaryRow(IReadOnlyList<ClockifyReportGroup> groups, TimeSpan duration, TimeSpan? billableDuration, decimal amount, string? currency, long? entryCount, bool isTotal, DateTimeOffset start, DateTimeOffset end, string timeZone)
        {
            Groups = groups;
            Duration = duration;
            BillableDuration = billableDuration;
            Amount = amount;
            Currency = currency;
            EntryCount = entryCount;
            IsTotal = isTotal;
            Start = start;
            End = end;
            TimeZone = timeZone;
        }

        /// <summary>The levels this row is grouped by, outermost first; empty for the totals row.</summary>
        public IReadOnlyList<ClockifyReportGroup> Groups { get; }

        /// <summary>The time tracked.</summary>
        public TimeSpan Duration { get; }

        /// <summary>The billable part of <see cref="Duration"/>.</summary>
        public TimeSpan? BillableDuration { get; }

        /// <summary>The billable amount earned, in major units (12.50, not cents).</summary>
        public decimal Amount { get; }

        /// <summary>The currency of <see cref="Amount"/> (the workspace's), when known.</summary>
        public string? Currency { get; }

        /// <summary>How many entries the row covers; Clockify reports it for the totals row (null when not sent).</summary>
        public long? EntryCount { get; }

        /// <summary>Whether this is the totals row of -IncludeTotals.</summary>
        public bool IsTotal { get; }

        /// <summary>The report window's first instant (UTC).</summary>
        public DateTimeOffset Start { get; }

        /// <summary>The first instant after the report window (UTC).</summary>
        public DateTimeOffset End { get; }

        /// <summary>The zone the report was computed in (dates and days are in this zone).</summary>
        public string TimeZone { get; }

        /// <inheritdoc />
        public override string ToString() => IsTotal ? "Total " + Duration : string.Join(" / ", Groups) + " " + Duration;
    }
}
