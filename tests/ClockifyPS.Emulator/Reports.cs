using System.Buffers;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>Reports API (/report/v1): date ranges are wall-clock in the body's timeZone; durations in seconds.</summary>
internal static class Reports
{
    private const string P = "/report/v1/workspaces/{workspaceId}/reports";

    public static IEnumerable<Route> Routes()
    {
        yield return Api.R("POST", P + "/summary", Api.L(Summary));
        yield return Api.R("POST", P + "/detailed", Api.L(Detailed));
        yield return Api.R("POST", P + "/weekly", Api.L(Weekly));
        yield return Api.R("POST", P + "/attendance", Api.L(Attendance));
    }

    private sealed class Query
    {
        public required TimeZoneInfo Zone { get; init; }
        public required DateTime StartWall { get; init; }
        public required DateTime EndWall { get; init; }
        public required long Start { get; init; }
        public required long End { get; init; }
        public required List<int> Entries { get; init; }
        public required string Export { get; init; }
    }

    private static (HashSet<int>? Set, bool Contains) IdFilter(JsonElement body, string name, Func<string, int> resolve)
    {
        if (Req.Obj(body, name) is not { } f || Req.StrList(f, "ids") is not { Count: > 0 } ids)
        {
            return (null, true);
        }
        var contains = !string.Equals(Req.Str(f, "contains"), "DOES_NOT_CONTAIN", StringComparison.OrdinalIgnoreCase);
        return (ids.Select(resolve).ToHashSet(), contains);
    }

    private static int Resolve(Req r, string id, Kind kind) =>
        Ids.TryParse(id, kind, out var reg, out var ws, out var o) && reg == r.Region.Index && (kind == Kind.User || ws == r.W.Index) ? o : -99;

