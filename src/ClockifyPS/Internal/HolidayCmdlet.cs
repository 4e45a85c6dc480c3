using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;

namespace ClockifyPS.Internal
{
    /// <summary>The holiday settings New- and Set-ClockifyHoliday share, with their checks.</summary>
    public abstract class HolidayCmdlet : ClockifyTimeCmdlet
    {
        /// <summary><para type="description">The holiday comes back every year on the same days.</para></summary>
        [Parameter]
        public SwitchParameter OccursAnnually { get; set; }

        /// <summary><para type="description">Applies the holiday to everyone, including users who join later.</para></summary>
        [Parameter]
        public SwitchParameter EveryoneIncludingNew { get; set; }

        /// <summary><para type="description">The colour, #RRGGBB.</para></summary>
        [Parameter]
        [ValidatePattern("^#[0-9a-fA-F]{6}$")]
        public string? Color { get; set; }

        /// <summary><para type="description">The users the holiday applies to.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNull]
        public string[]? UserId { get; set; }

        /// <summary><para type="description">The user groups the holiday applies to.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(UserGroupIdCompleter))]
        [ValidateNotNull]
        public string[]? UserGroupId { get; set; }

        /// <summary>Whether a parameter was given at all (-X:$false counts).</summary>
        protected bool Given(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);

        /// <summary>The user and group ids, checked before any request; null where not given.</summary>
        protected (string[]? Users, string[]? Groups) Members()
        {
            foreach (string id in UserId ?? Array.Empty<string>())
            {
                RequireId(nameof(UserId), id);
            }

            foreach (string id in UserGroupId ?? Array.Empty<string>())
            {
                RequireId(nameof(UserGroupId), id);
            }

            return (UserId?.Distinct().ToArray(), UserGroupId?.Distinct().ToArray());
        }

        /// <summary>The calendar day a time argument falls on in -TimeZone: holidays are whole days.</summary>
        protected DateTime DayOf(ClockifyDateTime time) => InputZone.ToWallClock(Resolve(time)).Date;

        /// <summary>Stops before any request when the last day is before the first.</summary>
        protected void RequireOrder(DateTime first, DateTime last)
        {
            if (last < first)
            {
                ThrowInvalidArgument("EndBeforeStart", "The last day " + Text(last) + " is before the first day " + Text(first) + ".", Text(last));
            }
        }

        /// <summary>yyyy-MM-dd, as Clockify writes days.</summary>
        protected static string Text(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
