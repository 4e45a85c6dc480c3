using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ClockifyPS.Emulator;

internal static partial class Api
{
    /// <summary>The {userId} of the route: a member of the workspace; others' entries need an admin caller.</summary>
    private static User TargetUser(Req r, bool write)
    {
        var u = r.Region.FindUser(r.Value("userId"));
        if (u is null || !r.W.Members.ContainsKey(u.Index))
        {
            throw ApiException.Forbidden();
        }
        if (u.Index != r.Caller.Index && !r.W.IsAdmin(r.Caller.Index))
        {
            throw ApiException.Forbidden();
        }
        _ = write;
        return u;
    }

    private static int FindEntry(Req r, string id)
    {
        if (Ids.TryParse(id, Kind.TimeEntry, out var reg, out var wsi, out var o) && reg == r.Region.Index && wsi == r.W.Index
            && o < r.W.Entries.Count && !r.W.Entries[o].IsDeleted)
        {
            var owner = r.W.Entries[o].User;
            if (owner != r.Caller.Index && !r.W.IsAdmin(r.Caller.Index))
            {
                throw ApiException.Forbidden();
            }
            return o;
        }
        throw ApiException.NotFound($"TimeEntry with id {id} doesn't exist");
    }

    private static long QueryDate(Req r, string name, TimeZoneInfo tz)
    {
        var s = r.Q(name);
        if (!TimeUtil.TryParseQueryDate(s ?? "", out var wall))
        {
            throw new ApiException(400, 501, $"Invalid date format for '{name}': '{s}'. Expected yyyy-MM-ddTHH:mm:ssZ");
        }
        // THE TRAP: the value is wall-clock time in the user's profile zone, even with a trailing Z.
        return TimeUtil.WallToUtc(wall, tz);
    }

