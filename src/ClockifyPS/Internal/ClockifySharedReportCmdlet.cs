using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// Reads a workspace's shared reports: the list comes in pages (page/pageSize from 1) of an envelope with a
    /// total count, and there is no request for one report's settings, so ids are looked up in the list.
    /// </summary>
    public abstract class ClockifySharedReportCmdlet : ClockifyWorkspaceCmdlet
    {
        /// <summary>Shared reports per page.</summary>
        protected const int PageSize = 200;

        private Dictionary<string, SharedReportDto>? known;

        /// <summary>The shared reports <paramref name="scope"/> finds, page by page as they are read.</summary>
        protected IEnumerable<SharedReportDto> ReadAll(string workspace, string scope)
        {
            ClockifyRequest request = SharedReportApi.List(workspace, scope);
            using PageReader<SharedReportDto> pages = ApiClient.ReadPages(request, PageSize, r => r.Deserialize<SharedReportListDto>().Reports ?? new List<SharedReportDto>(), Log, StopToken);
            while (true)
            {
                IReadOnlyList<SharedReportDto>? page;
                try
                {
                    page = Await(pages.NextAsync());
                }
                catch (ClockifyApiException ex)
                {
                    ThrowApiError(ex, request.Path);
                    throw;
                }

                if (page is null)
                {
                    yield break;
                }

                foreach (SharedReportDto report in page)
                {
                    yield return report;
                }
            }
        }

        /// <summary>The shared report with <paramref name="id"/> (read from the list once per command), or null after a NotFound error.</summary>
        protected SharedReportDto? Find(string workspace, string id)
        {
            known ??= ReadAll(workspace, "ALL").ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
            if (known.TryGetValue(id, out SharedReportDto? report))
            {
                return report;
            }

            WriteError(new ErrorRecord(new ItemNotFoundException("No shared report with id " + id + " is in this workspace."), "Clockify." + Operation + ".NotFound", ErrorCategory.ObjectNotFound, id));
            return null;
        }
    }
}
