using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// Turns what a user typed for -User into a user id: an id is taken as it is, an email address (anything
    /// with an @) must match exactly one member's email, anything else exactly one member's name
    /// (case-insensitive). Answers are remembered for the rest of the command.
    /// </summary>
    internal sealed class UserReferenceResolver
    {
        private readonly ClockifyApiClient client;
        private readonly Action<string> log;
        private readonly Dictionary<string, string> known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public UserReferenceResolver(ClockifyApiClient client, Action<string> log)
        {
            this.client = client;
            this.log = log;
        }

        /// <summary>Whether <paramref name="text"/> is read as an email address rather than a name.</summary>
        public static bool IsEmail(string text) => text.IndexOf('@') >= 0;

        /// <exception cref="ClockifyUserReferenceException">No member, or more than one, has that name or email.</exception>
        public async Task<string> ResolveAsync(string workspaceId, string nameEmailOrId, CancellationToken cancellationToken)
        {
            if (ClockifyIds.IsValid(nameEmailOrId))
            {
                return nameEmailOrId;
            }

            string cacheKey = workspaceId + "|" + nameEmailOrId;
            if (known.TryGetValue(cacheKey, out string? id))
            {
                return id;
            }

            bool byEmail = IsEmail(nameEmailOrId);
            var filter = byEmail ? new UserFilter { Email = nameEmailOrId, Status = "ALL" } : new UserFilter { Name = nameEmailOrId, Status = "ALL" };
            List<UserDto> users = await ListReader.ReadAllAsync<UserDto>(client, UserApi.List(workspaceId, filter), log, cancellationToken).ConfigureAwait(false);
            List<UserDto> matches = users.Where(u => string.Equals(byEmail ? u.Email : u.Name, nameEmailOrId, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count != 1)
            {
                throw new ClockifyUserReferenceException(nameEmailOrId, byEmail, matches);
            }

            known[cacheKey] = matches[0].Id;
            return matches[0].Id;
        }
    }

    /// <summary>A user name or email that matched no member of the workspace, or several.</summary>
    internal sealed class ClockifyUserReferenceException : Exception
    {
        public ClockifyUserReferenceException(string reference, bool byEmail, IReadOnlyList<UserDto> candidates)
            : base(Describe(reference, byEmail, candidates))
        {
            Reference = reference;
            Candidates = candidates;
        }

        public string Reference { get; }

        public IReadOnlyList<UserDto> Candidates { get; }

        public ErrorRecord ToErrorRecord(string operation) => Candidates.Count == 0
            ? new ErrorRecord(new ItemNotFoundException(Message, this), "Clockify." + operation + ".UserNotFound", ErrorCategory.ObjectNotFound, Reference)
            : new ErrorRecord(this, "Clockify." + operation + ".AmbiguousUser", ErrorCategory.InvalidArgument, Reference);

        private static string Describe(string reference, bool byEmail, IReadOnlyList<UserDto> candidates)
        {
            string what = byEmail ? "email" : "name";
            if (candidates.Count == 0)
            {
                return string.Format(CultureInfo.InvariantCulture, "No member of the workspace has the {0} '{1}'. Give the exact name, the email or the id.", what, reference);
            }

            IEnumerable<string> listed = candidates.Select(c => string.Format(CultureInfo.InvariantCulture, "{0} <{1}> ({2})", c.Name, c.Email, c.Id));
            return string.Format(CultureInfo.InvariantCulture, "{0} members have the {1} '{2}': {3}. Give the email or the id of the one you mean.", candidates.Count, what, reference, string.Join("; ", listed));
        }
    }
}
