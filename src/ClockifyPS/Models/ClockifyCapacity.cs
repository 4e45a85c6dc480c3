using System;
using System.Collections.Generic;
using System.Linq;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Models
{
    /// <summary>One user's capacity and the hours scheduled for them, day by day, in a window.</summary>
    public sealed class ClockifyCapacity
    {
        internal ClockifyCapacity(UserCapacityDto dto, string workspaceId)
        {
            UserId = dto.UserId;
            UserName = dto.UserName;
            UserStatus = dto.UserStatus;
            WorkspaceId = dto.WorkspaceId ?? workspaceId;
            CapacityPerDay = TimeSpan.FromHours(dto.CapacityPerDay);
            Days = (dto.TotalHoursPerDay ?? new List<DayTotalDto>())
                .Select(d => new ClockifyCapacityDay(ClockifyTime.ParseUtc(d.Date) ?? DateTimeOffset.MinValue, TimeSpan.FromHours(d.TotalHours), CapacityPerDay))
                .ToArray();
            Scheduled = TimeSpan.FromTicks(Days.Sum(d => d.Scheduled.Ticks));
        }

        /// <summary>The user.</summary>
        public string UserId { get; }

        /// <summary>The user's name.</summary>
        public string? UserName { get; }

        /// <summary>The user's membership status.</summary>
        public string? UserStatus { get; }

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>How long the user can work a day.</summary>
        public TimeSpan CapacityPerDay { get; }

        /// <summary>All the hours scheduled in the window.</summary>
        public TimeSpan Scheduled { get; }

        /// <summary>The days of the window with their scheduled hours.</summary>
        public IReadOnlyList<ClockifyCapacityDay> Days { get; }

        /// <summary>Whether any day has more scheduled than the capacity.</summary>
        public bool Overbooked => Days.Any(d => d.Overbooked);

        /// <inheritdoc />
        public override string ToString() => UserName ?? UserId;
    }

    /// <summary>The hours scheduled for a user on one day.</summary>
    public sealed class ClockifyCapacityDay
    {
        internal ClockifyCapacityDay(DateTimeOffset date, TimeSpan scheduled, TimeSpan capacity)
        {
            Date = date;
            Scheduled = scheduled;
            Overbooked = scheduled > capacity;
        }

        /// <summary>The day, UTC midnight.</summary>
        public DateTimeOffset Date { get; }

        /// <summary>The hours scheduled that day.</summary>
        public TimeSpan Scheduled { get; }

        /// <summary>Whether more is scheduled than the user's capacity.</summary>
        public bool Overbooked { get; }

        /// <inheritdoc />
        public override string ToString() => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " " + Scheduled;
    }
}
