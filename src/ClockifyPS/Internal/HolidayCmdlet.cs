using System;
using System.Globalization;
using System.Management.Automation;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// What New- and Set-ClockifyHoliday share. Holidays are calendar days with no time of day or zone, so their
    /// days are plain dates (only the date part of a DateTime counts).
    /// </summary>
    public abstract class HolidayCmdlet : AssignedCmdlet
    {
        /// <summary><para type="description">The holiday comes back every year on the same days.</para></summary>
        [Parameter]
        public SwitchParameter OccursAnnually { get; set; }

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
