using System;
using System.Collections.Generic;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Assignment
{
    /// <summary>
    /// <para type="synopsis">Gets each user's capacity and scheduled hours, day by day, in a window: who is free and who is overbooked.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyCapacity", SupportsPaging = true)]
    [OutputType(typeof(ClockifyCapacity))]
    public sealed class GetClockifyCapacityCommand : ClockifyAssignmentCmdlet
    {
        /// <summary><para type="description">The first moment of the window. Text without an offset is read in -TimeZone.</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The last moment of the window.</para></summary>
        [Parameter(Mandatory = true, Position = 1)]
        public ClockifyDateTime End { get; set; } = null!;

        /// <summary><para type="description">Only these users; binds from piped users. Default: every member.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? UserId { get; set; }

        /// <summary><para type="description">Users per request (at most 200, the default).</para></summary>
        [Parameter]
        [ValidateRange(1, SchedulingApi.LargestCapacityPage)]
        public int PageSize { get; set; } = SchedulingApi.LargestCapacityPage;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            Array.ForEach(UserId ?? Array.Empty<string>(), id => RequireId(nameof(UserId), id));
            (string start, string end) = Window(Start, End);
            // The page number travels in the POST body, from 1; a short page is the last.
            WriteBodyPages(
                page => SchedulingApi.Capacity(workspace, start, end, UserId, page, PageSize),
                PageSize,
                response => response.Deserialize<List<UserCapacityDto>>(),
                user => new ClockifyCapacity(user, workspace),
                "Get-ClockifyCapacity");
        }
    }
}
