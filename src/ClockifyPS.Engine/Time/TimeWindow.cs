using System;
using System.Collections.Generic;
using System.Linq;

namespace ClockifyPS.Engine.Time
{
    /// <summary>
    /// A half-open UTC window [Start, End) over entry start times, and how to ask Clockify for it. Clockify
    /// reads the time-entry list's start/end as wall-clock time in a profile time zone; the window is sent
    /// as wall-clock in that zone, widened a little, and the answer is then trimmed here to the exact instants.
    /// That keeps the result exact at DST changes, whatever way the server resolves a repeated hour, and even
    /// if the server reads the caller's zone rather than the target user's.
    /// </summary>
    public sealed class TimeWindow
    {
        /// <summary>Covers any DST shift in use (at most two hours) with room to spare.</summary>
        internal static readonly TimeSpan DaylightMargin = TimeSpan.FromHours(3);

        /// <summary>Covers any UTC offset (-12 to +14 hours) when a profile's zone is unknown.</summary>
        internal static readonly TimeSpan UnknownZoneMargin = TimeSpan.FromHours(15);

        /// <summary>Creates a window; either bound may be open.</summary>
        /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
        public TimeWindow(DateTimeOffset? start, DateTimeOffset? end)
        {
            if (start is DateTimeOffset s && end is DateTimeOffset e && e <= s)
            {
                throw new ArgumentException("The end of the window must be after its start.", nameof(end));
            }

            Start = start?.ToUniversalTime();
            End = end?.ToUniversalTime();
        }

        /// <summary>The first instant inside the window (UTC), or null for no lower bound.</summary>
        public DateTimeOffset? Start { get; }

        /// <summary>The first instant after the window (UTC), or null for no upper bound.</summary>
        public DateTimeOffset? End { get; }

        /// <summary>Whether an entry that started at <paramref name="entryStart"/> belongs in the window.</summary>
        public bool Contains(DateTimeOffset entryStart) => (Start is null || entryStart >= Start) && (End is null || entryStart < End);

        /// <summary>
        /// The start/end query values (wall-clock with a Z) that cover the window for every zone in
        /// <paramref name="readers"/>; a null reader is a zone Clockify might use that is not known here.
        /// </summary>
        public (string? Start, string? End) ToWallClockFilter(IEnumerable<ProfileZone?> readers)
        {
            List<ProfileZone?> zones = readers.ToList();
            if (zones.Count == 0)
            {
                zones.Add(ProfileZone.Utc);
            }

            string? start = Start is DateTimeOffset s ? ClockifyTime.FormatWallClock(zones.Select(z => Wall(z, s, -1)).Min()) : null;
            string? end = End is DateTimeOffset e ? ClockifyTime.FormatWallClock(zones.Select(z => Wall(z, e, +1)).Max()) : null;
            return (start, end);
        }

        private static DateTime Wall(ProfileZone? zone, DateTimeOffset instant, int direction)
        {
            DateTime wall = zone is null ? instant.UtcDateTime : zone.ToWallClock(instant);
            TimeSpan margin = zone is null ? UnknownZoneMargin : DaylightMargin;
            DateTime widened = direction < 0 ? SafeAdd(wall, -margin) : SafeAdd(wall, margin);
            return DateTime.SpecifyKind(widened, DateTimeKind.Unspecified);
        }

        private static DateTime SafeAdd(DateTime value, TimeSpan delta)
        {
            if (delta < TimeSpan.Zero && value - DateTime.MinValue < -delta)
            {
                return DateTime.MinValue;
            }

            return delta > TimeSpan.Zero && DateTime.MaxValue - value < delta ? DateTime.MaxValue : value + delta;
        }
    }
}
