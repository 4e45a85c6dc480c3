using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Assignment
{
    /// <summary>
    /// <para type="synopsis">Schedules a user on a project for some days, so many hours a day, once or repeating every one or two weeks.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyAssignment", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyAssignment))]
    public sealed class NewClockifyAssignmentCommand : ClockifyAssignmentCmdlet
    {
        /// <summary><para type="description">The user to schedule; binds from piped users and rows.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string UserId { get; set; } = string.Empty;

        /// <summary><para type="description">The project: an id, an exact name or a project object.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ClockifyReference]
        [ArgumentCompleter(typeof(ProjectNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string Project { get; set; } = string.Empty;

        /// <summary><para type="description">The task of the project: an id or an exact name.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("TaskId")]
        [ValidateNotNullOrEmpty]
        public string? Task { get; set; }

        /// <summary><para type="description">The first day. Text without an offset is read in -TimeZone.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The last day.</para></summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public ClockifyDateTime End { get; set; } = null!;

        /// <summary><para type="description">Hours of work per day, more than 0 and at most 24.</para></summary>
        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0.01, 24.0)]
        public double HoursPerDay { get; set; }

        /// <summary><para type="description">When the day's work starts, HH:mm (24-hour clock).</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidatePattern("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
        public string? StartTime { get; set; }

        /// <summary><para type="description">A note for the user, up to 100 characters.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateLength(0, 100)]
        public string? Note { get; set; }

        /// <summary><para type="description">Makes the work billable; -Billable:$false non-billable. Default: Clockify's (the project's).</para></summary>
        [Parameter]
        public SwitchParameter Billable { get; set; }

        /// <summary><para type="description">Counts weekends and holidays as days of the assignment.</para></summary>
        [Parameter]
        public SwitchParameter IncludeNonWorkingDays { get; set; }

        /// <summary><para type="description">Repeats the assignment every 1 or 2 weeks; needs -Occurrences or -Until.</para></summary>
        [Parameter]
        [ValidateRange(1, 2)]
        public int? RepeatWeeks { get; set; }

        /// <summary><para type="description">With -RepeatWeeks: how many assignments the series has (1 to 99).</para></summary>
        [Parameter]
        [ValidateRange(1, 99)]
        public int? Occurrences { get; set; }

        /// <summary><para type="description">With -RepeatWeeks: the last day a repetition may start.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public ClockifyDateTime? Until { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(UserId), UserId);
            (string start, string end) = Window(Start, End);
            RecurringWrite? recurring = Recurrence();
            string project = ResolveProject(workspace, Project);
            var body = new AssignmentCreateBody
            {
                UserId = UserId,
                ProjectId = project,
                TaskId = Task is null ? null : ResolveTask(workspace, project, Task),
                Start = start,
                End = end,
                HoursPerDay = HoursPerDay,
                StartTime = StartTime,
                Note = Note,
                Billable = MyInvocation.BoundParameters.ContainsKey(nameof(Billable)) ? Billable.IsPresent : (bool?)null,
                IncludeNonWorkingDays = IncludeNonWorkingDays.IsPresent,
                RecurringAssignment = recurring,
            };
            string what = "Schedule user " + UserId + " on project " + project + " from " + start + " to " + end + ", " + HoursPerDay + " h a day"
                + (recurring is null ? string.Empty : ", every " + recurring.Weeks + " week(s)");
            if (ShouldProcess("workspace " + workspace, what))
            {
                SendAndWrite(SchedulingApi.Create(workspace, body), UserId, true);
            }
        }

        /// <summary>The repetition the parameters ask for, checked before any request; null for a single assignment.</summary>
        private RecurringWrite? Recurrence()
        {
            if (RepeatWeeks is null)
            {
                if (Occurrences != null || Until != null)
                {
                    ThrowInvalidArgument("RepeatEndNeedsRepeat", "-Occurrences and -Until end a repetition: give -RepeatWeeks too.", Occurrences ?? (object?)Until);
                }

                return null;
            }

            if ((Occurrences is null) == (Until is null))
            {
                ThrowInvalidArgument("RepeatNeedsOneEnd", "A repeating assignment ends after -Occurrences or on -Until: give exactly one of them.", RepeatWeeks);
            }

            return new RecurringWrite
            {
                Weeks = RepeatWeeks.Value,
                Occurrences = Occurrences,
                Until = Until is null ? null : ClockifyTime.FormatUtc(Resolve(Until)),
                RecurringEndType = Until is null ? "AFTER_OCCURRENCES" : "UNTIL_DATE",
            };
        }
    }
}
