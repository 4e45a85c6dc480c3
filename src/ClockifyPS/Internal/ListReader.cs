using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ClockifyPS.Engine;

namespace ClockifyPS.Internal
{
    /// <summary>Reads every page of a list, for lookups that must see the whole list before answering.</summary>
    internal static class ListReader
    {
        public static async Task<List<T>> ReadAllAsync<T>(ClockifyApiClient client, ClockifyRequest request, Action<string>? log, CancellationToken cancellationToken)
        {
            var all = new List<T>();
            using PageReader<T> pages = client.ReadPages(request, 5000, r => r.Deserialize<List<T>>(), log, cancellationToken);
            while (await pages.NextAsync().ConfigureAwait(false) is { } page)
            {
                all.AddRange(page);
            }

            return all;
        }
    }
}
