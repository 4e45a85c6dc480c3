using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>Invoices, their items and payments. Every amount is in cents; item quantities are whole units.</summary>
internal static class ApiInvoices
{
    private const string I = "/api/v1/workspaces/{workspaceId}/invoices";
    private static readonly string[] Statuses = { "UNSENT", "SENT", "PAID", "PARTIALLY_PAID", "VOID", "OVERDUE" };

    internal static List<Route> Routes() => new()
    {
        Api.R("GET", I, Api.L(List)),
        Api.R("POST", I, Api.L(Create)),
        Api.R("GET", I + "/{invoiceId}", Api.L(r => Overview(r.Json, r, Find(r)))),
        Api.R("PUT", I + "/{invoiceId}", Api.L(Update)),
        Api.R("DELETE", I + "/{invoiceId}", Api.L(Delete)),
        Api.R("PATCH", I + "/{invoiceId}/status", Api.L(ChangeStatus)),
        Api.R("POST", I + "/{invoiceId}/duplicate", Api.L(Duplicate)),
        Api.R("GET", I + "/{invoiceId}/export", Api.L(Export)),
        Api.R("POST", I + "/{invoiceId}/items", Api.L(AddItem)),
        Api.R("POST", I + "/{invoiceId}/items/import", Api.L(Import)),
        Api.R("DELETE", I + "/{invoiceId}/items/{order}", Api.L(RemoveItem)),
        Api.R("GET", I + "/{invoiceId}/payments", Api.L(ListPayments)),
        Api.R("POST", I + "/{invoiceId}/payments", Api.L(AddPayment)),
        Api.R("DELETE", I + "/{invoiceId}/payments/{paymentId}", Api.L(DeletePayment)),
    };

    /// <summary>One sent invoice per workspace with two lines and a part payment.</summary>
    internal static void Seed(RegionStore region, Workspace ws, long anchorTicks)
    {
        if (ws.Clients.Count == 0)
        {
            return;
        }
        var issued = new DateTime(anchorTicks, DateTimeKind.Utc).Date.AddDays(-20);
        var invoice = new Invoice
        {
            Id = Ids.Make(Kind.Invoice, region.Index, ws.Index, 0),
            Number = "INV-0001",
            Client = 0,
            Currency = "USD",
            IssuedTicks = issued.Ticks,
            DueTicks = issued.AddDays(30).Ticks,
            Status = "PARTIALLY_PAID",
            Subject = "Seeded invoice",
        };
        invoice.Items.Add(new InvoiceItem { Order = 1, Description = "Consulting", ItemType = "Service", Quantity = 10, UnitPrice = 9500 });
        invoice.Items.Add(new InvoiceItem { Order = 2, Description = "Licence", ItemType = "Product", Quantity = 1, UnitPrice = 25000 });
        invoice.Payments.Add(new InvoicePayment { Id = Ids.Make(Kind.InvoicePayment, region.Index, ws.Index, ws.Money.PaymentCount++), Amount = 50000, DateTicks = issued.AddDays(5).Ticks, Note = "Deposit", Author = region.Users[0].Name });
        ws.Money.Invoices.Add(invoice);
    }

    private static void List(Req r)
    {
        var statuses = r.QMulti("statuses").Select(s => s.ToUpperInvariant()).ToHashSet();
        if (statuses.FirstOrDefault(s => !Statuses.Contains(s)) is { } bad)
        {
            throw new ApiException(400, 3002, $"Failed to convert value '{bad}' to InvoiceStatus");
        }
        var list = r.W.Money.Invoices.Where(i => !i.Deleted && (statuses.Count == 0 || statuses.Contains(i.Status))).ToList();
        if (string.Equals(r.Q("sort-order"), "DESCENDING", StringComparison.OrdinalIgnoreCase))
        {
            list.Reverse();
        }
        ApiMoney.WrappedPage(r, list, "invoices", Summary, w => w.WriteNumber("total", list.Count));
    }

