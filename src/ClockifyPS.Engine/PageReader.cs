using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ClockifyPS.Engine
{
    /// <summary>One page of a list and whether it is the last.</summary>
    public sealed class Page<T>
    {
        /// <summary>Creates a page.</summary>
        public Page(IReadOnlyList<T> items, bool isLast)
        {
            Items = items;
            IsLast = isLast;
        }

        /// <summary>The items on this page.</summary>
        public IReadOnlyList<T> Items { get; }

        /// <summary>Whether no page follows.</summary>
        public bool IsLast { get; }
    }

    /// <summary>
    /// Hands out a list page by page while the next pages are on their way: page N+1 is requested as soon as
    /// page N's headers say it is not the last (before page N is parsed), so fetching, parsing and the
    /// caller's work overlap. At most <see cref="PagesAhead"/> pages are held ahead of the caller, so memory
    /// stays flat however long the list. A page beyond the last is never requested. Disposing the reader
    /// cancels what is in flight, which is how <c>Select-Object -First</c> and Ctrl+C stop a listing.
    /// </summary>
    public sealed class PageReader<T> : IDisposable
    {
        /// <summary>Pages fetched or parsed ahead of the caller at most.</summary>
        public const int PagesAhead = 2;

        private readonly Func<int, CancellationToken, Task<ClockifyResponse>> fetch;
        private readonly Func<ClockifyResponse, Page<T>> read;
        private readonly CancellationTokenSource stop;
        private readonly object gate = new object();
        private readonly Queue<Task<Page<T>>> ahead = new Queue<Task<Page<T>>>();
        private int nextPage;
        private int knownNotLast;
        private bool ended;

        internal PageReader(Func<int, CancellationToken, Task<ClockifyResponse>> fetch, Func<ClockifyResponse, Page<T>> read, int firstPage, CancellationToken cancellationToken)
        {
            this.fetch = fetch;
            this.read = read;
            nextPage = firstPage;
            knownNotLast = firstPage - 1;
            stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        }

        /// <summary>How many pages have been handed out.</summary>
        public int PagesRead { get; private set; }

        /// <summary>The next page's items, or null when the list is exhausted.</summary>
        public async Task<IReadOnlyList<T>?> NextAsync()
        {
            Task<Page<T>> head;
            lock (gate)
            {
                StartWhatMayStart();
                if (ahead.Count == 0)
                {
                    return null;
                }

                head = ahead.Peek();
            }

            Page<T> page = await head.ConfigureAwait(false);
            lock (gate)
            {
                ahead.Dequeue();
                PagesRead++;
                if (page.IsLast)
                {
                    ended = true;
                }

                StartWhatMayStart();
            }

            return page.Items;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            Task<Page<T>>[] inFlight;
            lock (gate)
            {
                ended = true;
                inFlight = ahead.ToArray();
                ahead.Clear();
            }

            stop.Cancel();
            if (inFlight.Length == 0)
            {
                stop.Dispose();
                return;
            }

            // Nobody will read those pages: observe their faults, and free the token once they have let go.
            Task.WhenAll(inFlight).ContinueWith(
                (task, state) =>
                {
                    _ = task.Exception;
                    ((CancellationTokenSource)state!).Dispose();
                },
                stop,
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default);
        }

        /// <summary>Starts the next page while it is known to exist and there is room ahead of the caller.</summary>
        private void StartWhatMayStart()
        {
            while (!ended && ahead.Count < PagesAhead && nextPage - 1 <= knownNotLast)
            {
                // Queued before it runs, so pages stay in order even when a fetch completes at once.
                int page = nextPage++;
                ahead.Enqueue(Task.Run(() => Load(page)));
            }
        }

        private async Task<Page<T>> Load(int page)
        {
            ClockifyResponse response = await fetch(page, stop.Token).ConfigureAwait(false);
            if (response.LastPage == false)
            {
                // The headers already say another page follows: ask for it while this one is parsed.
                NotLast(page);
            }

            Page<T> result = read(response);
            if (!result.IsLast)
            {
                NotLast(page);
            }

            return result;
        }

        private void NotLast(int page)
        {
            lock (gate)
            {
                if (page > knownNotLast)
                {
                    knownNotLast = page;
                    StartWhatMayStart();
                }
            }
        }
    }
}
