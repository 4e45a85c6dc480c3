using System;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeEntry
{
    /// <summary>
    /// <para type="synopsis">Adds a finished time entry, from a start and an end or a duration. Never sent twice: a failed create is reported, not repeated.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyTimeEntry", SupportsShouldProcess = true, DefaultParameterSetName = EndSet)]
    [OutputType(typeof(ClockifyTimeEntry))]
    public sealed class NewClockifyTimeEntryCommand : ClockifyTimeEntryWriteCmdlet
    {
        private const string EndSet = "End";
        private const string DurationSet = "Duration";

        /// <summary><para type="description">When the work started. Text without an offset is read in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">When the work ended.</para></summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = EndSet, ValueFromPipelineByPropertyName = true)]
        public ClockifyDateTime End { get; set; } = null!;

        /// <summary><para type="description">How long the work took, instead of -End.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = DurationSet, ValueFromPipelineByPropertyName = true)]
        public TimeSpan Duration { get; set; }

        /// <summary><para type="description">Adds the entry for another user of the workspace (needs an admin key).</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull]
        [AllowEmptyString]
        public string? UserId { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            string? userId = Blank(UserId);
            if (userId != null)
            {
                RequireId(nameof(UserId), userId);
            }

            if (ParameterSetName == DurationSet && Duration <= TimeSpan.Zero)
            {
                ThrowInvalidArgument("InvalidDuration", "-Duration must be positive.", Duration);
            }

            DateTimeOffset start = Resolve(Start);
            DateTimeOffset end = ParameterSetName == DurationSet ? start + Duration : Resolve(End);
            TimeEntryWrite fields = Fields(workspace, start, end, null);
            string target = string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} to {1} (UTC) '{2}'", fields.Start, fields.End, fields.Description);
            if (ShouldProcess(target, "Add time entry"))
            {
                CreateEntry(workspace, userId, fields, target);
            }
        }
    }
}
