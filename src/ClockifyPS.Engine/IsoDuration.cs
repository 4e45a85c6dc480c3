using System;
using System.Globalization;
using System.Xml;

namespace ClockifyPS.Engine
{
    /// <summary>The ISO-8601 durations of the main API (PT1H30M, P1DT2H, PT0.5S).</summary>
    public static class IsoDuration
    {
        /// <summary>Parses a duration; null or empty gives null (a running entry has none).</summary>
        /// <exception cref="FormatException">The text is not an ISO-8601 duration.</exception>
        public static TimeSpan? Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (TryParseTime(text!, out TimeSpan fast))
            {
                return fast;
            }

            try
            {
                return XmlConvert.ToTimeSpan(text!.Trim());
            }
            catch (FormatException ex)
            {
                throw new FormatException(string.Format(CultureInfo.InvariantCulture, "'{0}' is not an ISO-8601 duration such as PT1H30M.", text), ex);
            }
        }

        /// <summary>Reads the common PT#H#M#S form (whole numbers) without the general parser.</summary>
        private static bool TryParseTime(string text, out TimeSpan value)
        {
            value = default;
            if (text.Length < 3 || text[0] != 'P' || text[1] != 'T')
            {
                return false;
            }

            long seconds = 0, number = 0;
            bool digits = false;
            for (int i = 2; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= '0' && c <= '9')
                {
                    number = (number * 10) + (c - '0');
                    digits = true;
                    if (number > int.MaxValue)
                    {
                        return false;
                    }

                    continue;
                }

                if (!digits)
                {
                    return false;
                }

                switch (c)
                {
                    case 'H': seconds += number * 3600; break;
                    case 'M': seconds += number * 60; break;
                    case 'S': seconds += number; break;
                    default: return false;
                }

                number = 0;
                digits = false;
            }

            if (digits)
            {
                return false;
            }

            value = TimeSpan.FromSeconds(seconds);
            return true;
        }

        /// <summary>Formats a duration the way Clockify writes them (PT1H30M).</summary>
        public static string Format(TimeSpan duration) => XmlConvert.ToString(duration);
    }
}
