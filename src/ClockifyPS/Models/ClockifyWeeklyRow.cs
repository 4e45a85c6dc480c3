using System;
using System.Collections.Generic;

namespace ClockifyPS.Models
{
    /// <summary>
    /// One leaf group of a weekly report: its time per day of the week. Like a summary row it carries each
    /// level's name and id as properties named after the level (User, UserId, Project, ProjectId...).
    /// </summary>
    public sealed class ClockifyWeeklyRow
    {
        internal ClockifyWeeklyRow(IReadOnlyList<ClockifyReportGroup> groups, DateTime weekStart, IReadOnlyList<ClockifyWeeklyDay> days, TimeSpan duration, decimal amount, string? currency, string timeZone)
        {
            Groups = groups;
            WeekStart = weekStart;
            Days = days;
            Duration = duration;
            Amount = amount;
            Currency = currency;
            TimeZone = timeZone;
        }

        /// <summary>The levels this row is grouped by, outermost first.</summary>
        public IReadOnlyList<ClockifyReportGroup> Groups { get; }

        /// <summary>The first day of the week (a date in <see cref="TimeZone"/>).</summary>
        public DateTime WeekStart { get; }

        /// <summary>The seven days, in order.</summary>
        public IReadOnlyList<ClockifyWeeklyDay> Days { get; }

        /// <summary>The week's total time.</summary>
        public TimeSpan Duration { get; }

        /// <summary>The week's billable amount, in major units.</summary>
        public decimal Amount { get; }

        /// <summary>The currency of the amounts, when known.</summary>
        public string? Currency { get; }

        /// <summary>The zone the days are counted in.</summary>
        public string TimeZone { get; }

        /// <inheritdoc />
        public override string ToString() => string.Join(" / ", Groups) + " " + Duration;
    }

    /// <summary>One day of a weekly report row.</summary>
    public sealed class ClockifyWeeklyDay
    {
        internal ClockifyWeeklyDay(DateTime date, TimeSpan duration, decimal amount)
        {
            Date = date;
            Duration = duration;
            Amount = amount;
        }

        /// <summary>The day.</summary>
        public DateTime Date { get; }

        /// <summary>The time tracked that day.</summary>
        public TimeSpan Duration { get; }

        /// <summary>The billable amount that day, in major units.</summary>
        public decimal Amount { get; }

        /// <inheritdoc />
        public override string ToString() => Date.ToString("ddd yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " " + Duration;
    }
}
