using System;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Models
{
    /// <summary>A scheduled assignment: a user planned on a project for some days, so many hours a day.</summary>
    public sealed class ClockifyAssignment
    {
        internal ClockifyAssignment(AssignmentDto dto)
        {
            Id = dto.Id;
            WorkspaceId = dto.WorkspaceId;
            UserId = dto.UserId;
            UserName = dto.UserName;
            ProjectId = dto.ProjectId;
            ProjectName = dto.ProjectName;
            ClientId = string.IsNullOrEmpty(dto.ClientId) ? null : dto.ClientId;
            ClientName = string.IsNullOrEmpty(dto.ClientName) ? null : dto.ClientName;
            TaskId = string.IsNullOrEmpty(dto.TaskId) ? null : dto.TaskId;
            TaskName = string.IsNullOrEmpty(dto.TaskName) ? null : dto.TaskName;
            Start = ClockifyTime.ParseUtc(dto.Period?.Start);
            End = ClockifyTime.ParseUtc(dto.Period?.End);
            HoursPerDay = dto.HoursPerDay;
            StartTime = dto.StartTime;
            Note = dto.Note;
            Billable = dto.Billable;
            IncludeNonWorkingDays = dto.IncludeNonWorkingDays;
            Published = dto.Published;
            SeriesId = dto.Recurring?.Repeat == true ? dto.Recurring.SeriesId : null;
        }

        /// <summary>The assignment id.</summary>
        public string Id { get; }

        /// <summary>The assignment id again, so a piped assignment binds to -AssignmentId (Copy-ClockifyAssignment).</summary>
        public string AssignmentId => Id;

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>The user the work is assigned to.</summary>
        public string? UserId { get; }

        /// <summary>The user's name; null where Clockify sends no names (the answers to writes).</summary>
        public string? UserName { get; }

        /// <summary>The project.</summary>
        public string? ProjectId { get; }

        /// <summary>The project's name, when sent.</summary>
        public string? ProjectName { get; }

        /// <summary>The project's client, when sent.</summary>
        public string? ClientId { get; }

        /// <summary>The client's name, when sent.</summary>
        public string? ClientName { get; }

        /// <summary>The task, if any.</summary>
        public string? TaskId { get; }

        /// <summary>The task's name, when sent.</summary>
        public string? TaskName { get; }

        /// <summary>The first day, UTC.</summary>
        public DateTimeOffset? Start { get; }

        /// <summary>The last day, UTC.</summary>
        public DateTimeOffset? End { get; }

        /// <summary>Hours of work per day, as Clockify counts them (and -HoursPerDay takes them).</summary>
        public double HoursPerDay { get; }

        /// <summary>The same per-day workload as a duration.</summary>
        public TimeSpan PerDay => TimeSpan.FromHours(HoursPerDay);

        /// <summary>When the day's work starts, HH:mm; null when not set.</summary>
        public string? StartTime { get; }

        /// <summary>A note for the user.</summary>
        public string? Note { get; }

        /// <summary>Whether the work is billable.</summary>
        public bool Billable { get; }

        /// <summary>Whether weekends and holidays count as days of the assignment.</summary>
        public bool IncludeNonWorkingDays { get; }

        /// <summary>Whether the assignment is published to the user; null where Clockify does not say (its list of assignments).</summary>
        public bool? Published { get; }

        /// <summary>The series a repeating assignment belongs to; null for a single one.</summary>
        public string? SeriesId { get; }

        /// <inheritdoc />
        public override string ToString() => (ProjectName ?? ProjectId) + " " + Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
