using System.Collections.Generic;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeEntry
{
    /// <summary>
    /// <para type="synopsis">Gets the running timer (the entry in progress), or nothing when no timer runs.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyTimer")]
    [OutputType(typeof(ClockifyTimeEntry))]
    public sealed class GetClockifyTimerCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">Whose timer; binds from piped users. Default: the connected user.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            string user = UserId ?? ActiveConnection.UserId;
            RequireId(nameof(UserId), user);
            List<TimeEntryDto> running = Send<List<TimeEntryDto>>(TimeEntryApi.List(workspace, user, new TimeEntryQuery { InProgress = true }).ForPage(1, 1), user);
            if (running.Count > 0)
            {
                WriteObject(new ClockifyTimeEntry(running[0]));
            }
        }
    }
}
