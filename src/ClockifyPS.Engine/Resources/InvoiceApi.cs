using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>
    /// An invoice as Clockify sends it: InvoiceDtoV1 in lists, InvoiceOverviewDtoV1 (with items and totals) for
    /// one invoice, CreateInvoiceDtoV1 after a create. Every amount is in cents.
    /// </summary>
    public sealed class InvoiceDto
    {
        /// <summary>The invoice id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The invoice number.</summary>
        public string? Number { get; set; }

        /// <summary>The client billed.</summary>
        public string? ClientId { get; set; }

        /// <summary>The client's name.</summary>
        public string? ClientName { get; set; }

        /// <summary>The currency code.</summary>
        public string? Currency { get; set; }

        /// <summary>UNSENT, SENT, PAID, PARTIALLY_PAID, VOID or OVERDUE.</summary>
        public string? Status { get; set; }

        /// <summary>Issued, yyyy-MM-ddTHH:mm:ssZ.</summary>
        public string? IssuedDate { get; set; }

        /// <summary>Due, yyyy-MM-ddTHH:mm:ssZ.</summary>
        public string? DueDate { get; set; }

        /// <summary>The total in cents.</summary>
        public long Amount { get; set; }

        /// <summary>What is still owed, in cents.</summary>
        public long Balance { get; set; }

        /// <summary>What was paid, in cents.</summary>
        public long Paid { get; set; }

        /// <summary>The items' sum before taxes and discount, in cents.</summary>
        public long Subtotal { get; set; }

        /// <summary>The first tax in cents.</summary>
        public long TaxAmount { get; set; }

        /// <summary>The second tax in cents.</summary>
        public long Tax2Amount { get; set; }

        /// <summary>The discount in cents.</summary>
        public long DiscountAmount { get; set; }

        /// <summary>The first tax in percent.</summary>
        public double Tax { get; set; }

        /// <summary>The second tax in percent.</summary>
        public double Tax2 { get; set; }

        /// <summary>The discount in percent.</summary>
        public double Discount { get; set; }

        /// <summary>The subject line.</summary>
        public string? Subject { get; set; }

        /// <summary>The note printed on the invoice.</summary>
        public string? Note { get; set; }

        /// <summary>The company the invoice is billed from, if any.</summary>
        public string? CompanyId { get; set; }

        /// <summary>The items (one invoice only).</summary>
        public List<InvoiceItemDto>? Items { get; set; }
    }

    /// <summary>An invoice line (InvoiceItemDto). Unit price and amount are in cents; the quantity is in whole units.</summary>
    public sealed class InvoiceItemDto
    {
        /// <summary>The line's position, which also identifies it.</summary>
        public int Order { get; set; }

        /// <summary>What is billed.</summary>
        public string? Description { get; set; }

        /// <summary>The kind of line, e.g. Service.</summary>
        public string? ItemType { get; set; }

        /// <summary>Units.</summary>
        public long Quantity { get; set; }

        /// <summary>The price of one unit in cents.</summary>
        public long UnitPrice { get; set; }

        /// <summary>Quantity times unit price, in cents.</summary>
        public long Amount { get; set; }

        /// <summary>TAX1, TAX2, TAX1TAX2 or NONE; the spec types it as an object, so it is read as it comes.</summary>
        public JsonElement ApplyTaxes { get; set; }

        /// <summary>NOT_IMPORTED, TIME_ENTRY_IMPORT or EXPENSE_IMPORT.</summary>
        public string? ImportType { get; set; }
    }

    /// <summary>One page of invoices (InvoicesListDtoV1).</summary>
    public sealed class InvoicePageDto
    {
        /// <summary>The invoices on this page.</summary>
        public List<InvoiceDto>? Invoices { get; set; }
    }

    /// <summary>A payment towards an invoice (InvoicePaymentDtoV1); the amount is in cents.</summary>
    public sealed class InvoicePaymentDto
    {
        /// <summary>The payment id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The amount in cents.</summary>
        public long Amount { get; set; }

        /// <summary>When it was paid, yyyy-MM-ddTHH:mm:ssZ.</summary>
        public string? Date { get; set; }

        /// <summary>A note.</summary>
        public string? Note { get; set; }

        /// <summary>Who recorded it.</summary>
        public string? Author { get; set; }
    }

    /// <summary>The fields Clockify's invoice PUT replaces (UpdateInvoiceRequestV1).</summary>
    public sealed class InvoiceUpdate
    {
        /// <summary>The invoice number.</summary>
        public string Number { get; set; } = string.Empty;

        /// <summary>The client.</summary>
        public string? ClientId { get; set; }

        /// <summary>The company billed from.</summary>
        public string? CompanyId { get; set; }

        /// <summary>The currency code.</summary>
        public string Currency { get; set; } = string.Empty;

        /// <summary>Issued.</summary>
        public DateTimeOffset IssuedDate { get; set; }

        /// <summary>Due.</summary>
        public DateTimeOffset DueDate { get; set; }

        /// <summary>The subject line.</summary>
        public string? Subject { get; set; }

        /// <summary>The note.</summary>
        public string? Note { get; set; }

        /// <summary>The first tax in percent.</summary>
        public double TaxPercent { get; set; }

        /// <summary>The second tax in percent.</summary>
        public double Tax2Percent { get; set; }

        /// <summary>The discount in percent.</summary>
        public double DiscountPercent { get; set; }
    }

    /// <summary>What to import into an invoice (ImportTimeEntriesAndExpensesRequestV1).</summary>
    public sealed class InvoiceImport
    {
        /// <summary>The first instant.</summary>
        public DateTimeOffset From { get; set; }

        /// <summary>The last instant.</summary>
        public DateTimeOffset To { get; set; }

        /// <summary>Only these projects; empty for all.</summary>
        public IReadOnlyList<string> ProjectIds { get; set; } = Array.Empty<string>();

        /// <summary>Billable expenses too.</summary>
        public bool ImportExpenses { get; set; }

        /// <summary>SINGLE_ITEM, GROUPED or DETAILED.</summary>
        public string TimeEntryGroupType { get; set; } = "GROUPED";

        /// <summary>USER, PROJECT or DATE, for GROUPED.</summary>
        public string PrimaryGroupBy { get; set; } = "PROJECT";

        /// <summary>Rounds durations to the nearest 15 minutes.</summary>
        public bool RoundDurations { get; set; }
    }

    /// <summary>Requests for <c>/workspaces/{ws}/invoices</c>.</summary>
    public static class InvoiceApi
    {
        /// <summary>Lists invoices, of these statuses when given.</summary>
        public static ClockifyRequest List(string workspaceId, IEnumerable<string>? statuses)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "invoices"));
            foreach (string status in statuses ?? Array.Empty<string>())
            {
                request.With("statuses", status);
            }

            return request;
        }

        /// <summary>Reads one page of invoices.</summary>
        public static IReadOnlyList<InvoiceDto> ParseList(ClockifyResponse response) =>
            response?.Deserialize<InvoicePageDto>().Invoices ?? new List<InvoiceDto>();

        /// <summary>One invoice with its items.</summary>
        public static ClockifyRequest Get(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "invoices", id));

        /// <summary>Creates an invoice.</summary>
        public static ClockifyRequest Create(string workspaceId, string clientId, string currency, string number, DateTimeOffset issued, DateTimeOffset due) =>
            Json(HttpMethod.Post, ApiPath.Workspace(workspaceId, "invoices"), new { clientId, currency, number, issuedDate = Instant(issued), dueDate = Instant(due) });

        /// <summary>Replaces an invoice's header fields.</summary>
        public static ClockifyRequest Update(string workspaceId, string id, InvoiceUpdate update)
        {
            if (update is null)
            {
                throw new ArgumentNullException(nameof(update));
            }

            return Json(HttpMethod.Put, ApiPath.Workspace(workspaceId, "invoices", id), new
            {
                number = update.Number,
                clientId = update.ClientId,
                companyId = update.CompanyId,
                currency = update.Currency,
                issuedDate = Instant(update.IssuedDate),
                dueDate = Instant(update.DueDate),
                subject = update.Subject,
                note = update.Note,
                taxPercent = update.TaxPercent,
                tax2Percent = update.Tax2Percent,
                discountPercent = update.DiscountPercent,
            });
        }

        /// <summary>Sets the status (200, no body).</summary>
        public static ClockifyRequest SetStatus(string workspaceId, string id, string status) =>
            Json(ClockifyRequest.Patch, ApiPath.Workspace(workspaceId, "invoices", id, "status"), new { invoiceStatus = status });

        /// <summary>Deletes an invoice (200, no body).</summary>
        public static ClockifyRequest Delete(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "invoices", id));

        /// <summary>Duplicates an invoice.</summary>
        public static ClockifyRequest Duplicate(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "invoices", id, "duplicate"));

        /// <summary>The invoice rendered as a PDF in <paramref name="locale"/>.</summary>
        public static ClockifyRequest Export(string workspaceId, string id, string locale) =>
            new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "invoices", id, "export")).With("userLocale", locale);

        /// <summary>Adds a line; the unit price is in cents.</summary>
        public static ClockifyRequest AddItem(string workspaceId, string id, string description, string itemType, long quantity, long unitPrice, string applyTaxes) =>
            Json(HttpMethod.Post, ApiPath.Workspace(workspaceId, "invoices", id, "items"), new { description, itemType, quantity, unitPrice, applyTaxes });

        /// <summary>Removes the line at <paramref name="order"/>.</summary>
        public static ClockifyRequest RemoveItem(string workspaceId, string id, int order) =>
            new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "invoices", id, "items", ApiPath.Number(order)));

        /// <summary>Imports time entries (and billable expenses) of a period as lines.</summary>
        public static ClockifyRequest Import(string workspaceId, string id, InvoiceImport import)
        {
            if (import is null)
            {
                throw new ArgumentNullException(nameof(import));
            }

            return Json(HttpMethod.Post, ApiPath.Workspace(workspaceId, "invoices", id, "items", "import"), new
            {
                from = Instant(import.From),
                to = Instant(import.To),
                importExpenses = import.ImportExpenses,
                projectFilter = new { ids = import.ProjectIds, contains = import.ProjectIds.Count == 0 ? "DOES_NOT_CONTAIN" : "CONTAINS", status = "ALL" },
                timeEntryGroupType = import.TimeEntryGroupType,
                timeEntryPrimaryGroupBy = import.PrimaryGroupBy,
                timeEntrySecondaryGroupBy = "NONE",
                expensesGroupType = "GROUPED",
                expensesGroupBy = "CATEGORY",
                roundTimeEntryDuration = import.RoundDurations,
            });
        }

        /// <summary>Lists an invoice's payments (a plain array, paged).</summary>
        public static ClockifyRequest Payments(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "invoices", id, "payments"));

        /// <summary>Records a payment; the amount is in cents.</summary>
        public static ClockifyRequest AddPayment(string workspaceId, string id, long amount, DateTimeOffset date, string? note) =>
            Json(HttpMethod.Post, ApiPath.Workspace(workspaceId, "invoices", id, "payments"), new { amount, paymentDate = Instant(date), note });

        /// <summary>Deletes a payment.</summary>
        public static ClockifyRequest DeletePayment(string workspaceId, string id, string paymentId) =>
            new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "invoices", id, "payments", paymentId));

        /// <summary>
        /// Marks time entries invoiced or not, in one request (<c>PATCH /workspaces/{ws}/time-entries/invoiced</c>).
        /// The spec types the ids as objects; the API takes plain id strings.
        /// </summary>
        public static ClockifyRequest MarkInvoiced(string workspaceId, IReadOnlyList<string> timeEntryIds, bool invoiced) =>
            Json(ClockifyRequest.Patch, ApiPath.Workspace(workspaceId, "time-entries", "invoiced"), new { invoiced, timeEntryIds });

        /// <summary>An instant as the invoice API wants it: yyyy-MM-ddTHH:mm:ssZ.</summary>
        public static string Instant(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        private static ClockifyRequest Json(HttpMethod method, string path, object body) =>
            new ClockifyRequest(method, path) { JsonBody = ClockifyJson.Serialize(body) };
    }
}
