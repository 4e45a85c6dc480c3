using System;
using System.Globalization;
using ClockifyPS.Engine.Time;

namespace ClockifyPS
{
    /// <summary>
    /// A point in time as a user gave it: a DateTimeOffset, a DateTime, or text. Input that names its offset
    /// (a DateTimeOffset, a UTC or local DateTime, text ending in Z or +02:00) is that instant. Input that
    /// does not (text like '2026-03-01 09:00', a DateTime of Kind Unspecified) is wall-clock time, read in
    /// -TimeZone when given, else in this machine's zone. PowerShell converts arguments to it on its own.
    /// </summary>
    public sealed class ClockifyDateTime
    {
        private readonly DateTimeOffset? instant;
        private readonly DateTime wallClock;

        private ClockifyDateTime(DateTimeOffset? instant, DateTime wallClock)
        {
            this.instant = instant;
            this.wallClock = wallClock;
        }

        /// <summary>Whether the input named its own offset (and so ignores -TimeZone).</summary>
        public bool IsQualified => instant.HasValue;

        /// <summary>An instant.</summary>
        public static implicit operator ClockifyDateTime(DateTimeOffset value) => new ClockifyDateTime(value, default);

        /// <summary>A DateTime: UTC and local kinds are instants (Get-Date gives local); Unspecified is wall-clock.</summary>
        public static implicit operator ClockifyDateTime(DateTime value) => value.Kind switch
        {
            DateTimeKind.Utc => new ClockifyDateTime(new DateTimeOffset(value), default),
            DateTimeKind.Local => new ClockifyDateTime(new DateTimeOffset(value), default),
            _ => new ClockifyDateTime(null, value),
        };

        /// <summary>Text: ISO-8601 or any date the invariant (then the current) culture reads.</summary>
        /// <exception cref="FormatException">The text is not a date and time.</exception>
        public static implicit operator ClockifyDateTime(string value) => Parse(value);

        /// <summary>Parses text, keeping whether it named an offset.</summary>
        public static ClockifyDateTime Parse(string text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new FormatException("A date and time is required.");
            }

            foreach (CultureInfo culture in new[] { CultureInfo.InvariantCulture, CultureInfo.CurrentCulture })
            {
                if (DateTime.TryParse(text, culture, DateTimeStyles.RoundtripKind | DateTimeStyles.AllowWhiteSpaces, out DateTime parsed))
                {
                    if (parsed.Kind == DateTimeKind.Unspecified)
                    {
                        return new ClockifyDateTime(null, parsed);
                    }

                    return new ClockifyDateTime(DateTimeOffset.Parse(text, culture, DateTimeStyles.AllowWhiteSpaces), default);
                }
            }

            throw new FormatException("'" + text + "' is not a date and time. Use e.g. 2026-03-01T09:00 (local), 2026-03-01T09:00Z (UTC) or 2026-03-01T09:00+01:00.");
        }

        /// <summary>The instant meant, reading wall-clock input in <paramref name="zone"/> (null: this machine's zone).</summary>
        public DateTimeOffset Resolve(ProfileZone? zone) => instant ?? (zone ?? ProfileZone.Machine).FromWallClock(wallClock);

        /// <inheritdoc />
        public override string ToString() => instant?.ToString("o", CultureInfo.InvariantCulture) ?? wallClock.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + " (local)";
    }
}
