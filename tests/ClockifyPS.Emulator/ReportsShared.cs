using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>
/// Shared reports on the reports host: the workspace list is an envelope {count, reports} paged by page and
/// pageSize from 1; create and update answer with SharedReportV1 (ids only), the list with SharedReportDtoV1
/// (link, author's name, {id, name} pairs); DELETE answers 204. GET /shared-reports/{id}, outside any
/// workspace, runs the saved report through the same code as the report queries.
/// </summary>
internal static class ReportsShared
{
    private const string P = "/report/v1/workspaces/{workspaceId}/shared-reports";
    private static readonly string[] Types =
    {
        "DETAILED", "WEEKLY", "SUMMARY", "SCHEDULED", "EXPENSE_DETAILED", "EXPENSE_RECEIPT", "PTO_REQUESTS", "PTO_BALANCE", "ATTENDANCE", "INVOICE_EXPENSE",
        "INVOICE_TIME", "PROJECT", "TEAM_FULL", "TEAM_LIMITED", "TEAM_GROUPS", "INVOICES", "KIOSK_PIN_LIST", "KIOSK_ASSIGNEES", "USER_DATA_EXPORT",
    };

    internal static List<Route> Routes() => new()
    {
        Api.R("GET", P, Api.L(List)),
        Api.R("POST", P, Api.L(Create)),
        Api.R("PUT", P + "/{id}", Api.L(Update)),
        Api.R("DELETE", P + "/{id}", Api.L(Delete)),
        Api.R("GET", "/report/v1/shared-reports/{id}", Generate),
    };

    /// <summary>One private summary of the month before the anchor (the seeded entries lie before it), by project, made by the owner.</summary>
    internal static void Seed(RegionStore region, Workspace ws, DateTimeOffset anchor)
    {
        var filter = JsonSerializer.SerializeToElement(new
        {
            dateRangeStart = anchor.UtcDateTime.AddMonths(-1).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            dateRangeEnd = anchor.UtcDateTime.AddMilliseconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            timeZone = "UTC",
            exportType = "JSON",
            summaryFilter = new { groups = new[] { "PROJECT" } },
        });
        ws.Integrations.SharedReports.Add(new SharedReport
        {
            Id = Ids.Make(Kind.SharedReport, region.Index, ws.Index, 0),
            Name = "Monthly hours by project",
            Type = "SUMMARY",
            Author = ws.Members.Keys.Min(),
            Filter = filter,
        });
    }

