using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeOff
{
    /// <summary>
    /// <para type="synopsis">Asks for time off under a policy, for whole days from -Start to -End or half a day, for yourself or another user.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyTimeOffRequest", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTimeOffRequest))]
    public sealed class NewClockifyTimeOffRequestCommand : ClockifyTimeCmdlet
    {
        /// <summary><para type="description">The policy to draw on; binds from piped policies and balances.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string PolicyId { get; set; } = string.Empty;

        /// <summary><para type="description">The first day off. Its calendar day in -TimeZone counts.</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNull]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The last day off (included). Default: -Start, one day.</para></summary>
        [Parameter(Position = 1)]
        [ValidateNotNull]
        public ClockifyDateTime? End { get; set; }

        /// <summary><para type="description">Asks for half a day only: FirstHalf or SecondHalf. The policy must allow half days.</para></summary>
        [Parameter]
        [ValidateSet("FirstHalf", "SecondHalf")]
        public string? HalfDay { get; set; }

        /// <summary><para type="description">A note for the approver.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Note { get; set; }

        /// <summary><para type="description">Asks for this user instead of yourself (needs an admin or manager key); binds from piped users.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(PolicyId), PolicyId);
            if (UserId != null)
            {
                RequireId(nameof(UserId), UserId);
            }

            DateTime first = InputZone.ToWallClock(Resolve(Start)).Date;
            DateTime last = End is null ? first : InputZone.ToWallClock(Resolve(End)).Date;
            if (last < first)
            {
                ThrowInvalidArgument("EndBeforeStart", "-End " + Day(last) + " is before -Start " + Day(first) + ".", End);
            }

            if (HalfDay != null && last != first)
            {
                ThrowInvalidArgument("HalfDayNeedsOneDay", "-HalfDay asks for half of one day: -End must be the same day as -Start (" + Day(first) + ").", HalfDay);
            }

            string? half = HalfDay is null ? null : (HalfDay.StartsWith("F", StringComparison.OrdinalIgnoreCase) ? "FIRST_HALF" : "SECOND_HALF");
            string what = "Request " + (half is null ? Day(first) + " to " + Day(last) : half.ToLowerInvariant().Replace('_', ' ') + " of " + Day(first)) + " off under policy " + PolicyId;
            if (!ShouldProcess(UserId is null ? "your time off in workspace " + workspace : "user " + UserId + " in workspace " + workspace, what))
            {
                return;
            }

            try
            {
                WriteObject(new ClockifyTimeOffRequest(Await(ApiClient.SendAsync<TimeOffRequestDto>(TimeOffRequestApi.Create(workspace, PolicyId, UserId, Day(first), Day(last), half, Note), Log, StopToken))));
            }
            catch (ClockifyApiException ex) when (ex.Failure == ClockifyFailure.Connection || ex.Failure == ClockifyFailure.Timeout || ex.StatusCode >= 500)
            {
                // The answer was lost and Clockify may have acted: look before anyone sends it again.
                TimeOffRequestDto? found = FindCreated(workspace, UserId ?? ActiveConnection.UserId, first, last);
                if (found is null)
                {
                    WriteApiError(ex, PolicyId);
                    return;
                }

                WriteWarning("Clockify's answer to the request was lost (" + ex.StatusName + "), but the request is there (" + found.Id + "): it was not sent again.");
                WriteObject(new ClockifyTimeOffRequest(found));
            }
            catch (ClockifyApiException ex)
            {
                WriteApiError(ex, PolicyId);
            }
        }

        private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>The user's request under this policy for exactly these days, if Clockify has one.</summary>
        private TimeOffRequestDto? FindCreated(string workspace, string userId, DateTime first, DateTime last)
        {
            // A day either side covers every time zone the user's days may be counted in.
            var query = new TimeOffRequestQuery
            {
                Users = new[] { userId },
                Start = ClockifyTime.FormatWallClock(first.AddDays(-1)),
                End = ClockifyTime.FormatWallClock(last.AddDays(2)),
            };
            try
            {
                TimeOffRequestPageDto page = Await(ApiClient.SendAsync<TimeOffRequestPageDto>(TimeOffRequestApi.Search(workspace, query, 1, TimeOffRequestApi.LargestPage), Log, StopToken));
                return (page.Requests ?? Enumerable.Empty<TimeOffRequestDto>()).FirstOrDefault(r =>
                    string.Equals(r.PolicyId, PolicyId, StringComparison.OrdinalIgnoreCase)
                    && UserDay(r, r.TimeOffPeriod?.Period?.Start) == first
                    && UserDay(r, r.TimeOffPeriod?.Period?.End) == last);
            }
            catch (ClockifyApiException)
            {
                return null;
            }
        }

        private static DateTime? UserDay(TimeOffRequestDto request, string? instant) =>
            ClockifyTime.ParseUtc(instant) is DateTimeOffset at ? (ProfileZone.Find(request.UserTimeZone) ?? ProfileZone.Utc).ToWallClock(at).Date : (DateTime?)null;
    }
}
