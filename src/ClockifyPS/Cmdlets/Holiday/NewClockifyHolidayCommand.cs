using System;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Holiday
{
    /// <summary>
    /// <para type="synopsis">Creates a holiday of one or more days, for everyone or for some users and groups.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyHoliday", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyHoliday))]
    public sealed class NewClockifyHolidayCommand : HolidayCmdlet
    {
        /// <summary><para type="description">The holiday's name.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary><para type="description">The first day; only its date counts.</para></summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public DateTime Start { get; set; }

        /// <summary><para type="description">The last day (included); only its date counts. Default: -Start, one day.</para></summary>
        [Parameter(Position = 2, ValueFromPipelineByPropertyName = true)]
        public DateTime? End { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            (string[]? users, string[]? groups) = Members();
            DateTime first = Start.Date;
            DateTime last = End?.Date ?? first;
            RequireOrder(first, last);
            var holiday = new HolidayWrite
            {
                Name = Name,
                StartDate = Text(first),
                EndDate = Text(last),
                OccursAnnually = OccursAnnually,
                EveryoneIncludingNew = EveryoneIncludingNew,
                Color = Color,
                UserIds = users ?? Array.Empty<string>(),
                UserGroupIds = groups ?? Array.Empty<string>(),
            };
            if (ShouldProcess("workspace " + workspace, "Create holiday '" + Name + "' " + Text(first) + (last == first ? string.Empty : " to " + Text(last)))
                && TrySend(HolidayApi.Create(workspace, holiday), Name, out HolidayDto created))
            {
                CompletionCache.Clear();
                WriteObject(new ClockifyHoliday(created));
            }
        }
    }
}
