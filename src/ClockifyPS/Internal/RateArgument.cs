using System;
using System.Management.Automation;
using ClockifyPS.Engine;

namespace ClockifyPS.Internal
{
    /// <summary>Checks a billable and a cost rate given in major units and turns them into the cents Clockify takes (a 32-bit field), before any request.</summary>
    internal static class RateArgument
    {
        /// <summary>
        /// The cents of each rate given (null where none was); the error says why the pair is refused: an amount with
        /// more than two decimals, negative or too large, or neither rate given.
        /// </summary>
        public static ErrorRecord? Check(decimal? hourlyRate, decimal? costRate, string operation, object? target, out int? hourlyCents, out int? costCents)
        {
            hourlyCents = costCents = null;
            if (hourlyRate is null && costRate is null)
            {
                return ClockifyErrors.InvalidArgument(operation, "NothingToChange", "Give -HourlyRate, -CostRate or both.", target);
            }

            try
            {
                hourlyCents = hourlyRate is decimal hourly ? (int)Cents.FromMajorUnits(hourly, "HourlyRate", int.MaxValue) : (int?)null;
                costCents = costRate is decimal cost ? (int)Cents.FromMajorUnits(cost, "CostRate", int.MaxValue) : (int?)null;
                return null;
            }
            catch (ArgumentOutOfRangeException ex)
            {
                return ClockifyErrors.InvalidArgument(operation, "InvalidRate", "-" + ex.ParamName + ": " + ClockifyErrors.MessageOf(ex), ex.ActualValue);
            }
        }
    }
}
