using System;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Models
{
    /// <summary>A request to approve one user's timesheet or expenses for one period.</summary>
    public sealed class ClockifyApprovalRequest
    {
        internal ClockifyApprovalRequest(ApprovalDetailsDto details)
            : this(details.ApprovalRequest)
        {
            TrackedTime = DurationText.ParseOrNull(details.TrackedTime);
            BillableTime = DurationText.ParseOrNull(details.BillableTime);
            ApprovedTime = DurationText.ParseOrNull(details.ApprovedTime);
            PendingTime = DurationText.ParseOrNull(details.PendingTime);
            BreakTime = DurationText.ParseOrNull(details.BreakTime);
        }

        internal ClockifyApprovalRequest(ApprovalRequestDto dto)
        {
            Id = dto.Id;
            WorkspaceId = dto.WorkspaceId;
            Type = dto.Type;
            Status = dto.Status?.State;
            Note = dto.Status?.Note;
            Start = ClockifyTime.ParseUtc(dto.DateRange?.Start);
            End = ClockifyTime.ParseUtc(dto.DateRange?.End);
            UserId = dto.Owner?.UserId;
            UserName = dto.Owner?.UserName;
            UserTimeZone = dto.Owner?.TimeZone;
            SubmittedById = dto.Creator?.UserId;
            SubmittedByName = dto.Creator?.UserName;
            UpdatedAt = ClockifyTime.ParseUtc(dto.Status?.UpdatedAt);
            UpdatedById = dto.Status?.UpdatedBy;
            UpdatedByName = dto.Status?.UpdatedByUserName;
            FirstDay = ZonedDay.Of(Start, UserTimeZone);
            LastDay = ZonedDay.Of(End, UserTimeZone);
        }

        /// <summary>The approval request id.</summary>
        public string Id { get; }

        /// <summary>The id again, so a piped request binds to -ApprovalRequestId.</summary>
        public string ApprovalRequestId => Id;

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>TIMESHEET, EXPENSE or TIMESHEET_AND_EXPENSE.</summary>
        public string? Type { get; }

        /// <summary>PENDING, APPROVED, REJECTED, WITHDRAWN_SUBMISSION or WITHDRAWN_APPROVAL.</summary>
        public string? Status { get; }

        /// <summary>The note given with the last change of state.</summary>
        public string? Note { get; }

        /// <summary>The start of the period (UTC).</summary>
        public DateTimeOffset? Start { get; }

        /// <summary>The end of the period (UTC).</summary>
        public DateTimeOffset? End { get; }

        /// <summary>The first day of the period, in the owner's time zone.</summary>
        public DateTime? FirstDay { get; }

        /// <summary>The last day of the period, in the owner's time zone.</summary>
        public DateTime? LastDay { get; }

        /// <summary>The user whose time or expenses it covers.</summary>
        public string? UserId { get; }

        /// <summary>That user's name.</summary>
        public string? UserName { get; }

        /// <summary>That user's time zone, in which the period's days are counted.</summary>
        public string? UserTimeZone { get; }

        /// <summary>The user who submitted it (a manager may submit for someone else).</summary>
        public string? SubmittedById { get; }

        /// <summary>The name of the user who submitted it.</summary>
        public string? SubmittedByName { get; }

        /// <summary>When the state last changed (UTC).</summary>
        public DateTimeOffset? UpdatedAt { get; }

        /// <summary>The id of who changed the state last.</summary>
        public string? UpdatedById { get; }

        /// <summary>The name of who changed the state last.</summary>
        public string? UpdatedByName { get; }

        /// <summary>Time tracked in the period; only on listed requests.</summary>
        public TimeSpan? TrackedTime { get; }

        /// <summary>Billable time in the period; only on listed requests.</summary>
        public TimeSpan? BillableTime { get; }

        /// <summary>Time already approved; only on listed requests.</summary>
        public TimeSpan? ApprovedTime { get; }

        /// <summary>Time waiting for approval; only on listed requests.</summary>
        public TimeSpan? PendingTime { get; }

        /// <summary>Break time in the period; only on listed requests.</summary>
        public TimeSpan? BreakTime { get; }

        /// <inheritdoc />
        public override string ToString() => (UserName ?? UserId) + " " + FirstDay?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " " + Status;
    }
}
