using System;
using System.Collections.Generic;
using System.Linq;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Models
{
    /// <summary>A time entry. Start and End are UTC; the format file shows them in local time for reading.</summary>
    public sealed class ClockifyTimeEntry
    {
        internal ClockifyTimeEntry(TimeEntryDto dto)
        {
            Id = dto.Id;
            Description = dto.Description;
            WorkspaceId = dto.WorkspaceId;
            UserId = dto.UserId;
            ProjectId = string.IsNullOrEmpty(dto.ProjectId) ? null : dto.ProjectId;
            TaskId = string.IsNullOrEmpty(dto.TaskId) ? null : dto.TaskId;
            TagIds = (IReadOnlyList<string>?)dto.TagIds ?? Array.Empty<string>();
            Billable = dto.Billable;
            Type = dto.Type;
            IsLocked = dto.IsLocked;
            Start = ClockifyTime.ParseUtc(dto.TimeInterval.Start) ?? throw new FormatException("Time entry " + dto.Id + " has no start.");
            End = ClockifyTime.ParseUtc(dto.TimeInterval.End);
            recordedDuration = IsoDuration.Parse(dto.TimeInterval.Duration);
            CustomFieldValues = dto.CustomFieldValues is { Count: > 0 } values ? values.Select(v => new ClockifyCustomFieldValue(v)).ToArray() : Array.Empty<ClockifyCustomFieldValue>();
            HourlyRate = ClockifyMoney.FromCents(dto.HourlyRate);
            CostRate = ClockifyMoney.FromCents(dto.CostRate);
        }

        private readonly TimeSpan? recordedDuration;

        /// <summary>The entry id.</summary>
        public string Id { get; }

        /// <summary>The entry id again, so a piped entry binds to -TimeEntryId.</summary>
        public string TimeEntryId => Id;

        /// <summary>What was done.</summary>
        public string? Description { get; }

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>Whose time it is.</summary>
        public string UserId { get; }

        /// <summary>The project, if any.</summary>
        public string? ProjectId { get; }

        /// <summary>The task, if any.</summary>
        public string? TaskId { get; }

        /// <summary>The tags.</summary>
        public IReadOnlyList<string> TagIds { get; }

        /// <summary>Whether the time is billable.</summary>
        public bool Billable { get; }

        /// <summary>REGULAR, BREAK, HOLIDAY or TIME_OFF.</summary>
        public string? Type { get; }

        /// <summary>Whether approval or a lock date froze the entry.</summary>
        public bool IsLocked { get; }

        /// <summary>When it started, UTC.</summary>
        public DateTimeOffset Start { get; }

        /// <summary>When it ended, UTC; null while running.</summary>
        public DateTimeOffset? End { get; }

        /// <summary>Whether the timer is still running.</summary>
        public bool IsRunning => End is null;

        /// <summary>How long it ran; for a running entry, until now (so it grows each time it is read).</summary>
        public TimeSpan Duration => recordedDuration ?? (End ?? DateTimeOffset.UtcNow) - Start;

        /// <summary>Custom field values.</summary>
        public IReadOnlyList<ClockifyCustomFieldValue> CustomFieldValues { get; }

        /// <summary>The billable rate applied, in major units, when Clockify sent it.</summary>
        public ClockifyMoney? HourlyRate { get; }

        /// <summary>The cost rate applied, in major units, when Clockify sent it.</summary>
        public ClockifyMoney? CostRate { get; }

        /// <inheritdoc />
        public override string ToString() => Start.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + " " + Description;
    }

    /// <summary>A custom field's value on a time entry.</summary>
    public sealed class ClockifyCustomFieldValue
    {
        internal ClockifyCustomFieldValue(CustomFieldValueDto dto)
        {
            CustomFieldId = dto.CustomFieldId;
            Name = dto.Name;
            Type = dto.Type;
            Value = Internal.JsonToPowerShell.Convert(dto.Value);
        }

        /// <summary>The custom field.</summary>
        public string CustomFieldId { get; }

        /// <summary>The field's name, when Clockify sent it.</summary>
        public string? Name { get; }

        /// <summary>The field's type, when Clockify sent it.</summary>
        public string? Type { get; }

        /// <summary>The value.</summary>
        public object? Value { get; }
    }
}
