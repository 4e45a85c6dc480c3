using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ClockifyPS.Emulator;

/// <summary>
/// Expense categories, expenses with receipts, and the detailed expense report. Expenses are written as
/// multipart/form-data with the amount in major units; every amount read back is in cents.
/// </summary>
internal static class ApiMoney
{
    private const string W = "/api/v1/workspaces/{workspaceId}";
    private const string Reports = "/report/v1/workspaces/{workspaceId}/reports";

    internal static List<Route> Routes()
    {
        var routes = new List<Route>
        {
            Api.R("GET", W + "/expenses/categories", Api.L(ListCategories)),
            Api.R("POST", W + "/expenses/categories", Api.L(CreateCategory)),
            Api.R("PUT", W + "/expenses/categories/{categoryId}", Api.L(UpdateCategory)),
            Api.R("PATCH", W + "/expenses/categories/{categoryId}/status", Api.L(ArchiveCategory)),
            Api.R("DELETE", W + "/expenses/categories/{categoryId}", Api.L(DeleteCategory)),

            Api.R("GET", W + "/expenses", Api.L(ListExpenses)),
            Api.R("POST", W + "/expenses", Api.L(CreateExpense)),
            Api.R("GET", W + "/expenses/{expenseId}", Api.L(GetExpense)),
            Api.R("PUT", W + "/expenses/{expenseId}", Api.L(UpdateExpense)),
            Api.R("DELETE", W + "/expenses/{expenseId}", Api.L(DeleteExpense)),
            Api.R("GET", W + "/expenses/{expenseId}/files/{fileId}", Api.L(DownloadFile)),

            Api.R("POST", Reports + "/expenses/detailed", Api.L(ExpenseReport)),
            Api.R("PATCH", W + "/time-entries/invoiced", Api.L(MarkInvoiced)),
        };
        routes.AddRange(ApiInvoices.Routes());
        return routes;
    }

    /// <summary>A little deterministic data per workspace: three categories, a handful of expenses and an invoice.</summary>
    internal static void Seed(RegionStore region, Workspace ws, long anchorTicks)
    {
        ApiInvoices.Seed(region, ws, anchorTicks);
        var m = ws.Money;
        (string Name, long Price, string? Unit)[] categories = { ("Travel", 0, null), ("Mileage", 30, "km"), ("Meals", 0, null) };
        foreach (var (name, price, unit) in categories)
        {
            m.Categories.Add(new ExpenseCategory
            {
                Id = Ids.Make(Kind.ExpenseCategory, region.Index, ws.Index, m.Categories.Count),
                Name = name,
                HasUnitPrice = unit is not null,
                PriceInCents = price,
                Unit = unit,
            });
        }
        if (ws.Projects.Count == 0)
        {
            return;
        }
        var day = new DateTime(anchorTicks, DateTimeKind.Utc).Date;
        var users = ws.Members.Keys.OrderBy(u => u).ToList();
        for (var i = 0; i < 6; i++)
        {
            m.Expenses.Add(new Expense
            {
                Id = Ids.Make(Kind.Expense, region.Index, ws.Index, m.Expenses.Count),
                User = users[i % Math.Min(2, users.Count)],
                Date = day.AddDays(-3 * i - 1),
                Category = i % 3 == 1 ? 0 : i % 3 == 2 ? 2 : 0,
                Project = i % ws.Projects.Count,
                TotalCents = 1250 + 1000 * i,
                Billable = i % 2 == 0,
                Notes = "Seeded expense " + (i + 1),
            });
        }
    }

