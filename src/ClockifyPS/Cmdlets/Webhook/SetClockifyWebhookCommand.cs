using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Webhook
{
    /// <summary>
    /// <para type="synopsis">Changes a webhook's name, URL, event or trigger sources.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyWebhook", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyWebhook))]
    public sealed class SetClockifyWebhookCommand : ClockifyWebhookCmdlet
    {
        /// <summary><para type="description">The id of the webhook to change; binds from piped webhooks.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("WebhookId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The new name, 2 to 30 characters.</para></summary>
        [Parameter]
        [ValidateLength(2, 30)]
        public string? Name { get; set; }

        /// <summary><para type="description">The new http or https address.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Url { get; set; }

        /// <summary><para type="description">The new event, e.g. TIME_ENTRY_UPDATED (Tab completes the events).</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(WebhookEventCompleter))]
        [ValidateWebhookEvent]
        public string? Event { get; set; }

        /// <summary><para type="description">What -TriggerSource holds: WorkspaceId, ProjectId, UserId, TagId, TaskId, AssignmentId or ExpenseId. A new type needs -TriggerSource unless it is WorkspaceId.</para></summary>
        [Parameter]
        [ValidateSet(WorkspaceSource, "ProjectId", "UserId", "TagId", "TaskId", "AssignmentId", "ExpenseId")]
        public string? TriggerSourceType { get; set; }

        /// <summary><para type="description">The ids whose events trigger the webhook; replaces the present list.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? TriggerSource { get; set; }

        /// <summary><para type="description">Writes the changed webhook to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);

            // Clockify's PUT replaces the webhook: start from what it is now so unnamed settings keep their values.
            if (!TrySend(WebhookApi.Get(workspace, Id), Id, out WebhookDto current))
            {
                return;
            }

            var body = new WebhookWriteBody
            {
                Name = Name ?? current.Name,
                Url = current.Url ?? string.Empty,
                WebhookEvent = current.WebhookEvent ?? string.Empty,
                TriggerSourceType = current.TriggerSourceType ?? string.Empty,
                TriggerSource = current.TriggerSource ?? new System.Collections.Generic.List<string>(),
            };
            Complete(body, workspace, Url, Event, TriggerSourceType, TriggerSource);
            if (ShouldProcess("webhook '" + current.Name + "' (" + Id + ")", "Post " + body.WebhookEvent + " from " + body.TriggerSourceType + " " + string.Join(",", body.TriggerSource) + " to " + body.Url)
                && TrySend(WebhookApi.Update(workspace, Id, body), Id, out WebhookDto updated)
                && PassThru)
            {
                WriteObject(new ClockifyWebhook(updated));
            }
        }
    }
}
