using System.Collections;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Completion
{
    /// <summary>Completes custom field names.</summary>
    public sealed class CustomFieldNameCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => CustomFieldApi.List(workspaceId);
    }

    /// <summary>Completes custom field ids, listing field names.</summary>
    public sealed class CustomFieldIdCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override bool CompletesIds => true;

        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => CustomFieldApi.List(workspaceId);
    }
}