    private static Query Prepare(Req r, string? requiredFilter)
    {
        var b = r.RequireBody();
        var ws = r.W;
        var startText = Req.Str(b, "dateRangeStart") ?? throw new ApiException(400, 3001, "Field 'dateRangeStart' is required");
        var endText = Req.Str(b, "dateRangeEnd") ?? throw new ApiException(400, 3001, "Field 'dateRangeEnd' is required");
        if (requiredFilter is not null && Req.Obj(b, requiredFilter) is null)
        {
            throw new ApiException(400, 3001, $"Field '{requiredFilter}' is required");
        }
        if (!TimeUtil.TryParseWall(startText, out var startWall) || !TimeUtil.TryParseWall(endText, out var endWall))
        {
            throw ApiException.BadRequest("Invalid date range format");
        }
        var zoneName = Req.Str(b, "timeZone") ?? r.Caller.TimeZone;
        var zone = TimeUtil.FindZone(zoneName) ?? throw ApiException.BadRequest($"Unknown time zone '{zoneName}'");
        if (endWall < startWall)
        {
            throw ApiException.BadRequest("Date range end must be after start");
        }
        if (r.Region.FreePlan && endWall - startWall > TimeSpan.FromDays(31))
        {
            throw ApiException.BadRequest("Free plan reports are limited to a 31-day date range. Upgrade to see longer periods.");
        }
        var export = (Req.Str(b, "exportType") ?? "JSON").ToUpperInvariant();
        if (export is not ("JSON" or "JSON_V1" or "CSV" or "PDF" or "XLSX" or "ZIP"))
        {
            throw ApiException.BadRequest($"Unknown export type '{export}'");
        }
        var start = TimeUtil.WallToUtc(startWall, zone);
        var end = TimeUtil.WallToUtc(endWall, zone);

        var users = IdFilter(b, "users", id => Resolve(r, id, Kind.User));
        var groups = IdFilter(b, "userGroups", id => Resolve(r, id, Kind.UserGroup));
        var projects = IdFilter(b, "projects", id => Resolve(r, id, Kind.Project));
        var clients = IdFilter(b, "clients", id => Resolve(r, id, Kind.Client));
        var tags = IdFilter(b, "tags", id => Resolve(r, id, Kind.Tag));
        var tasks = IdFilter(b, "tasks", id => Resolve(r, id, Kind.Task));
        var billable = Req.Bool(b, "billable");
        var description = Req.Str(b, "description");
        var withoutDescription = Req.Bool(b, "withoutDescription") ?? false;
        var admin = ws.IsAdmin(r.Caller.Index);

        var result = new List<int>();
        foreach (var u in ws.Members.Keys.OrderBy(x => x))
        {
            if (!admin && u != r.Caller.Index)
            {
                continue;
            }
            if (users.Set is not null && users.Set.Contains(u) != users.Contains)
            {
                continue;
            }
            if (groups.Set is not null && ws.Groups.Any(g => !g.Deleted && groups.Set.Contains(ws.Groups.IndexOf(g)) && g.Users.Contains(u)) != groups.Contains)
            {
                continue;
            }
            if (!ws.ByUser.TryGetValue(u, out var list))
            {
                continue;
            }
            for (var i = ws.LowerBound(list, start); i < list.Count; i++)
            {
                var ord = list[i];
                ref readonly var e = ref ws.Entry(ord);
                if (e.Start > end)
                {
                    break;
                }
                if (e.IsRunning || (billable is { } bl && e.IsBillable != bl))
                {
                    continue;
                }
                if ((projects.Set is not null && projects.Set.Contains(e.Project) != projects.Contains)
                    || (tasks.Set is not null && tasks.Set.Contains(e.Task) != tasks.Contains)
                    || (clients.Set is not null && clients.Set.Contains(e.Project >= 0 ? ws.Projects[e.Project].Client : -1) != clients.Contains)
                    || (tags.Set is not null && ws.TagSets[e.TagSet].Any(tags.Set.Contains) != tags.Contains))
                {
                    continue;
                }
                var d = ws.Descriptions[e.Desc];
                if ((withoutDescription && d.Length > 0) || (!string.IsNullOrEmpty(description) && !d.Contains(description, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }
                result.Add(ord);
            }
        }
        return new Query { Zone = zone, StartWall = startWall, EndWall = endWall, Start = start, End = end, Entries = result, Export = export };
    }

    private static long Seconds(in EntryRec e) => (e.End - e.Start) / TimeSpan.TicksPerSecond;

    private static double Amount(Workspace ws, in EntryRec e) =>
        e.IsBillable && e.Project >= 0 ? Math.Round(ws.Projects[e.Project].HourlyRate * (e.End - e.Start) / (double)TimeSpan.TicksPerHour, 2) : 0;

    private static void Totals(Utf8JsonWriter w, Workspace ws, List<int> entries)
    {
        w.WriteStartArray("totals");
        if (entries.Count > 0)
        {
            long total = 0, billable = 0;
            double amount = 0;
            foreach (var o in entries)
            {
                ref readonly var e = ref ws.Entry(o);
                total += Seconds(e);
                if (e.IsBillable)
                {
                    billable += Seconds(e);
                }
                amount += Amount(ws, e);
            }
            w.WriteStartObject();
            w.WriteString("_id", "");
            w.WriteNumber("totalTime", total);
            w.WriteNumber("totalBillableTime", billable);
            w.WriteNumber("entriesCount", entries.Count);
            w.WriteNumber("totalAmount", Math.Round(amount, 2));
            w.WriteStartArray("amounts");
            w.WriteStartObject();
            w.WriteString("type", "EARNED");
            w.WriteNumber("value", Math.Round(amount, 2));
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // ------------------------------------------------------------------ grouping
    private readonly record struct Key(string? Id, string Name, string? Color, string? ClientName);

    private static IEnumerable<Key> Keys(Req r, Query q, string group, int ord)
    {
        var ws = r.W;
        var e = ws.Entries[ord];
        switch (group)
        {
            case "PROJECT":
                if (e.Project < 0)
                {
                    yield return new Key(null, "Without project", null, null);
                }
                else
                {
                    var p = ws.Projects[e.Project];
                    yield return new Key(p.Id, p.Name, p.Color, p.Client >= 0 ? ws.Clients[p.Client].Name : "");
                }
                break;
            case "CLIENT":
                var ci = e.Project >= 0 ? ws.Projects[e.Project].Client : -1;
                yield return ci < 0 ? new Key(null, "Without client", null, null) : new Key(ws.Clients[ci].Id, ws.Clients[ci].Name, null, null);
                break;
            case "TASK":
                yield return e.Task < 0 ? new Key(null, "Without task", null, null) : new Key(ws.Tasks[e.Task].Id, ws.Tasks[e.Task].Name, null, null);
                break;
            case "TAG":
                var set = ws.TagSets[e.TagSet];
                if (set.Length == 0)
                {
                    yield return new Key(null, "Without tag", null, null);
                }
                foreach (var t in set)
                {
                    yield return new Key(ws.Tags[t].Id, ws.Tags[t].Name, null, null);
                }
                break;
            case "USER":
                var u = r.Region.Users[e.User];
                yield return new Key(u.Id, u.Name, null, null);
                break;
            case "USER_GROUP":
                var any = false;
                foreach (var g in ws.Groups)
                {
                    if (!g.Deleted && g.Users.Contains(e.User))
                    {
                        any = true;
                        yield return new Key(g.Id, g.Name, null, null);
                    }
                }
                if (!any)
                {
                    yield return new Key(null, "Without group", null, null);
                }
                break;
            case "TIMEENTRY":
                var d = ws.Descriptions[e.Desc];
                yield return new Key(d, d.Length == 0 ? "(Without description)" : d, null, null);
                break;
            case "DATE":
            case "MONTH":
            case "YEAR":
            case "WEEK":
                var wall = TimeUtil.UtcToWall(e.Start, q.Zone);
                var s = group switch
                {
                    "DATE" => wall.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "MONTH" => wall.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    "YEAR" => wall.ToString("yyyy", CultureInfo.InvariantCulture),
                    _ => wall.Date.AddDays(-(((int)wall.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                };
                yield return new Key(s, s, null, null);
                break;
            default:
                throw ApiException.BadRequest($"Unknown summary group '{group}'");
        }
    }

    private sealed class Node
    {
        public required Key Key { get; init; }
        public long Duration { get; set; }
        public double Amount { get; set; }
        public List<int> Entries { get; } = new();
        public List<Node>? Children { get; set; }
    }

    private static List<Node> Group(Req r, Query q, IReadOnlyList<string> groups, int level, List<int> entries, bool byDuration)
    {
        var map = new Dictionary<Key, Node>();
        foreach (var o in entries)
        {
            foreach (var k in Keys(r, q, groups[level], o))
            {
                if (!map.TryGetValue(k, out var n))
                {
                    map[k] = n = new Node { Key = k };
                }
                ref readonly var e = ref r.W.Entry(o);
                n.Duration += Seconds(e);
                n.Amount += Amount(r.W, e);
                n.Entries.Add(o);
            }
        }
        var nodes = map.Values.ToList();
        nodes.Sort((a, b) => byDuration ? b.Duration.CompareTo(a.Duration) : string.Compare(a.Key.Name, b.Key.Name, StringComparison.OrdinalIgnoreCase));
        if (level + 1 < groups.Count)
        {
            foreach (var n in nodes)
            {
                n.Children = Group(r, q, groups, level + 1, n.Entries, byDuration);
            }
        }
        return nodes;
    }

    private static void WriteNode(Utf8JsonWriter w, Node n)
    {
        w.WriteStartObject();
        w.WriteString("_id", n.Key.Id);
        w.WriteString("id", n.Key.Id);
        w.WriteNumber("duration", n.Duration);
        w.WriteNumber("amount", Math.Round(n.Amount, 2));
        w.WriteStartArray("amounts");
        w.WriteStartObject();
        w.WriteString("type", "EARNED");
        w.WriteNumber("value", Math.Round(n.Amount, 2));
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("name", n.Key.Name);
        w.WriteString("nameLowerCase", n.Key.Name.ToLowerInvariant());
        if (n.Key.Color is not null)
        {
            w.WriteString("color", n.Key.Color);
        }
        if (n.Key.ClientName is not null)
        {
            w.WriteString("clientName", n.Key.ClientName);
        }
        if (n.Children is not null)
        {
            w.WriteStartArray("children");
            foreach (var c in n.Children)
            {
                WriteNode(w, c);
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    internal static void Summary(Req r)
    {
        var q = Prepare(r, "summaryFilter");
        var sf = Req.Obj(r.Body!.Value, "summaryFilter")!.Value;
        var groups = (Req.StrList(sf, "groups") is { Count: > 0 } g ? g : new List<string> { "PROJECT" }).Select(x => x.ToUpperInvariant()).ToList();
        if (groups.Count > 3)
        {
            throw ApiException.BadRequest("At most 3 groups are allowed");
        }
        var byDuration = string.Equals(Req.Str(sf, "sortColumn"), "DURATION", StringComparison.OrdinalIgnoreCase);
        var nodes = Group(r, q, groups, 0, q.Entries, byDuration);
        if (Export(r, q, "summary", () => SummaryCsv(groups, nodes)))
        {
            return;
        }
        var w = r.Json;
        w.WriteStartObject();
        Totals(w, r.W, q.Entries);
        w.WriteStartArray("groupOne");
        foreach (var n in nodes)
        {
            WriteNode(w, n);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string SummaryCsv(List<string> groups, List<Node> nodes)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', groups.Select(Cap)).Append(",Time (h),Time (decimal),Amount (USD)\r\n");
        void Walk(Node n, List<string> path)
        {
            path.Add(n.Key.Name);
            if (n.Children is null)
            {
                var cells = path.Concat(Enumerable.Repeat("", groups.Count - path.Count)).Select(Csv);
                sb.AppendJoin(',', cells).Append(',').Append(Hms(n.Duration)).Append(',')
                  .Append((n.Duration / 3600.0).ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                  .Append((n.Amount / 100).ToString("0.00", CultureInfo.InvariantCulture)).Append("\r\n");
            }
            else
            {
                foreach (var c in n.Children)
                {
                    Walk(c, path);
                }
            }
            path.RemoveAt(path.Count - 1);
        }
        foreach (var n in nodes)
        {
            Walk(n, new List<string>());
        }
        return sb.ToString();
    }

    private static string Cap(string s) => s.Length == 0 ? s : s[0] + s[1..].ToLowerInvariant().Replace('_', ' ');

    private static string Hms(long seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");

    private static string Csv(string s) =>
        s.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    /// <summary>Non-JSON exports. Returns true when the response was produced.</summary>
    private static bool Export(Req r, Query q, string report, Func<string> csv)
    {
        switch (q.Export)
        {
            case "CSV":
                r.ContentType = "text/csv;charset=UTF-8";
                r.Headers["Content-Disposition"] = $"attachment; filename=\"Clockify_Time_Report_{report}.csv\"";
                r.Buffer.Write(Encoding.UTF8.GetBytes(csv()));
                return true;
            case "PDF":
                r.ContentType = "application/pdf";
                r.Buffer.Write(Encoding.ASCII.GetBytes("%PDF-1.4\n% ClockifyPS emulator placeholder report\n%%EOF\n"));
                return true;
            case "XLSX":
            case "ZIP":
                r.ContentType = q.Export == "XLSX" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/zip";
                r.Buffer.Write<byte>(new byte[] { 0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }); // empty zip
                return true;
            default:
                return false;
        }
    }

    // ------------------------------------------------------------------ detailed
    internal static void Detailed(Req r)
    {
        var q = Prepare(r, "detailedFilter");
        var ws = r.W;
        var df = Req.Obj(r.Body!.Value, "detailedFilter")!.Value;
        var page = Math.Max(1, Req.Int(df, "page") ?? 1);
        var size = Req.Int(df, "pageSize") ?? 50;
        size = size < 1 ? 50 : Math.Min(size, 1000);
        var ascending = string.Equals(Req.Str(r.Body!.Value, "sortOrder"), "ASCENDING", StringComparison.OrdinalIgnoreCase);
        var list = q.Entries;
        list.Sort((a, b) =>
        {
            var c = ws.Entries[a].Start.CompareTo(ws.Entries[b].Start);
            c = c != 0 ? c : a.CompareTo(b);
            return ascending ? c : -c;
        });
        var from = (long)(page - 1) * size;
        var pageItems = list.Skip((int)Math.Min(from, list.Count)).Take(size).ToList();
        if (Export(r, q, "detailed", () => DetailedCsv(r, q, q.Export == "CSV" ? list : pageItems)))
        {
            return;
        }
        var w = r.Json;
        w.WriteStartObject();
        Totals(w, ws, list);
        w.WriteStartArray(r.Region.DetailedArrayName);
        foreach (var o in pageItems)
        {
            DetailedEntry(w, r, q, o);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void DetailedEntry(Utf8JsonWriter w, Req r, Query q, int ord)
    {
        var ws = r.W;
        var e = ws.Entries[ord];
        var u = r.Region.Users[e.User];
        var p = e.Project >= 0 ? ws.Projects[e.Project] : null;
        var c = p is { Client: >= 0 } ? ws.Clients[p.Client] : null;
        w.WriteStartObject();
        Writers.Id(w, "_id", Kind.TimeEntry, r.Region.Index, ws.Index, ord);
        Writers.Id(w, "id", Kind.TimeEntry, r.Region.Index, ws.Index, ord);
        w.WriteString("description", ws.Descriptions[e.Desc]);
        w.WriteString("userId", u.Id);
        w.WriteStartObject("timeInterval");
        w.WriteString("start", TimeUtil.FormatInZone(e.Start, q.Zone));
        w.WriteString("end", TimeUtil.FormatInZone(e.End, q.Zone));
        w.WriteNumber("duration", Seconds(e));
        w.WriteEndObject();
        w.WriteBoolean("billable", e.IsBillable);
        w.WriteString("projectId", p?.Id ?? "");
        w.WriteString("taskId", e.Task >= 0 ? ws.Tasks[e.Task].Id : "");
        w.WriteStartArray("tagIds");
        foreach (var t in ws.TagSets[e.TagSet])
        {
            w.WriteStringValue(ws.Tags[t].Id);
        }
        w.WriteEndArray();
        w.WriteNull("approvalRequestId");
        w.WriteString("type", (e.Flags & EntryRec.Break) != 0 ? "BREAK" : "REGULAR");
        w.WriteBoolean("isLocked", (e.Flags & EntryRec.Locked) != 0);
        w.WriteBoolean("locked", (e.Flags & EntryRec.Locked) != 0);
        w.WriteString("currency", "USD");
        w.WriteNumber("amount", Amount(ws, e));
        w.WriteNumber("rate", p is not null && e.IsBillable ? p.HourlyRate : 0);
        w.WriteNumber("earnedRate", p is not null && e.IsBillable ? p.HourlyRate : 0);
        w.WriteNumber("costRate", 0);
        w.WriteNumber("costAmount", 0);
        w.WriteString("projectName", p?.Name ?? "");
        w.WriteString("projectColor", p?.Color ?? "");
        w.WriteString("clientName", c?.Name ?? "");
        w.WriteString("clientId", c?.Id ?? "");
        w.WriteString("taskName", e.Task >= 0 ? ws.Tasks[e.Task].Name : "");
        w.WriteString("userName", u.Name);
        w.WriteString("userEmail", u.Email);
        w.WriteStartArray("tags");
        foreach (var t in ws.TagSets[e.TagSet])
        {
            w.WriteStartObject();
            w.WriteString("_id", ws.Tags[t].Id);
            w.WriteString("id", ws.Tags[t].Id);
            w.WriteString("name", ws.Tags[t].Name);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("customFields");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string DetailedCsv(Req r, Query q, List<int> entries)
    {
        var ws = r.W;
        var sb = new StringBuilder("Project,Client,Description,Task,User,Email,Tags,Billable,Start Date,Start Time,End Date,End Time,Duration (h),Duration (decimal),Billable Rate (USD),Billable Amount (USD)\r\n");
        foreach (var o in entries)
        {
            var e = ws.Entries[o];
            var u = r.Region.Users[e.User];
            var p = e.Project >= 0 ? ws.Projects[e.Project] : null;
            var c = p is { Client: >= 0 } ? ws.Clients[p.Client].Name : "";
            var s = TimeUtil.UtcToWall(e.Start, q.Zone);
            var en = TimeUtil.UtcToWall(e.End, q.Zone);
            var cells = new[]
            {
                p?.Name ?? "", c, ws.Descriptions[e.Desc], e.Task >= 0 ? ws.Tasks[e.Task].Name : "", u.Name, u.Email,
                string.Join(", ", ws.TagSets[e.TagSet].Select(t => ws.Tags[t].Name)), e.IsBillable ? "Yes" : "No",
                s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                en.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), en.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                Hms(Seconds(e)), (Seconds(e) / 3600.0).ToString("0.00", CultureInfo.InvariantCulture),
                ((p is not null && e.IsBillable ? p.HourlyRate : 0) / 100.0).ToString("0.00", CultureInfo.InvariantCulture),
                (Amount(ws, e) / 100).ToString("0.00", CultureInfo.InvariantCulture),
            };
            sb.AppendJoin(',', cells.Select(Csv)).Append("\r\n");
        }
        return sb.ToString();
    }

    // ------------------------------------------------------------------ weekly
    internal static void Weekly(Req r)
    {
        var q = Prepare(r, "weeklyFilter");
        var span = q.EndWall - q.StartWall;
        if (span <= TimeSpan.FromDays(6) || span > TimeSpan.FromDays(7))
        {
            throw ApiException.BadRequest("Weekly report date range must be exactly 7 days");
        }
        var wf = Req.Obj(r.Body!.Value, "weeklyFilter")!.Value;
        var group = (Req.Str(wf, "group") ?? "PROJECT").ToUpperInvariant();
        var sub = Req.Str(wf, "subgroup")?.ToUpperInvariant();
        var groups = new List<string> { group };
        if (sub is not null && sub != "TIME" && sub != "EARNED" && sub != group)
        {
            groups.Add(sub);
        }
        var nodes = Group(r, q, groups, 0, q.Entries, false);
        var days = Enumerable.Range(0, 7).Select(i => q.StartWall.Date.AddDays(i)).ToArray();
        if (Export(r, q, "weekly", () => WeeklyCsv(r, q, nodes, days)))
        {
            return;
        }
        var w = r.Json;
        w.WriteStartObject();
        Totals(w, r.W, q.Entries);
        w.WriteStartArray("groupOne");
        foreach (var n in nodes)
        {
            WeeklyNode(w, r, q, n, days);
        }
        w.WriteEndArray();
        w.WriteStartArray("totalsByDay");
        foreach (var (date, dur, amt) in ByDay(r, q, q.Entries, days))
        {
            w.WriteStartObject();
            w.WriteString("date", date);
            w.WriteNumber("duration", dur);
            w.WriteNumber("amount", Math.Round(amt, 2));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteBoolean("decimalFormat", false);
        w.WriteBoolean("trackTimeDownToSeconds", true);
        w.WriteBoolean("includeUsersWithoutTime", false);
        w.WriteStartArray("usersWithoutTime");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static IEnumerable<(string Date, long Duration, double Amount)> ByDay(Req r, Query q, List<int> entries, DateTime[] days)
    {
        var dur = new long[7];
        var amt = new double[7];
        foreach (var o in entries)
        {
            ref readonly var e = ref r.W.Entry(o);
            var i = (int)(TimeUtil.UtcToWall(e.Start, q.Zone).Date - days[0]).TotalDays;
            if (i is >= 0 and < 7)
            {
                dur[i] += Seconds(e);
                amt[i] += Amount(r.W, e);
            }
        }
        for (var i = 0; i < 7; i++)
        {
            yield return (days[i].ToString("yyyy-MM-dd'T'00:00:00", CultureInfo.InvariantCulture), dur[i], amt[i]);
        }
    }

    private static void WeeklyNode(Utf8JsonWriter w, Req r, Query q, Node n, DateTime[] days)
    {
        w.WriteStartObject();
        w.WriteString("_id", n.Key.Id);
        w.WriteString("id", n.Key.Id);
        w.WriteString("name", n.Key.Name);
        w.WriteString("nameLowerCase", n.Key.Name.ToLowerInvariant());
        w.WriteNumber("duration", n.Duration);
        w.WriteNumber("amount", Math.Round(n.Amount, 2));
        if (n.Key.ClientName is not null)
        {
            w.WriteString("clientName", n.Key.ClientName);
        }
        w.WriteStartArray("days");
        foreach (var (date, dur, amt) in ByDay(r, q, n.Entries, days))
        {
            w.WriteStartObject();
            w.WriteString("date", date);
            w.WriteNumber("duration", dur);
            w.WriteNumber("amount", Math.Round(amt, 2));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (n.Children is not null)
        {
            w.WriteStartArray("children");
            foreach (var c in n.Children)
            {
                WeeklyNode(w, r, q, c, days);
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static string WeeklyCsv(Req r, Query q, List<Node> nodes, DateTime[] days)
    {
        var sb = new StringBuilder("Group");
        foreach (var d in days)
        {
            sb.Append(',').Append(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        sb.Append(",Total\r\n");
        foreach (var n in nodes)
        {
            sb.Append(Csv(n.Key.Name));
            foreach (var (_, dur, _) in ByDay(r, q, n.Entries, days))
            {
                sb.Append(',').Append(Hms(dur));
            }
            sb.Append(',').Append(Hms(n.Duration)).Append("\r\n");
        }
        return sb.ToString();
    }

    // ------------------------------------------------------------------ attendance
    internal static void Attendance(Req r)
    {
        var q = Prepare(r, "attendanceFilter");
        var af = Req.Obj(r.Body!.Value, "attendanceFilter")!.Value;
        var page = Math.Max(1, Req.Int(af, "page") ?? 1);
        var size = Math.Clamp(Req.Int(af, "pageSize") ?? 50, 1, 1000);
        var rows = q.Entries
            .GroupBy(o => (r.W.Entries[o].User, TimeUtil.UtcToWall(r.W.Entries[o].Start, q.Zone).Date))
            .Select(g => (g.Key.User, g.Key.Date, First: g.Min(o => r.W.Entries[o].Start), Last: g.Max(o => r.W.Entries[o].End), Total: g.Sum(o => Seconds(r.W.Entries[o]))))
            .OrderBy(x => r.Region.Users[x.User].Name, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Date).ToList();
        if (Export(r, q, "attendance", () =>
        {
            var sb = new StringBuilder("User,Date,Start,End,Work,Capacity\r\n");
            foreach (var x in rows)
            {
                sb.Append(Csv(r.Region.Users[x.User].Name)).Append(',').Append(x.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                  .Append(TimeUtil.UtcToWall(x.First, q.Zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture)).Append(',')
                  .Append(TimeUtil.UtcToWall(x.Last, q.Zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture)).Append(',')
                  .Append(Hms(x.Total)).Append(",08:00:00\r\n");
            }
            return sb.ToString();
        }))
        {
            return;
        }
        var w = r.Json;
        w.WriteStartObject();
        w.WriteStartArray("entities");
        foreach (var x in rows.Skip((page - 1) * size).Take(size))
        {
            var u = r.Region.Users[x.User];
            w.WriteStartObject();
            w.WriteString("userId", u.Id);
            w.WriteString("userName", u.Name);
            w.WriteString("imageUrl", "");
            w.WriteString("date", x.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("startTime", TimeUtil.FormatInZone(x.First, q.Zone));
            w.WriteString("endTime", TimeUtil.FormatInZone(x.Last, q.Zone));
            w.WriteNumber("totalDuration", x.Total);
            w.WriteNumber("break", 0);
            w.WriteNumber("capacity", 28800);
            w.WriteNumber("overtime", Math.Max(0, x.Total - 28800));
            w.WriteNumber("remainingCapacity", Math.Max(0, 28800 - x.Total));
            w.WriteNumber("timeOff", 0);
            w.WriteBoolean("hasRunningEntry", r.W.Running.ContainsKey(x.User));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
