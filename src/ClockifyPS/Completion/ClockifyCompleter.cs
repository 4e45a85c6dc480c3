using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Completion
{
    /// <summary>
    /// Completes names (or ids) of one kind of entity from the live connection. Names complete to themselves,
    /// quoted when needed; ids complete to the id with the name shown in the list.
    /// </summary>
    public abstract class ClockifyCompleter : IArgumentCompleter
    {
        private const int MostSuggestions = 100;

        /// <summary>Whether the completion text is the id (for -Id parameters) rather than the name.</summary>
        protected virtual bool CompletesIds => false;

        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            ClockifyConnection? connection = ConnectionRegistry.Current;
            if (connection is null || connection.IsClosed)
            {
                return Array.Empty<CompletionResult>();
            }

            string? workspaceId = Bound(fakeBoundParameters, "WorkspaceId") ?? connection.WorkspaceId;
            ClockifyRequest? request = workspaceId is null || !ClockifyIds.IsValid(workspaceId) ? null : ListRequest(workspaceId, fakeBoundParameters);
            if (request is null)
            {
                return Array.Empty<CompletionResult>();
            }

            string key = RuntimeHelpers.GetHashCode(connection.ApiClient) + "|" + request.ResolveOn(connection.ApiClient.Endpoints).AbsoluteUri;
            IReadOnlyList<NamedItem> items = CompletionCache.Get(key, token => FetchAsync(connection.ApiClient, request, Parse, token));
            string word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            IEnumerable<NamedItem> matches = items.Where(i => Text(i).StartsWith(word, StringComparison.OrdinalIgnoreCase) || (i.Name ?? string.Empty).StartsWith(word, StringComparison.OrdinalIgnoreCase));
            if (!matches.Any())
            {
                matches = items.Where(i => (i.Name ?? string.Empty).IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0);
            }

            return matches
                .OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
                .Take(MostSuggestions)
                .Select(i => new CompletionResult(Quote(Text(i)), Label(i), CompletionResultType.ParameterValue, Label(i)))
                .ToList();
        }

        /// <summary>The list request for this kind in <paramref name="workspaceId"/>, or null when it cannot be built yet.</summary>
        protected abstract ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters);

        /// <summary>A parameter the user already typed, when it is a plain string.</summary>
        protected static string? Bound(IDictionary parameters, string name)
        {
            object? value = parameters?[name];
            value = value is PSObject wrapped ? wrapped.BaseObject : value;
            return value as string;
        }

        /// <summary>Reads the list's page; lists whose items are wrapped in an object (expense categories, invoices) override it.</summary>
        protected virtual IReadOnlyList<NamedItem> Parse(ClockifyResponse response) => response.Deserialize<List<NamedItem>>();

        private static async Task<IReadOnlyList<NamedItem>> FetchAsync(ClockifyApiClient client, ClockifyRequest request, Func<ClockifyResponse, IReadOnlyList<NamedItem>> parse, CancellationToken token)
        {
            // One large page is plenty to choose from at a prompt.
            ClockifyResponse response = await client.SendAsync(request.ForPage(1, 5000), null, token).ConfigureAwait(false);
            return parse(response);
        }

        private static string Quote(string text) =>
            text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.') ? text : "'" + text.Replace("'", "''") + "'";

        private string Text(NamedItem item) => CompletesIds ? item.Id : item.Name ?? item.Id;

        private string Label(NamedItem item)
        {
            string name = item.Name ?? item.Id;
            if (!string.IsNullOrEmpty(item.ClientName))
            {
                name += " [" + item.ClientName + "]";
            }

            return CompletesIds ? name + " (" + item.Id + ")" : name;
        }
    }

    /// <summary>Completes workspace ids, listing workspace names.</summary>
    public sealed class WorkspaceIdCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override bool CompletesIds => true;

        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => new ClockifyRequest(System.Net.Http.HttpMethod.Get, "/workspaces");
    }

    /// <summary>Completes tag names.</summary>
    public sealed class TagNameCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => TagApi.List(workspaceId, null, false, null);
    }

    /// <summary>Completes tag ids, listing tag names.</summary>
    public sealed class TagIdCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override bool CompletesIds => true;

        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => TagApi.List(workspaceId, null, false, null);
    }

    /// <summary>Completes client names.</summary>
    public sealed class ClientNameCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => ClientApi.List(workspaceId, null, null);
    }

    /// <summary>Completes client ids, listing client names.</summary>
    public sealed class ClientIdCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override bool CompletesIds => true;

        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => ClientApi.List(workspaceId, null, null);
    }
}
