using System;
using System.Linq;
using System.Text;

namespace ClockifyPS.Internal
{
    /// <summary>Invoice statuses as PowerShell users type them (PartiallyPaid) and as Clockify spells them (PARTIALLY_PAID).</summary>
    internal static class InvoiceStatus
    {
        private static readonly string[] Known = { "Unsent", "Sent", "Paid", "PartiallyPaid", "Void", "Overdue" };

        /// <summary>PartiallyPaid (in any case, as ValidateSet lets through) => PARTIALLY_PAID.</summary>
        public static string ApiName(string status)
        {
            string canonical = Known.FirstOrDefault(k => string.Equals(k, status, StringComparison.OrdinalIgnoreCase)) ?? status;
            var name = new StringBuilder();
            foreach (char c in canonical)
            {
                if (char.IsUpper(c) && name.Length > 0)
                {
                    name.Append('_');
                }

                name.Append(char.ToUpperInvariant(c));
            }

            return name.ToString();
        }
    }
}
