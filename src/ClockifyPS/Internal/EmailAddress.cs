using System.Text.RegularExpressions;

namespace ClockifyPS.Internal
{
    /// <summary>Catches a mistyped email address before a request is spent on it.</summary>
    internal static class EmailAddress
    {
        // Deliberately loose: one @, no spaces, a dot in the domain. Clockify is the judge of the rest.
        private static readonly Regex Pattern = new Regex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$", RegexOptions.CultureInvariant);

        public static bool IsValid(string? text) => text != null && Pattern.IsMatch(text);

        public static string Describe(string parameter, string value) =>
            $"-{parameter} '{value}' is not an email address (name@example.com), nor a wildcard pattern (*@example.com).";
    }
}
