using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Assignment
{
    /// <summary>
    /// <para type="synopsis">Changes a scheduled assignment's days, hours, start time, note, task or billability, or those of more of its series.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyAssignment", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyAssignment))]
    public sealed class SetClockifyAssignmentCommand : ClockifyAssignmentCmdlet
    {
        /// <summary><para type="description">The id of the assignment; binds from piped assignments.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("AssignmentId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The first day (Clockify needs it on every change); binds from piped assignments.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The last day (Clockify needs it on every change); binds from piped assignments.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public ClockifyDateTime End { get; set; } = null!;

        /// <summary><para type="description">Hours of work per day, more than 0 and at most 24.</para></summary>
        [Parameter]
        [ValidateRange(0.01, 24.0)]
        public double? HoursPerDay { get; set; }

        /// <summary><para type="description">When the day's work starts, HH:mm (24-hour clock).</para></summary>
        [Parameter]
        [ValidatePattern("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
        public string? StartTime { get; set; }

        /// <summary><para type="description">A note for the user, up to 100 characters.</para></summary>
        [Parameter]
        [ValidateLength(0, 100)]
        public string? Note { get; set; }

        /// <summary><para type="description">The task (an id of the assignment's project).</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? TaskId { get; set; }

        /// <summary><para type="description">Makes the work billable; -Billable:$false non-billable.</para></summary>
        [Parameter]
        public SwitchParameter Billable { get; set; }

        /// <summary><para type="description">Counts weekends and holidays as days; -IncludeNonWorkingDays:$false does not.</para></summary>
        [Parameter]
        public SwitchParameter IncludeNonWorkingDays { get; set; }

        /// <summary><para type="description">For a repeating assignment: ThisOne (the default), ThisAndFollowing or All of its series.</para></summary>
        [Parameter]
        [ValidateSet("ThisOne", "ThisAndFollowing", "All")]
        public string? Series { get; set; }

        /// <summary><para type="description">Writes the changed assignments to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            if (TaskId != null)
            {
                RequireId(nameof(TaskId), TaskId);
            }

            (string start, string end) = Window(Start, End);
            var body = new AssignmentUpdateBody
            {
                Start = start,
                End = end,
                HoursPerDay = HoursPerDay,
                StartTime = StartTime,
                Note = Note,
                TaskId = TaskId,
                Billable = MyInvocation.BoundParameters.ContainsKey(nameof(Billable)) ? Billable.IsPresent : (bool?)null,
                IncludeNonWorkingDays = MyInvocation.BoundParameters.ContainsKey(nameof(IncludeNonWorkingDays)) ? IncludeNonWorkingDays.IsPresent : (bool?)null,
                SeriesUpdateOption = Series is null ? null : ApiEnum.Of(Series),
            };
            if (ShouldProcess("assignment " + Id + (Series is null ? string.Empty : " (" + Series + " of its series)"), "Set days " + start + " to " + end + (HoursPerDay is null ? string.Empty : ", " + HoursPerDay + " h a day")))
            {
                SendAndWrite(SchedulingApi.Update(workspace, Id, body), Id, PassThru);
            }
        }
    }
}
