using System;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>One expense of a detailed expense report, with the names Clockify resolved.</summary>
    public sealed class ClockifyExpenseReportRow
    {
        internal ClockifyExpenseReportRow(ExpenseReportRowDto dto, string? workspaceId, string? currency)
        {
            Id = dto.Id;
            WorkspaceId = dto.WorkspaceId ?? workspaceId;

            // The day is rendered as midnight in the report's zone: its date part is the expense's day.
            Date = dto.Date is { Length: >= 10 } text ? ClockifyExpense.ParseDate(text.Substring(0, 10)) : null;
            UserId = Blank(dto.UserId);
            User = Blank(dto.UserName);
            UserEmail = Blank(dto.UserEmail);
            CategoryId = Blank(dto.CategoryId);
            Category = Blank(dto.CategoryName);
            Unit = Blank(dto.CategoryUnit);
            ProjectId = Blank(dto.ProjectId);
            Project = Blank(dto.ProjectName);
            Amount = new ClockifyMoney(Math.Round((decimal)dto.Amount / 100m, 2), currency);
            Quantity = dto.Quantity;
            Billable = dto.Billable;
            Notes = dto.Notes;
            FileId = Blank(dto.FileId);
            FileName = Blank(dto.FileName);
            Locked = dto.Locked;
        }

        /// <summary>The expense id.</summary>
        public string Id { get; }

        /// <summary>The expense id again, so a piped row binds to -ExpenseId.</summary>
        public string ExpenseId => Id;

        /// <summary>The workspace.</summary>
        public string? WorkspaceId { get; }

        /// <summary>The day of the expense, as midnight UTC.</summary>
        public DateTimeOffset? Date { get; }

        /// <summary>Who spent it.</summary>
        public string? UserId { get; }

        /// <summary>The user's name.</summary>
        public string? User { get; }

        /// <summary>The user's email.</summary>
        public string? UserEmail { get; }

        /// <summary>The category id.</summary>
        public string? CategoryId { get; }

        /// <summary>The category name.</summary>
        public string? Category { get; }

        /// <summary>The category's unit, for a category counted in units.</summary>
        public string? Unit { get; }

        /// <summary>The project id.</summary>
        public string? ProjectId { get; }

        /// <summary>The project name.</summary>
        public string? Project { get; }

        /// <summary>The amount in major units, in the workspace's currency.</summary>
        public ClockifyMoney Amount { get; }

        /// <summary>Units, for a category counted in units.</summary>
        public double Quantity { get; }

        /// <summary>Whether it is billable.</summary>
        public bool Billable { get; }

        /// <summary>Free text.</summary>
        public string? Notes { get; }

        /// <summary>The receipt's file id, or null.</summary>
        public string? FileId { get; }

        /// <summary>The receipt's file name, or null.</summary>
        public string? FileName { get; }

        /// <summary>Whether it is locked.</summary>
        public bool Locked { get; }

        /// <inheritdoc />
        public override string ToString() => Id;

        private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
    }
}
