using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Webhook
{
    /// <summary>
    /// <para type="synopsis">Gets a webhook's delivery log: each post Clockify made, the status the receiver answered and both bodies.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyWebhookLog", SupportsPaging = true)]
    [OutputType(typeof(ClockifyWebhookLog))]
    public sealed class GetClockifyWebhookLogCommand : ClockifyTimeCmdlet
    {
        /// <summary><para type="description">The webhook whose log to read; binds from piped webhooks.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string WebhookId { get; set; } = string.Empty;

        /// <summary><para type="description">Only deliveries from this moment on. Text without an offset is read in -TimeZone.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public ClockifyDateTime? From { get; set; }

        /// <summary><para type="description">Only deliveries up to this moment.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public ClockifyDateTime? To { get; set; }

        /// <summary><para type="description">All (the default), Succeeded or Failed deliveries.</para></summary>
        [Parameter]
        [ValidateSet("All", "Succeeded", "Failed")]
        public string Status { get; set; } = "All";

        /// <summary><para type="description">Newest deliveries first instead of oldest first.</para></summary>
        [Parameter]
        public SwitchParameter NewestFirst { get; set; }

        /// <summary><para type="description">Deliveries per request (the log pages from 0 with size; 200 by default).</para></summary>
        [Parameter]
        [ValidateRange(1, WebhookApi.LogPageSize)]
        public int PageSize { get; set; } = WebhookApi.LogPageSize;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(WebhookId), WebhookId);
            System.DateTimeOffset? from = From is null ? (System.DateTimeOffset?)null : Resolve(From);
            System.DateTimeOffset? to = To is null ? (System.DateTimeOffset?)null : Resolve(To);
            if (from > to)
            {
                ThrowInvalidArgument("EndBeforeStart", "-To (" + to!.Value.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + ") is before -From.", To);
            }

            var filter = new WebhookLogFilter
            {
                From = from is null ? null : ClockifyTime.FormatUtc(from.Value),
                To = to is null ? null : ClockifyTime.FormatUtc(to.Value),
                Status = Status.ToUpperInvariant(),
                SortByNewest = NewestFirst.IsPresent,
            };
            WriteListing<WebhookLogDto>(WebhookApi.Logs(workspace, WebhookId, filter), log => new ClockifyWebhookLog(log, workspace), "Get-ClockifyWebhookLog", pageSize: PageSize);
        }
    }
}
