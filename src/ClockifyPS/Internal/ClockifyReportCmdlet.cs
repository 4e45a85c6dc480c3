using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// A Reports API cmdlet: the filters every report shares, the zone the report is computed in (-TimeZone,
    /// else UTC, always sent explicitly), the plan's date-range cap turned into a clear error, and -Chunk.
    /// </summary>
    public abstract class ClockifyReportCmdlet : ClockifyTimeCmdlet
    {
        /// <summary>The longest range a free plan allows in one report.</summary>
        protected const int FreePlanDays = 31;

        /// <summary><para type="description">Only these users' time: ids, emails or exact names. Binds from piped users.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? UserId { get; set; }

        /// <summary><para type="description">Only the time of these user groups' members (ids).</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? UserGroupId { get; set; }

        /// <summary><para type="description">Only time on these projects: ids or exact names.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? ProjectId { get; set; }

        /// <summary><para type="description">Only time on these clients' projects: ids or exact names.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? ClientId { get; set; }

        /// <summary><para type="description">Only time with any of these tags: ids or exact names.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? TagId { get; set; }

        /// <summary><para type="description">Only time on these tasks (ids).</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? TaskId { get; set; }

        /// <summary><para type="description">Only billable time; -Billable:$false only non-billable time.</para></summary>
        [Parameter]
        public SwitchParameter Billable { get; set; }

        /// <summary><para type="description">Only entries whose description contains this text.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Description { get; set; }

        private readonly List<string> pipedUsers = new List<string>();
        private bool anyUsers;

        /// <summary>The zone the report is computed in: -TimeZone, else UTC.</summary>
        protected ProfileZone ReportZone => TimeZone is null ? ProfileZone.Utc : InputZone;

        /// <summary>Whether -Billable was given, either way.</summary>
        protected bool? BillableFilter => MyInvocation.BoundParameters.ContainsKey(nameof(Billable)) ? Billable.IsPresent : (bool?)null;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            // Piped users make one report for all of them, not one report each.
            if (UserId != null)
            {
                anyUsers = true;
                pipedUsers.AddRange(UserId);
            }
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            Run();
            base.EndProcessing();
        }

        /// <summary>Builds and sends the report once every piped input is in.</summary>
        protected abstract void Run();

        /// <summary>Sends a report request and parses its JSON answer.</summary>
        /// <exception cref="ClockifyApiException">The request failed, or the answer is not JSON.</exception>
        protected JsonDocument SendJson(ClockifyRequest request)
        {
            ClockifyResponse response = Await(ApiClient.SendAsync(request, Log, StopToken));
            return ParseJson(response, request);
        }

        /// <summary>Parses a report answer; a body that is not JSON is an InvalidResponse failure.</summary>
        internal JsonDocument ParseJson(ClockifyResponse response, ClockifyRequest request)
        {
            try
            {
                return response.Json();
            }
            catch (JsonException ex)
            {
                Uri uri = request.ResolveOn(ApiClient.Endpoints);
                throw new ClockifyApiException(ClockifyFailure.InvalidResponse, request.Method.Method, uri, response.StatusCode, null, null, "Clockify's answer to " + request.Method.Method + " " + uri.AbsoluteUri + " is not the JSON expected: " + ex.Message, ex);
            }
        }

        /// <summary>
        /// Whether a row of user <paramref name="userId"/> belongs in a report filtered by users. The users filter is
        /// sent as Clockify needs it, but it has been seen to answer for everyone: rows of other users are dropped.
        /// </summary>
        protected static bool InUserFilter(ReportFilter filter, string? userId) =>
            filter.UserIds is null || userId is null || filter.UserIds.Contains(userId, StringComparer.Ordinal);

        /// <summary>The filters with every name resolved to an id, over [start, end).</summary>
        protected ReportFilter BuildFilter(string workspace, DateTimeOffset start, DateTimeOffset end)
        {
            if (end <= start)
            {
                ThrowInvalidArgument("EndBeforeStart", string.Format(CultureInfo.InvariantCulture, "-End ({0:u}) must be after -Start ({1:u}).", end.UtcDateTime, start.UtcDateTime), end);
            }

            return new ReportFilter
            {
                Start = start,
                End = end,
                Zone = ReportZone,
                UserIds = ResolveUsers(workspace),
                UserGroupIds = Ids(nameof(UserGroupId), UserGroupId),
                ProjectIds = UniqueOrNull(ProjectId?.Select(p => ResolveProject(workspace, p))),
                ClientIds = UniqueOrNull(ClientId?.Select(c => ResolveClient(workspace, c))),
                TagIds = UniqueOrNull(TagId?.Select(t => ResolveTag(workspace, t))),
                TaskIds = Ids(nameof(TaskId), TaskId),
                Billable = BillableFilter,
                Description = Description,
            };
        }

        /// <summary>
        /// Runs <paramref name="query"/> once per window (the whole range, or with <paramref name="chunk"/> windows of
        /// at most 31 days). A 400 for the plan's range cap stops the cmdlet with an error naming the limit.
        /// </summary>
        protected void ForEachWindow(ReportFilter filter, bool chunk, Action<ReportFilter> query)
        {
            IReadOnlyList<ReportFilter> windows = chunk ? filter.Split(FreePlanDays) : new[] { filter };
            var progress = new ProgressRecord(2, Operation, "Windows");
            for (int i = 0; i < windows.Count; i++)
            {
                if (windows.Count > 1)
                {
                    progress.StatusDescription = string.Format(CultureInfo.InvariantCulture, "Window {0} of {1}: {2:yyyy-MM-dd} to {3:yyyy-MM-dd}", i + 1, windows.Count, windows[i].Zone.ToWallClock(windows[i].Start), windows[i].Zone.ToWallClock(windows[i].End));
                    progress.PercentComplete = i * 100 / windows.Count;
                    WriteProgress(progress);
                }

                try
                {
                    query(windows[i]);
                }
                catch (ClockifyApiException ex) when (ReportApi.IsRangeLimit(ex))
                {
                    ThrowRangeLimit(ex, chunk);
                }
                catch (ClockifyApiException ex)
                {
                    ThrowApiError(ex, windows[i].Zone.Id);
                }
            }

            if (windows.Count > 1)
            {
                progress.RecordType = ProgressRecordType.Completed;
                WriteProgress(progress);
            }
        }

        /// <summary>Stops with the plan's range cap as a clear error.</summary>
        protected void ThrowRangeLimit(ClockifyApiException exception, bool chunked, bool canChunk = true)
        {
            string message = string.Format(
                CultureInfo.InvariantCulture,
                "This workspace's plan limits a report to {0} days, and the range asked for is longer{1}. {2} (Clockify said: {3})",
                FreePlanDays,
                chunked ? " even in chunks" : string.Empty,
                chunked || !canChunk ? "Give a range of at most " + FreePlanDays + " days." : "Give a range of at most " + FreePlanDays + " days, or add -Chunk to fetch the range in windows of up to " + FreePlanDays + " days and merge them.",
                exception.ClockifyMessage);
            var record = new ErrorRecord(new InvalidOperationException(message, exception), "Clockify." + Operation + ".DateRangeLimit", ErrorCategory.LimitsExceeded, FreePlanDays);
            record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = chunked || !canChunk ? "Shorten the range to " + FreePlanDays + " days." : "Add -Chunk, or shorten the range to " + FreePlanDays + " days." };
            ThrowTerminatingError(record);
        }

        /// <summary>The report zone's wall-clock time of a report timestamp, read as the instant it means, in UTC.</summary>
        internal static DateTimeOffset? ParseReportTime(string? text, ProfileZone zone) => ReportTime.Parse(text, zone);

        private IReadOnlyList<string>? ResolveUsers(string workspace)
        {
            if (!anyUsers)
            {
                return null;
            }

            var resolver = new UserReferenceResolver(ApiClient, Log);
            var ids = new List<string>();
            foreach (string user in pipedUsers)
            {
                try
                {
                    ids.Add(Await(resolver.ResolveAsync(workspace, user, StopToken)));
                }
                catch (ClockifyUserReferenceException ex)
                {
                    ThrowTerminatingError(ex.ToErrorRecord(Operation));
                }
                catch (ClockifyApiException ex)
                {
                    ThrowApiError(ex, user);
                }
            }

            return UniqueOrNull(ids);
        }

        private IReadOnlyList<string>? Ids(string parameter, string[]? ids)
        {
            foreach (string id in ids ?? Array.Empty<string>())
            {
                RequireId(parameter, id);
            }

            return UniqueOrNull(ids);
        }

        private static IReadOnlyList<string>? UniqueOrNull(IEnumerable<string>? ids) =>
            ids is null ? null : ids.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Report timestamps: rendered in the report's zone, with an offset that may or may not be true.</summary>
    internal static class ReportTime
    {
        /// <summary>
        /// The instant a report timestamp means. Its wall-clock part is read in <paramref name="zone"/>, whatever
        /// offset or Z it carries; the offset decides only between the two readings of a repeated hour, and only
        /// when it is one of them.
        /// </summary>
        public static DateTimeOffset? Parse(string? text, ProfileZone zone)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            DateTime wall;
            DateTimeOffset? stated = null;
            if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTime parsed) && parsed.Kind == DateTimeKind.Unspecified)
            {
                wall = parsed;
            }
            else
            {
                DateTimeOffset withOffset = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                wall = withOffset.DateTime;
                stated = withOffset;
            }

            DateTimeOffset instant = zone.FromWallClock(wall);
            if (stated is DateTimeOffset s && s != instant && zone.ToWallClock(s) == wall)
            {
                // A true offset picks the later reading of a repeated hour.
                instant = s;
            }

            return instant.ToUniversalTime();
        }
    }
}
