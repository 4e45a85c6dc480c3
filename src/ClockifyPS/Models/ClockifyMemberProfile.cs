using System;
using System.Collections.Generic;
using System.Linq;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Models
{
    /// <summary>A member's profile in a workspace: week start, daily work capacity, working days, image and custom fields.</summary>
    public sealed class ClockifyMemberProfile
    {
        internal ClockifyMemberProfile(MemberProfileDto dto, string userId, string workspaceId)
        {
            UserId = userId;
            WorkspaceId = workspaceId;
            Name = dto.Name ?? string.Empty;
            Email = dto.Email ?? string.Empty;
            ImageUrl = string.IsNullOrEmpty(dto.ImageUrl) ? null : dto.ImageUrl;
            WeekStart = Day(dto.WeekStart);
            WorkCapacity = IsoDuration.Parse(dto.WorkCapacity);
            WorkingDays = (dto.WorkingDays ?? new List<string>()).Select(Day).OfType<DayOfWeek>().ToArray();
            HasPassword = dto.HasPassword;
            HasPendingApprovalRequest = dto.HasPendingApprovalRequest;
            WorkspaceCount = dto.WorkspaceNumber;
            CustomFields = (dto.UserCustomFieldValues ?? new List<MemberCustomFieldValueDto>())
                .Select(v => new ClockifyUserCustomFieldValue(v.CustomFieldId, v.Name, v.Type, v.Value is { } value ? JsonToPowerShell.Convert(value) : null))
                .ToArray();
        }

        /// <summary>The member.</summary>
        public string UserId { get; }

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>The display name.</summary>
        public string Name { get; }

        /// <summary>The email address.</summary>
        public string Email { get; }

        /// <summary>The profile image's URL.</summary>
        public string? ImageUrl { get; }

        /// <summary>The first day of the member's week.</summary>
        public DayOfWeek? WeekStart { get; }

        /// <summary>The member's daily work capacity.</summary>
        public TimeSpan? WorkCapacity { get; }

        /// <summary>The member's working days.</summary>
        public IReadOnlyList<DayOfWeek> WorkingDays { get; }

        /// <summary>Whether the member has a password.</summary>
        public bool HasPassword { get; }

        /// <summary>Whether an approval request of the member is pending.</summary>
        public bool HasPendingApprovalRequest { get; }

        /// <summary>How many workspaces the member belongs to.</summary>
        public int WorkspaceCount { get; }

        /// <summary>The member's user custom field values.</summary>
        public IReadOnlyList<ClockifyUserCustomFieldValue> CustomFields { get; }

        /// <inheritdoc />
        public override string ToString() => Name;

        private static DayOfWeek? Day(string? name) =>
            Enum.TryParse(name, true, out DayOfWeek day) && Enum.IsDefined(typeof(DayOfWeek), day) ? day : (DayOfWeek?)null;
    }

    /// <summary>A member's value of a user custom field.</summary>
    public sealed class ClockifyUserCustomFieldValue
    {
        internal ClockifyUserCustomFieldValue(string? customFieldId, string? name, string? type, object? value)
        {
            CustomFieldId = customFieldId ?? string.Empty;
            Name = name;
            Type = type;
            Value = value;
        }

        /// <summary>The custom field.</summary>
        public string CustomFieldId { get; }

        /// <summary>The field's name.</summary>
        public string? Name { get; }

        /// <summary>TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX or LINK.</summary>
        public string? Type { get; }

        /// <summary>The value.</summary>
        public object? Value { get; }

        /// <inheritdoc />
        public override string ToString() => Name + "=" + Value;
    }
}
