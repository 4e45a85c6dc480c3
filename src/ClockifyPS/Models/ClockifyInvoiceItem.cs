using System.Text.Json;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A line of an invoice. Prices are in major units in the invoice's currency.</summary>
    public sealed class ClockifyInvoiceItem
    {
        internal ClockifyInvoiceItem(InvoiceItemDto dto, string invoiceId, string workspaceId, string? currency)
        {
            InvoiceId = invoiceId;
            WorkspaceId = workspaceId;
            Order = dto.Order;
            Description = dto.Description;
            ItemType = dto.ItemType;
            Quantity = dto.Quantity;
            UnitPrice = new ClockifyMoney(dto.UnitPrice / 100m, currency);
            Amount = new ClockifyMoney(dto.Amount / 100m, currency);
            ApplyTaxes = dto.ApplyTaxes.ValueKind == JsonValueKind.String ? dto.ApplyTaxes.GetString() : null;
            ImportType = dto.ImportType;
        }

        /// <summary>The invoice the line is on.</summary>
        public string InvoiceId { get; }

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>The line's position, which identifies it (Remove-ClockifyInvoiceItem -Order).</summary>
        public int Order { get; }

        /// <summary>What is billed.</summary>
        public string? Description { get; }

        /// <summary>The kind of line, e.g. Service.</summary>
        public string? ItemType { get; }

        /// <summary>Units.</summary>
        public long Quantity { get; }

        /// <summary>The price of one unit.</summary>
        public ClockifyMoney UnitPrice { get; }

        /// <summary>Quantity times unit price.</summary>
        public ClockifyMoney Amount { get; }

        /// <summary>TAX1, TAX2, TAX1TAX2 or NONE.</summary>
        public string? ApplyTaxes { get; }

        /// <summary>NOT_IMPORTED, TIME_ENTRY_IMPORT or EXPENSE_IMPORT.</summary>
        public string? ImportType { get; }

        /// <inheritdoc />
        public override string ToString() => Description ?? Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
