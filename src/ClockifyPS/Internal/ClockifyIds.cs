using System.Text.RegularExpressions;

namespace ClockifyPS.Internal
{
    /// <summary>Clockify ids are 24 hexadecimal digits; anything else is caught before a request is spent on it.</summary>
    internal static class ClockifyIds
    {
        private static readonly Regex Pattern = new Regex("^[0-9a-fA-F]{24}$", RegexOptions.CultureInvariant);

        public static bool IsValid(string? id) => id != null && Pattern.IsMatch(id);

        public static string Describe(string parameter, string value) =>
            $"-{parameter} '{value}' is not a Clockify id: ids are 24 hexadecimal digits, e.g. 5b715612b0798751c7c6e8e1.";
    }
}