    private static void Create(Req r)
    {
        var b = r.RequireBody();
        var invoice = new Invoice
        {
            Id = Ids.Make(Kind.Invoice, r.Region.Index, r.W.Index, r.W.Money.Invoices.Count),
            Number = Required(b, "number"),
            Client = ClientIndex(r, Required(b, "clientId")),
            Currency = Currency(Required(b, "currency")),
            IssuedTicks = Instant(Required(b, "issuedDate")),
            DueTicks = Instant(Required(b, "dueDate")),
        };
        r.W.Money.Invoices.Add(invoice);
        r.Status = 201;
        r.Counters.OnCreated("invoice");
        var w = r.Json;
        w.WriteStartObject();
        w.WriteString("id", invoice.Id);
        w.WriteString("number", invoice.Number);
        w.WriteString("clientId", r.W.Clients[invoice.Client].Id);
        w.WriteString("currency", invoice.Currency);
        w.WriteString("issuedDate", TimeUtil.FormatUtc(invoice.IssuedTicks));
        w.WriteString("dueDate", TimeUtil.FormatUtc(invoice.DueTicks));
        w.WriteString("billFrom", r.W.Name);
        w.WriteEndObject();
    }

    private static void Update(Req r)
    {
        var invoice = Find(r);
        var b = r.RequireBody();
        foreach (var field in new[] { "currency", "discountPercent", "dueDate", "issuedDate", "number", "tax2Percent", "taxPercent" })
        {
            if (!Req.Has(b, field))
            {
                throw new ApiException(400, 3001, $"Field '{field}' is required");
            }
        }
        invoice.Number = Required(b, "number");
        invoice.Currency = Currency(Required(b, "currency"));
        invoice.IssuedTicks = Instant(Required(b, "issuedDate"));
        invoice.DueTicks = Instant(Required(b, "dueDate"));
        invoice.Client = Req.Str(b, "clientId") is { } client ? ClientIndex(r, client) : invoice.Client;
        invoice.Subject = Req.Str(b, "subject") ?? "";
        invoice.Note = Req.Str(b, "note") ?? "";
        invoice.TaxPercent = Percent(b, "taxPercent");
        invoice.Tax2Percent = Percent(b, "tax2Percent");
        invoice.DiscountPercent = Percent(b, "discountPercent");
        Overview(r.Json, r, invoice);
    }

    private static void Delete(Req r)
    {
        Find(r).Deleted = true;
        r.Counters.OnDeleted("invoice");
    }

    private static void ChangeStatus(Req r)
    {
        var invoice = Find(r);
        var status = Req.Str(r.RequireBody(), "invoiceStatus")?.ToUpperInvariant();
        if (status is null || !Statuses.Contains(status))
        {
            throw ApiException.BadRequest($"Invalid invoice status '{status}'");
        }
        invoice.Status = status;
    }

    private static void Duplicate(Req r)
    {
        var source = Find(r);
        var copy = new Invoice
        {
            Id = Ids.Make(Kind.Invoice, r.Region.Index, r.W.Index, r.W.Money.Invoices.Count),
            Number = source.Number + "-copy",
            Client = source.Client,
            Currency = source.Currency,
            IssuedTicks = source.IssuedTicks,
            DueTicks = source.DueTicks,
            Subject = source.Subject,
            Note = source.Note,
            TaxPercent = source.TaxPercent,
            Tax2Percent = source.Tax2Percent,
            DiscountPercent = source.DiscountPercent,
        };
        foreach (var item in source.Items)
        {
            copy.Items.Add(new InvoiceItem { Order = item.Order, Description = item.Description, ItemType = item.ItemType, Quantity = item.Quantity, UnitPrice = item.UnitPrice, ApplyTaxes = item.ApplyTaxes });
        }
        r.W.Money.Invoices.Add(copy);
        r.Status = 201;
        r.Counters.OnCreated("invoice");
        Overview(r.Json, r, copy);
    }

    private static void Export(Req r)
    {
        var invoice = Find(r);
        if (string.IsNullOrEmpty(r.Q("userLocale")))
        {
            throw ApiException.Missing("userLocale");
        }
        r.ContentType = "application/pdf";
        r.Buffer.Write(Encoding.ASCII.GetBytes($"%PDF-1.4\n% ClockifyPS emulator invoice {invoice.Number} ({r.Q("userLocale")}), {Totals(invoice).Total.Amount} cents\n%%EOF\n"));
    }

