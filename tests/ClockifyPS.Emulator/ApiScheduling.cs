using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>
/// Scheduling (/scheduling/assignments): GET /all lists hydrated assignments (names, no published flag) in the
/// usual pages with Last-Page; the writes answer with the list of assignments they touched; publish answers
/// with no body; the capacity totals are a POST paged by page/pageSize (at most 200) in the body.
/// </summary>
internal static class ApiScheduling
{
    private const string S = "/api/v1/workspaces/{workspaceId}/scheduling/assignments";
    private const double CapacityPerDay = 8;

    internal static List<Route> Routes() => new()
    {
        Api.R("GET", S + "/all", Api.L(List)),
        Api.R("POST", S + "/recurring", Api.L(Create)),
        Api.R("PATCH", S + "/recurring/{assignmentId}", Api.L(Update)),
        Api.R("DELETE", S + "/recurring/{assignmentId}", Api.L(Delete)),
        Api.R("POST", S + "/{assignmentId}/copy", Api.L(Copy)),
        Api.R("PUT", S + "/publish", Api.L(Publish)),
        Api.R("POST", S + "/user-filter/totals", Api.L(Totals)),
    };

    /// <summary>Three assignments in the week of the anchor's first Monday, one of them a weekly series of three.</summary>
    internal static void Seed(RegionStore region, Workspace ws, DateTimeOffset anchor)
    {
        var list = ws.Integrations.Assignments;
        var monday = anchor.UtcDateTime.Date.AddDays(((int)DayOfWeek.Monday - (int)anchor.UtcDateTime.DayOfWeek + 7) % 7);
        var users = ws.Members.Keys.OrderBy(u => u).Take(2).ToArray();
        void Add(int user, int project, int fromDay, int days, double hours, string? series)
        {
            list.Add(new Assignment
            {
                Id = Ids.Make(Kind.Assignment, region.Index, ws.Index, list.Count),
                User = user,
                Project = project,
                Start = monday.AddDays(fromDay).Ticks,
                End = monday.AddDays(fromDay + days - 1).Ticks,
                HoursPerDay = hours,
                Billable = true,
                SeriesId = series,
                Weeks = series is null ? 0 : 1,
            });
        }
        Add(users[0], 0, 0, 5, 6, null);
        Add(users[^1], 1, 0, 10, 4, null);
        var seriesId = Ids.Make(Kind.Assignment, region.Index, ws.Index, list.Count);
        for (var week = 0; week < 3; week++)
        {
            Add(users[0], 1, week * 7, 2, 2, seriesId);
        }
    }

    private static long Instant(string? text, string name) =>
        text is null ? throw new ApiException(400, 3001, $"Field '{name}' is required")
        : TimeUtil.TryParseInstant(text, out var ticks) ? ticks
        : throw ApiException.BadRequest($"Invalid date '{text}'");

    private static IEnumerable<Assignment> Live(Req r) => r.W.Integrations.Assignments.Where(a => !a.Deleted);

    private static void List(Req r)
    {
        var start = Instant(r.Q("start") ?? throw ApiException.Missing("start"), "start");
        var end = Instant(r.Q("end") ?? throw ApiException.Missing("end"), "end");
        var name = r.Q("name");
        var ws = r.W;
        var list = Live(r).Where(a => a.Start <= end && a.End >= start
                && (string.IsNullOrEmpty(name) || Api.NameMatches(ws.Projects[a.Project].Name, name, false) || Api.NameMatches(r.Region.Users[a.User].Name, name, false)))
            .OrderBy(a => a.Start).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        list = (r.Q("sort-column")?.ToUpperInvariant()) switch
        {
            "PROJECT" => list.OrderBy(a => ws.Projects[a.Project].Name, StringComparer.OrdinalIgnoreCase).ToList(),
            "USER" => list.OrderBy(a => r.Region.Users[a.User].Name, StringComparer.OrdinalIgnoreCase).ToList(),
            "ID" => list.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(),
            _ => list,
        };
        if (string.Equals(r.Q("sort-order"), "DESCENDING", StringComparison.OrdinalIgnoreCase))
        {
            list.Reverse();
        }
        Api.Page(r, list, (w, a) => Hydrated(w, r, a));
    }

