using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using ClockifyPS.Engine;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// A cmdlet over lists that do not page with <c>page</c>/<c>page-size</c> from 1 (entity changes page from 0
    /// with <c>limit</c>; the audit log pages in its POST body): each page's request is built by the caller, and
    /// -First/-Skip count across every list one invocation streams.
    /// </summary>
    public abstract class ClockifyBodyPagedCmdlet : ClockifyTimeCmdlet
    {
        private ulong skip;
        private ulong remaining = ulong.MaxValue;
        private bool started;

        /// <summary>
        /// Streams one list to the pipeline page by page: <paramref name="pageRequest"/> builds the request for page
        /// 1, 2, ... (the caller maps it to the endpoint's numbering); a short page is the last.
        /// </summary>
        /// <returns>False once -First is satisfied.</returns>
        protected bool WriteBodyPages<TDto>(Func<int, ClockifyRequest> pageRequest, int pageSize, Func<ClockifyResponse, IReadOnlyList<TDto>> parse, Func<TDto, object> toOutput, string activity)
        {
            Start();
            if (remaining == 0)
            {
                return false;
            }

            var progress = new ProgressRecord(Math.Abs(activity.GetHashCode()) % 100000, activity, "Reading");
            ClockifyRequest first = pageRequest(1);
            try
            {
                using PageReader<TDto> pages = ApiClient.ReadBodyPages(pageRequest, pageSize, parse, Log, StopToken);
                while (remaining > 0 && Await(pages.NextAsync()) is { } page)
                {
                    if (pages.PagesRead > 1)
                    {
                        progress.StatusDescription = string.Format(CultureInfo.InvariantCulture, "Page {0}", pages.PagesRead);
                        WriteProgress(progress);
                    }

                    foreach (TDto item in page)
                    {
                        if (skip > 0)
                        {
                            skip--;
                            continue;
                        }

                        WriteObject(toOutput(item));
                        if (--remaining == 0)
                        {
                            break;
                        }
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
                ThrowApiError(ex, first.Path);
            }

            return remaining > 0;
        }

        /// <summary>
        /// "Now" as an inclusive end: Clockify's times have whole seconds, so the current second is rounded up,
        /// else a change made earlier in this very second would be left out.
        /// </summary>
        protected static DateTimeOffset UntilNow() => DateTimeOffset.UtcNow.AddSeconds(1);

        private void Start()
        {
            if (started)
            {
                return;
            }

            started = true;
            PagingParameters? paging = PagingParameters;
            skip = paging?.Skip ?? 0;
            remaining = paging?.First ?? ulong.MaxValue;
            if (paging?.IncludeTotalCount == true)
            {
                // Neither endpoint reports a total; say so rather than guess.
                WriteObject(paging.NewTotalCount(0, 0.0));
            }
        }
    }
}
