using System;
using System.Globalization;

namespace ClockifyPS.Engine.Time
{
    /// <summary>The one timestamp form Clockify's main API accepts: <c>yyyy-MM-ddTHH:mm:ssZ</c>, 24-hour clock.</summary>
    public static class ClockifyTime
    {
        private const string Pattern = "yyyy-MM-dd'T'HH:mm:ss'Z'";

        /// <summary>An instant in UTC, as a body field or a time-entry write.</summary>
        public static string FormatUtc(DateTimeOffset instant) => instant.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

        /// <summary>
        /// A wall-clock time written with a Z, which is how the time-entry list filters must be sent even though
        /// Clockify reads them in the profile's zone.
        /// </summary>
        public static string FormatWallClock(DateTime wallClock) => wallClock.ToString(Pattern, CultureInfo.InvariantCulture);

        /// <summary>A timestamp Clockify sent (always UTC) as a UTC DateTimeOffset; null stays null.</summary>
        /// <exception cref="FormatException">The text is not a timestamp.</exception>
        public static DateTimeOffset? ParseUtc(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal).ToUniversalTime();
        }
    }
}
