using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>
    /// One changed entity as <c>/entities/created|updated|deleted</c> send it (LogBinDocumentDto). The spec types
    /// only the deleted answer (<c>deletedAt</c>); the created and updated answers are undocumented, so their
    /// time is read from <c>createdAt</c>/<c>updatedAt</c> (or <c>changedAt</c>) when present.
    /// </summary>
    public sealed class EntityChangeDto
    {
        /// <summary>The changed entity's id.</summary>
        public string? Id { get; set; }

        /// <summary>The kind of document (TIME_ENTRY, PROJECTS, ...).</summary>
        public string? DocumentCode { get; set; }

        /// <summary>When it was created, for the created list.</summary>
        public string? CreatedAt { get; set; }

        /// <summary>When it was updated, for the updated list.</summary>
        public string? UpdatedAt { get; set; }

        /// <summary>When it was deleted, for the deleted list.</summary>
        public string? DeletedAt { get; set; }

        /// <summary>When it changed, in answers that use one name for every list.</summary>
        public string? ChangedAt { get; set; }

        /// <summary>The entity as stored, when Clockify sends it.</summary>
        public JsonElement? Document { get; set; }

        /// <summary>The change's time in UTC, whichever name carried it.</summary>
        public DateTimeOffset? Time => ClockifyTime.ParseUtc(DeletedAt ?? UpdatedAt ?? CreatedAt ?? ChangedAt);
    }

    /// <summary>The envelope of the entity-change lists: <c>{"response": [...]}</c>.</summary>
    public sealed class EntityChangePage
    {
        /// <summary>This page's changes.</summary>
        public List<EntityChangeDto>? Response { get; set; }
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/entities/{created|updated|deleted}</c> (experimental in Clockify).</summary>
    public static class EntityChangeApi
    {
        /// <summary>The largest page the module asks for; the spec names only the default (50).</summary>
        public const int PageSize = 200;

        /// <summary>The document types the spec lists for the <c>type</c> parameter.</summary>
        public static IReadOnlyList<string> DocumentTypes { get; } = new[]
        {
            "CLIENTS", "PROJECTS", "TAGS", "TASKS", "SCHEDULED_ASSIGNMENT", "TIME_ENTRY", "TIME_ENTRY_RATE", "TIME_ENTRY_CUSTOM_FIELD_VALUE",
            "CUSTOM_FIELDS", "USER", "USER_GROUPS", "INVOICES", "APPROVAL_REQUESTS", "BALANCE", "HOLIDAYS", "PTO_POLICY", "TIME_OFF_REQUEST",
        };

        /// <summary>
        /// One page (from 0, as this endpoint counts) of the entities changed in [start, end].
        /// <paramref name="change"/> is created, updated or deleted.
        /// </summary>
        public static ClockifyRequest List(string workspaceId, string change, IEnumerable<string> types, DateTimeOffset start, DateTimeOffset end, int page, int limit)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "entities", change));
            foreach (string type in types)
            {
                request.With("type", type);
            }

            return request
                .With("start", ClockifyTime.FormatUtc(start))
                .With("end", ClockifyTime.FormatUtc(end))
                .With("page", page.ToString(CultureInfo.InvariantCulture))
                .With("limit", limit.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>Reads a page: the documented envelope, or a bare array.</summary>
        public static IReadOnlyList<EntityChangeDto> Parse(ClockifyResponse response)
        {
            if (!response.HasBody)
            {
                return Array.Empty<EntityChangeDto>();
            }

            return FirstToken(response.Body) == (byte)'['
                ? response.Deserialize<List<EntityChangeDto>>()
                : (IReadOnlyList<EntityChangeDto>?)response.Deserialize<EntityChangePage>().Response ?? Array.Empty<EntityChangeDto>();
        }

        private static byte FirstToken(ArraySegment<byte> body)
        {
            foreach (byte b in body)
            {
                if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
                {
                    return b;
                }
            }

            return 0;
        }
    }
}
