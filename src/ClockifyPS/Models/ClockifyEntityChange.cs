using System;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Models
{
    /// <summary>How an entity changed.</summary>
    public enum ClockifyChangeType
    {
        /// <summary>The entity was created.</summary>
        Created,

        /// <summary>The entity was updated (and not created in the same window).</summary>
        Updated,

        /// <summary>The entity was deleted (and not created in the same window).</summary>
        Deleted,
    }

    /// <summary>One entity that was created, updated or deleted in a workspace: what incremental sync reads.</summary>
    public sealed class ClockifyEntityChange
    {
        internal ClockifyEntityChange(EntityChangeDto dto, ClockifyChangeType changeType, string workspaceId, string? onlyType)
        {
            ChangeType = changeType;
            WorkspaceId = workspaceId;
            Document = dto.Document is { } document ? JsonToPowerShell.Convert(document) : null;
            string? documentId = dto.Document is { ValueKind: System.Text.Json.JsonValueKind.Object } d && d.TryGetProperty("id", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String ? id.GetString() : null;
            EntityId = dto.Id ?? documentId ?? string.Empty;
            EntityType = dto.DocumentCode ?? onlyType;
            Time = dto.Time;
        }

        /// <summary>Created, Updated or Deleted.</summary>
        public ClockifyChangeType ChangeType { get; }

        /// <summary>The document type: TIME_ENTRY, PROJECTS, CLIENTS, TAGS, TASKS ...</summary>
        public string? EntityType { get; }

        /// <summary>The changed entity's id.</summary>
        public string EntityId { get; }

        /// <summary>When the change happened, in UTC.</summary>
        public DateTimeOffset? Time { get; }

        /// <summary>The entity as Clockify stored it (for deletions: as it was), when Clockify sends it.</summary>
        public object? Document { get; }

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <inheritdoc />
        public override string ToString() => ChangeType + " " + EntityType + " " + EntityId;
    }
}
