using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Assignment
{
    /// <summary>
    /// <para type="synopsis">Gets the scheduled assignments that overlap a window, with user, project, client and task names.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyAssignment", SupportsPaging = true)]
    [OutputType(typeof(ClockifyAssignment))]
    public sealed class GetClockifyAssignmentCommand : ClockifyAssignmentCmdlet
    {
        /// <summary><para type="description">The first moment of the window. Text without an offset is read in -TimeZone.</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The last moment of the window.</para></summary>
        [Parameter(Mandatory = true, Position = 1)]
        public ClockifyDateTime End { get; set; } = null!;

        /// <summary><para type="description">Only assignments whose name (Clockify matches project, client, task and user names) contains this text.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">Only the assignments of these users; binds from piped users.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? UserId { get; set; }

        /// <summary><para type="description">The order: Project, User or Id (Clockify sorts).</para></summary>
        [Parameter]
        [ValidateSet("Project", "User", "Id")]
        public string? SortBy { get; set; }

        /// <summary><para type="description">Sorts in descending order (with -SortBy).</para></summary>
        [Parameter]
        public SwitchParameter Descending { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            Array.ForEach(UserId ?? Array.Empty<string>(), id => RequireId(nameof(UserId), id));
            (string start, string end) = Window(Start, End);

            // Clockify filters assignments by window and name only: the users are picked here.
            WriteListing<AssignmentDto>(
                SchedulingApi.List(workspace, start, end, Name, SortBy?.ToUpperInvariant(), Descending),
                a => new ClockifyAssignment(a),
                "Get-ClockifyAssignment",
                UserId is null ? null : a => UserId.Contains(a.UserId, StringComparer.OrdinalIgnoreCase));
        }
    }
}
