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
    /// Turns what a user typed for -Project, -Client, -Tag... into an id: an id is taken as it is, a name is
    /// looked up (exact, case-insensitive) and must match exactly one entity. Answers are remembered for the
    /// rest of the command, so a thousand piped inputs naming the same project cost one lookup.
    /// </summary>
    internal sealed class ReferenceResolver
    {
        private readonly ClockifyApiClient client;
        private readonly Action<string> log;
        private readonly Dictionary<string, string> known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public ReferenceResolver(ClockifyApiClient client, Action<string> log)
        {
            this.client = client;
            this.log = log;
        }

        /// <summary>The id of the <paramref name="kind"/> named or identified by <paramref name="nameOrId"/>.</summary>
        /// <param name="kind">What is looked for, for messages and error ids: Project, Client, Tag...</param>
        /// <param name="nameOrId">An id (24 hex digits) or an exact name.</param>
        /// <param name="listByName">The list request that finds entities by that name.</param>
        /// <param name="cancellationToken">Stops the lookup.</param>
        /// <param name="parse">Reads a page whose items are wrapped in an object (expense categories); null for a plain array.</param>
        /// <exception cref="ClockifyReferenceException">No entity, or more than one, has that name.</exception>
        public async Task<string> ResolveAsync(string kind, string nameOrId, Func<string, ClockifyRequest> listByName, CancellationToken cancellationToken, Func<ClockifyResponse, IReadOnlyList<NamedItem>>? parse = null)
        {
            if (ClockifyIds.IsValid(nameOrId))
            {
                return nameOrId;
            }

            string cacheKey = kind + "|" + nameOrId;
            if (known.TryGetValue(cacheKey, out string? id))
            {
                return id;
            }

            var matches = new List<NamedItem>();
            using (PageReader<NamedItem> pages = client.ReadPages(listByName(nameOrId), 5000, parse ?? (r => r.Deserialize<List<NamedItem>>()), log, cancellationToken))
            {
                while (await pages.NextAsync().ConfigureAwait(false) is { } page)
                {
                    matches.AddRange(page.Where(item => string.Equals(item.Name, nameOrId, StringComparison.OrdinalIgnoreCase)));
                }
            }

            if (matches.Count != 1)
            {
                throw new ClockifyReferenceException(kind, nameOrId, matches);
            }

            known[cacheKey] = matches[0].Id;
            return matches[0].Id;
        }
    }

    /// <summary>A name that matched no entity, or several.</summary>
    internal sealed class ClockifyReferenceException : Exception
    {
        public ClockifyReferenceException(string kind, string name, IReadOnlyList<NamedItem> candidates)
            : base(Describe(kind, name, candidates))
        {
            Kind = kind;
            Name = name;
            Candidates = candidates;
        }

        public string Kind { get; }

        public string Name { get; }

        public IReadOnlyList<NamedItem> Candidates { get; }

        public ErrorRecord ToErrorRecord(string operation) => Candidates.Count == 0
            ? new ErrorRecord(new ItemNotFoundException(Message, this), "Clockify." + operation + "." + Kind + "NotFound", ErrorCategory.ObjectNotFound, Name)
            : new ErrorRecord(this, "Clockify." + operation + ".Ambiguous" + Kind, ErrorCategory.InvalidArgument, Name);

        private static string Describe(string kind, string name, IReadOnlyList<NamedItem> candidates)
        {
            string lower = kind.ToLowerInvariant();
            if (candidates.Count == 0)
            {
                return string.Format(CultureInfo.InvariantCulture, "No {0} is named '{1}'. Give the exact name or the id.", lower, name);
            }

            IEnumerable<string> listed = candidates.Select(c => string.IsNullOrEmpty(c.ClientName) ? c.Id : "client " + c.ClientName + ", " + c.Id);
            return string.Format(CultureInfo.InvariantCulture, "{0} {1}s are named '{2}': {3}. Give the id of the one you mean.", candidates.Count, lower, name, string.Join("; ", listed));
        }
    }
}
