using System;
using System.Collections.Generic;
using System.Linq;

namespace ClockifyPS.Internal
{
    /// <summary>Checks values against a fixed list the engine owns, case-insensitively, and spells them as Clockify does.</summary>
    internal static class FixedValues
    {
        /// <summary>The values in Clockify's spelling, without repeats; <paramref name="unknown"/> is the first not in the list.</summary>
        public static string[] Normalise(IEnumerable<string> values, IReadOnlyList<string> allowed, out string? unknown)
        {
            unknown = null;
            var result = new List<string>();
            foreach (string value in values)
            {
                string? known = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                {
                    unknown ??= value;
                }
                else if (!result.Contains(known))
                {
                    result.Add(known);
                }
            }

            return result.ToArray();
        }
    }
}
