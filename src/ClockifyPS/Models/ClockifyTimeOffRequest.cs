using System;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Models
{
    /// <summary>A request for time off under a policy.</summary>
    public sealed class ClockifyTimeOffRequest
    {
        internal ClockifyTimeOffRequest(TimeOffRequestDto dto)
        {
            Id = dto.Id;
            WorkspaceId = dto.WorkspaceId;
            PolicyId = dto.PolicyId;
            PolicyName = dto.PolicyName;
            UserId = dto.UserId;
            UserName = dto.UserName;
            RequestedById = dto.RequesterUserId;
            RequestedByName = dto.RequesterUserName;
            Status = dto.Status?.StatusType;
            StatusNote = dto.Status?.Note;
            ChangedAt = ClockifyTime.ParseUtc(dto.Status?.ChangedAt);
            ChangedById = dto.Status?.ChangedByUserId;
            Start = ClockifyTime.ParseUtc(dto.TimeOffPeriod?.Period?.Start);
            End = ClockifyTime.ParseUtc(dto.TimeOffPeriod?.Period?.End);
            HalfDay = dto.TimeOffPeriod?.HalfDay ?? false;
            HalfDayPeriod = HalfDay ? dto.TimeOffPeriod?.HalfDayPeriod : null;
            Note = dto.Note;
            CreatedAt = ClockifyTime.ParseUtc(dto.CreatedAt);
            TimeUnit = dto.TimeUnit;
            Amount = dto.BalanceDiff;
            BalanceAfter = dto.Balance;
            UserTimeZone = dto.UserTimeZone;
            FirstDay = ZonedDay.Of(Start, UserTimeZone);
            LastDay = ZonedDay.Of(End, UserTimeZone);
        }

        /// <summary>The request id.</summary>
        public string Id { get; }

        /// <summary>The id again, so a piped request binds to -TimeOffRequestId.</summary>
        public string TimeOffRequestId => Id;

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>The policy it draws on.</summary>
        public string PolicyId { get; }

        /// <summary>The policy's name; only from searches and creates.</summary>
        public string? PolicyName { get; }

        /// <summary>Whose time off it is.</summary>
        public string? UserId { get; }

        /// <summary>That user's name; only from searches and creates.</summary>
        public string? UserName { get; }

        /// <summary>Who asked for it.</summary>
        public string? RequestedById { get; }

        /// <summary>The name of who asked for it.</summary>
        public string? RequestedByName { get; }

        /// <summary>PENDING, APPROVED or REJECTED.</summary>
        public string? Status { get; }

        /// <summary>The approver's note.</summary>
        public string? StatusNote { get; }

        /// <summary>When the status last changed (UTC).</summary>
        public DateTimeOffset? ChangedAt { get; }

        /// <summary>Who changed the status.</summary>
        public string? ChangedById { get; }

        /// <summary>The first instant of the time off (UTC).</summary>
        public DateTimeOffset? Start { get; }

        /// <summary>The last instant of the time off (UTC).</summary>
        public DateTimeOffset? End { get; }

        /// <summary>The user's time zone, in which the days off are counted; only from searches and creates.</summary>
        public string? UserTimeZone { get; }

        /// <summary>The first day off, in the user's zone (UTC when the zone is not known).</summary>
        public DateTime? FirstDay { get; }

        /// <summary>The last day off, in the user's zone (UTC when the zone is not known).</summary>
        public DateTime? LastDay { get; }

        /// <summary>Whether it is half a day.</summary>
        public bool HalfDay { get; }

        /// <summary>FIRST_HALF or SECOND_HALF for a half day.</summary>
        public string? HalfDayPeriod { get; }

        /// <summary>The requester's note.</summary>
        public string? Note { get; }

        /// <summary>When it was created (UTC).</summary>
        public DateTimeOffset? CreatedAt { get; }

        /// <summary>DAYS or HOURS: the unit of <see cref="Amount"/>.</summary>
        public string? TimeUnit { get; }

        /// <summary>What it takes from the balance, in <see cref="TimeUnit"/>.</summary>
        public double? Amount { get; }

        /// <summary>The balance left after it; only from searches and creates.</summary>
        public double? BalanceAfter { get; }

        /// <inheritdoc />
        public override string ToString() => (UserName ?? UserId) + " " + (PolicyName ?? PolicyId) + " " + Status;
    }
}
