using System;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeEntry
{
    /// <summary>
    /// <para type="synopsis">Duplicates a time entry, at the same time or moved to a new start with the same duration.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Copy, "ClockifyTimeEntry", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTimeEntry))]
    public sealed class CopyClockifyTimeEntryCommand : ClockifyTimeCmdlet
    {
        /// <summary><para type="description">The entry to copy; binds from piped entries.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TimeEntryId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">Where the copy starts; it keeps the original's duration. Default: the original's start.</para></summary>
        [Parameter(Position = 1)]
        public ClockifyDateTime? Start { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            DateTimeOffset? newStart = Start is null ? (DateTimeOffset?)null : Resolve(Start);
            if (!TrySend(TimeEntryApi.Get(workspace, Id), Id, out TimeEntryDto original))
            {
                return;
            }

            if (!ShouldProcess("time entry " + Id, newStart is null ? "Copy" : "Copy to " + ClockifyTime.FormatUtc(newStart.Value)))
            {
                return;
            }

            TimeEntryDto copy;
            bool sent = newStart is null
                ? TrySend(TimeEntryApi.Duplicate(workspace, original.UserId, Id), Id, out copy)
                : TrySend(TimeEntryApi.Create(workspace, original.UserId, Moved(original, newStart.Value)), Id, out copy);
            if (sent)
            {
                WriteObject(new ClockifyTimeEntry(copy));
            }
        }

        private static TimeEntryWrite Moved(TimeEntryDto original, DateTimeOffset start)
        {
            DateTimeOffset originalStart = ClockifyTime.ParseUtc(original.TimeInterval.Start)!.Value;
            DateTimeOffset? originalEnd = ClockifyTime.ParseUtc(original.TimeInterval.End);
            return new TimeEntryWrite
            {
                Start = ClockifyTime.FormatUtc(start),
                End = originalEnd is DateTimeOffset end ? ClockifyTime.FormatUtc(start + (end - originalStart)) : null,
                Description = original.Description,
                ProjectId = string.IsNullOrEmpty(original.ProjectId) ? null : original.ProjectId,
                TaskId = string.IsNullOrEmpty(original.TaskId) ? null : original.TaskId,
                TagIds = original.TagIds,
                Billable = original.Billable,
                CustomFields = original.CustomFieldValues?.ConvertAll(v => new CustomFieldWrite { CustomFieldId = v.CustomFieldId, Value = v.Value }),
            };
        }
    }
}
