using System;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeEntry
{
    /// <summary>
    /// <para type="synopsis">Stops the running timer, now or at a given time. With no timer running it does nothing.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "ClockifyTimer", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTimeEntry))]
    public sealed class StopClockifyTimerCommand : ClockifyTimeCmdlet
    {
        /// <summary><para type="description">When the entry ends. Default: now. Text without an offset is read in -TimeZone.</para></summary>
        [Parameter(Position = 0)]
        public ClockifyDateTime? At { get; set; }

        /// <summary><para type="description">Whose timer; binds from piped users and entries. Default: the connected user.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <summary><para type="description">Writes the stopped entry to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            string user = UserId ?? ActiveConnection.UserId;
            RequireId(nameof(UserId), user);
            DateTimeOffset end = At is null ? DateTimeOffset.UtcNow : Resolve(At);
            if (!ShouldProcess("timer of user " + user, "Stop at " + ClockifyTime.FormatUtc(end)))
            {
                return;
            }

            ClockifyResponse response;
            try
            {
                response = Await(ApiClient.SendAsync(TimeEntryApi.Stop(workspace, user, ClockifyTime.FormatUtc(end)), Log, StopToken));
            }
            catch (ClockifyApiException ex)
            {
                WriteApiError(ex, user);
                return;
            }

            if (!response.HasBody)
            {
                WriteVerbose("No timer was running for user " + user + ".");
                return;
            }

            if (PassThru)
            {
                WriteObject(new ClockifyTimeEntry(response.Deserialize<TimeEntryDto>()));
            }
        }
    }
}
