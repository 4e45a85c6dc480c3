using System;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Approval
{
    /// <summary>
    /// <para type="synopsis">Submits the week (or half month, or month) that contains a date for approval, for yourself or for another user.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Submit, "ClockifyApproval", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyApprovalRequest))]
    public sealed class SubmitClockifyApprovalCommand : ClockifyTimeCmdlet
    {
        /// <summary><para type="description">A date in the period to submit. Default: now, so the current period.</para></summary>
        [Parameter(Position = 0)]
        [ValidateNotNull]
        public ClockifyDateTime? Date { get; set; }

        /// <summary><para type="description">The workspace's approval period: Weekly (default), SemiMonthly or Monthly. It must match the workspace setting.</para></summary>
        [Parameter]
        [ValidateSet("Weekly", "SemiMonthly", "Monthly")]
        public string Period { get; set; } = "Weekly";

        /// <summary><para type="description">The day weeks start on, for -Period Weekly. Default: the connected user's setting, else Monday.</para></summary>
        [Parameter]
        public DayOfWeek? WeekStart { get; set; }

        /// <summary><para type="description">What to submit: Timesheet (default), Expense or TimesheetAndExpense.</para></summary>
        [Parameter]
        [ValidateSet("Timesheet", "Expense", "TimesheetAndExpense")]
        public string Type { get; set; } = "Timesheet";

        /// <summary><para type="description">Submits for this user instead of yourself (needs a manager or admin key); binds from piped users.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <summary><para type="description">Resubmits a period that was submitted already, adding entries made since (timesheets and expenses only).</para></summary>
        [Parameter]
        public SwitchParameter Resubmit { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            string? user = UserId;
            if (user != null)
            {
                RequireId(nameof(UserId), user);
            }

            string type = ApiName(Type);
            if (Resubmit && type == "TIMESHEET_AND_EXPENSE")
            {
                ThrowInvalidArgument("ResubmitType", "-Resubmit takes -Type Timesheet or Expense: Clockify resubmits one kind at a time.", Type);
            }

            DateTime day = InputZone.ToWallClock(Date is null ? DateTimeOffset.UtcNow : Resolve(Date)).Date;
            DateTime first = PeriodStart(day);

            // Clockify's own-submission route takes TIMESHEET or EXPENSE only; both at once goes by the per-user route.
            if (user is null && type == "TIMESHEET_AND_EXPENSE")
            {
                user = ActiveConnection.UserId;
            }

            // Clockify reads periodStart as a calendar day (its example is 2020-01-01T00:00:00.000Z) and counts the
            // period in the owner's time zone, so the day goes out at midnight UTC rather than as a converted instant.
            string periodStart = ClockifyTime.FormatWallClock(first);
            string what = (Resubmit ? "Resubmit " : "Submit ") + Type.ToLowerInvariant() + " " + Period.ToLowerInvariant() + " period starting " + first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (ShouldProcess((user is null ? "your time" : "user " + user) + " in workspace " + workspace, what)
                && TrySend(ApprovalApi.Submit(workspace, user, type, ApiName(Period), periodStart, Resubmit), user ?? workspace, out ApprovalRequestDto submitted))
            {
                WriteObject(new ClockifyApprovalRequest(submitted));
            }
        }

        /// <summary>Weekly -> WEEKLY, SemiMonthly -> SEMI_MONTHLY, TimesheetAndExpense -> TIMESHEET_AND_EXPENSE (ValidateSet lets any case through).</summary>
        private static string ApiName(string choice)
        {
            string upper = choice.ToUpperInvariant();
            return upper == "SEMIMONTHLY" ? "SEMI_MONTHLY" : upper == "TIMESHEETANDEXPENSE" ? "TIMESHEET_AND_EXPENSE" : upper;
        }

        private DateTime PeriodStart(DateTime day)
        {
            switch (ApiName(Period))
            {
                case "MONTHLY":
                    return new DateTime(day.Year, day.Month, 1);
                case "SEMI_MONTHLY":
                    return new DateTime(day.Year, day.Month, day.Day < 16 ? 1 : 16);
                default:
                    DayOfWeek weekStart = WeekStart ?? TimePeriods.WeekStart(ActiveConnection.WeekStart);
                    return day.AddDays(-(((int)day.DayOfWeek - (int)weekStart + 7) % 7));
            }
        }
    }
}
