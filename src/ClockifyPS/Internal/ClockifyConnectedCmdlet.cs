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
        protected ClockifyApiClient Client => ActiveConnection.Client;

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
                return Await(Client.SendAsync<T>(request, Log, StopToken));
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
                result = Await(Client.SendAsync<T>(request, Log, StopToken));
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
                Await(Client.SendAsync(request, Log, StopToken));
                return true;
            }
            catch (ClockifyApiException ex)
            {
                WriteApiError(ex, target);
                return false;
            }
        }

        /// <summary>
        /// Streams a paged list to the pipeline page by page, honouring -First and -Skip when the cmdlet supports
        /// paging (whole skipped pages are never fetched), with progress from the second page on.
        /// </summary>
        /// <param name="request">The list request, without page parameters.</param>
        /// <param name="toOutput">Turns one item into the pipeline object.</param>
        /// <param name="activity">What is being read, for the progress bar.</param>
        /// <param name="keep">A client-side filter for what the API cannot filter; null keeps everything.</param>
        /// <param name="pageSize">Items per page: the endpoint's largest unless a test wants more pages.</param>
        protected void WriteListing<TDto>(ClockifyRequest request, Func<TDto, object> toOutput, string activity, Func<TDto, bool>? keep = null, int pageSize = LargestPage)
        {
            PagingParameters? paging = PagingParameters;
            ulong skip = paging?.Skip ?? 0;
            ulong first = paging?.First ?? ulong.MaxValue;
            if (paging?.IncludeTotalCount == true)
            {
                // Clockify never reports a total; say so rather than guess.
                WriteObject(paging.NewTotalCount(0, 0.0));
            }

            // With no client-side filter, item N is on page N / pageSize: skipped pages need not be read at all.
            int firstPage = keep is null ? (int)Math.Min(skip / (ulong)pageSize, int.MaxValue - 1) + 1 : 1;
            ulong toSkip = keep is null ? skip % (ulong)pageSize : skip;
            ulong written = 0;
            var progress = new ProgressRecord(Math.Abs(activity.GetHashCode()) % 100000, activity, "Reading");
            try
            {
                using PageReader<TDto> pages = Client.ReadPages(request, pageSize, r => r.Deserialize<List<TDto>>(), Log, StopToken, firstPage);
                while (written < first)
                {
                    IReadOnlyList<TDto>? page = Await(pages.NextAsync());
                    if (page is null)
                    {
                        break;
                    }

                    if (pages.PagesRead > 1)
                    {
                        progress.StatusDescription = string.Format(CultureInfo.InvariantCulture, "Page {0}: {1} so far", firstPage + pages.PagesRead - 1, written);
                        WriteProgress(progress);
                    }

                    foreach (TDto item in page)
                    {
                        if (keep != null && !keep(item))
                        {
                            continue;
                        }

                        if (toSkip > 0)
                        {
                            toSkip--;
                            continue;
                        }

                        if (written >= first)
                        {
                            break;
                        }

                        written++;
                        WriteObject(toOutput(item));
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
        }
    }
}
