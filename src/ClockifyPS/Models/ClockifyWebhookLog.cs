using System;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Models
{
    /// <summary>One delivery attempt of a webhook: what Clockify posted and what the receiver answered.</summary>
    public sealed class ClockifyWebhookLog
    {
        internal ClockifyWebhookLog(WebhookLogDto dto, string workspaceId)
        {
            Id = dto.Id;
            WebhookId = dto.WebhookId;
            WorkspaceId = workspaceId;
            EventStatusId = dto.WebhookEventStatusId;
            StatusCode = dto.StatusCode;
            RespondedAt = ClockifyTime.ParseUtc(dto.RespondedAt);
            RequestBody = dto.RequestBody;
            ResponseBody = dto.ResponseBody;
        }

        /// <summary>The log entry id.</summary>
        public string Id { get; }

        /// <summary>The webhook.</summary>
        public string? WebhookId { get; }

        /// <summary>The workspace the webhook belongs to.</summary>
        public string WorkspaceId { get; }

        /// <summary>The event delivery this attempt belongs to (retries share it).</summary>
        public string? EventStatusId { get; }

        /// <summary>The HTTP status the receiver answered.</summary>
        public int StatusCode { get; }

        /// <summary>Whether the receiver answered with a 2xx status.</summary>
        public bool Succeeded => StatusCode >= 200 && StatusCode < 300;

        /// <summary>When the receiver answered, UTC.</summary>
        public DateTimeOffset? RespondedAt { get; }

        /// <summary>What Clockify posted (the event's JSON).</summary>
        public string? RequestBody { get; }

        /// <summary>What the receiver answered.</summary>
        public string? ResponseBody { get; }

        /// <inheritdoc />
        public override string ToString() => StatusCode + " " + RespondedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture);
    }
}
