using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Completion
{
    /// <summary>Completes IANA time zone ids from the database the module ships (no network).</summary>
    public sealed class TimeZoneCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return ProfileZone.AllIds
                .Where(id => id.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                .OrderBy(id => id.StartsWith(word, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(id => id, StringComparer.Ordinal)
                .Take(100)
                .Select(id => new CompletionResult(id, id, CompletionResultType.ParameterValue, id))
                .ToList();
        }
    }
}