    /// <summary>The saved filter with some of its top-level strings replaced.</summary>
    private static JsonElement Merge(Dictionary<string, string> overrides, JsonElement saved)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            foreach (var (name, value) in overrides)
            {
                w.WriteString(name, value);
            }
            foreach (var p in saved.EnumerateObject().Where(p => !overrides.ContainsKey(p.Name)))
            {
                p.WriteTo(w);
            }
            w.WriteEndObject();
        }
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static bool CanSee(Req r, Workspace ws, SharedReport s) =>
        s.IsPublic || s.Author == r.Caller.Index || ws.IsAdmin(r.Caller.Index) || s.VisibleUsers.Contains(r.Caller.Id)
        || ws.Groups.Any(g => !g.Deleted && s.VisibleGroups.Contains(g.Id) && g.Users.Contains(r.Caller.Index));

    private static void List(Req r)
    {
        var ws = r.W;
        var scope = r.Q("sharedReportsFilter") ?? "ALL";
        if (scope == "ALL_ADMIN" && !ws.IsAdmin(r.Caller.Index))
        {
            throw ApiException.Forbidden();
        }
        Func<SharedReport, bool> keep = scope switch
        {
            "ALL" or "ALL_ADMIN" => s => scope == "ALL_ADMIN" || CanSee(r, ws, s),
            "CREATED_BY_ME" => s => s.Author == r.Caller.Index,
            "SHARED_WITH_ME" => s => s.Author != r.Caller.Index && CanSee(r, ws, s),
            _ => throw new ApiException(400, 3002, $"No enum constant SharedReportsFilter.{scope}"),
        };
        var list = ws.Integrations.SharedReports.Where(s => !s.Deleted && keep(s)).ToList();
        var page = Math.Max(1, r.QInt("page", 1));
        var size = r.QInt("pageSize", 50);
        if (size < 1)
        {
            throw ApiException.BadRequest("Page size must be at least 1");
        }
        var w = r.Json;
        w.WriteStartObject();
        w.WriteNumber("count", list.Count);
        w.WriteStartArray("reports");
        foreach (var s in list.Skip((page - 1) * size).Take(size))
        {
            w.WriteStartObject();
            Common(w, s);
            w.WriteString("link", "https://app.clockify.me/shared/" + s.Id);
            w.WriteString("reportAuthor", r.Region.Users[s.Author].Name);
            Named(w, "visibleToUsers", s.VisibleUsers, id => r.Region.FindUser(id)?.Name);
            Named(w, "visibleToUserGroups", s.VisibleGroups, id => ws.Groups.Find(g => g.Id == id)?.Name);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Named(Utf8JsonWriter w, string name, List<string> ids, Func<string, string?> nameOf)
    {
        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("name", nameOf(id));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Create(Req r)
    {
        var b = r.RequireBody();
        var type = Req.Str(b, "type") ?? throw new ApiException(400, 3001, "Field 'type' is required");
        if (!Types.Contains(type))
        {
            throw new ApiException(400, 3002, $"JSON parse error: Cannot deserialize value of type `ReportType` from String \"{type}\"");
        }
        var filter = Req.Obj(b, "filter") ?? throw new ApiException(400, 3001, "Field 'filter' is required");
        if (Req.Str(filter, "dateRangeStart") is null || Req.Str(filter, "dateRangeEnd") is null)
        {
            throw ApiException.BadRequest("Filter needs dateRangeStart and dateRangeEnd");
        }
        var list = r.W.Integrations.SharedReports;
        var s = new SharedReport
        {
            Id = Api.NewId(r, Kind.SharedReport, list.Count),
            Name = "",
            Type = type,
            Author = r.Caller.Index,
            Filter = filter.Clone(),
        };
        Apply(r, s, b);
        list.Add(s);
        r.Counters.OnCreated("sharedReport");
        Full(r.Json, r, s);
    }

    private static SharedReport Find(Req r) => Api.Find(r.W.Integrations.SharedReports, r, r.Value("id"), Kind.SharedReport, s => s.Deleted, "Shared report");

    private static void Update(Req r)
    {
        var s = Find(r);
        Apply(r, s, r.RequireBody());
        Full(r.Json, r, s);
    }

    private static void Delete(Req r)
    {
        Find(r).Deleted = true;
        r.Counters.OnDeleted("sharedReport");
        r.Status = 204;
    }

    /// <summary>The settings create and update share; the name is required.</summary>
    private static void Apply(Req r, SharedReport s, JsonElement b)
    {
        s.Name = Api.ValidName(Req.Str(b, "name"), 1, 250, "Shared report");
        s.IsPublic = Req.Bool(b, "isPublic") ?? s.IsPublic;
        s.FixedDate = Req.Bool(b, "fixedDate") ?? s.FixedDate;
        var users = Req.StrList(b, "visibleToUsers") ?? s.VisibleUsers;
        if (users.Any(id => r.Region.FindUser(id) is not { } u || !r.W.Members.ContainsKey(u.Index)))
        {
            throw ApiException.BadRequest("User doesn't belong to Workspace");
        }
        s.VisibleUsers = users;
        s.VisibleGroups = Req.StrList(b, "visibleToUserGroups") ?? s.VisibleGroups;
    }

    /// <summary>Runs a shared report as its type's query would, over its saved range or the query's dateRangeStart/End.</summary>
    private static void Generate(Req r)
    {
        var id = r.Value("id");
        if (!Ids.TryParse(id, Kind.SharedReport, out var reg, out var wsIndex, out var ordinal) || reg != r.Region.Index
            || r.Region.FindWorkspace(Ids.Make(Kind.Workspace, reg, wsIndex, wsIndex)) is not { } ws)
        {
            throw ApiException.NotFound($"Shared report with id {id} doesn't exist");
        }
        lock (ws.Sync)
        {
            var list = ws.Integrations.SharedReports;
            var s = ordinal < list.Count && !list[ordinal].Deleted ? list[ordinal] : throw ApiException.NotFound($"Shared report with id {id} doesn't exist");
            if (!CanSee(r, ws, s) || (!s.IsPublic && !ws.Members.ContainsKey(r.Caller.Index)))
            {
                throw ApiException.Forbidden();
            }
            var start = r.Q("dateRangeStart");
            var end = r.Q("dateRangeEnd");
            r.Ws = ws;
            var overrides = new Dictionary<string, string> { ["exportType"] = r.Q("exportType") ?? "JSON" };
            if (start is not null && end is not null)
            {
                overrides["dateRangeStart"] = start;
                overrides["dateRangeEnd"] = end;
            }
            r.Body = Merge(overrides, s.Filter);
            Action<Req> run = s.Type switch
            {
                "SUMMARY" => Reports.Summary,
                "DETAILED" => Reports.Detailed,
                "WEEKLY" => Reports.Weekly,
                "ATTENDANCE" => Reports.Attendance,
                _ => throw ApiException.BadRequest($"The emulator does not render {s.Type} reports"),
            };
            run(r);
        }
    }

    private static void Common(Utf8JsonWriter w, SharedReport s)
    {
        w.WriteString("id", s.Id);
        w.WriteString("name", s.Name);
        w.WriteString("type", s.Type);
        w.WriteBoolean("isPublic", s.IsPublic);
        w.WriteBoolean("fixedDate", s.FixedDate);
    }

    /// <summary>SharedReportV1: the settings with bare ids, the author's id, the workspace and the filter.</summary>
    private static void Full(Utf8JsonWriter w, Req r, SharedReport s)
    {
        w.WriteStartObject();
        Common(w, s);
        w.WriteString("userId", r.Region.Users[s.Author].Id);
        w.WriteString("workspaceId", r.W.Id);
        w.WriteStartArray("visibleToUsers");
        s.VisibleUsers.ForEach(w.WriteStringValue);
        w.WriteEndArray();
        w.WriteStartArray("visibleToUserGroups");
        s.VisibleGroups.ForEach(w.WriteStringValue);
        w.WriteEndArray();
        w.WritePropertyName("filter");
        s.Filter.WriteTo(w);
        w.WriteEndObject();
    }
}
