using System;
using System.Globalization;

namespace ClockifyPS.Internal
{
    /// <summary>Amounts typed in major units (12.50), turned into the cents Clockify stores, exactly or not at all.</summary>
    internal static class MoneyInput
    {
        /// <summary>
        /// The amount in cents, or null with <paramref name="problem"/> set when it has more than two decimals
        /// (it would be rounded silently otherwise) or is negative.
        /// </summary>
        public static long? ToCents(decimal amount, string parameter, out string? problem)
        {
            problem = null;
            if (amount < 0)
            {
                problem = string.Format(CultureInfo.InvariantCulture, "-{0} must not be negative; it is {1}.", parameter, amount);
                return null;
            }

            decimal cents = amount * 100m;
            if (cents != decimal.Truncate(cents))
            {
                problem = string.Format(CultureInfo.InvariantCulture, "-{0} {1} has more than two decimals; Clockify keeps amounts in whole cents. Round it to two decimals.", parameter, amount);
                return null;
            }

            if (cents > long.MaxValue)
            {
                problem = string.Format(CultureInfo.InvariantCulture, "-{0} {1} is too large.", parameter, amount);
                return null;
            }

            return (long)cents;
        }
    }
}
