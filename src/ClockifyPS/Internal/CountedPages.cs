using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// Lists Clockify serves as pages wrapped with a total count ({count, requests} or {count, balances}) rather
    /// than as bare arrays with Last-Page, so <see cref="ClockifyConnectedCmdlet"/>'s WriteListing cannot read them.
    /// Pages are fetched lazily: once -First is satisfied no further page is asked for, and whole pages inside
    /// -Skip are never fetched.
    /// </summary>
    internal static class CountedPages
    {
        /// <summary>One page as read: its items and the total Clockify reported.</summary>
        public readonly struct Page<T>
        {
            public Page(IReadOnlyList<T>? items, int? total)
            {
                Items = items ?? Array.Empty<T>();
                Total = total;
            }

            public IReadOnlyList<T> Items { get; }

            public int? Total { get; }
        }

        /// <summary>
        /// The items -Skip and -First select. <paramref name="fetch"/> reads page n (from 1);
        /// <paramref name="onPage"/> hears each page's number and the total, for -IncludeTotalCount and progress.
        /// </summary>
        public static IEnumerable<T> Read<T>(PagingParameters? paging, int pageSize, Func<int, Page<T>> fetch, Action<int, int?> onPage)
        {
            ulong skip = paging?.Skip ?? 0;
            ulong wanted = paging?.First ?? ulong.MaxValue;
            int page = (int)Math.Min(skip / (ulong)pageSize, int.MaxValue - 1) + 1;
            skip -= (ulong)(page - 1) * (ulong)pageSize;
            while (wanted > 0)
            {
                Page<T> current = fetch(page);
                onPage(page, current.Total);
                foreach (T item in current.Items)
                {
                    if (skip > 0)
                    {
                        skip--;
                        continue;
                    }

                    if (wanted == 0)
                    {
                        yield break;
                    }

                    wanted--;
                    yield return item;
                }

                if (current.Items.Count < pageSize || (current.Total is int total && (long)page * pageSize >= total))
                {
                    yield break;
                }

                page++;
            }
        }

        /// <summary>
        /// The usual page handler: the total once (as -IncludeTotalCount's object, before the items) and a
        /// progress bar from the second page on, since the total makes a percentage possible.
        /// </summary>
        public static Action<int, int?> Reporter(PSCmdlet cmdlet, string activity, int pageSize)
        {
            bool counted = false;
            var progress = new ProgressRecord(Math.Abs(activity.GetHashCode()) % 100000, activity, "Reading");
            return (page, total) =>
            {
                if (!counted && cmdlet.PagingParameters?.IncludeTotalCount == true)
                {
                    cmdlet.WriteObject(total is int known ? cmdlet.PagingParameters.NewTotalCount((ulong)known, 1.0) : cmdlet.PagingParameters.NewTotalCount(0, 0.0));
                }

                counted = true;
                if (page > 1 && total is int all && all > 0)
                {
                    progress.StatusDescription = "Page " + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    progress.PercentComplete = (int)Math.Min(100, (long)page * pageSize * 100 / all);
                    cmdlet.WriteProgress(progress);
                }
            };
        }
    }
}
