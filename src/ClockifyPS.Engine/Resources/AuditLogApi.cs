using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Serialization;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>One audit-log record as Clockify sends it (AuditLogDtoV1).</summary>
    public sealed class AuditLogDto
    {
        /// <summary>What was done, e.g. CREATE_PROJECT.</summary>
        public string? Action { get; set; }

        /// <summary>The entity after the change, as a JSON text.</summary>
        public string? Content { get; set; }

        /// <summary>The entity before the change, as a JSON text ("null" for a creation).</summary>
        public string? PreviousContent { get; set; }

        /// <summary>When it happened (UTC, yyyy-MM-ddTHH:mm:ssZ).</summary>
        public string? Timestamp { get; set; }

        /// <summary>The author's email.</summary>
        public string? UserEmail { get; set; }

        /// <summary>The author's id, or SYSTEM.</summary>
        public string? UserId { get; set; }

        /// <summary>The author's name.</summary>
        public string? UserName { get; set; }

        /// <summary>The workspace.</summary>
        public string? WorkspaceId { get; set; }
    }

    /// <summary>The envelope of an audit-log page: <c>{"response": [...]}</c>.</summary>
    public sealed class AuditLogPage
    {
        /// <summary>This page's records.</summary>
        public List<AuditLogDto>? Response { get; set; }
    }

    /// <summary>
    /// The audit-log report, <c>POST /workspaces/{workspaceId}/audit-log</c> on the Audit log host. A read: the
    /// POST only carries the filter, so it is safe to repeat.
    /// </summary>
    public static class AuditLogApi
    {
        /// <summary>The largest page the spec allows.</summary>
        public const int PageSize = 50;

        /// <summary>The actions the spec lists.</summary>
        public static IReadOnlyList<string> Actions { get; } = new[]
        {
            "CREATE_TIME_PERSONAL_TIMER", "CREATE_TIME_PERSONAL_MANUAL", "CREATE_TIME_IMPORT", "CREATE_TIME_KIOSK", "CREATE_TIME_FOR_OTHER",
            "RESTORE_TIME", "RESTORE_TIME_FOR_OTHER", "UPDATE_TIME_PERSONAL", "UPDATE_TIME_FOR_OTHER", "DELETE_TIME_PERSONAL", "DELETE_TIME_FOR_OTHER",
            "CREATE_PROJECT", "CREATE_PROJECT_IMPORT", "CREATE_PROJECT_QUICKBOOKS", "UPDATE_PROJECT", "DELETE_PROJECT",
            "CREATE_TASK", "CREATE_TASK_IMPORT", "UPDATE_TASK", "DELETE_TASK",
            "CREATE_CLIENT", "CREATE_CLIENT_IMPORT", "CREATE_CLIENT_QUICKBOOKS", "UPDATE_CLIENT", "DELETE_CLIENT",
            "CREATE_TAG", "CREATE_TAG_IMPORT", "UPDATE_TAG", "DELETE_TAG",
            "CREATE_EXPENSE", "CREATE_EXPENSE_FOR_OTHER", "RESTORE_EXPENSE", "RESTORE_EXPENSE_FOR_OTHER", "UPDATE_EXPENSE", "UPDATE_EXPENSE_FOR_OTHER",
            "DELETE_EXPENSE", "DELETE_EXPENSE_FOR_OTHER",
        };

        /// <summary>
        /// One page (from 1) of the records in [start, end] with these actions. With no <paramref name="authorIds"/>
        /// every author counts (Clockify takes "authors not in the empty set").
        /// </summary>
        public static ClockifyRequest Query(string workspaceId, IReadOnlyCollection<string> actions, IReadOnlyCollection<string>? authorIds, DateTimeOffset start, DateTimeOffset end, int page, int pageSize)
        {
            if (actions is null || actions.Count == 0)
            {
                throw new ArgumentException("The audit log needs at least one action.", nameof(actions));
            }

            var body = new AuditLogQuery
            {
                Actions = actions,
                Authors = new AuditLogAuthors { AuthorIds = (IReadOnlyCollection<string>?)authorIds ?? Array.Empty<string>(), Contains = authorIds is null ? "DOES_NOT_CONTAIN" : "CONTAINS" },
                Start = ClockifyTime.FormatUtc(start),
                End = ClockifyTime.FormatUtc(end),
                Page = page,
                PageSize = pageSize,
            };
            return new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "audit-log"), ClockifyApi.AuditLog)
            {
                JsonBody = ClockifyJson.Serialize(body),
                Retryable = true,
            };
        }

        /// <summary>Reads a page's records.</summary>
        public static IReadOnlyList<AuditLogDto> Parse(ClockifyResponse response) =>
            response.HasBody ? (IReadOnlyList<AuditLogDto>?)response.Deserialize<AuditLogPage>().Response ?? Array.Empty<AuditLogDto>() : Array.Empty<AuditLogDto>();

        private sealed class AuditLogQuery
        {
            public IReadOnlyCollection<string> Actions { get; set; } = Array.Empty<string>();

            public AuditLogAuthors Authors { get; set; } = new AuditLogAuthors();

            public string Start { get; set; } = string.Empty;

            public string End { get; set; } = string.Empty;

            public int Page { get; set; }

            [JsonPropertyName("page-size")]
            public int PageSize { get; set; }
        }

        private sealed class AuditLogAuthors
        {
            public IReadOnlyCollection<string> AuthorIds { get; set; } = Array.Empty<string>();

            public string Contains { get; set; } = "CONTAINS";
        }
    }
}
