using System;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Internal
{
    /// <summary>Checks a rate given in major units and turns it into the cents Clockify takes, before any request.</summary>
    internal static class RateArgument
    {
        /// <summary>The cents of <paramref name="amount"/>, or null when none was given; <paramref name="error"/> says why an amount is refused.</summary>
        public static int? ToCents(decimal? amount, string parameter, string operation, out ErrorRecord? error)
        {
            error = null;
            if (amount is not decimal value)
            {
                return null;
            }

            try
            {
                return UserAdminApi.ToCents(value, parameter);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                error = ClockifyErrors.InvalidArgument(operation, "InvalidRate", "-" + parameter + ": " + ClockifyErrors.MessageOf(ex), value);
                return null;
            }
        }
    }
}
