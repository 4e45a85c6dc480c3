using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A shared report: a saved report with its own link, which Invoke-ClockifySharedReport runs.</summary>
    public sealed class ClockifySharedReport
    {
        internal ClockifySharedReport(SharedReportDto dto, string workspaceId)
        {
            Id = dto.Id;
            Name = dto.Name;
            Type = dto.Type;
            IsPublic = dto.IsPublic;
            FixedDate = dto.FixedDate;
            Link = dto.Link;
            Author = dto.ReportAuthor ?? dto.UserId;
            WorkspaceId = dto.WorkspaceId ?? workspaceId;
            VisibleToUserIds = IdsOf(dto.VisibleToUsers);
            VisibleToUserGroupIds = IdsOf(dto.VisibleToUserGroups);
        }

        /// <summary>The shared report id.</summary>
        public string Id { get; }

        /// <summary>The id again, so a piped shared report binds to -SharedReportId.</summary>
        public string SharedReportId => Id;

        /// <summary>The report's name.</summary>
        public string? Name { get; }

        /// <summary>SUMMARY, DETAILED, WEEKLY, ATTENDANCE...</summary>
        public string? Type { get; }

        /// <summary>Whether anyone with the link may open it.</summary>
        public bool IsPublic { get; }

        /// <summary>Whether the date range is fixed (else it moves with time).</summary>
        public bool FixedDate { get; }

        /// <summary>The link to the report; null where Clockify does not send it (the answers to writes).</summary>
        public string? Link { get; }

        /// <summary>Who made it: a name in the list, a user id in the answers to writes.</summary>
        public string? Author { get; }

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>The users who may see it.</summary>
        public IReadOnlyList<string> VisibleToUserIds { get; }

        /// <summary>The user groups who may see it.</summary>
        public IReadOnlyList<string> VisibleToUserGroupIds { get; }

        /// <inheritdoc />
        public override string ToString() => Name ?? Id;

        /// <summary>The list names each as {id, name}; the writes' answers give bare ids.</summary>
        private static string[] IdsOf(List<JsonElement>? entries) => (entries ?? new List<JsonElement>())
            .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out JsonElement id) ? id.GetString() : null)
            .Where(id => !string.IsNullOrEmpty(id))
            .Select(id => id!)
            .ToArray();
    }
}
