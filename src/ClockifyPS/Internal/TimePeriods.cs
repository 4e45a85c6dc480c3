using System;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Internal
{
    /// <summary>The calendar windows behind -Today, -ThisWeek, -LastMonth..., computed in a given zone.</summary>
    internal static class TimePeriods
    {
        /// <summary>The [start, end) window of <paramref name="period"/> around <paramref name="now"/> in <paramref name="zone"/>.</summary>
        public static TimeWindow Window(string period, DateTimeOffset now, ProfileZone zone, DayOfWeek weekStart)
        {
            DateTime today = zone.ToWallClock(now).Date;
            DateTime thisWeek = today.AddDays(-(((int)today.DayOfWeek - (int)weekStart + 7) % 7));
            DateTime thisMonth = new DateTime(today.Year, today.Month, 1);
            (DateTime from, DateTime to) = period switch
            {
                "Today" => (today, today.AddDays(1)),
                "Yesterday" => (today.AddDays(-1), today),
                "ThisWeek" => (thisWeek, thisWeek.AddDays(7)),
                "LastWeek" => (thisWeek.AddDays(-7), thisWeek),
                "ThisMonth" => (thisMonth, thisMonth.AddMonths(1)),
                "LastMonth" => (thisMonth.AddMonths(-1), thisMonth),
                _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period."),
            };

            // Midnight can fall in a DST gap (e.g. America/Santiago): FromWallClock moves it to the first real instant.
            return new TimeWindow(zone.FromWallClock(from), zone.FromWallClock(to));
        }

        /// <summary>Clockify's weekStart (MONDAY...) as a DayOfWeek; Monday when unknown.</summary>
        public static DayOfWeek WeekStart(string? clockifyWeekStart) =>
            Enum.TryParse(clockifyWeekStart, true, out DayOfWeek day) ? day : DayOfWeek.Monday;
    }
}
