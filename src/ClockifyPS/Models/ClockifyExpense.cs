using System;
using System.Globalization;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>An expense: money spent on a project, in a category, with an optional receipt.</summary>
    public sealed class ClockifyExpense
    {
        internal ClockifyExpense(ExpenseDto dto, string? workspaceId, string? currency)
        {
            Id = dto.Id;
            WorkspaceId = dto.WorkspaceId ?? workspaceId;
            UserId = dto.UserId;
            Date = ParseDate(dto.Date);
            CategoryId = dto.CategoryId ?? dto.Category?.Id;
            Category = dto.Category?.Name;
            ProjectId = dto.ProjectId ?? dto.Project?.Id;
            Project = dto.Project?.Name;
            TaskId = dto.TaskId ?? dto.Task?.Id;
            Task = dto.Task?.Name;

            // Clockify reads the amount in major units on create but answers with the total in cents.
            Amount = new ClockifyMoney((decimal)dto.Total / 100m, currency);
            Quantity = dto.Quantity;
            Billable = dto.Billable;
            Notes = dto.Notes;
            FileId = string.IsNullOrEmpty(dto.FileId) ? null : dto.FileId;
            FileName = string.IsNullOrEmpty(dto.FileName) ? null : dto.FileName;
            Locked = dto.Locked;
        }

        /// <summary>The expense id.</summary>
        public string Id { get; }

        /// <summary>The expense id again, so a piped expense binds to -ExpenseId.</summary>
        public string ExpenseId => Id;

        /// <summary>The workspace.</summary>
        public string? WorkspaceId { get; }

        /// <summary>Who spent it.</summary>
        public string? UserId { get; }

        /// <summary>The day of the expense, as midnight UTC.</summary>
        public DateTimeOffset? Date { get; }

        /// <summary>The category id.</summary>
        public string? CategoryId { get; }

        /// <summary>The category name (in lists; null for a single expense, whose answer holds only ids).</summary>
        public string? Category { get; }

        /// <summary>The project id.</summary>
        public string? ProjectId { get; }

        /// <summary>The project name (in lists).</summary>
        public string? Project { get; }

        /// <summary>The task id.</summary>
        public string? TaskId { get; }

        /// <summary>The task name (in lists).</summary>
        public string? Task { get; }

        /// <summary>The amount in major units, in the workspace's currency.</summary>
        public ClockifyMoney Amount { get; }

        /// <summary>Units, for a category counted in units.</summary>
        public double Quantity { get; }

        /// <summary>Whether it is billable.</summary>
        public bool Billable { get; }

        /// <summary>Free text.</summary>
        public string? Notes { get; }

        /// <summary>The receipt's file id (Save-ClockifyExpenseReceipt downloads it), or null.</summary>
        public string? FileId { get; }

        /// <summary>The receipt's file name, or null.</summary>
        public string? FileName { get; }

        /// <summary>Whether it is locked.</summary>
        public bool Locked { get; }

        /// <inheritdoc />
        public override string ToString() => Id;

        internal static DateTimeOffset? ParseDate(string? text) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset date) ? date : (DateTimeOffset?)null;
    }
}
