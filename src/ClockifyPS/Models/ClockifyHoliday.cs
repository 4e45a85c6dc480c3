using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A holiday of a workspace: calendar days off for everyone or for some users.</summary>
    public sealed class ClockifyHoliday
    {
        internal ClockifyHoliday(HolidayDto dto)
        {
            Id = dto.Id;
            Name = dto.Name;
            WorkspaceId = dto.WorkspaceId;
            FirstDay = Day(dto.DatePeriod?.StartDate);
            LastDay = Day(dto.DatePeriod?.EndDate) ?? FirstDay;
            OccursAnnually = dto.OccursAnnually;
            EveryoneIncludingNew = dto.EveryoneIncludingNew;
            Color = dto.Color;
            UserIds = dto.UserIds?.ToArray() ?? Array.Empty<string>();
            UserGroupIds = dto.UserGroupIds?.ToArray() ?? Array.Empty<string>();
        }

        /// <summary>The holiday id.</summary>
        public string Id { get; }

        /// <summary>The id again, so a piped holiday binds to -HolidayId.</summary>
        public string HolidayId => Id;

        /// <summary>The holiday name.</summary>
        public string Name { get; }

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>The first day (a calendar day: holidays have no time zone).</summary>
        public DateTime? FirstDay { get; }

        /// <summary>The last day, included.</summary>
        public DateTime? LastDay { get; }

        /// <summary>Whether it comes back every year.</summary>
        public bool OccursAnnually { get; }

        /// <summary>Whether it applies to everyone, including users who join later.</summary>
        public bool EveryoneIncludingNew { get; }

        /// <summary>The colour, #RRGGBB, when Clockify sends it.</summary>
        public string? Color { get; }

        /// <summary>The users it applies to.</summary>
        public IReadOnlyList<string> UserIds { get; }

        /// <summary>The user groups it applies to.</summary>
        public IReadOnlyList<string> UserGroupIds { get; }

        /// <inheritdoc />
        public override string ToString() => Name;

        /// <summary>A yyyy-MM-dd day; a longer ISO text counts by its date part.</summary>
        private static DateTime? Day(string? text) =>
            text != null && text.Length >= 10 && DateTime.TryParseExact(text.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime day) ? day : (DateTime?)null;
    }
}
