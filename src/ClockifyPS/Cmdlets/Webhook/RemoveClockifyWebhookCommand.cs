using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.Webhook
{
    /// <summary>
    /// <para type="synopsis">Deletes webhooks. Clockify stops posting their events at once.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyWebhook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveClockifyWebhookCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the webhook to delete; binds from piped webhooks.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("WebhookId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);

            // 200 with no body: there is nothing to write back.
            if (ShouldProcess("webhook " + Id + " in workspace " + workspace, "Delete"))
            {
                TrySend(WebhookApi.Delete(workspace, Id), Id);
            }
        }
    }
}
