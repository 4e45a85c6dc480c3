using System;
using System.Collections.Generic;
using System.Linq;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// What New-ClockifyWebhook and Set-ClockifyWebhook share: turning -Url, -Event and the trigger sources into
    /// a body Clockify accepts, refusing what it would not before any request.
    /// </summary>
    public abstract class ClockifyWebhookCmdlet : ClockifyWorkspaceCmdlet
    {
        /// <summary>The trigger source types as -TriggerSourceType takes them.</summary>
        internal const string WorkspaceSource = "WorkspaceId";

        /// <summary>
        /// Fills <paramref name="body"/> from the given values (null keeps what the body holds), then checks it:
        /// an http(s) URL, ids of 24 hex digits, and trigger sources that fit their type (a workspace webhook
        /// listens to its own workspace).
        /// </summary>
        protected void Complete(WebhookWriteBody body, string workspace, string? url, string? webhookEvent, string? sourceType, string[]? sources)
        {
            body.Url = url ?? body.Url;
            body.WebhookEvent = webhookEvent?.ToUpperInvariant() ?? body.WebhookEvent;
            if (sourceType != null)
            {
                body.TriggerSourceType = ApiEnum.Of(sourceType);
                body.TriggerSource = new List<string>();
            }

            if (sources != null)
            {
                body.TriggerSource = sources.ToList();
            }

            if (!Uri.TryCreate(body.Url, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                ThrowInvalidArgument("InvalidUrl", "-Url must be an absolute http or https address that Clockify can post to, not '" + body.Url + "'.", body.Url);
            }

            body.TriggerSource.ForEach(id => RequireId("TriggerSource", id));
            if (body.TriggerSourceType == ApiEnum.Of(WorkspaceSource))
            {
                // Clockify wants the workspace's own id as the source of a workspace-wide webhook.
                if (body.TriggerSource.Any(id => !string.Equals(id, workspace, StringComparison.OrdinalIgnoreCase)))
                {
                    ThrowInvalidArgument("InvalidTriggerSource", "A WorkspaceId webhook listens to its own workspace; -TriggerSource can only be " + workspace + ".", body.TriggerSource);
                }

                body.TriggerSource = new List<string> { workspace };
            }
            else if (body.TriggerSource.Count == 0)
            {
                ThrowInvalidArgument("TriggerSourceRequired", "A " + body.TriggerSourceType + " webhook needs the ids it listens to: give -TriggerSource.", body.TriggerSourceType);
            }
        }
    }
}
