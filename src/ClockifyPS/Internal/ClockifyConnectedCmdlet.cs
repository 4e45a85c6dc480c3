using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Models;

namespace ClockifyPS.Internal
{
    /// <summary>A cmdlet that talks to Clockify: it uses -Connection when given, else the runspace's current connection.</summary>
    public abstract class ClockifyConnectedCmdlet : ClockifyCmdlet
    {
        /// <summary>Clockify's largest page on ordinary lists.</summary>
        protected const int LargestPage = 5000;

        private ClockifyConnection? resolved;
        private PagingBudget? budget;

        /// <summary>
        /// <para type="description">The connection to use instead of the current one (from Connect-Clockify -PassThru or Get-ClockifyConnection).</para>
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public ClockifyConnection? Connection { get; set; }

        /// <summary>The connection this invocation works through.</summary>
        protected ClockifyConnection ActiveConnection
        {
            get
            {
                if (resolved is null)
                {
                    resolved = Connection ?? ConnectionRegistry.Current;
                    if (resolved is null)
                    {
                        ThrowTerminatingError(ClockifyErrors.NotConnected(Operation));
                    }

                    if (resolved!.IsClosed)
                    {
                        ThrowTerminatingError(ClockifyErrors.ConnectionClosed(Operation, resolved));
                    }
                }

                return resolved!;
            }
        }

        /// <summary>The engine client of <see cref="ActiveConnection"/>.</summary>
        protected ClockifyApiClient ApiClient => ActiveConnection.ApiClient;

        /// <summary>Stops with a specific error unless <paramref name="id"/> looks like a Clockify id (24 hex digits).</summary>
        protected void RequireId(string parameter, string id)
        {
            if (!ClockifyIds.IsValid(id))
            {
                ThrowInvalidArgument("Invalid" + parameter, ClockifyIds.Describe(parameter, id), id);
            }
        }

        /// <summary>Sends a request and returns its JSON answer; a Clockify failure stops the cmdlet.</summary>
        protected T Send<T>(ClockifyRequest request, object? target)
        {
            try
            {
                return Await(ApiClient.SendAsync<T>(request, Log, StopToken));
            }
            catch (ClockifyApiException ex)
            {
                ThrowApiError(ex, target);
                throw;
            }
        }

        /// <summary>
        /// Sends a request for one pipeline input. A Clockify failure is written as a non-terminating error, so
        /// the next input still gets its turn, and false is returned.
        /// </summary>
        protected bool TrySend<T>(ClockifyRequest request, object? target, out T result)
        {
            try
            {
                result = Await(ApiClient.SendAsync<T>(request, Log, StopToken));
                return true;
            }
            catch (ClockifyApiException ex)
            {
                WriteApiError(ex, target);
                result = default!;
                return false;
            }
        }

        /// <summary>Like <see cref="TrySend{T}"/> for requests whose answer is not needed.</summary>
        protected bool TrySend(ClockifyRequest request, object? target)
        {
            try
            {
                Await(ApiClient.SendAsync(request, Log, StopToken));
                return true;
            }
            catch (ClockifyApiException ex)
            {
                WriteApiError(ex, target);
                return false;
            }
        }

        /// <summary>
        /// Picks entities by id from a list Clockify only serves whole (it has no request for one user or one
        /// group): the list is read once into <paramref name="known"/> and reused for later pipeline input.
        /// An id not in it is a non-terminating NotFound error naming <paramref name="what"/>.
        /// </summary>
        protected List<TDto> PickByIds<TDto>(ref Dictionary<string, TDto>? known, ClockifyRequest list, Func<TDto, string> idOf, IEnumerable<string> ids, string what)
        {
            if (known is null)
            {
                known = new Dictionary<string, TDto>(StringComparer.OrdinalIgnoreCase);
                try
                {
                    foreach (TDto item in Await(ListReader.ReadAllAsync<TDto>(ApiClient, list, Log, StopToken)))
                    {
                        known[idOf(item)] = item;
                    }
                }
                catch (ClockifyApiException ex)
                {
                    ThrowApiError(ex, list.Path);
                }
            }

            var found = new List<TDto>();
            foreach (string id in ids)
            {
                if (known.TryGetValue(id, out TDto? item))
                {
                    found.Add(item);
                }
                else
                {
                    WriteError(new ErrorRecord(
                        new ItemNotFoundException("No " + what + " with id " + id + " is in this workspace."),
                        "Clockify." + Operation + ".NotFound",
                        ErrorCategory.ObjectNotFound,
                        id));
                }
            }

            return found;
        }

