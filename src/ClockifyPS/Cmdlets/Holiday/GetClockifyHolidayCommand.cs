using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Holiday
{
    /// <summary>
    /// <para type="synopsis">Gets the holidays of a workspace: all, one user's, those in a period, by name or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyHoliday", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyHoliday))]
    public sealed class GetClockifyHolidayCommand : ClockifyTimeCmdlet
    {
        private const string ListSet = "List";
        private const string PeriodSet = "Period";
        private const string IdSet = "Id";
        private Dictionary<string, HolidayDto>? known;

        /// <summary><para type="description">The ids of the holidays to get.</para></summary>
        // Not bound from piped objects: every Clockify object has an Id (see Get-ClockifyTag).
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("HolidayId")]
        [ArgumentCompleter(typeof(HolidayIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Only holidays whose name contains this text, or matches it as a wildcard pattern.</para></summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [Parameter(Position = 0, ParameterSetName = PeriodSet)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">Only the holidays of this user; binds from piped users. With -Start, default: the connected user.</para></summary>
        [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = PeriodSet, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <summary><para type="description">Only holidays from this time on (with -End).</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = PeriodSet)]
        [ValidateNotNull]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">Only holidays up to this time (with -Start).</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = PeriodSet)]
        [ValidateNotNull]
        public ClockifyDateTime End { get; set; } = null!;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                foreach (string id in Id)
                {
                    RequireId(nameof(Id), id);
                }

                // Clockify has no request for one holiday: the list is read once and picked from.
                Write(PickByIds(ref known, HolidayApi.List(workspace, null), h => h.Id, Id, "holiday"));
                return;
            }

            string? user = UserId;
            if (user != null)
            {
                RequireId(nameof(UserId), user);
            }

            ClockifyRequest request;
            if (ParameterSetName == PeriodSet)
            {
                DateTimeOffset from = Resolve(Start), to = Resolve(End);
                if (to < from)
                {
                    ThrowInvalidArgument("EndBeforeStart", "-End " + ClockifyTime.FormatUtc(to) + " is before -Start " + ClockifyTime.FormatUtc(from) + ".", End);
                }

                // Clockify's in-period search requires a user.
                request = HolidayApi.InPeriod(workspace, user ?? ActiveConnection.UserId, ClockifyTime.FormatUtc(from), ClockifyTime.FormatUtc(to));
            }
            else
            {
                request = HolidayApi.List(workspace, user);
            }

            // Clockify cannot filter holidays by name: plain text is a contains-match here, as for other lists.
            var filter = new NameFilter(Name, false);
            Func<string?, bool> keep = filter.Keep ?? (name => filter.ApiName is null || (name ?? string.Empty).IndexOf(filter.ApiName, StringComparison.OrdinalIgnoreCase) >= 0);
            Write(Send<List<HolidayDto>>(request, workspace).Where(h => keep(h.Name)));
        }

        private void Write(IEnumerable<HolidayDto> holidays)
        {
            foreach (HolidayDto holiday in ListWindow.Apply(PagingParameters, holidays))
            {
                WriteObject(new ClockifyHoliday(holiday));
            }
        }
    }
}
