using System.Management.Automation;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// How a -Name parameter filters: wildcards are matched here (Clockify knows none), plain text is passed to
    /// the API's own name search (partial, or exact with -Exact).
    /// </summary>
    internal sealed class NameFilter
    {
        private readonly WildcardPattern? pattern;

        public NameFilter(string? name, bool exact)
        {
            Exact = exact;
            if (!string.IsNullOrEmpty(name) && !exact && WildcardPattern.ContainsWildcardCharacters(name))
            {
                pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            }
            else
            {
                ApiName = string.IsNullOrEmpty(name) ? null : name;
            }
        }

        /// <summary>The name to send to the API, or null when the filtering happens here.</summary>
        public string? ApiName { get; }

        /// <summary>Whether the API should match the name exactly.</summary>
        public bool Exact { get; }

        /// <summary>Whether an entity with a given name passes; null when every entity does.</summary>
        public System.Func<string?, bool>? Keep => pattern is null ? null : name => pattern.IsMatch(name ?? string.Empty);
    }
}