    private static Assignment Find(Req r) => Api.Find(r.W.Integrations.Assignments, r, r.Value("assignmentId"), Kind.Assignment, a => a.Deleted, "Assignment");

    private static int Member(Req r, string? userId)
    {
        var u = r.Region.FindUser(userId);
        return u is not null && r.W.Members.ContainsKey(u.Index) ? u.Index : throw ApiException.BadRequest("User doesn't belong to Workspace");
    }

    /// <summary>The assignments a series option picks: the one, it and the later ones of its series, or its whole series.</summary>
    private static List<Assignment> Selected(Req r, Assignment a, string? option) => a.SeriesId is null || option is null or "THIS_ONE"
        ? new List<Assignment> { a }
        : option switch
        {
            "THIS_AND_FOLLOWING" => Live(r).Where(x => x.SeriesId == a.SeriesId && x.Start >= a.Start).ToList(),
            "ALL" => Live(r).Where(x => x.SeriesId == a.SeriesId).ToList(),
            _ => throw new ApiException(400, 3002, $"No enum constant SeriesUpdateOption.{option}"),
        };

    private static void Create(Req r)
    {
        var b = r.RequireBody();
        var ws = r.W;
        var user = Member(r, Req.Str(b, "userId") ?? throw new ApiException(400, 3001, "Field 'userId' is required"));
        var project = Api.RefIndex(ws.Projects, r, Req.Str(b, "projectId") ?? throw new ApiException(400, 3001, "Field 'projectId' is required"), Kind.Project, p => p.Deleted, "Project doesn't belong to Workspace");
        var first = new Assignment { Id = "", User = user, Project = project };
        ApplyFields(r, first, b, true);
        var occurrences = 1;
        var weeks = 0;
        if (Req.Obj(b, "recurringAssignment") is { } rec && Req.Bool(rec, "repeat") == true)
        {
            weeks = Req.Int(rec, "weeks") ?? Req.Int(rec, "interval") ?? 1;
            var until = Req.Str(rec, "until") is { } u ? Instant(u, "until") : (long?)null;
            occurrences = Req.Int(rec, "occurrences") ?? (until is { } last ? (int)((last - first.Start) / (TimeSpan.TicksPerDay * 7 * weeks)) + 1 : 0);
            if (weeks is < 1 or > 2 || occurrences is < 1 or > 99)
            {
                throw ApiException.BadRequest("Recurring assignment must repeat every 1 or 2 weeks, 1 to 99 times");
            }
        }
        var made = new List<Assignment>();
        var list = ws.Integrations.Assignments;
        var seriesId = weeks > 0 ? Api.NewId(r, Kind.Assignment, list.Count) : null;
        for (var i = 0; i < occurrences; i++)
        {
            var shift = TimeSpan.TicksPerDay * 7 * weeks * i;
            var a = Clone(first, Api.NewId(r, Kind.Assignment, list.Count), user);
            a.Start += shift;
            a.End += shift;
            a.SeriesId = seriesId;
            a.Weeks = weeks;
            list.Add(a);
            made.Add(a);
            r.Counters.OnCreated("assignment");
        }
        r.Status = 201;
        WriteAll(r, made);
    }

    private static Assignment Clone(Assignment a, string id, int user) => new()
    {
        Id = id, User = user, Project = a.Project, Task = a.Task, Start = a.Start, End = a.End, HoursPerDay = a.HoursPerDay, StartTime = a.StartTime,
        Note = a.Note, Billable = a.Billable, IncludeNonWorkingDays = a.IncludeNonWorkingDays, SeriesId = a.SeriesId, Weeks = a.Weeks,
    };

    /// <summary>The fields create and update share; start and end are required on both.</summary>
    private static void ApplyFields(Req r, Assignment a, JsonElement b, bool creating)
    {
        var start = Instant(Req.Str(b, "start"), "start");
        var end = Instant(Req.Str(b, "end"), "end");
        if (end < start)
        {
            throw ApiException.BadRequest("End date must be after start date");
        }
        a.Start = new DateTime(start, DateTimeKind.Utc).Date.Ticks;
        a.End = new DateTime(end, DateTimeKind.Utc).Date.Ticks;
        ApplyDetails(r, a, b, creating);
    }

