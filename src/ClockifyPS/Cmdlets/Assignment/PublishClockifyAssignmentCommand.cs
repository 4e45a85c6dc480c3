using System;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.Assignment
{
    /// <summary>
    /// <para type="synopsis">Publishes the scheduled assignments in a window, so users see them; for some users only with -UserId.</para>
    /// </summary>
    [Cmdlet(VerbsData.Publish, "ClockifyAssignment", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class PublishClockifyAssignmentCommand : ClockifyAssignmentCmdlet
    {
        /// <summary><para type="description">The first moment of the window. Text without an offset is read in -TimeZone.</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The last moment of the window.</para></summary>
        [Parameter(Mandatory = true, Position = 1)]
        public ClockifyDateTime End { get; set; } = null!;

        /// <summary><para type="description">Only these users' assignments. Default: everyone's.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? UserId { get; set; }

        /// <summary><para type="description">Emails the users about their published schedule.</para></summary>
        [Parameter]
        public SwitchParameter NotifyUsers { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            Array.ForEach(UserId ?? Array.Empty<string>(), id => RequireId(nameof(UserId), id));
            (string start, string end) = Window(Start, End);
            string whose = UserId is null ? "everyone's assignments" : "the assignments of " + string.Join(", ", UserId);
            if (ShouldProcess("workspace " + workspace, "Publish " + whose + " from " + start + " to " + end + (NotifyUsers ? ", notifying the users" : string.Empty)))
            {
                TrySend(SchedulingApi.Publish(workspace, start, end, NotifyUsers, UserId), workspace);
            }
        }
    }
}
