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

            // Clockify sends millions of these in one export; its own form is read directly, anything else the slow way.
            if (TryParseClockifyForm(text!, out DateTimeOffset fast))
            {
                return fast;
            }

            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal).ToUniversalTime();
        }

        /// <summary>Reads exactly yyyy-MM-ddTHH:mm:ssZ.</summary>
        internal static bool TryParseClockifyForm(string text, out DateTimeOffset value)
        {
            value = default;
            if (text.Length != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
            {
                return false;
            }

            int year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
            int hour = Digits(text, 11, 2), minute = Digits(text, 14, 2), second = Digits(text, 17, 2);
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
            return true;
        }

        private static int Digits(string text, int start, int count)
        {
            int result = 0;
            for (int i = start; i < start + count; i++)
            {
                int digit = text[i] - '0';
                if (digit < 0 || digit > 9)
                {
                    return -1000000;
                }

                result = (result * 10) + digit;
            }

            return result;
        }
    }
}