    private static void ApplyDetails(Req r, Assignment a, JsonElement b, bool creating)
    {
        if (b.TryGetProperty("hoursPerDay", out var h) && h.ValueKind == JsonValueKind.Number)
        {
            var hours = h.GetDouble();
            a.HoursPerDay = hours is > 0 and <= 24 ? hours : throw ApiException.BadRequest("Hours per day must be between 0 and 24");
        }
        else if (creating)
        {
            throw new ApiException(400, 3001, "Field 'hoursPerDay' is required");
        }
        var note = Req.Str(b, "note");
        a.Note = note is { Length: > 100 } ? throw ApiException.BadRequest("Note is too long") : note ?? a.Note;
        a.StartTime = Req.Str(b, "startTime") ?? a.StartTime;
        a.Billable = Req.Bool(b, "billable") ?? (creating ? r.W.Projects[a.Project].Billable : a.Billable);
        a.IncludeNonWorkingDays = Req.Bool(b, "includeNonWorkingDays") ?? a.IncludeNonWorkingDays;
        if (Req.Str(b, "taskId") is { Length: > 0 } taskId)
        {
            var task = Api.RefIndex(r.W.Tasks, r, taskId, Kind.Task, t => t.Deleted, "Task doesn't belong to Project");
            a.Task = r.W.Tasks[task].Project == a.Project ? task : throw ApiException.BadRequest("Task doesn't belong to Project");
        }
    }

    private static void Update(Req r)
    {
        var a = Find(r);
        var b = r.RequireBody();
        var selected = Selected(r, a, Req.Str(b, "seriesUpdateOption"));
        ApplyFields(r, a, b, false);
        foreach (var other in selected.Where(x => x != a))
        {
            ApplyDetails(r, other, b, false);
        }
        WriteAll(r, selected);
    }

    private static void Delete(Req r)
    {
        var selected = Selected(r, Find(r), r.Q("seriesUpdateOption"));
        foreach (var a in selected)
        {
            a.Deleted = true;
            r.Counters.OnDeleted("assignment");
        }
        WriteAll(r, selected);
    }

    private static void Copy(Req r)
    {
        var a = Find(r);
        var b = r.RequireBody();
        var user = Member(r, Req.Str(b, "userId") ?? throw new ApiException(400, 3001, "Field 'userId' is required"));
        var list = r.W.Integrations.Assignments;
        var selected = Selected(r, a, Req.Str(b, "seriesUpdateOption"));
        var seriesId = selected.Count > 1 ? Api.NewId(r, Kind.Assignment, list.Count) : null;
        var copies = new List<Assignment>();
        foreach (var x in selected)
        {
            var copy = Clone(x, Api.NewId(r, Kind.Assignment, list.Count), user);
            copy.SeriesId = seriesId;
            list.Add(copy);
            copies.Add(copy);
            r.Counters.OnCreated("assignment");
        }
        WriteAll(r, copies);
    }

    private static void Publish(Req r)
    {
        var b = r.RequireBody();
        var start = Instant(Req.Str(b, "start"), "start");
        var end = Instant(Req.Str(b, "end"), "end");
        var users = Req.Obj(b, "userFilter") is { } f ? Req.StrList(f, "ids")?.Select(id => r.Region.FindUser(id)?.Index ?? -1).ToHashSet() : null;
        foreach (var a in Live(r).Where(a => a.Start <= end && a.End >= start && (users is null || users.Contains(a.User))))
        {
            a.Published = true;
        }
    }

