using System;
using System.Collections.Generic;
using System.Linq;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A time-off policy: a kind of leave (vacation, sick leave...) with its rules.</summary>
    public sealed class ClockifyTimeOffPolicy
    {
        internal ClockifyTimeOffPolicy(TimeOffPolicyDto dto)
        {
            Id = dto.Id;
            Name = dto.Name;
            WorkspaceId = dto.WorkspaceId;
            Archived = dto.Archived;
            TimeUnit = dto.TimeUnit;
            AllowHalfDay = dto.AllowHalfDay;
            AllowNegativeBalance = dto.AllowNegativeBalance;
            RequiresApproval = dto.Approve?.RequiresApproval ?? false;
            EveryoneIncludingNew = dto.EveryoneIncludingNew;
            Color = dto.Color;
            Icon = dto.Icon;
            UserIds = dto.UserIds?.ToArray() ?? Array.Empty<string>();
            UserGroupIds = dto.UserGroupIds?.ToArray() ?? Array.Empty<string>();
        }

        /// <summary>The policy id.</summary>
        public string Id { get; }

        /// <summary>The id again, so a piped policy binds to -PolicyId.</summary>
        public string PolicyId => Id;

        /// <summary>The policy name.</summary>
        public string Name { get; }

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>Whether the policy is archived.</summary>
        public bool Archived { get; }

        /// <summary>DAYS or HOURS: the unit of balances and requests.</summary>
        public string? TimeUnit { get; }

        /// <summary>Whether half days may be requested.</summary>
        public bool AllowHalfDay { get; }

        /// <summary>Whether a balance may go below zero.</summary>
        public bool AllowNegativeBalance { get; }

        /// <summary>Whether requests need approval.</summary>
        public bool RequiresApproval { get; }

        /// <summary>Whether the policy applies to everyone, including users who join later.</summary>
        public bool EveryoneIncludingNew { get; }

        /// <summary>The colour, #RRGGBB.</summary>
        public string? Color { get; }

        /// <summary>The icon.</summary>
        public string? Icon { get; }

        /// <summary>The users the policy applies to.</summary>
        public IReadOnlyList<string> UserIds { get; }

        /// <summary>The user groups the policy applies to.</summary>
        public IReadOnlyList<string> UserGroupIds { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
