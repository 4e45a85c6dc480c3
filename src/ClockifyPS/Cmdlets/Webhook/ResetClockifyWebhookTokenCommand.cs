using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Webhook
{
    /// <summary>
    /// <para type="synopsis">Replaces a webhook's signing token and writes the webhook with the new token as a SecureString. The old token stops working at once.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Reset, "ClockifyWebhookToken", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyWebhook))]
    public sealed class ResetClockifyWebhookTokenCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the webhook whose token to replace; binds from piped webhooks.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("WebhookId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            if (ShouldProcess("webhook " + Id + " in workspace " + workspace, "Replace the signing token (the old one stops working)")
                && TrySend(WebhookApi.NewToken(workspace, Id), Id, out WebhookDto webhook))
            {
                WriteObject(new ClockifyWebhook(webhook));
            }
        }
    }
}