    // ------------------------------------------------------------------ categories
    private static void ListCategories(Req r)
    {
        var archived = r.QBool("archived");
        var name = r.Q("name");
        var list = r.W.Money.Categories
            .Where(c => !c.Deleted && (archived is null || c.Archived == archived) && (string.IsNullOrEmpty(name) || c.Name.Contains(name, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        if (string.Equals(r.Q("sort-order"), "DESCENDING", StringComparison.OrdinalIgnoreCase))
        {
            list.Reverse();
        }
        WrappedPage(r, list, "categories", CategoryDto, w => w.WriteNumber("count", list.Count));
    }

    private static void CreateCategory(Req r)
    {
        var b = r.RequireBody();
        var c = new ExpenseCategory { Id = Ids.Make(Kind.ExpenseCategory, r.Region.Index, r.W.Index, r.W.Money.Categories.Count), Name = CategoryName(r, Req.Str(b, "name"), null) };
        ApplyCategory(b, c);
        r.W.Money.Categories.Add(c);
        r.Status = 201;
        r.Counters.OnCreated("expenseCategory");
        CategoryDto(r.Json, r, c);
    }

    private static void UpdateCategory(Req r)
    {
        var c = FindCategory(r, r.Value("categoryId"), notFound: true);
        var b = r.RequireBody();
        c.Name = CategoryName(r, Req.Str(b, "name"), c);
        ApplyCategory(b, c);
        CategoryDto(r.Json, r, c);
    }

    private static void ArchiveCategory(Req r)
    {
        var c = FindCategory(r, r.Value("categoryId"), notFound: true);
        c.Archived = Req.Bool(r.RequireBody(), "archived") ?? c.Archived;
        CategoryDto(r.Json, r, c);
    }

    private static void DeleteCategory(Req r)
    {
        var c = FindCategory(r, r.Value("categoryId"), notFound: true);
        c.Deleted = true;
        r.Counters.OnDeleted("expenseCategory");
        r.Status = 204;
    }

    private static string CategoryName(Req r, string? name, ExpenseCategory? self)
    {
        var n = name?.Trim() ?? "";
        if (n.Length is < 1 or > 100)
        {
            throw ApiException.BadRequest("Expense category name has to be between 1 and 100 characters long");
        }
        if (r.W.Money.Categories.Any(x => x != self && !x.Deleted && x.Name.Equals(n, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiException.BadRequest($"Expense category with name '{n}' already exists");
        }
        return n;
    }

    private static void ApplyCategory(JsonElement b, ExpenseCategory c)
    {
        c.HasUnitPrice = Req.Bool(b, "hasUnitPrice") ?? false;
        c.PriceInCents = c.HasUnitPrice ? Req.Int(b, "priceInCents") ?? 0 : 0;
        c.Unit = c.HasUnitPrice ? Req.Str(b, "unit") : null;
        if (c.PriceInCents < 0)
        {
            throw ApiException.BadRequest("Price must not be negative");
        }
    }

    private static ExpenseCategory FindCategory(Req r, string? id, bool notFound)
    {
        var list = r.W.Money.Categories;
        if (Ids.TryParse(id, Kind.ExpenseCategory, out var reg, out var wsi, out var o) && reg == r.Region.Index && wsi == r.W.Index && o < list.Count && !list[o].Deleted)
        {
            return list[o];
        }
        throw notFound ? ApiException.NotFound($"Expense category with id {id} doesn't exist") : ApiException.BadRequest("Expense category doesn't exist");
    }

    private static void CategoryDto(Utf8JsonWriter w, Req r, ExpenseCategory c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("name", c.Name);
        w.WriteString("workspaceId", r.W.Id);
        w.WriteBoolean("archived", c.Archived);
        w.WriteBoolean("hasUnitPrice", c.HasUnitPrice);
        w.WriteNumber("priceInCents", c.PriceInCents);
        if (c.Unit is null)
        {
            w.WriteNull("unit");
        }
        else
        {
            w.WriteString("unit", c.Unit);
        }
        w.WriteEndObject();
    }

    // ------------------------------------------------------------------ expenses
    private static void ListExpenses(Req r)
    {
        var userId = r.Q("user-id");
        var user = userId is null ? -1 : r.Region.FindUser(userId)?.Index ?? -2;
        var list = r.W.Money.Expenses.Where(e => !e.Deleted && (user == -1 || e.User == user))
            .OrderByDescending(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        WrappedPage(r, list, null, (w, req, e) => ExpenseDto(w, req, e, hydrated: true), w =>
        {
            w.WriteStartArray("dailyTotals");
            foreach (var g in list.GroupBy(e => e.Date))
            {
                w.WriteStartObject();
                w.WriteString("date", g.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("dateAsInstant", g.Key.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture));
                w.WriteNumber("total", g.Sum(e => e.TotalCents));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("weeklyTotals");
            w.WriteEndArray();
        });
    }

    private static void CreateExpense(Req r)
    {
        var form = RequireForm(r);
        var e = new Expense
        {
            Id = Ids.Make(Kind.Expense, r.Region.Index, r.W.Index, r.W.Money.Expenses.Count),
            User = FormUser(r, Field(form, "userId", required: true)!),
            Date = FormDate(Field(form, "date", required: true)!),
            Category = 0,
        };
        ApplyExpense(r, form, e, Field(form, "projectId", required: true), Field(form, "taskId", required: false));
        r.W.Money.Expenses.Add(e);
        r.Status = 201;
        r.Counters.OnCreated("expense");
        ExpenseDto(r.Json, r, e, hydrated: false);
    }

    private static void UpdateExpense(Req r)
    {
        var e = FindExpense(r);
        var form = RequireForm(r);
        if (form["changeFields"].Count == 0)
        {
            throw new ApiException(400, 3001, "Field 'changeFields' is required");
        }
        e.User = FormUser(r, Field(form, "userId", required: true)!);
        e.Date = FormDate(Field(form, "date", required: true)!);
        ApplyExpense(r, form, e, Field(form, "projectId", required: false), Field(form, "taskId", required: false));
        ExpenseDto(r.Json, r, e, hydrated: false);
    }

    private static void GetExpense(Req r) => ExpenseDto(r.Json, r, FindExpense(r), hydrated: false);

    private static void DeleteExpense(Req r)
    {
        FindExpense(r).Deleted = true;
        r.Counters.OnDeleted("expense");
    }

    private static void DownloadFile(Req r)
    {
        var e = FindExpense(r);
        var fileId = r.Value("fileId");
        if (e.File < 0 || r.W.Money.Files[e.File].Id != fileId)
        {
            throw ApiException.NotFound($"File with id {fileId} doesn't exist");
        }
        var file = r.W.Money.Files[e.File];
        r.ContentType = file.ContentType;
        r.Buffer.Write(file.Content);
    }

    private static Expense FindExpense(Req r)
    {
        var id = r.Value("expenseId");
        var list = r.W.Money.Expenses;
        if (Ids.TryParse(id, Kind.Expense, out var reg, out var wsi, out var o) && reg == r.Region.Index && wsi == r.W.Index && o < list.Count && !list[o].Deleted)
        {
            return list[o];
        }
        throw ApiException.NotFound($"Expense with id {id} doesn't exist");
    }

    private static IFormCollection RequireForm(Req r) =>
        r.Form ?? throw new ApiException(415, 3000, "Content-Type '" + (r.Http.Request.ContentType ?? "none") + "' is not supported; use multipart/form-data");

    private static string? Field(IFormCollection form, string name, bool required)
    {
        var v = form[name];
        if (v.Count == 0 || string.IsNullOrEmpty(v[0]))
        {
            return required ? throw new ApiException(400, 3001, $"Field '{name}' is required") : null;
        }
        return v[0];
    }

    private static int FormUser(Req r, string id)
    {
        var u = r.Region.FindUser(id);
        if (u is null || !r.W.Members.ContainsKey(u.Index))
        {
            throw ApiException.BadRequest("User doesn't belong to workspace");
        }
        if (u.Index != r.Caller.Index && !r.W.IsAdmin(r.Caller.Index))
        {
            throw ApiException.Forbidden();
        }
        return u.Index;
    }

    private static DateTime FormDate(string text) =>
        TimeUtil.TryParseQueryDate(text, out var wall) ? wall.Date : throw ApiException.BadRequest($"Invalid date '{text}': use yyyy-MM-ddThh:mm:ssZ");

    private static void ApplyExpense(Req r, IFormCollection form, Expense e, string? projectId, string? taskId)
    {
        var category = FindCategory(r, Field(form, "categoryId", required: true), notFound: false);
        if (category.Archived)
        {
            throw ApiException.BadRequest("Expense category is archived");
        }
        var amountText = Field(form, "amount", required: true)!;
        if (!decimal.TryParse(amountText, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0)
        {
            throw ApiException.BadRequest($"Invalid amount '{amountText}'");
        }
        e.Category = r.W.Money.Categories.IndexOf(category);

        // The form takes major units; a category with a unit price counts units instead.
        e.Quantity = category.HasUnitPrice ? (double)amount : 0;
        e.TotalCents = (long)Math.Round(category.HasUnitPrice ? amount * category.PriceInCents : amount * 100m, MidpointRounding.AwayFromZero);
        if (projectId is not null)
        {
            e.Project = ProjectIndex(r, projectId);
            e.Task = -1;
        }
        if (taskId is not null)
        {
            if (!Ids.TryParse(taskId, Kind.Task, out var reg, out var wsi, out var t) || reg != r.Region.Index || wsi != r.W.Index || t >= r.W.Tasks.Count
                || r.W.Tasks[t].Deleted || r.W.Tasks[t].Project != e.Project)
            {
                throw ApiException.BadRequest("Task doesn't belong to project");
            }
            e.Task = t;
        }
        e.Billable = Field(form, "billable", required: false) is { } billable ? bool.TryParse(billable, out var b) && b : e.Billable;
        e.Notes = form.ContainsKey("notes") ? form["notes"].ToString() : e.Notes;
        if (form.Files.GetFile("file") is { } file)
        {
            using var ms = new MemoryStream();
            file.CopyTo(ms);
            r.W.Money.Files.Add(new Receipt
            {
                Id = Ids.Make(Kind.ExpenseFile, r.Region.Index, r.W.Index, r.W.Money.Files.Count),
                Name = string.IsNullOrEmpty(file.FileName) ? "receipt" : Path.GetFileName(file.FileName),
                ContentType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType,
                Content = ms.ToArray(),
            });
            e.File = r.W.Money.Files.Count - 1;
        }
    }

    internal static int ProjectIndex(Req r, string id)
    {
        if (Ids.TryParse(id, Kind.Project, out var reg, out var wsi, out var p) && reg == r.Region.Index && wsi == r.W.Index && p < r.W.Projects.Count && !r.W.Projects[p].Deleted)
        {
            return p;
        }
        throw ApiException.BadRequest("Project doesn't exist");
    }

    private static void ExpenseDto(Utf8JsonWriter w, Req r, Expense e, bool hydrated)
    {
        var ws = r.W;
        var category = ws.Money.Categories[e.Category];
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("workspaceId", ws.Id);
        w.WriteString("userId", r.Region.Users[e.User].Id);
        w.WriteString("date", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (hydrated)
        {
            w.WritePropertyName("category");
            CategoryDto(w, r, category);
            Reference(w, "project", e.Project < 0 ? null : ws.Projects[e.Project].Id, e.Project < 0 ? null : ws.Projects[e.Project].Name);
            Reference(w, "task", e.Task < 0 ? null : ws.Tasks[e.Task].Id, e.Task < 0 ? null : ws.Tasks[e.Task].Name);
            w.WriteString("fileName", e.File < 0 ? "" : ws.Money.Files[e.File].Name);
        }
        else
        {
            w.WriteString("categoryId", category.Id);
            w.WriteString("projectId", e.Project < 0 ? null : ws.Projects[e.Project].Id);
            w.WriteString("taskId", e.Task < 0 ? null : ws.Tasks[e.Task].Id);
        }
        w.WriteNumber("total", e.TotalCents);
        w.WriteNumber("quantity", e.Quantity);
        w.WriteBoolean("billable", e.Billable);
        w.WriteString("notes", e.Notes);
        w.WriteString("fileId", e.File < 0 ? "" : ws.Money.Files[e.File].Id);
        w.WriteBoolean("locked", false);
        w.WriteBoolean("isLocked", false);
        w.WriteEndObject();
    }

    private static void Reference(Utf8JsonWriter w, string name, string? id, string? label)
    {
        if (id is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("id", id);
        w.WriteString("name", label);
        w.WriteEndObject();
    }

    /// <summary>
    /// A page of <paramref name="items"/> inside an object: <c>{ name: [...], ...extra }</c>, or for expenses
    /// <c>{ expenses: { count, expenses: [...] }, ...extra }</c> when <paramref name="name"/> is null. Sends Last-Page.
    /// </summary>
    internal static void WrappedPage<T>(Req r, IReadOnlyList<T> items, string? name, Action<Utf8JsonWriter, Req, T> write, Action<Utf8JsonWriter> extra)
    {
        var (page, size) = r.Paging();
        var from = (long)(page - 1) * size;
        var w = r.Json;
        w.WriteStartObject();
        if (name is null)
        {
            w.WriteStartObject("expenses");
            w.WriteNumber("count", items.Count);
        }
        w.WriteStartArray(name ?? "expenses");
        for (var i = from; i < Math.Min(items.Count, from + size); i++)
        {
            write(w, r, items[(int)i]);
        }
        w.WriteEndArray();
        if (name is null)
        {
            w.WriteEndObject();
        }
        extra(w);
        w.WriteEndObject();
        r.LastPage(from + size >= items.Count);
    }

    // ------------------------------------------------------------------ time entries marked invoiced
    /// <summary>Marks entries invoiced or not, all or none: an unknown id refuses the whole list.</summary>
    private static void MarkInvoiced(Req r)
    {
        var b = r.RequireBody();
        var invoiced = Req.Bool(b, "invoiced") ?? throw new ApiException(400, 3001, "Field 'invoiced' is required");
        var ids = Req.StrList(b, "timeEntryIds") ?? throw new ApiException(400, 3001, "Field 'timeEntryIds' is required");
        var ws = r.W;
        var ordinals = new List<int>();
        foreach (var id in ids)
        {
            if (!Ids.TryParse(id, Kind.TimeEntry, out var reg, out var wsi, out var o) || reg != r.Region.Index || wsi != ws.Index || o >= ws.Entries.Count || ws.Entries[o].IsDeleted)
            {
                throw ApiException.BadRequest($"Time entry with id {id} doesn't exist");
            }
            if (ws.Entries[o].User != r.Caller.Index && !ws.IsAdmin(r.Caller.Index))
            {
                throw ApiException.Forbidden();
            }
            ordinals.Add(o);
        }
        foreach (var o in ordinals)
        {
            ref var e = ref ws.Entry(o);
            e.Flags = invoiced ? (byte)(e.Flags | EntryRec.Invoiced) : (byte)(e.Flags & ~EntryRec.Invoiced);
        }
    }

    // ------------------------------------------------------------------ detailed expense report
    private static void ExpenseReport(Req r)
    {
        var b = r.RequireBody();
        if (!TimeUtil.TryParseWall(Req.Str(b, "dateRangeStart"), out var startWall) || !TimeUtil.TryParseWall(Req.Str(b, "dateRangeEnd"), out var endWall))
        {
            throw new ApiException(400, 3001, "Fields 'dateRangeStart' and 'dateRangeEnd' are required (yyyy-MM-ddTHH:mm:ss.ssssss)");
        }
        var zoneName = Req.Str(b, "timeZone") ?? r.Caller.TimeZone;
        _ = TimeUtil.FindZone(zoneName) ?? throw ApiException.BadRequest($"Unknown time zone '{zoneName}'");
        if (endWall < startWall)
        {
            throw ApiException.BadRequest("Date range end must be after start");
        }
        var page = Math.Max(1, Req.Int(b, "page") ?? 1);
        var size = Math.Clamp(Req.Int(b, "pageSize") ?? 50, 1, 1000);
        var ws = r.W;
        var users = IdSet(b, "users", id => r.Region.FindUser(id)?.Index ?? -2);
        var projects = IdSet(b, "projects", id => Ids.TryParse(id, Kind.Project, out _, out _, out var o) ? o : -2);
        var categories = IdSet(b, "categories", id => Ids.TryParse(id, Kind.ExpenseCategory, out _, out _, out var o) ? o : -2);
        var clients = IdSet(b, "clients", id => Ids.TryParse(id, Kind.Client, out _, out _, out var o) ? o : -2);
        var billable = Req.Bool(b, "billable");
        var note = Req.Str(b, "note");
        var rows = ws.Money.Expenses
            .Where(e => !e.Deleted && e.Date >= startWall.Date && e.Date <= endWall
                && (users is null || users.Contains(e.User)) && (projects is null || projects.Contains(e.Project))
                && (categories is null || categories.Contains(e.Category)) && (clients is null || (e.Project >= 0 && clients.Contains(ws.Projects[e.Project].Client)))
                && (billable is null || e.Billable == billable) && (string.IsNullOrEmpty(note) || e.Notes.Contains(note, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        if (string.Equals(Req.Str(b, "sortOrder"), "DESCENDING", StringComparison.OrdinalIgnoreCase))
        {
            rows.Reverse();
        }
        var w = r.Json;
        w.WriteStartObject();
        w.WriteStartObject("totals");
        w.WriteNumber("expensesCount", rows.Count);
        w.WriteNumber("totalAmount", rows.Sum(e => e.TotalCents));
        w.WriteNumber("totalAmountBillable", rows.Where(e => e.Billable).Sum(e => e.TotalCents));
        w.WriteEndObject();
        w.WriteStartArray("expenses");
        foreach (var e in rows.Skip((page - 1) * size).Take(size))
        {
            var category = ws.Money.Categories[e.Category];
            var user = r.Region.Users[e.User];
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("workspaceId", ws.Id);
            w.WriteString("userId", user.Id);
            w.WriteString("userName", user.Name);
            w.WriteString("userEmail", user.Email);
            w.WriteString("date", e.Date.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture));
            w.WriteString("categoryId", category.Id);
            w.WriteString("categoryName", category.Name);
            w.WriteBoolean("categoryHasUnitPrice", category.HasUnitPrice);
            w.WriteString("categoryUnit", category.Unit);
            w.WriteString("projectId", e.Project < 0 ? null : ws.Projects[e.Project].Id);
            w.WriteString("projectName", e.Project < 0 ? null : ws.Projects[e.Project].Name);
            w.WriteString("projectColor", e.Project < 0 ? null : ws.Projects[e.Project].Color);
            w.WriteNumber("amount", e.TotalCents);
            w.WriteNumber("quantity", e.Quantity);
            w.WriteBoolean("billable", e.Billable);
            w.WriteString("notes", e.Notes);
            w.WriteString("fileId", e.File < 0 ? null : ws.Money.Files[e.File].Id);
            w.WriteString("fileName", e.File < 0 ? null : ws.Money.Files[e.File].Name);
            w.WriteBoolean("locked", false);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static HashSet<int>? IdSet(JsonElement body, string name, Func<string, int> resolve) =>
        Req.Obj(body, name) is { } f && Req.StrList(f, "ids") is { Count: > 0 } ids ? ids.Select(resolve).ToHashSet() : null;
}
