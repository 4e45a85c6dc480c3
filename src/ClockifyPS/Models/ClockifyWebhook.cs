using System;
using System.Collections.Generic;
using System.Security;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A webhook of a workspace. Its signing token is a SecureString: it never appears as text.</summary>
    public sealed class ClockifyWebhook
    {
        internal ClockifyWebhook(WebhookDto dto)
        {
            Id = dto.Id;
            Name = dto.Name;
            Url = dto.Url;
            Event = dto.WebhookEvent;
            TriggerSourceType = dto.TriggerSourceType;
            TriggerSource = dto.TriggerSource?.ToArray() ?? Array.Empty<string>();
            Enabled = dto.Enabled;
            DeliveryEnabled = dto.DeliveryEnabled;
            PlanEnabled = dto.PlanEnabled;
            UserId = dto.UserId;
            WorkspaceId = dto.WorkspaceId;
            AuthToken = Secure(dto.AuthToken);

            // The plain copy is no longer needed; it must not outlive this object in the DTO.
            dto.AuthToken = null;
        }

        /// <summary>The webhook id.</summary>
        public string Id { get; }

        /// <summary>The webhook id again, so a piped webhook binds to -WebhookId.</summary>
        public string WebhookId => Id;

        /// <summary>The webhook's name.</summary>
        public string? Name { get; }

        /// <summary>Where Clockify posts the events.</summary>
        public string? Url { get; }

        /// <summary>The event that triggers the webhook, e.g. NEW_TIME_ENTRY.</summary>
        public string? Event { get; }

        /// <summary>What TriggerSource holds: PROJECT_ID, USER_ID, TAG_ID, TASK_ID, WORKSPACE_ID, ASSIGNMENT_ID or EXPENSE_ID.</summary>
        public string? TriggerSourceType { get; }

        /// <summary>The ids whose events trigger the webhook.</summary>
        public IReadOnlyList<string> TriggerSource { get; }

        /// <summary>Whether the webhook is switched on.</summary>
        public bool Enabled { get; }

        /// <summary>Whether deliveries are being made (Clockify stops them after repeated failures).</summary>
        public bool DeliveryEnabled { get; }

        /// <summary>Whether the workspace's plan allows webhooks.</summary>
        public bool PlanEnabled { get; }

        /// <summary>The user who created the webhook.</summary>
        public string? UserId { get; }

        /// <summary>The workspace the webhook belongs to.</summary>
        public string WorkspaceId { get; }

        /// <summary>
        /// The token Clockify signs each delivery with (the Clockify-Signature header), read-only; null when
        /// Clockify sent none. Hand it to a secret store, e.g. Set-Secret -SecureStringSecret.
        /// </summary>
        public SecureString? AuthToken { get; }

        /// <inheritdoc />
        public override string ToString() => Name ?? Id;

        private static SecureString? Secure(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var secure = new SecureString();
            foreach (char c in text)
            {
                secure.AppendChar(c);
            }

            secure.MakeReadOnly();
            return secure;
        }
    }
}