    private static void ListEntries(Req r)
    {
        var ws = r.W;
        var user = TargetUser(r, write: false);
        var tz = TimeUtil.FindZone(user.TimeZone) ?? TimeZoneInfo.Utc;
        var start = r.Q("start") is null ? long.MinValue : QueryDate(r, "start", tz);
        var end = r.Q("end") is null ? long.MaxValue : QueryDate(r, "end", tz);
        var project = r.Q("project");
        var task = r.Q("task");
        var tags = r.QMulti("tags");
        var description = r.Q("description");
        var inProgress = r.QBool("in-progress");
        var hydrated = r.QBool("hydrated") ?? false;
        var projectRequired = r.QBool("project-required") ?? false;
        var taskRequired = r.QBool("task-required") ?? false;
        var (page, size) = r.Paging();

        var projectIdx = project is null ? -2 : (Ids.TryParse(project, Kind.Project, out _, out _, out var po) ? po : -3);
        var taskIdx = task is null ? -2 : (Ids.TryParse(task, Kind.Task, out _, out _, out var to) ? to : -3);
        var tagIdx = tags.Select(t => Ids.TryParse(t, Kind.Tag, out _, out _, out var o) ? o : -3).ToList();

        var list = ws.ByUser.TryGetValue(user.Index, out var l) ? l : new List<int>();
        var lo = start == long.MinValue ? 0 : ws.LowerBound(list, start);
        var hi = end == long.MaxValue ? list.Count - 1 : ws.LowerBound(list, end + 1) - 1;
        var skip = (long)(page - 1) * size;
        var w = r.Json;
        w.WriteStartArray();
        var written = 0;
        var more = false;
        for (var i = hi; i >= lo; i--)
        {
            var ord = list[i];
            ref readonly var e = ref ws.Entry(ord);
            if ((projectIdx != -2 && e.Project != projectIdx) || (taskIdx != -2 && e.Task != taskIdx)
                || (inProgress is { } ip && e.IsRunning != ip) || (projectRequired && e.Project < 0) || (taskRequired && e.Task < 0))
            {
                continue;
            }
            if (tagIdx.Count > 0 && !tagIdx.Any(ws.TagSets[e.TagSet].Contains))
            {
                continue;
            }
            if (!string.IsNullOrEmpty(description) && !ws.Descriptions[e.Desc].Contains(description, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (skip > 0)
            {
                skip--;
                continue;
            }
            if (written == size)
            {
                more = true;
                break;
            }
            Writers.Entry(w, r.Region, ws, ord, rates: true, hydrated);
            written++;
        }
        w.WriteEndArray();
        r.LastPage(!more);
    }

    private sealed record EntryInput(long Start, long End, int Project, int Task, int Desc, int TagSet, bool Billable, bool Break, List<(string, JsonElement)>? CustomFields);

    /// <summary>Reads create/update bodies. <paramref name="current"/> supplies defaults for fields a bulk edit leaves out.</summary>
    private static EntryInput ReadEntry(Req r, JsonElement b, EntryRec? current, bool requireStart, bool replace)
    {
        var ws = r.W;
        long start;
        var startText = Req.Str(b, "start");
        if (startText is null)
        {
            if (requireStart)
            {
                throw ApiException.BadRequest("Field 'start' must not be null");
            }
            start = current?.Start ?? DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond;
        }
        else if (!TimeUtil.TryParseInstant(startText, out start))
        {
            throw new ApiException(400, 3002, $"Invalid date format for 'start': '{startText}'");
        }
        long end;
        var endText = Req.Str(b, "end");
        if (endText is null)
        {
            end = current?.End ?? 0;
        }
        else if (!TimeUtil.TryParseInstant(endText, out end))
        {
            throw new ApiException(400, 3002, $"Invalid date format for 'end': '{endText}'");
        }
        if (end != 0 && end < start)
        {
            throw ApiException.BadRequest("End date has to be after start date");
        }
        var project = current?.Project ?? -1;
        if (replace || Req.Has(b, "projectId") || (b.TryGetProperty("projectId", out var pv) && pv.ValueKind == JsonValueKind.Null))
        {
            project = Req.Str(b, "projectId") is { Length: > 0 } pid ? RefIndex(ws.Projects, r, pid, Kind.Project, p => p.Deleted, "Project doesn't belong to Workspace") : -1;
        }
        if (project >= 0 && ws.Projects[project].Archived && (current is null || current.Value.Project != project))
        {
            throw ApiException.BadRequest("Project is archived");
        }
        var task = current?.Task ?? -1;
        if (replace || Req.Has(b, "taskId") || project != (current?.Project ?? -1))
        {
            task = Req.Str(b, "taskId") is { Length: > 0 } tid ? RefIndex(ws.Tasks, r, tid, Kind.Task, t => t.Deleted, "Task doesn't belong to Project") : (replace || Req.Has(b, "taskId") ? -1 : task);
            if (task >= 0 && ws.Tasks[task].Project != project)
            {
                throw ApiException.BadRequest("Task doesn't belong to Project");
            }
        }
        var desc = current?.Desc ?? 0;
        if (replace || b.TryGetProperty("description", out _))
        {
            var d = Req.Str(b, "description") ?? "";
            if (d.Length > 3000)
            {
                throw ApiException.BadRequest("Description can't be longer than 3000 characters");
            }
            desc = ws.InternDescription(d);
        }
        var tagSet = current?.TagSet ?? 0;
        if (replace || b.TryGetProperty("tagIds", out _))
        {
            var ids = Req.StrList(b, "tagIds") ?? new List<string>();
            tagSet = ws.InternTagSet(ids.Select(t => RefIndex(ws.Tags, r, t, Kind.Tag, x => x.Deleted, "Tag doesn't belong to Workspace")).Distinct().ToList());
        }
        var billable = Req.Bool(b, "billable") ?? (current is { } c ? c.IsBillable : project >= 0 && ws.Projects[project].Billable);
        var type = Req.Str(b, "type");
        var isBreak = type is null ? current is { } cur && (cur.Flags & EntryRec.Break) != 0 : type.Equals("BREAK", StringComparison.OrdinalIgnoreCase);
        List<(string, JsonElement)>? cfs = null;
        if (b.TryGetProperty("customFields", out var cf) && cf.ValueKind == JsonValueKind.Array)
        {
            cfs = new();
            foreach (var f in cf.EnumerateArray())
            {
                var id = Req.Str(f, "customFieldId") ?? throw ApiException.BadRequest("Field 'customFieldId' must not be null");
                if (!ws.CustomFields.Any(x => x.Id == id && !x.Deleted))
                {
                    throw ApiException.BadRequest("Custom field doesn't belong to Workspace");
                }
                cfs.Add((id, f.TryGetProperty("value", out var v) ? v.Clone() : default));
            }
        }
        // customFieldValues (the read-side key) is silently ignored on write, like Clockify.
        return new EntryInput(start, end, project, task, desc, tagSet, billable, isBreak, cfs);
    }

    private static EntryRec ToRec(EntryInput i, int user, byte keepFlags = 0) => new()
    {
        Start = i.Start,
        End = i.End,
        User = user,
        Project = i.Project,
        Task = i.Task,
        Desc = i.Desc,
        TagSet = i.TagSet,
        Flags = (byte)((keepFlags & EntryRec.Locked) | (i.Billable ? EntryRec.Billable : 0) | (i.Break ? EntryRec.Break : 0)),
    };

    private static void CreateEntry(Req r, User user)
    {
        var ws = r.W;
        var b = r.RequireBody();
        var input = ReadEntry(r, b, null, requireStart: false, replace: true);
        if (input.End == 0 && ws.Running.TryGetValue(user.Index, out var running))
        {
            // Starting a timer stops the running one, like Clockify.
            ws.Unlink(running);
            ref var rr = ref ws.Entry(running);
            rr.End = Math.Max(rr.Start, input.Start);
            ws.Relink(running);
        }
        var ord = ws.Add(ToRec(input, user.Index));
        if (input.CustomFields is { Count: > 0 } cfs)
        {
            ws.EntryCustomFields[ord] = cfs;
        }
        Created(r, "timeEntry");
        Writers.Entry(r.Json, r.Region, ws, ord, rates: false, hydrated: false);
    }

    private static void GetEntry(Req r)
    {
        var ord = FindEntry(r, r.Value("id"));
        Writers.Entry(r.Json, r.Region, r.W, ord, rates: true, r.QBool("hydrated") ?? false);
    }

    private static void ApplyUpdate(Req r, int ord, EntryInput input)
    {
        var ws = r.W;
        var user = ws.Entries[ord].User;
        var flags = ws.Entries[ord].Flags;
        if (input.End == 0 && ws.Running.TryGetValue(user, out var running) && running != ord)
        {
            throw ApiException.BadRequest("User already has a running time entry");
        }
        ws.Unlink(ord);
        ws.Entry(ord) = ToRec(input, user, flags);
        ws.Relink(ord);
        if (input.CustomFields is { } cfs)
        {
            ws.EntryCustomFields[ord] = cfs;
        }
    }

    private static void UpdateEntry(Req r)
    {
        var ord = FindEntry(r, r.Value("id"));
        var b = r.RequireBody();
        // PUT replaces description, project, task and tags; an omitted end keeps the current end.
        var input = ReadEntry(r, b, r.W.Entries[ord], requireStart: true, replace: true);
        ApplyUpdate(r, ord, input);
        Writers.Entry(r.Json, r.Region, r.W, ord, rates: false, hydrated: false);
    }

    private static void DeleteEntry(Req r)
    {
        var ord = FindEntry(r, r.Value("id"));
        Delete(r, ord);
        r.Status = 204;
    }

    private static void Delete(Req r, int ord)
    {
        r.W.Unlink(ord);
        r.W.Entry(ord).Flags |= EntryRec.Deleted;
        r.W.EntryCustomFields.Remove(ord);
        r.Counters.OnDeleted("timeEntry");
    }

    private static void StopTimer(Req r)
    {
        var ws = r.W;
        var user = TargetUser(r, write: true);
        var b = r.RequireBody();
        var endText = Req.Str(b, "end") ?? throw ApiException.BadRequest("Field 'end' must not be null");
        if (!TimeUtil.TryParseInstant(endText, out var end))
        {
            throw new ApiException(400, 3002, $"Invalid date format for 'end': '{endText}'");
        }
        if (!ws.Running.TryGetValue(user.Index, out var ord))
        {
            // No running entry: a no-op (200, empty body).
            return;
        }
        if (end < ws.Entries[ord].Start)
        {
            throw ApiException.BadRequest("End date has to be after start date");
        }
        ws.Unlink(ord);
        ws.Entry(ord).End = end;
        ws.Relink(ord);
        Writers.Entry(r.Json, r.Region, ws, ord, rates: false, hydrated: false);
    }

    private static void InProgress(Req r)
    {
        var ws = r.W;
        var (page, size) = r.Paging(10, 1000);
        var running = ws.Running.Values.Where(o => !ws.Entries[o].IsDeleted)
            .OrderByDescending(o => ws.Entries[o].Start).ThenBy(o => o).ToList();
        Page(r, running, (w, o) => Writers.Entry(w, r.Region, ws, o, rates: true, hydrated: false), 10, 1000);
        _ = page;
        _ = size;
    }

    private static void BulkDelete(Req r)
    {
        var user = TargetUser(r, write: true);
        var ids = r.QMulti("time-entry-ids");
        if (ids.Count == 0)
        {
            throw ApiException.Missing("time-entry-ids");
        }
        var ws = r.W;
        var ords = new List<int>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (Ids.TryParse(id, Kind.TimeEntry, out var reg, out var wsi, out var o) && reg == r.Region.Index && wsi == ws.Index
                && o < ws.Entries.Count && !ws.Entries[o].IsDeleted && ws.Entries[o].User == user.Index)
            {
                ords.Add(o);
            }
        }
        var w = r.Json;
        w.WriteStartArray();
        foreach (var o in ords)
        {
            Writers.Entry(w, r.Region, ws, o, rates: false, hydrated: false);
            Delete(r, o);
        }
        w.WriteEndArray();
    }

    private static void BulkUpdate(Req r)
    {
        var user = TargetUser(r, write: true);
        var b = r.RequireBody();
        if (b.ValueKind != JsonValueKind.Array || b.GetArrayLength() == 0)
        {
            throw ApiException.BadRequest("Request body must be a non-empty array");
        }
        var ws = r.W;
        var plan = new List<(int Ord, EntryInput Input)>();
        foreach (var item in b.EnumerateArray())
        {
            var id = Req.Str(item, "id") ?? throw ApiException.BadRequest("Field 'id' must not be null");
            var ord = FindEntry(r, id);
            if (ws.Entries[ord].User != user.Index)
            {
                throw ApiException.BadRequest("Time entry doesn't belong to User");
            }
            plan.Add((ord, ReadEntry(r, item, ws.Entries[ord], requireStart: false, replace: false)));
        }
        var hydrated = r.QBool("hydrated") ?? false;
        var w = r.Json;
        w.WriteStartArray();
        foreach (var (ord, input) in plan)
        {
            ApplyUpdate(r, ord, input);
            Writers.Entry(w, r.Region, ws, ord, rates: false, hydrated);
        }
        w.WriteEndArray();
    }

    private static void Duplicate(Req r)
    {
        var user = TargetUser(r, write: true);
        var ord = FindEntry(r, r.Value("id"));
        var ws = r.W;
        var copy = ws.Entries[ord];
        if (copy.User != user.Index)
        {
            throw ApiException.BadRequest("Time entry doesn't belong to User");
        }
        if (copy.IsRunning)
        {
            throw ApiException.BadRequest("Cannot duplicate a running time entry");
        }
        copy.Flags &= unchecked((byte)~EntryRec.Locked);
        var n = ws.Add(copy);
        if (ws.EntryCustomFields.TryGetValue(ord, out var cfs))
        {
            ws.EntryCustomFields[n] = cfs.ToList();
        }
        Created(r, "timeEntry");
        Writers.Entry(r.Json, r.Region, ws, n, rates: false, hydrated: false);
    }
}
