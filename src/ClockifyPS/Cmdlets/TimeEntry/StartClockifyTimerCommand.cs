using System;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeEntry
{
    /// <summary>
    /// <para type="synopsis">Starts a timer (a time entry with no end). Clockify stops a timer already running.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "ClockifyTimer", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTimeEntry))]
    public sealed class StartClockifyTimerCommand : ClockifyTimeEntryWriteCmdlet
    {
        /// <summary><para type="description">When the timer started. Default: now.</para></summary>
        [Parameter]
        public ClockifyDateTime? At { get; set; }

        /// <summary><para type="description">Starts the timer of another user of the workspace (needs an admin key).</para></summary>
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

            DateTimeOffset start = At is null ? DateTimeOffset.UtcNow : Resolve(At);
            TimeEntryWrite fields = Fields(workspace, start, null, null);
            if (ShouldProcess("timer '" + fields.Description + "' from " + fields.Start + " (UTC)", "Start"))
            {
                CreateEntry(workspace, userId, fields, fields.Start);
            }
        }
    }
}
