using System;
using System.Collections.Generic;
using System.Linq;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>An invoice to a client. Amounts are in major units in the invoice's currency.</summary>
    public sealed class ClockifyInvoice
    {
        internal ClockifyInvoice(InvoiceDto dto, string workspaceId)
        {
            Id = dto.Id;
            WorkspaceId = workspaceId;
            Number = dto.Number;
            ClientId = string.IsNullOrEmpty(dto.ClientId) ? null : dto.ClientId;
            Client = string.IsNullOrEmpty(dto.ClientName) ? null : dto.ClientName;
            Currency = dto.Currency;
            Status = dto.Status;
            IssuedDate = ClockifyExpense.ParseDate(dto.IssuedDate);
            DueDate = ClockifyExpense.ParseDate(dto.DueDate);
            Amount = Money(dto.Amount);
            Balance = Money(dto.Balance);
            Paid = Money(dto.Paid);
            Subtotal = Money(dto.Subtotal);
            TaxAmount = Money(dto.TaxAmount);
            Tax2Amount = Money(dto.Tax2Amount);
            DiscountAmount = Money(dto.DiscountAmount);
            TaxPercent = dto.Tax;
            Tax2Percent = dto.Tax2;
            DiscountPercent = dto.Discount;
            Subject = dto.Subject;
            Note = dto.Note;
            Items = (dto.Items ?? new List<InvoiceItemDto>()).Select(i => new ClockifyInvoiceItem(i, dto.Id, workspaceId, dto.Currency)).ToList();
        }

        /// <summary>The invoice id.</summary>
        public string Id { get; }

        /// <summary>The invoice id again, so a piped invoice binds to -InvoiceId.</summary>
        public string InvoiceId => Id;

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>The invoice number.</summary>
        public string? Number { get; }

        /// <summary>The client billed.</summary>
        public string? ClientId { get; }

        /// <summary>The client's name.</summary>
        public string? Client { get; }

        /// <summary>The currency code.</summary>
        public string? Currency { get; }

        /// <summary>UNSENT, SENT, PAID, PARTIALLY_PAID, VOID or OVERDUE.</summary>
        public string? Status { get; }

        /// <summary>When it was issued (UTC).</summary>
        public DateTimeOffset? IssuedDate { get; }

        /// <summary>When it is due (UTC).</summary>
        public DateTimeOffset? DueDate { get; }

        /// <summary>The total.</summary>
        public ClockifyMoney Amount { get; }

        /// <summary>What is still owed.</summary>
        public ClockifyMoney Balance { get; }

        /// <summary>What was paid.</summary>
        public ClockifyMoney Paid { get; }

        /// <summary>The items' sum before taxes and discount (single invoices only; zero in lists).</summary>
        public ClockifyMoney Subtotal { get; }

        /// <summary>The first tax.</summary>
        public ClockifyMoney TaxAmount { get; }

        /// <summary>The second tax.</summary>
        public ClockifyMoney Tax2Amount { get; }

        /// <summary>The discount.</summary>
        public ClockifyMoney DiscountAmount { get; }

        /// <summary>The first tax in percent.</summary>
        public double TaxPercent { get; }

        /// <summary>The second tax in percent.</summary>
        public double Tax2Percent { get; }

        /// <summary>The discount in percent.</summary>
        public double DiscountPercent { get; }

        /// <summary>The subject line.</summary>
        public string? Subject { get; }

        /// <summary>The note printed on the invoice.</summary>
        public string? Note { get; }

        /// <summary>The lines (single invoices only; empty in lists).</summary>
        public IReadOnlyList<ClockifyInvoiceItem> Items { get; }

        /// <inheritdoc />
        public override string ToString() => Number ?? Id;

        private ClockifyMoney Money(long cents) => new ClockifyMoney(cents / 100m, Currency);
    }
}