        /// <summary>
        /// Streams a paged list to the pipeline page by page, honouring -First and -Skip when the cmdlet supports
        /// paging (across every list one invocation streams), with progress from the second page on. Whole
        /// pages inside -Skip are never fetched when nothing is filtered here.
        /// </summary>
        /// <param name="request">The list request, without page parameters.</param>
        /// <param name="toOutput">Turns one item into the pipeline object.</param>
        /// <param name="activity">What is being read, for the progress bar.</param>
        /// <param name="keep">A client-side filter for what the API cannot filter; null keeps everything.</param>
        /// <param name="pageSize">Items per page: the endpoint's largest unless a test wants more pages.</param>
        /// <param name="parse">Reads a page whose items are wrapped in an object (expenses, invoices); null for a plain array.</param>
        /// <returns>False once -First is satisfied, so a caller streaming several lists can stop.</returns>
        protected bool WriteListing<TDto>(ClockifyRequest request, Func<TDto, object> toOutput, string activity, Func<TDto, bool>? keep = null, int pageSize = LargestPage, Func<ClockifyResponse, IReadOnlyList<TDto>>? parse = null)
        {
            PagingBudget budget = Budget();
            if (budget.Exhausted)
            {
                return false;
            }

            int firstPage = 1;
            if (keep is null && budget.Skip >= (ulong)pageSize)
            {
                ulong wholePages = Math.Min(budget.Skip / (ulong)pageSize, int.MaxValue - 1);
                firstPage = (int)wholePages + 1;
                budget.Skip -= wholePages * (ulong)pageSize;
            }

            var progress = new ProgressRecord(Math.Abs(activity.GetHashCode()) % 100000, activity, "Reading");
            try
            {
                // Parsing, filtering and building the output objects happen in the task that fetched the page,
                // so this thread only writes objects while the next page is on its way.
                using PageReader<object> pages = ApiClient.ReadPages(request, pageSize, parse ?? (r => r.Deserialize<List<TDto>>()), items => Shape(items, toOutput, keep), Log, StopToken, firstPage);
                ulong seen = 0;
                while (!budget.Exhausted)
                {
                    IReadOnlyList<object>? page = Await(pages.NextAsync());
                    if (page is null)
                    {
                        break;
                    }

                    if (pages.PagesRead > 1)
                    {
                        progress.StatusDescription = string.Format(CultureInfo.InvariantCulture, "Page {0}: {1} so far", firstPage + pages.PagesRead - 1, seen);
                        WriteProgress(progress);
                    }

                    foreach (object item in page)
                    {
                        seen++;
                        if (!budget.Take())
                        {
                            if (budget.Exhausted)
                            {
                                break;
                            }

                            continue;
                        }

                        WriteObject(item);
                    }
                }

                if (pages.PagesRead > 1)
                {
                    progress.RecordType = ProgressRecordType.Completed;
                    WriteProgress(progress);
                }
            }
            catch (ClockifyApiException ex)
            {
                ThrowApiError(ex, request.Path);
            }

            return !budget.Exhausted;
        }

        private static IReadOnlyList<object> Shape<TDto>(IReadOnlyList<TDto> items, Func<TDto, object> toOutput, Func<TDto, bool>? keep)
        {
            var shaped = new List<object>(items.Count);
            foreach (TDto item in items)
            {
                if (keep is null || keep(item))
                {
                    shaped.Add(toOutput(item));
                }
            }

            return shaped;
        }

        private PagingBudget Budget()
        {
            if (budget is null)
            {
                PagingParameters? paging = PagingParameters;
                budget = new PagingBudget(paging?.Skip ?? 0, paging?.First ?? ulong.MaxValue);
                if (paging?.IncludeTotalCount == true)
                {
                    // Clockify never reports a total; say so rather than guess.
                    WriteObject(paging.NewTotalCount(0, 0.0));
                }
            }

            return budget;
        }

        /// <summary>What is left of -Skip and -First over one invocation.</summary>
        private sealed class PagingBudget
        {
            public PagingBudget(ulong skip, ulong first)
            {
                Skip = skip;
                Remaining = first;
            }

            public ulong Skip { get; set; }

            public ulong Remaining { get; private set; }

            public bool Exhausted => Remaining == 0;

            /// <summary>Whether the next item goes out: false while skipping or once -First is reached.</summary>
            public bool Take()
            {
                if (Skip > 0)
                {
                    Skip--;
                    return false;
                }

                if (Remaining == 0)
                {
                    return false;
                }

                Remaining--;
                return true;
            }
        }
    }
}
