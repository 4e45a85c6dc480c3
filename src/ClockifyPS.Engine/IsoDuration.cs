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

            try
            {
                return XmlConvert.ToTimeSpan(text!.Trim());
            }
            catch (FormatException ex)
            {
                throw new FormatException(string.Format(CultureInfo.InvariantCulture, "'{0}' is not an ISO-8601 duration such as PT1H30M.", text), ex);
            }
        }

        /// <summary>Formats a duration the way Clockify writes them (PT1H30M).</summary>
        public static string Format(TimeSpan duration) => XmlConvert.ToString(duration);
    }
}