    private static void AddItem(Req r)
    {
        var invoice = Find(r);
        var b = r.RequireBody();
        var quantity = Long(b, "quantity");
        var unitPrice = Long(b, "unitPrice");
        if (quantity <= 0 || unitPrice < 0)
        {
            throw ApiException.BadRequest("Quantity must be positive and unit price not negative");
        }
        invoice.Items.Add(new InvoiceItem
        {
            Order = invoice.Items.Count == 0 ? 1 : invoice.Items.Max(i => i.Order) + 1,
            Description = Required(b, "description"),
            ItemType = Required(b, "itemType"),
            Quantity = quantity,
            UnitPrice = unitPrice,
            ApplyTaxes = Required(b, "applyTaxes").ToUpperInvariant(),
        });
        Overview(r.Json, r, invoice);
    }

    private static void RemoveItem(Req r)
    {
        var invoice = Find(r);
        var order = int.TryParse(r.Value("order"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var o) ? o : -1;
        if (invoice.Items.RemoveAll(i => i.Order == order) == 0)
        {
            throw ApiException.NotFound($"Invoice item {r.Value("order")} doesn't exist");
        }
        Overview(r.Json, r, invoice);
    }

    /// <summary>Billable time of the period on the chosen projects of the invoice's client, one line per project (or one in all).</summary>
    private static void Import(Req r)
    {
        var invoice = Find(r);
        var b = r.RequireBody();
        var from = Instant(Required(b, "from"));
        var to = Instant(Required(b, "to"));
        if (Req.Bool(b, "importExpenses") is null || Req.Str(b, "timeEntryGroupType") is not { } grouping || Req.Obj(b, "projectFilter") is not { } filter)
        {
            throw new ApiException(400, 3001, "Fields 'importExpenses', 'projectFilter' and 'timeEntryGroupType' are required");
        }
        var ids = Req.StrList(filter, "ids") ?? new List<string>();
        var only = !string.Equals(Req.Str(filter, "contains"), "DOES_NOT_CONTAIN", StringComparison.OrdinalIgnoreCase);
        var projects = ids.Select(id => ApiMoney.ProjectIndex(r, id)).ToHashSet();
        var ws = r.W;
        var hoursByProject = new SortedDictionary<int, double>();
        foreach (var e in ws.Entries)
        {
            if (e.IsDeleted || e.IsRunning || !e.IsBillable || e.Project < 0 || e.Start < from || e.Start > to
                || ws.Projects[e.Project].Client != invoice.Client || projects.Contains(e.Project) != only)
            {
                continue;
            }
            hoursByProject[e.Project] = hoursByProject.GetValueOrDefault(e.Project) + TimeSpan.FromTicks(e.End - e.Start).TotalHours;
        }
        var groups = grouping == "SINGLE_ITEM" && hoursByProject.Count > 0
            ? new[] { ("Billable time", hoursByProject.Values.Sum(), hoursByProject.Keys.Max(p => ws.Projects[p].HourlyRate)) }
            : hoursByProject.Select(p => (ws.Projects[p.Key].Name, p.Value, ws.Projects[p.Key].HourlyRate)).ToArray();
        foreach (var (label, hours, rate) in groups)
        {
            invoice.Items.Add(new InvoiceItem
            {
                Order = invoice.Items.Count == 0 ? 1 : invoice.Items.Max(i => i.Order) + 1,
                Description = label,
                ItemType = "Service",
                Quantity = Math.Max(1, (long)Math.Round(hours)),
                UnitPrice = rate,
                ImportType = "TIME_ENTRY_IMPORT",
            });
        }
        Overview(r.Json, r, invoice);
    }

    private static void ListPayments(Req r)
    {
        var invoice = Find(r);
        var (page, size) = r.Paging();
        var from = (long)(page - 1) * size;
        var w = r.Json;
        w.WriteStartArray();
        foreach (var p in invoice.Payments.Skip((int)from).Take(size))
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteNumber("amount", p.Amount);
            w.WriteString("date", TimeUtil.FormatUtc(p.DateTicks));
            w.WriteString("note", p.Note);
            w.WriteString("author", p.Author);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        r.LastPage(from + size >= invoice.Payments.Count);
    }

    private static void AddPayment(Req r)
    {
        var invoice = Find(r);
        var b = r.RequireBody();
        var amount = Long(b, "amount");
        var (total, paid) = Totals(invoice);
        if (amount <= 0 || amount > total.Amount - paid)
        {
            throw ApiException.BadRequest("Payment amount must be positive and not exceed the invoice balance");
        }
        invoice.Payments.Add(new InvoicePayment
        {
            Id = Ids.Make(Kind.InvoicePayment, r.Region.Index, r.W.Index, r.W.Money.PaymentCount++),
            Amount = amount,
            DateTicks = Req.Str(b, "paymentDate") is { } date ? Instant(date) : DateTime.UtcNow.Ticks,
            Note = Req.Str(b, "note") ?? "",
            Author = r.Caller.Name,
        });
        invoice.Status = paid + amount >= total.Amount ? "PAID" : "PARTIALLY_PAID";
        r.Status = 201;
        Overview(r.Json, r, invoice);
    }

    private static void DeletePayment(Req r)
    {
        var invoice = Find(r);
        var id = r.Value("paymentId");
        if (invoice.Payments.RemoveAll(p => p.Id == id) == 0)
        {
            throw ApiException.NotFound($"Payment with id {id} doesn't exist");
        }
        var (_, paid) = Totals(invoice);
        invoice.Status = paid == 0 ? "SENT" : "PARTIALLY_PAID";
        Overview(r.Json, r, invoice);
    }

    private static Invoice Find(Req r)
    {
        var id = r.Value("invoiceId");
        var list = r.W.Money.Invoices;
        if (Ids.TryParse(id, Kind.Invoice, out var reg, out var wsi, out var o) && reg == r.Region.Index && wsi == r.W.Index && o < list.Count && !list[o].Deleted)
        {
            return list[o];
        }
        throw ApiException.NotFound($"Invoice with id {id} doesn't exist");
    }

    private static int ClientIndex(Req r, string id)
    {
        if (Ids.TryParse(id, Kind.Client, out var reg, out var wsi, out var c) && reg == r.Region.Index && wsi == r.W.Index && c < r.W.Clients.Count && !r.W.Clients[c].Deleted)
        {
            return c;
        }
        throw ApiException.BadRequest("Client doesn't exist");
    }

    private static string Required(JsonElement b, string name) =>
        Req.Str(b, name) is { Length: > 0 } v ? v : throw new ApiException(400, 3001, $"Field '{name}' is required");

    private static string Currency(string code) =>
        code.Length == 3 && code.All(char.IsAsciiLetterUpper) ? code : throw ApiException.BadRequest($"Invalid currency '{code}'");

    private static long Instant(string text) =>
        TimeUtil.TryParseQueryDate(text, out var wall) ? wall.Ticks : throw ApiException.BadRequest($"Invalid date '{text}': use yyyy-MM-ddThh:mm:ssZ");

    private static long Long(JsonElement b, string name) =>
        b.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : throw new ApiException(400, 3001, $"Field '{name}' is required (an integer)");

    private static double Percent(JsonElement b, string name) =>
        b.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.GetDouble() is >= 0 and <= 100 ? v.GetDouble() : throw ApiException.BadRequest($"'{name}' must be between 0 and 100");

    private sealed record Amounts(long Subtotal, long Discount, long Tax, long Tax2, long Amount);

    private static (Amounts Total, long Paid) Totals(Invoice invoice)
    {
        var subtotal = invoice.Items.Sum(i => i.Quantity * i.UnitPrice);
        var discount = (long)Math.Round(subtotal * invoice.DiscountPercent / 100, MidpointRounding.AwayFromZero);
        var taxable = subtotal - discount;
        var tax = (long)Math.Round(invoice.Items.Where(i => i.ApplyTaxes is "TAX1" or "TAX1TAX2").Sum(i => i.Quantity * i.UnitPrice) * (1 - invoice.DiscountPercent / 100) * invoice.TaxPercent / 100, MidpointRounding.AwayFromZero);
        var tax2 = (long)Math.Round(invoice.Items.Where(i => i.ApplyTaxes is "TAX2" or "TAX1TAX2").Sum(i => i.Quantity * i.UnitPrice) * (1 - invoice.DiscountPercent / 100) * invoice.Tax2Percent / 100, MidpointRounding.AwayFromZero);
        return (new Amounts(subtotal, discount, tax, tax2, taxable + tax + tax2), invoice.Payments.Sum(p => p.Amount));
    }

    /// <summary>The list shape (InvoiceDtoV1).</summary>
    private static void Summary(Utf8JsonWriter w, Req r, Invoice invoice)
    {
        w.WriteStartObject();
        Header(w, r, invoice);
        w.WriteEndObject();
    }

    private static void Header(Utf8JsonWriter w, Req r, Invoice invoice)
    {
        var (total, paid) = Totals(invoice);
        var client = r.W.Clients[invoice.Client];
        w.WriteString("id", invoice.Id);
        w.WriteString("number", invoice.Number);
        w.WriteString("clientId", client.Id);
        w.WriteString("clientName", client.Name);
        w.WriteString("currency", invoice.Currency);
        w.WriteString("status", invoice.Status);
        w.WriteString("issuedDate", TimeUtil.FormatUtc(invoice.IssuedTicks));
        w.WriteString("dueDate", TimeUtil.FormatUtc(invoice.DueTicks));
        w.WriteNumber("amount", total.Amount);
        w.WriteNumber("paid", paid);
        w.WriteNumber("balance", total.Amount - paid);
    }

    /// <summary>One invoice with items and totals (InvoiceOverviewDtoV1).</summary>
    private static void Overview(Utf8JsonWriter w, Req r, Invoice invoice)
    {
        var (total, _) = Totals(invoice);
        w.WriteStartObject();
        Header(w, r, invoice);
        w.WriteString("billFrom", r.W.Name);
        w.WriteString("clientAddress", r.W.Clients[invoice.Client].Address);
        w.WriteNull("companyId");
        w.WriteString("subject", invoice.Subject);
        w.WriteString("note", invoice.Note);
        w.WriteNumber("subtotal", total.Subtotal);
        w.WriteNumber("discount", invoice.DiscountPercent);
        w.WriteNumber("discountAmount", total.Discount);
        w.WriteNumber("tax", invoice.TaxPercent);
        w.WriteNumber("taxAmount", total.Tax);
        w.WriteNumber("tax2", invoice.Tax2Percent);
        w.WriteNumber("tax2Amount", total.Tax2);
        w.WriteString("taxType", "SIMPLE");
        w.WriteString("calculationType", "INVOICE_BASED");
        w.WriteBoolean("containsImportedTimes", invoice.Items.Any(i => i.ImportType == "TIME_ENTRY_IMPORT"));
        w.WriteBoolean("containsImportedExpenses", invoice.Items.Any(i => i.ImportType == "EXPENSE_IMPORT"));
        w.WriteString("userId", r.Region.Users[0].Id);
        w.WriteStartArray("items");
        foreach (var item in invoice.Items)
        {
            w.WriteStartObject();
            w.WriteNumber("order", item.Order);
            w.WriteString("description", item.Description);
            w.WriteString("itemType", item.ItemType);
            w.WriteNumber("quantity", item.Quantity);
            w.WriteNumber("unitPrice", item.UnitPrice);
            w.WriteNumber("amount", item.Quantity * item.UnitPrice);
            w.WriteString("applyTaxes", item.ApplyTaxes);
            w.WriteString("importType", item.ImportType);
            w.WriteStartArray("timeEntryIds");
            w.WriteEndArray();
            w.WriteStartArray("expenseIds");
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
