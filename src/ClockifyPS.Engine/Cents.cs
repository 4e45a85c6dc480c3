using System;
using System.Globalization;

namespace ClockifyPS.Engine
{
    /// <summary>
    /// Amounts typed in major units (12.50) as the integer cents Clockify stores rates, prices and payments in:
    /// exactly, or refused. Rounding would silently bill a different amount than the one the user typed.
    /// </summary>
    public static class Cents
    {
        /// <summary>The cents of <paramref name="amount"/>, which must lie in 0 to <paramref name="largest"/> cents.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The amount is negative, too large, or has more than two decimals.</exception>
        public static long FromMajorUnits(decimal amount, string parameterName, long largest = long.MaxValue)
        {
            decimal ceiling = largest / 100m;
            if (amount < 0 || amount > ceiling)
            {
                throw new ArgumentOutOfRangeException(parameterName, amount, string.Format(CultureInfo.InvariantCulture, "{0} is outside the amounts Clockify stores (0 to {1}).", amount, ceiling));
            }

            decimal cents = amount * 100m;
            if (cents != decimal.Truncate(cents))
            {
                throw new ArgumentOutOfRangeException(parameterName, amount, string.Format(CultureInfo.InvariantCulture, "{0} has more than two decimals; Clockify keeps amounts in whole cents. Give at most two decimals, e.g. {1}.", amount, decimal.Round(amount, 2, MidpointRounding.AwayFromZero)));
            }

            return (long)cents;
        }
    }
}
