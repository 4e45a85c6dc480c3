using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeOff
{
    /// <summary>
    /// <para type="synopsis">Gets time-off requests of a workspace, by status, user, group or the period they overlap.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyTimeOffRequest", SupportsPaging = true)]
    [OutputType(typeof(ClockifyTimeOffRequest))]
    public sealed class GetClockifyTimeOffRequestCommand : ClockifyTimeCmdlet
    {
        /// <summary><para type="description">Only requests in these states: Pending, Approved, Rejected. Default: all.</para></summary>
        [Parameter(Position = 0)]
        [ValidateSet("Pending", "Approved", "Rejected")]
        public string[]? Status { get; set; }

        /// <summary><para type="description">Only these users' requests; binds from piped users.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? UserId { get; set; }

        /// <summary><para type="description">Only the requests of these groups' members.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(UserGroupIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? UserGroupId { get; set; }

        /// <summary><para type="description">Only requests that overlap the period from -Start to -End (give both).</para></summary>
        [Parameter]
        [ValidateNotNull]
        public ClockifyDateTime? Start { get; set; }

        /// <summary><para type="description">The end of the period; see -Start.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public ClockifyDateTime? End { get; set; }

        /// <summary><para type="description">Requests per page, 1 to 200 (the default and Clockify's largest).</para></summary>
        [Parameter]
        [ValidateRange(1, TimeOffRequestApi.LargestPage)]
        public int PageSize { get; set; } = TimeOffRequestApi.LargestPage;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            foreach (string id in UserId ?? Array.Empty<string>())
            {
                RequireId(nameof(UserId), id);
            }

            foreach (string id in UserGroupId ?? Array.Empty<string>())
            {
                RequireId(nameof(UserGroupId), id);
            }

            var query = new TimeOffRequestQuery
            {
                Statuses = Status?.Select(s => s.ToUpperInvariant()).Distinct().ToArray() ?? Array.Empty<string>(),
                Users = UserId ?? Array.Empty<string>(),
                UserGroups = UserGroupId ?? Array.Empty<string>(),
            };
            if ((Start is null) != (End is null))
            {
                ThrowInvalidArgument("IncompletePeriod", "Give both -Start and -End: Clockify filters by period only with both.", Start ?? End);
            }

            if (Start != null && End != null)
            {
                DateTimeOffset from = Resolve(Start), to = Resolve(End);
                if (to < from)
                {
                    ThrowInvalidArgument("EndBeforeStart", "-End " + ClockifyTime.FormatUtc(to) + " is before -Start " + ClockifyTime.FormatUtc(from) + ".", End);
                }

                query.Start = ClockifyTime.FormatUtc(from);
                query.End = ClockifyTime.FormatUtc(to);
            }

            var pages = CountedPages.Read(
                PagingParameters,
                PageSize,
                page =>
                {
                    TimeOffRequestPageDto dto = Send<TimeOffRequestPageDto>(TimeOffRequestApi.Search(workspace, query, page, PageSize), workspace);
                    return new CountedPages.Page<TimeOffRequestDto>(dto.Requests, dto.Count);
                },
                CountedPages.Reporter(this, "Get-ClockifyTimeOffRequest", PageSize));
            foreach (TimeOffRequestDto request in pages)
            {
                WriteObject(new ClockifyTimeOffRequest(request));
            }
        }
    }
}
