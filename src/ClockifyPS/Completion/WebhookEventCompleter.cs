using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Completion
{
    /// <summary>Completes the webhook events of the OpenAPI document (no network); any part of the name matches.</summary>
    public sealed class WebhookEventCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return WebhookApi.Events
                .Where(e => e.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                .OrderBy(e => e.StartsWith(word, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(e => e, StringComparer.Ordinal)
                .Select(e => new CompletionResult(e, e, CompletionResultType.ParameterValue, e))
                .ToList();
        }
    }

    /// <summary>Refuses a webhook event the OpenAPI document does not list, before any request (case-insensitive).</summary>
    public sealed class ValidateWebhookEventAttribute : ValidateArgumentsAttribute
    {
        /// <inheritdoc />
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            string? text = (arguments is PSObject wrapped ? wrapped.BaseObject : arguments) as string;
            if (text is null || !WebhookApi.Events.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                throw new ValidationMetadataException("'" + text + "' is not a webhook event. Use one of: " + string.Join(", ", WebhookApi.Events) + " (Tab completes them).");
            }
        }
    }
}
