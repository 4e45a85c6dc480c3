using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Webhook
{
    /// <summary>
    /// <para type="synopsis">Creates a webhook: Clockify posts an event (a new time entry, a deleted project...) to a URL. Writes the webhook with its token as a SecureString.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyWebhook", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyWebhook))]
    public sealed class NewClockifyWebhookCommand : ClockifyWebhookCmdlet
    {
        /// <summary><para type="description">The http or https address Clockify posts the events to.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Url { get; set; } = string.Empty;

        /// <summary><para type="description">The event to listen to, e.g. NEW_TIME_ENTRY (Tab completes the events).</para></summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(WebhookEventCompleter))]
        [ValidateWebhookEvent]
        public string Event { get; set; } = string.Empty;

        /// <summary><para type="description">The webhook's name, 2 to 30 characters.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateLength(2, 30)]
        public string? Name { get; set; }

        /// <summary><para type="description">What -TriggerSource holds: WorkspaceId (the default: the whole workspace), ProjectId, UserId, TagId, TaskId, AssignmentId or ExpenseId.</para></summary>
        [Parameter]
        [ValidateSet(WorkspaceSource, "ProjectId", "UserId", "TagId", "TaskId", "AssignmentId", "ExpenseId")]
        public string TriggerSourceType { get; set; } = WorkspaceSource;

        /// <summary><para type="description">The ids whose events trigger the webhook (projects, users... as -TriggerSourceType says).</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? TriggerSource { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            var body = new WebhookWriteBody { Name = Name };
            Complete(body, workspace, Url, Event, TriggerSourceType, TriggerSource);
            if (ShouldProcess("workspace " + workspace, "Create webhook posting " + body.WebhookEvent + " to " + body.Url)
                && TrySend(WebhookApi.Create(workspace, body), Url, out WebhookDto webhook))
            {
                WriteObject(new ClockifyWebhook(webhook));
            }
        }
    }
}
