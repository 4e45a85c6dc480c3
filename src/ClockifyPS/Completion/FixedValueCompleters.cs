using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Completion
{
    /// <summary>
    /// Completes a fixed list the engine owns (no network). The cmdlet checks the value against the same list,
    /// so the list is written once.
    /// </summary>
    public abstract class FixedValueCompleter : IArgumentCompleter
    {
        /// <summary>The values to offer.</summary>
        protected abstract IEnumerable<string> Values { get; }

        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Values
                .Where(value => value.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                .Select(value => new CompletionResult(value, value, CompletionResultType.ParameterValue, value))
                .ToList();
        }
    }

    /// <summary>Completes the document types of the entity-change lists.</summary>
    public sealed class EntityTypeCompleter : FixedValueCompleter
    {
        /// <inheritdoc />
        protected override IEnumerable<string> Values => EntityChangeApi.DocumentTypes;
    }

    /// <summary>Completes the audit-log actions.</summary>
    public sealed class AuditLogActionCompleter : FixedValueCompleter
    {
        /// <inheritdoc />
        protected override IEnumerable<string> Values => AuditLogApi.Actions;
    }
}
