using System;
using System.Collections.Generic;

namespace ClockifyPS.Emulator;

/// <summary>A workspace's expense categories, expenses, receipts and invoices (issue 9, money). Amounts are in cents.</summary>
internal sealed class MoneyState
{
    public List<ExpenseCategory> Categories { get; } = new();
    public List<Expense> Expenses { get; } = new();
    public List<Receipt> Files { get; } = new();
    public List<Invoice> Invoices { get; } = new();
    public int PaymentCount { get; set; }
}

internal sealed class ExpenseCategory
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public bool Archived { get; set; }
    public bool HasUnitPrice { get; set; }
    public long PriceInCents { get; set; }
    public string? Unit { get; set; }
    public bool Deleted { get; set; }
}

internal sealed class Expense
{
    public required string Id { get; init; }
    public required int User { get; set; }
    public required DateTime Date { get; set; }
    public required int Category { get; set; }
    public int Project { get; set; } = -1;
    public int Task { get; set; } = -1;
    public long TotalCents { get; set; }
    public double Quantity { get; set; }
    public bool Billable { get; set; }
    public string Notes { get; set; } = "";
    public int File { get; set; } = -1;
    public bool Deleted { get; set; }
}

internal sealed class Receipt
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ContentType { get; init; }
    public required byte[] Content { get; init; }
}

internal sealed class Invoice
{
    public required string Id { get; init; }
    public required string Number { get; set; }
    public required int Client { get; set; }
    public required string Currency { get; set; }
    public required long IssuedTicks { get; set; }
    public required long DueTicks { get; set; }
    public string Status { get; set; } = "UNSENT";
    public string Subject { get; set; } = "";
    public string Note { get; set; } = "";
    public double TaxPercent { get; set; }
    public double Tax2Percent { get; set; }
    public double DiscountPercent { get; set; }
    public List<InvoiceItem> Items { get; } = new();
    public List<InvoicePayment> Payments { get; } = new();
    public bool Deleted { get; set; }
}

internal sealed class InvoiceItem
{
    public required int Order { get; init; }
    public required string Description { get; set; }
    public required string ItemType { get; set; }
    public long Quantity { get; set; }
    public long UnitPrice { get; set; }
    public string ApplyTaxes { get; set; } = "NONE";
    public string ImportType { get; set; } = "NOT_IMPORTED";
    public List<string> TimeEntryIds { get; } = new();
    public List<string> ExpenseIds { get; } = new();
}

internal sealed class InvoicePayment
{
    public required string Id { get; init; }
    public required long Amount { get; init; }
    public required long DateTicks { get; init; }
    public string Note { get; init; } = "";
    public required string Author { get; init; }
}