    /// <summary>Each member's capacity and hours per day of the window (weekends count only for assignments that include them).</summary>
    private static void Totals(Req r)
    {
        var b = r.RequireBody();
        var start = new DateTime(Instant(Req.Str(b, "start"), "start"), DateTimeKind.Utc).Date;
        var end = new DateTime(Instant(Req.Str(b, "end"), "end"), DateTimeKind.Utc).Date;
        var page = Math.Max(1, Req.Int(b, "page") ?? 1);
        var size = Req.Int(b, "pageSize") ?? 50;
        if (size is < 1 or > 200)
        {
            throw ApiException.BadRequest("Page size must be between 1 and 200");
        }
        var ids = Req.Obj(b, "userFilter") is { } f ? Req.StrList(f, "ids") : null;
        var users = r.W.Members.Keys.Select(i => r.Region.Users[i]).Where(u => ids is null || ids.Contains(u.Id))
            .OrderBy(u => u.Name, StringComparer.OrdinalIgnoreCase).Skip((page - 1) * size).Take(size).ToList();
        var live = Live(r).ToList();
        var w = r.Json;
        w.WriteStartArray();
        foreach (var u in users)
        {
            w.WriteStartObject();
            w.WriteString("userId", u.Id);
            w.WriteString("userName", u.Name);
            w.WriteString("userStatus", u.Status);
            w.WriteString("workspaceId", r.W.Id);
            w.WriteNumber("capacityPerDay", CapacityPerDay);
            w.WriteStartArray("totalHoursPerDay");
            for (var day = start; day <= end; day = day.AddDays(1))
            {
                var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                var hours = live.Where(a => a.User == u.Index && a.Start <= day.Ticks && a.End >= day.Ticks && (!weekend || a.IncludeNonWorkingDays)).Sum(a => a.HoursPerDay);
                w.WriteStartObject();
                Writers.Utc(w, "date", day.Ticks);
                w.WriteNumber("totalHours", hours);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteAll(Req r, List<Assignment> list)
    {
        var w = r.Json;
        w.WriteStartArray();
        list.ForEach(a => Dto(w, r, a));
        w.WriteEndArray();
    }

    /// <summary>AssignmentDtoV1, the shape the writes answer with.</summary>
    private static void Dto(Utf8JsonWriter w, Req r, Assignment a)
    {
        w.WriteStartObject();
        Common(w, r, a);
        w.WriteBoolean("published", a.Published);
        w.WriteBoolean("includeNonWorkingDays", a.IncludeNonWorkingDays);
        w.WriteStartArray("excludeDays");
        w.WriteEndArray();
        w.WriteStartObject("recurring");
        w.WriteBoolean("repeat", a.SeriesId is not null);
        w.WriteString("seriesId", a.SeriesId);
        w.WriteNumber("weeks", a.Weeks);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>AssignmentHydratedDtoV1, the list's shape: names, and no published flag.</summary>
    private static void Hydrated(Utf8JsonWriter w, Req r, Assignment a)
    {
        var p = r.W.Projects[a.Project];
        w.WriteStartObject();
        Common(w, r, a);
        w.WriteString("userName", r.Region.Users[a.User].Name);
        w.WriteString("projectName", p.Name);
        w.WriteString("projectColor", p.Color);
        w.WriteBoolean("projectArchived", p.Archived);
        w.WriteBoolean("projectBillable", p.Billable);
        w.WriteString("clientId", p.Client >= 0 ? r.W.Clients[p.Client].Id : null);
        w.WriteString("clientName", p.Client >= 0 ? r.W.Clients[p.Client].Name : null);
        w.WriteString("taskName", a.Task >= 0 ? r.W.Tasks[a.Task].Name : null);
        w.WriteEndObject();
    }

    private static void Common(Utf8JsonWriter w, Req r, Assignment a)
    {
        w.WriteString("id", a.Id);
        w.WriteString("workspaceId", r.W.Id);
        w.WriteString("userId", r.Region.Users[a.User].Id);
        w.WriteString("projectId", r.W.Projects[a.Project].Id);
        w.WriteString("taskId", a.Task >= 0 ? r.W.Tasks[a.Task].Id : null);
        w.WriteStartObject("period");
        Writers.Utc(w, "start", a.Start);
        Writers.Utc(w, "end", a.End);
        w.WriteEndObject();
        w.WriteNumber("hoursPerDay", a.HoursPerDay);
        w.WriteString("startTime", a.StartTime);
        w.WriteString("note", a.Note);
        w.WriteBoolean("billable", a.Billable);
    }
}
