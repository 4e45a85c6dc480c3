using System.Collections;
using System.Globalization;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Completion
{
    /// <summary>Completes project names; the list shows each project's client.</summary>
    public sealed class ProjectNameCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => ProjectApi.List(workspaceId, new ProjectFilter());
    }

    /// <summary>Completes project ids, listing project and client names.</summary>
    public sealed class ProjectIdCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override bool CompletesIds => true;

        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => ProjectApi.List(workspaceId, new ProjectFilter());
    }

    /// <summary>Completes task names of the project already given as -ProjectId (an id).</summary>
    public sealed class TaskNameCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => TaskRequests.ForBoundProject(workspaceId, fakeBoundParameters);
    }

    /// <summary>Completes task ids of the project already given as -ProjectId (an id), listing task names.</summary>
    public sealed class TaskIdCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override bool CompletesIds => true;

        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => TaskRequests.ForBoundProject(workspaceId, fakeBoundParameters);
    }

    /// <summary>The task list request for the project the user already typed; null until a project id is there.</summary>
    internal static class TaskRequests
    {
        public static ClockifyRequest? ForBoundProject(string workspaceId, IDictionary fakeBoundParameters)
        {
            object? value = fakeBoundParameters?["ProjectId"];
            value = value is System.Management.Automation.PSObject wrapped ? wrapped.BaseObject : value;

            // Typed on a command line, an id made only of digits parses as a number (decimal): take its digits back.
            string? projectId = value as string ?? (value is decimal number ? number.ToString(CultureInfo.InvariantCulture) : null);
            return ClockifyIds.IsValid(projectId) ? TaskApi.List(workspaceId, projectId!, null, false, null) : null;
        }
    }
}
