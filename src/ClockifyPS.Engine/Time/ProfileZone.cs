using System;
using NodaTime;
using NodaTime.TimeZones;

namespace ClockifyPS.Engine.Time
{
    /// <summary>
    /// A time zone from the IANA database that ships inside NodaTime, so America/Los_Angeles means the same
    /// on Windows PowerShell 5.1 as on Linux. Windows ids (W. Europe Standard Time) are mapped to IANA.
    /// </summary>
    public sealed class ProfileZone
    {
        private readonly DateTimeZone zone;

        private ProfileZone(DateTimeZone zone)
        {
            this.zone = zone;
        }

        /// <summary>UTC.</summary>
        public static ProfileZone Utc { get; } = new ProfileZone(DateTimeZone.Utc);

        /// <summary>This machine's zone.</summary>
        public static ProfileZone Machine => new ProfileZone(DateTimeZoneProviders.Tzdb.GetSystemDefault());

        /// <summary>The IANA id, e.g. Europe/Berlin.</summary>
        public string Id => zone.Id;

        /// <summary>Every IANA zone id in the shipped database, for completion; callers see strings, not NodaTime types.</summary>
        public static System.Collections.Generic.IReadOnlyList<string> AllIds => DateTimeZoneProviders.Tzdb.Ids;

        /// <summary>Finds a zone by IANA or Windows id; null when the id is empty or unknown.</summary>
        public static ProfileZone? Find(string? id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                return null;
            }

            string trimmed = id!.Trim();
            if (string.Equals(trimmed, "UTC", StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, "Etc/UTC", StringComparison.OrdinalIgnoreCase))
            {
                return Utc;
            }

            DateTimeZone? found = DateTimeZoneProviders.Tzdb.GetZoneOrNull(trimmed);
            if (found is null && TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.TryGetValue(trimmed, out string? iana))
            {
                found = DateTimeZoneProviders.Tzdb.GetZoneOrNull(iana);
            }

            return found is null ? null : new ProfileZone(found);
        }

        /// <summary>The wall-clock reading of <paramref name="instant"/> in this zone.</summary>
        public DateTime ToWallClock(DateTimeOffset instant) =>
            Instant.FromDateTimeOffset(instant).InZone(zone).LocalDateTime.ToDateTimeUnspecified();

        /// <summary>
        /// The instant a wall-clock time means in this zone. In a DST gap the time moves forward by the gap;
        /// in a repeated hour the earlier instant is taken, as a person reading a clock would.
        /// </summary>
        public DateTimeOffset FromWallClock(DateTime wallClock) =>
            LocalDateTime.FromDateTime(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified)).InZoneLeniently(zone).ToDateTimeOffset();

        /// <summary>The offset from UTC at <paramref name="instant"/>.</summary>
        public TimeSpan OffsetAt(DateTimeOffset instant) => zone.GetUtcOffset(Instant.FromDateTimeOffset(instant)).ToTimeSpan();

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}
