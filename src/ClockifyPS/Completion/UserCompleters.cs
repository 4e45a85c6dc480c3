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
    /// <summary>Completes the names of a workspace's users.</summary>
    public sealed class UserNameCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => UserApi.List(workspaceId, new UserFilter());
    }

    /// <summary>Completes user ids, listing user names.</summary>
    public sealed class UserIdCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override bool CompletesIds => true;

        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => UserApi.List(workspaceId, new UserFilter());
    }

    /// <summary>Completes user-group names.</summary>
    public sealed class UserGroupNameCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => UserGroupApi.List(workspaceId, null, null);
    }

    /// <summary>Completes user-group ids, listing group names.</summary>
    public sealed class UserGroupIdCompleter : ClockifyCompleter
    {
        /// <inheritdoc />
        protected override bool CompletesIds => true;

        /// <inheritdoc />
        protected override ClockifyRequest? ListRequest(string workspaceId, IDictionary fakeBoundParameters) => UserGroupApi.List(workspaceId, null, null);
    }

    /// <summary>
    /// Completes the email addresses of a workspace's users. The shared completer only knows ids and names, so
    /// this one reads the users itself, through the same cache and time-out.
    /// </summary>
    public sealed class UserEmailCompleter : IArgumentCompleter
    {
        private const int MostSuggestions = 100;

        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            ClockifyConnection? connection = ConnectionRegistry.Current;
            if (connection is null || connection.IsClosed)
            {
                return Array.Empty<CompletionResult>();
            }

            object? bound = fakeBoundParameters?["WorkspaceId"];
            string? workspaceId = ((bound is PSObject wrapped ? wrapped.BaseObject : bound) as string) ?? connection.WorkspaceId;
            if (workspaceId is null || !ClockifyIds.IsValid(workspaceId))
            {
                return Array.Empty<CompletionResult>();
            }

            ClockifyRequest request = UserApi.List(workspaceId, new UserFilter());
            string key = "email|" + RuntimeHelpers.GetHashCode(connection.ApiClient) + "|" + request.ResolveOn(connection.ApiClient.Endpoints).AbsoluteUri;
            IReadOnlyList<NamedItem> emails = CompletionCache.Get(key, token => FetchAsync(connection.ApiClient, request, token));
            string word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return emails
                .Where(e => (e.Name ?? string.Empty).StartsWith(word, StringComparison.OrdinalIgnoreCase))
                .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
                .Take(MostSuggestions)
                .Select(e => new CompletionResult(Quote(e.Name!), e.Name, CompletionResultType.ParameterValue, e.Name + " (" + e.Id + ")"))
                .ToList();
        }

        private static async Task<IReadOnlyList<NamedItem>> FetchAsync(ClockifyApiClient client, ClockifyRequest request, CancellationToken token)
        {
            ClockifyResponse response = await client.SendAsync(request.ForPage(1, 5000), null, token).ConfigureAwait(false);
            return response.Deserialize<List<UserDto>>()
                .Where(u => !string.IsNullOrEmpty(u.Email))
                .Select(u => new NamedItem { Id = u.Id, Name = u.Email })
                .ToList();
        }

        private static string Quote(string text) =>
            text.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '@') ? text : "'" + text.Replace("'", "''") + "'";
    }

    /// <summary>Completes a user given by name or email (-User): names first, then email addresses.</summary>
    public sealed class UserReferenceCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var names = new UserNameCompleter().CompleteArgument(commandName, parameterName, wordToComplete, commandAst, fakeBoundParameters);
            var emails = new UserEmailCompleter().CompleteArgument(commandName, parameterName, wordToComplete, commandAst, fakeBoundParameters);
            return names.Concat(emails).ToList();
        }
    }
}
