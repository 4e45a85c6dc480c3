using System;
using ClockifyPS.Engine;

namespace ClockifyPS.Models
{
    /// <summary>
    /// Reads the ISO-8601 durations of projects and tasks. The spec once described project durations as
    /// milliseconds: an unreadable value becomes null rather than failing the whole listing.
    /// </summary>
    internal static class DurationText
    {
        public static TimeSpan? ParseOrNull(string? text)
        {
            try
            {
                return IsoDuration.Parse(text);
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
