using System;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeEntry
{
    /// <summary>
    /// <para type="synopsis">Changes a time entry: times, description, project, task, tags, billable, custom fields. Unnamed fields keep their values.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyTimeEntry", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTimeEntry))]
    public sealed class SetClockifyTimeEntryCommand : ClockifyTimeEntryWriteCmdlet
    {
        /// <summary><para type="description">The entry to change; binds from piped entries.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TimeEntryId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">A new start.</para></summary>
        [Parameter]
        public ClockifyDateTime? Start { get; set; }

        /// <summary><para type="description">A new end.</para></summary>
        [Parameter]
        public ClockifyDateTime? End { get; set; }

        /// <summary><para type="description">Writes the changed entry to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);

            // Clockify's PUT replaces the entry: start from what it is now.
            if (!TrySend(TimeEntryApi.Get(workspace, Id), Id, out TimeEntryDto current))
            {
                return;
            }

            DateTimeOffset start = Start is null ? ClockifyTime.ParseUtc(current.TimeInterval.Start)!.Value : Resolve(Start);
            DateTimeOffset? end = End is null ? ClockifyTime.ParseUtc(current.TimeInterval.End) : Resolve(End);
            TimeEntryWrite fields = Fields(workspace, start, end, current);
            if (ShouldProcess("time entry " + Id, "Update") && TrySend(TimeEntryApi.Update(workspace, Id, fields), Id, out TimeEntryDto updated) && PassThru)
            {
                WriteObject(new ClockifyTimeEntry(updated));
            }
        }
    }
}
