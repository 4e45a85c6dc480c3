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
    /// Hands out a list page by page while the next page is already on its way, so a caller that writes objects
    /// to the pipeline never waits for the network in between. Disposing it cancels the page in flight, which
    /// is how <c>Select-Object -First</c> and Ctrl+C stop the listing.
    /// </summary>
    public sealed class PageReader<T> : IDisposable
    {
        private readonly Func<int, CancellationToken, Task<Page<T>>> fetch;
        private readonly CancellationTokenSource stop;
        private Task<Page<T>>? pending;
        private int nextPage;
        private bool finished;

        internal PageReader(Func<int, CancellationToken, Task<Page<T>>> fetch, int firstPage, CancellationToken cancellationToken)
        {
            this.fetch = fetch;
            nextPage = firstPage;
            stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        }

        /// <summary>How many pages have been handed out.</summary>
        public int PagesRead { get; private set; }

        /// <summary>The next page's items, or null when the list is exhausted.</summary>
        public async Task<IReadOnlyList<T>?> NextAsync()
        {
            if (finished)
            {
                return null;
            }

            Task<Page<T>> current = pending ?? fetch(nextPage++, stop.Token);
            pending = null;
            Page<T> page = await current.ConfigureAwait(false);
            PagesRead++;
            if (page.IsLast)
            {
                finished = true;
            }
            else
            {
                pending = fetch(nextPage++, stop.Token);
            }

            return page.Items;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            finished = true;
            stop.Cancel();
            if (pending is null)
            {
                stop.Dispose();
                return;
            }

            // Nobody will read the prefetched page: observe its fault, and free the token once it has let go.
            pending.ContinueWith(
                (task, state) =>
                {
                    _ = task.Exception;
                    ((CancellationTokenSource)state!).Dispose();
                },
                stop,
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default);
            pending = null;
        }
    }
}
