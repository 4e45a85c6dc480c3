using System.Collections;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Completion
{
    /// <summary>Completes holiday ids, listing holiday names (the holiday list is small and unpaged).</summary>
    public sealed class HolidayIdCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override bool CompletesIds => true;

        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => HolidayApi.List(workspaceId, null);
    }
}
