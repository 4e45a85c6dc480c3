using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A webhook as Clockify sends it (WebhookDtoV1). <see cref="AuthToken"/> is a secret.</summary>
    public sealed class WebhookDto
    {
        /// <summary>The webhook id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The webhook's name.</summary>
        public string? Name { get; set; }

        /// <summary>Where Clockify posts the events.</summary>
        public string? Url { get; set; }

        /// <summary>The event that triggers the webhook, e.g. NEW_TIME_ENTRY.</summary>
        public string? WebhookEvent { get; set; }

        /// <summary>What <see cref="TriggerSource"/> holds: PROJECT_ID, USER_ID, TAG_ID, TASK_ID, WORKSPACE_ID, ASSIGNMENT_ID or EXPENSE_ID.</summary>
        public string? TriggerSourceType { get; set; }

        /// <summary>The ids whose events trigger the webhook.</summary>
        public List<string>? TriggerSource { get; set; }

        /// <summary>The token Clockify signs each delivery with (the Clockify-Signature header): a secret.</summary>
        public string? AuthToken { get; set; }

        /// <summary>Whether the webhook is switched on.</summary>
        public bool Enabled { get; set; }

        /// <summary>Whether deliveries are being made (Clockify stops them after repeated failures).</summary>
        public bool DeliveryEnabled { get; set; }

        /// <summary>Whether the workspace's plan allows webhooks.</summary>
        public bool PlanEnabled { get; set; }

        /// <summary>The user who created the webhook.</summary>
        public string? UserId { get; set; }

        /// <summary>The workspace the webhook belongs to.</summary>
        public string WorkspaceId { get; set; } = string.Empty;
    }

    /// <summary>The webhook list's envelope (WebhooksDtoV1): the list is not a bare array.</summary>
    public sealed class WebhookListDto
    {
        /// <summary>The webhooks.</summary>
        public List<WebhookDto>? Webhooks { get; set; }

        /// <summary>How many webhooks the workspace has.</summary>
        public int WorkspaceWebhookCount { get; set; }
    }

    /// <summary>The body of a webhook create or update (CreateWebhookRequestV1, UpdateWebhookRequestV1).</summary>
    public sealed class WebhookWriteBody
    {
        /// <summary>The webhook's name (2 to 30 characters).</summary>
        public string? Name { get; set; }

        /// <summary>Where Clockify posts the events.</summary>
        public string Url { get; set; } = string.Empty;

        /// <summary>The event that triggers the webhook.</summary>
        public string WebhookEvent { get; set; } = string.Empty;

        /// <summary>What <see cref="TriggerSource"/> holds.</summary>
        public string TriggerSourceType { get; set; } = string.Empty;

        /// <summary>The ids whose events trigger the webhook.</summary>
        public List<string> TriggerSource { get; set; } = new List<string>();
    }

    /// <summary>One delivery attempt of a webhook (WebhookLogDtoV1).</summary>
    public sealed class WebhookLogDto
    {
        /// <summary>The log entry id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The webhook.</summary>
        public string? WebhookId { get; set; }

        /// <summary>The event delivery this attempt belongs to.</summary>
        public string? WebhookEventStatusId { get; set; }

        /// <summary>The HTTP status the receiver answered.</summary>
        public int StatusCode { get; set; }

        /// <summary>When the receiver answered (UTC text).</summary>
        public string? RespondedAt { get; set; }

        /// <summary>What Clockify posted.</summary>
        public string? RequestBody { get; set; }

        /// <summary>What the receiver answered.</summary>
        public string? ResponseBody { get; set; }
    }

    /// <summary>The webhook log search (WebhookLogSearchRequestV1); null members are left out.</summary>
    public sealed class WebhookLogFilter
    {
        /// <summary>The first moment, UTC text.</summary>
        public string? From { get; set; }

        /// <summary>The last moment, UTC text.</summary>
        public string? To { get; set; }

        /// <summary>ALL, SUCCEEDED or FAILED.</summary>
        public string? Status { get; set; }

        /// <summary>Newest first instead of oldest first.</summary>
        public bool? SortByNewest { get; set; }
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/webhooks</c>.</summary>
    public static class WebhookApi
    {
        /// <summary>The largest page of webhook logs asked for (the API states no maximum; its default is 50).</summary>
        public const int LogPageSize = 200;

        /// <summary>Webhook logs page from 0 with <c>page</c> and <c>size</c>.</summary>
        public static PageQuery LogPaging { get; } = new PageQuery("page", "size", 0);

        /// <summary>The events a webhook can listen to, as the OpenAPI document lists them.</summary>
        public static IReadOnlyList<string> Events { get; } = new[]
        {
            "NEW_PROJECT", "NEW_TASK", "NEW_CLIENT", "NEW_TIMER_STARTED", "TIMER_STOPPED", "TIME_ENTRY_UPDATED", "TIME_ENTRY_DELETED",
            "TIME_ENTRY_SPLIT", "NEW_TIME_ENTRY", "TIME_ENTRY_RESTORED", "NEW_TAG", "USER_DELETED_FROM_WORKSPACE", "USER_JOINED_WORKSPACE",
            "USER_DEACTIVATED_ON_WORKSPACE", "USER_ACTIVATED_ON_WORKSPACE", "USER_EMAIL_CHANGED", "USER_UPDATED", "NEW_INVOICE", "INVOICE_UPDATED",
            "NEW_APPROVAL_REQUEST", "APPROVAL_REQUEST_STATUS_UPDATED", "TIME_OFF_REQUESTED", "TIME_OFF_REQUEST_UPDATED", "TIME_OFF_REQUEST_APPROVED",
            "TIME_OFF_REQUEST_REJECTED", "TIME_OFF_REQUEST_STARTED", "TIME_OFF_REQUEST_WITHDRAWN", "BALANCE_UPDATED", "TAG_UPDATED", "TAG_DELETED",
            "TASK_UPDATED", "CLIENT_UPDATED", "TASK_DELETED", "CLIENT_DELETED", "EXPENSE_RESTORED", "ASSIGNMENT_CREATED", "ASSIGNMENT_DELETED",
            "ASSIGNMENT_PUBLISHED", "ASSIGNMENT_UPDATED", "EXPENSE_CREATED", "EXPENSE_DELETED", "EXPENSE_UPDATED", "PROJECT_UPDATED",
            "PROJECT_DELETED", "USER_GROUP_CREATED", "USER_GROUP_UPDATED", "USER_GROUP_DELETED", "USERS_INVITED_TO_WORKSPACE",
            "LIMITED_USERS_ADDED_TO_WORKSPACE", "COST_RATE_UPDATED", "BILLABLE_RATE_UPDATED",
        };

        /// <summary>What a webhook's trigger source ids are, as the OpenAPI document lists them.</summary>
        public static IReadOnlyList<string> TriggerSourceTypes { get; } = new[] { "PROJECT_ID", "USER_ID", "TAG_ID", "TASK_ID", "WORKSPACE_ID", "ASSIGNMENT_ID", "EXPENSE_ID" };

        /// <summary>Every webhook of the workspace in one answer (USER_CREATED, SYSTEM or ADDON when <paramref name="type"/> is given).</summary>
        public static ClockifyRequest List(string workspaceId, string? type)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "webhooks"));
            return string.IsNullOrEmpty(type) ? request : request.With("type", type!);
        }

        /// <summary>One webhook.</summary>
        public static ClockifyRequest Get(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "webhooks", id));

        /// <summary>Creates a webhook (201 with the webhook and its token).</summary>
        public static ClockifyRequest Create(string workspaceId, WebhookWriteBody body) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "webhooks")) { JsonBody = ClockifyJson.Serialize(body) };

        /// <summary>Replaces a webhook's name, URL, event and trigger sources.</summary>
        public static ClockifyRequest Update(string workspaceId, string id, WebhookWriteBody body) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "webhooks", id)) { JsonBody = ClockifyJson.Serialize(body) };

        /// <summary>Deletes a webhook (200 with no body).</summary>
        public static ClockifyRequest Delete(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "webhooks", id));

        /// <summary>
        /// Searches a webhook's delivery log. A POST that only reads, so it is marked safe to repeat like a
        /// report query; the pages go in the query, from 0, as <c>page</c> and <c>size</c>.
        /// </summary>
        public static ClockifyRequest Logs(string workspaceId, string id, WebhookLogFilter filter) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "webhooks", id, "logs"))
            {
                JsonBody = ClockifyJson.Serialize(filter),
                Retryable = true,
                Paging = LogPaging,
            };

        /// <summary>Replaces a webhook's token; the answer carries the new one. Not retried: a repeat would replace it again.</summary>
        public static ClockifyRequest NewToken(string workspaceId, string id) =>
            new ClockifyRequest(ClockifyRequest.Patch, ApiPath.Workspace(workspaceId, "webhooks", id, "token"));
    }
}
