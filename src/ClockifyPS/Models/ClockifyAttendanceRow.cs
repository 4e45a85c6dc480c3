using System;

namespace ClockifyPS.Models
{
    /// <summary>One user's day in an attendance report. FirstStart and LastEnd are UTC; Date is a day in the report's zone.</summary>
    public sealed class ClockifyAttendanceRow
    {
        /// <summary>The user.</summary>
        public string? UserId { get; internal set; }

        /// <summary>The user's name.</summary>
        public string? User { get; internal set; }

        /// <summary>The day, in the report's zone.</summary>
        public DateTime Date { get; internal set; }

        /// <summary>When the day's first entry started, UTC.</summary>
        public DateTimeOffset? FirstStart { get; internal set; }

        /// <summary>When the day's last entry ended, UTC.</summary>
        public DateTimeOffset? LastEnd { get; internal set; }

        /// <summary>The time worked.</summary>
        public TimeSpan Duration { get; internal set; }

        /// <summary>The breaks taken.</summary>
        public TimeSpan Break { get; internal set; }

        /// <summary>The day's capacity.</summary>
        public TimeSpan Capacity { get; internal set; }

        /// <summary>Time worked beyond capacity.</summary>
        public TimeSpan Overtime { get; internal set; }

        /// <summary>Capacity left unworked.</summary>
        public TimeSpan RemainingCapacity { get; internal set; }

        /// <summary>Time off that day.</summary>
        public TimeSpan TimeOff { get; internal set; }

        /// <summary>Whether a timer was still running.</summary>
        public bool HasRunningEntry { get; internal set; }

        /// <summary>The zone the day is counted in.</summary>
        public string TimeZone { get; internal set; } = "UTC";

        /// <inheritdoc />
        public override string ToString() => User + " " + Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " " + Duration;
    }
}
