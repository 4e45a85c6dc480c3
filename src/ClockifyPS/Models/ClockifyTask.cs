using System;
using System.Collections.Generic;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A task of a project.</summary>
    public sealed class ClockifyTask
    {
        internal ClockifyTask(TaskDto dto, string workspaceId)
        {
            Id = dto.Id;
            Name = dto.Name;
            ProjectId = dto.ProjectId;
            WorkspaceId = workspaceId;
            Status = dto.Status;
            Billable = dto.Billable;
            Estimate = DurationText.ParseOrNull(dto.Estimate);
            Duration = DurationText.ParseOrNull(dto.Duration);
            AssigneeIds = dto.AssigneeIds ?? new List<string>();
            UserGroupIds = dto.UserGroupIds ?? new List<string>();
            HourlyRate = ClockifyMoney.FromCents(dto.HourlyRate);
            CostRate = ClockifyMoney.FromCents(dto.CostRate);
        }

        /// <summary>The task id.</summary>
        public string Id { get; }

        /// <summary>The task id again, so a piped task binds to -TaskId.</summary>
        public string TaskId => Id;

        /// <summary>The task name.</summary>
        public string Name { get; }

        /// <summary>The project the task belongs to.</summary>
        public string ProjectId { get; }

        /// <summary>The workspace of the task's project.</summary>
        public string WorkspaceId { get; }

        /// <summary>ACTIVE or DONE.</summary>
        public string? Status { get; }

        /// <summary>Whether time on the task is billable.</summary>
        public bool Billable { get; }

        /// <summary>The estimate; null or zero when none is set.</summary>
        public TimeSpan? Estimate { get; }

        /// <summary>Time tracked on the task so far.</summary>
        public TimeSpan? Duration { get; }

        /// <summary>The users the task is assigned to.</summary>
        public IReadOnlyList<string> AssigneeIds { get; }

        /// <summary>The user groups the task is assigned to.</summary>
        public IReadOnlyList<string> UserGroupIds { get; }

        /// <summary>The task's billable rate in major units, if set.</summary>
        public ClockifyMoney? HourlyRate { get; }

        /// <summary>The task's cost rate in major units, if set.</summary>
        public ClockifyMoney? CostRate { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
