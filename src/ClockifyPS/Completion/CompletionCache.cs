using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Completion
{
    /// <summary>
    /// Remembers lists fetched for tab completion for a minute, and never lets the prompt wait on the network
    /// for more than a moment: a slow fetch keeps running and serves the next Tab press instead.
    /// </summary>
    internal static class CompletionCache
    {
        private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(60);
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);
        private static readonly TimeSpan FetchLimit = TimeSpan.FromSeconds(30);
        private static readonly ConcurrentDictionary<string, Entry> Entries = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);

        public static IReadOnlyList<NamedItem> Get(string key, Func<CancellationToken, Task<IReadOnlyList<NamedItem>>> fetch)
        {
            Entry entry = Entries.GetOrAdd(key, _ => new Entry());
            Task<IReadOnlyList<NamedItem>> pending;
            lock (entry)
            {
                if (entry.Items != null && DateTime.UtcNow - entry.FetchedAt < Freshness)
                {
                    return entry.Items;
                }

                if (entry.Pending is null)
                {
                    entry.Pending = Refresh(entry, fetch);
                }

                pending = entry.Pending;
            }

            if (pending.Wait(Patience) && pending.Status == TaskStatus.RanToCompletion)
            {
                return pending.Result;
            }

            lock (entry)
            {
                return entry.Items ?? Array.Empty<NamedItem>();
            }
        }

        /// <summary>Forgets everything, e.g. after a change that renamed or added an entity.</summary>
        public static void Clear() => Entries.Clear();

        private static async Task<IReadOnlyList<NamedItem>> Refresh(Entry entry, Func<CancellationToken, Task<IReadOnlyList<NamedItem>>> fetch)
        {
            using var limit = new CancellationTokenSource(FetchLimit);
            try
            {
                IReadOnlyList<NamedItem> items = await fetch(limit.Token).ConfigureAwait(false);
                lock (entry)
                {
                    entry.Items = items;
                    entry.FetchedAt = DateTime.UtcNow;
                }

                return items;
            }
            finally
            {
                lock (entry)
                {
                    entry.Pending = null;
                }
            }
        }

        private sealed class Entry
        {
            public IReadOnlyList<NamedItem>? Items { get; set; }

            public DateTime FetchedAt { get; set; }

            public Task<IReadOnlyList<NamedItem>>? Pending { get; set; }
        }
    }
}
