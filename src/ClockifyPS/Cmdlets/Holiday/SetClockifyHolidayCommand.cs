using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Holiday
{
    /// <summary>
    /// <para type="synopsis">Changes a holiday: name, days, whether it recurs, and who it applies to.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyHoliday", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyHoliday))]
    public sealed class SetClockifyHolidayCommand : HolidayCmdlet
    {
        private Dictionary<string, HolidayDto>? known;

        /// <summary><para type="description">The id of the holiday to change; binds from piped holidays.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("HolidayId")]
        [ArgumentCompleter(typeof(HolidayIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The new name.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">The new first day; only its date counts. Alone, it moves the holiday and keeps its length.</para></summary>
        [Parameter]
        public DateTime? Start { get; set; }

        /// <summary><para type="description">The new last day (included); only its date counts.</para></summary>
        [Parameter]
        public DateTime? End { get; set; }

        /// <summary><para type="description">Writes the changed holiday to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            (string[]? users, string[]? groups) = Members();
            DateTime? first = Start?.Date;
            DateTime? last = End?.Date;

            // Clockify's PUT replaces the holiday and it has no request for one holiday: the current one comes from the list.
            HolidayDto? current = PickByIds(ref known, HolidayApi.List(workspace, null), h => h.Id, new[] { Id }, "holiday").FirstOrDefault();
            if (current is null)
            {
                return;
            }

            var now = new ClockifyHoliday(current);
            DateTime from = first ?? now.FirstDay ?? throw new InvalidOperationException("Holiday " + Id + " has no first day.");
            DateTime to = last ?? (first is DateTime moved && now.FirstDay is DateTime was && now.LastDay is DateTime end ? moved + (end - was) : now.LastDay ?? from);
            RequireOrder(from, to);
            var holiday = new HolidayWrite
            {
                Name = Name ?? current.Name,
                StartDate = Text(from),
                EndDate = Text(to),
                OccursAnnually = Given(nameof(OccursAnnually)) ? OccursAnnually.IsPresent : current.OccursAnnually,
                EveryoneIncludingNew = Given(nameof(EveryoneIncludingNew)) ? EveryoneIncludingNew.IsPresent : current.EveryoneIncludingNew,
                Color = Color ?? current.Color,
                UserIds = users ?? current.UserIds?.ToArray() ?? Array.Empty<string>(),
                UserGroupIds = groups ?? current.UserGroupIds?.ToArray() ?? Array.Empty<string>(),
            };
            if (ShouldProcess("holiday '" + current.Name + "' (" + Id + ")", "Set name '" + holiday.Name + "', " + holiday.StartDate + " to " + holiday.EndDate)
                && TrySend(HolidayApi.Update(workspace, Id, holiday), Id, out HolidayDto updated))
            {
                CompletionCache.Clear();
                known![Id] = updated;
                if (PassThru)
                {
                    WriteObject(new ClockifyHoliday(updated));
                }
            }
        }
    }
}
