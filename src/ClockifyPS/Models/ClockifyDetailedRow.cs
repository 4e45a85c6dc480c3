using System;
using System.Collections.Generic;

namespace ClockifyPS.Models
{
    /// <summary>One time entry of a detailed report, with the names Clockify resolved. Start and End are UTC.</summary>
    public sealed class ClockifyDetailedRow
    {
        /// <summary>The entry id.</summary>
        public string Id { get; internal set; } = string.Empty;

        /// <summary>The entry id again, so a piped row binds to -TimeEntryId.</summary>
        public string TimeEntryId => Id;

        /// <summary>What was done.</summary>
        public string? Description { get; internal set; }

        /// <summary>Whose time it is.</summary>
        public string? UserId { get; internal set; }

        /// <summary>The user's name.</summary>
        public string? User { get; internal set; }

        /// <summary>The user's email.</summary>
        public string? UserEmail { get; internal set; }

        /// <summary>The project, if any.</summary>
        public string? ProjectId { get; internal set; }

        /// <summary>The project's name.</summary>
        public string? Project { get; internal set; }

        /// <summary>The client, if any.</summary>
        public string? ClientId { get; internal set; }

        /// <summary>The client's name.</summary>
        public string? Client { get; internal set; }

        /// <summary>The task, if any.</summary>
        public string? TaskId { get; internal set; }

        /// <summary>The task's name.</summary>
        public string? Task { get; internal set; }

        /// <summary>The tags' ids.</summary>
        public IReadOnlyList<string> TagIds { get; internal set; } = Array.Empty<string>();

        /// <summary>The tags' names.</summary>
        public IReadOnlyList<string> Tags { get; internal set; } = Array.Empty<string>();

        /// <summary>Whether the time is billable.</summary>
        public bool Billable { get; internal set; }

        /// <summary>When it started, UTC.</summary>
        public DateTimeOffset Start { get; internal set; }

        /// <summary>When it ended, UTC.</summary>
        public DateTimeOffset? End { get; internal set; }

        /// <summary>How long it ran.</summary>
        public TimeSpan Duration { get; internal set; }

        /// <summary>The billable amount, in major units.</summary>
        public decimal? Amount { get; internal set; }

        /// <summary>The billable rate applied per hour, in major units.</summary>
        public decimal? Rate { get; internal set; }

        /// <summary>The currency of the amount and rate.</summary>
        public string? Currency { get; internal set; }

        /// <summary>REGULAR, BREAK...</summary>
        public string? Type { get; internal set; }

        /// <summary>Whether approval or a lock date froze the entry.</summary>
        public bool IsLocked { get; internal set; }

        /// <inheritdoc />
        public override string ToString() => Start.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + " " + Description;
    }
}
