using System;
using System.Text.Json;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;

namespace ClockifyPS.Models
{
    /// <summary>One record of a workspace's audit log: who did what, when, and the entity before and after.</summary>
    public sealed class ClockifyAuditLogEntry
    {
        internal ClockifyAuditLogEntry(AuditLogDto dto, string workspaceId)
        {
            Action = dto.Action ?? string.Empty;
            Time = ClockifyTime.ParseUtc(dto.Timestamp);
            UserId = dto.UserId;
            UserName = dto.UserName;
            UserEmail = dto.UserEmail;
            WorkspaceId = dto.WorkspaceId ?? workspaceId;
            Content = Parse(dto.Content);
            PreviousContent = Parse(dto.PreviousContent);
        }

        /// <summary>What was done, e.g. CREATE_PROJECT or UPDATE_TIME_FOR_OTHER.</summary>
        public string Action { get; }

        /// <summary>When it happened, in UTC.</summary>
        public DateTimeOffset? Time { get; }

        /// <summary>The author's id (SYSTEM for Clockify's own changes).</summary>
        public string? UserId { get; }

        /// <summary>The author's name.</summary>
        public string? UserName { get; }

        /// <summary>The author's email.</summary>
        public string? UserEmail { get; }

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>The entity after the change: an object read from Clockify's JSON text (the text itself if it is not JSON).</summary>
        public object? Content { get; }

        /// <summary>The entity before the change; null for a creation.</summary>
        public object? PreviousContent { get; }

        /// <inheritdoc />
        public override string ToString() => Action;

        // Clockify sends both contents as JSON texts inside the JSON ("null" for none): read them so fields can be used.
        private static object? Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(text!);
                return JsonToPowerShell.Convert(document.RootElement);
            }
            catch (JsonException)
            {
                return text;
            }
        }
    }
}
