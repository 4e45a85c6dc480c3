using System.Globalization;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>An amount of money in major units (12.50, not 1250 cents) with its currency.</summary>
    public sealed class ClockifyMoney
    {
        /// <summary>Creates an amount.</summary>
        public ClockifyMoney(decimal amount, string? currency)
        {
            Amount = amount;
            Currency = currency;
        }

        /// <summary>The amount in major units.</summary>
        public decimal Amount { get; }

        /// <summary>The currency code, e.g. EUR.</summary>
        public string? Currency { get; }

        /// <inheritdoc />
        public override string ToString() => Amount.ToString("0.00", CultureInfo.InvariantCulture) + (Currency is null ? string.Empty : " " + Currency);

        /// <summary>Clockify's cents as major units; null stays null.</summary>
        internal static ClockifyMoney? FromCents(RateDto? rate) => rate is null ? null : new ClockifyMoney(rate.Amount / 100m, rate.Currency);
    }
}
