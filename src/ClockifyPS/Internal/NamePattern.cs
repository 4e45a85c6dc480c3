using System.Management.Automation;

namespace ClockifyPS.Internal
{
    /// <summary>-Name for lists the API cannot filter by name: plain text matches anywhere in the name, a wildcard pattern the whole name.</summary>
    internal static class NamePattern
    {
        /// <summary>The pattern for <paramref name="name"/>; null when no name was given (everything matches).</summary>
        public static WildcardPattern? For(string? name) => string.IsNullOrEmpty(name) ? null
            : new WildcardPattern(WildcardPattern.ContainsWildcardCharacters(name) ? name : "*" + WildcardPattern.Escape(name) + "*", WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
    }
}
