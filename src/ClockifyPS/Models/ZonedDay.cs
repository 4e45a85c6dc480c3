using System;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Models
{
    /// <summary>
    /// The calendar day of an instant in a user's zone. Approvals and time off are counted in whole days of the
    /// owner's zone, which the UTC instants Clockify sends hide: Monday 00:00 in Berlin is Sunday 23:00 UTC.
    /// </summary>
    internal static class ZonedDay
    {
        public static DateTime? Of(DateTimeOffset? instant, string? timeZone) =>
            instant is DateTimeOffset at ? (ProfileZone.Find(timeZone) ?? ProfileZone.Utc).ToWallClock(at).Date : (DateTime?)null;
    }
}
