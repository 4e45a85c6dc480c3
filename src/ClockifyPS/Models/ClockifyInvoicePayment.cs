using System;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A payment towards an invoice, in major units of the invoice's currency.</summary>
    public sealed class ClockifyInvoicePayment
    {
        internal ClockifyInvoicePayment(InvoicePaymentDto dto, string invoiceId, string workspaceId, string? currency)
        {
            Id = dto.Id;
            InvoiceId = invoiceId;
            WorkspaceId = workspaceId;
            Amount = new ClockifyMoney(dto.Amount / 100m, currency);
            Date = ClockifyExpense.ParseDate(dto.Date);
            Note = dto.Note;
            Author = dto.Author;
        }

        /// <summary>The payment id.</summary>
        public string Id { get; }

        /// <summary>The payment id again, so a piped payment binds to -PaymentId.</summary>
        public string PaymentId => Id;

        /// <summary>The invoice paid.</summary>
        public string InvoiceId { get; }

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>The amount.</summary>
        public ClockifyMoney Amount { get; }

        /// <summary>When it was paid (UTC).</summary>
        public DateTimeOffset? Date { get; }

        /// <summary>A note.</summary>
        public string? Note { get; }

        /// <summary>Who recorded it.</summary>
        public string? Author { get; }

        /// <inheritdoc />
        public override string ToString() => Amount.ToString();
    }
}
