using System;
using System.Collections.Generic;
using System.Globalization;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Models;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// What the scheduling cmdlets share: a window of days given as ClockifyDateTime (read in -TimeZone when it
    /// names no offset) sent as UTC text, and the answers to writes, which list every assignment they touched.
    /// </summary>
    public abstract class ClockifyAssignmentCmdlet : ClockifyBodyPagedCmdlet
    {
        /// <summary>The window as Clockify's UTC text; stops with EndBeforeStart when it runs backwards.</summary>
        protected (string Start, string End) Window(ClockifyDateTime start, ClockifyDateTime end)
        {
            DateTimeOffset from = Resolve(start);
            DateTimeOffset to = Resolve(end);
            if (to < from)
            {
                ThrowInvalidArgument("EndBeforeStart", "-End (" + to.ToString("u", CultureInfo.InvariantCulture) + ") is before -Start (" + from.ToString("u", CultureInfo.InvariantCulture) + ").", end);
            }

            return (ClockifyTime.FormatUtc(from), ClockifyTime.FormatUtc(to));
        }

        /// <summary>Sends a write whose answer lists assignments and writes them when <paramref name="write"/> is set.</summary>
        protected void SendAndWrite(ClockifyRequest request, object target, bool write)
        {
            if (TrySend(request, target, out List<AssignmentDto> touched) && write)
            {
                touched.ForEach(a => WriteObject(new ClockifyAssignment(a)));
            }
        }
    }
}
