using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Webhook
{
    /// <summary>
    /// <para type="synopsis">Gets the webhooks of a workspace, by name (wildcards allowed), event, type or id. Tokens come as SecureStrings.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyWebhook", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyWebhook))]
    public sealed class GetClockifyWebhookCommand : ClockifyWorkspaceCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary><para type="description">The ids of the webhooks to get.</para></summary>
        // Not bound from piped objects: every Clockify object has an Id, so a piped workspace's id would land here.
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("WebhookId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Only webhooks whose name contains this text, or matches it as a wildcard pattern (Payroll*).</para></summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">Only webhooks that listen to this event, e.g. NEW_TIME_ENTRY.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(WebhookEventCompleter))]
        [ValidateWebhookEvent]
        public string? Event { get; set; }

        /// <summary><para type="description">Only webhooks of this kind: UserCreated, System or Addon.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("UserCreated", "System", "Addon")]
        public string? Type { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                foreach (string id in Id)
                {
                    RequireId(nameof(Id), id);
                    if (TrySend(WebhookApi.Get(workspace, id), id, out WebhookDto webhook))
                    {
                        WriteObject(new ClockifyWebhook(webhook));
                    }
                }

                return;
            }

            // The list comes whole, in an envelope, and Clockify filters it only by type: the rest is done here.
            WildcardPattern? pattern = NamePattern.For(Name);
            WebhookListDto list = Send<WebhookListDto>(WebhookApi.List(workspace, Type is null ? null : ApiEnum.Of(Type)), "webhooks");
            IEnumerable<WebhookDto> kept = (list.Webhooks ?? new List<WebhookDto>())
                .Where(w => (pattern is null || pattern.IsMatch(w.Name ?? string.Empty)) && (Event is null || string.Equals(w.WebhookEvent, Event, StringComparison.OrdinalIgnoreCase)));
            foreach (WebhookDto webhook in ListWindow.Apply(PagingParameters, kept))
            {
                WriteObject(new ClockifyWebhook(webhook));
            }
        }
    }
}
