using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ClockifyPS.Emulator;

internal static partial class ApiTimeOff
{
    private static TimeOffRequestRec FindRequest(Req r)
    {
        var request = Api.Find(r.W.TimeOff.Requests, r, r.Value("requestId"), Kind.TimeOffRequest, q => q.Deleted, "Time off request");
        if (request.Policy != r.W.TimeOff.Policies.IndexOf(FindPolicy(r, r.Value("policyId"))))
        {
            throw ApiException.NotFound($"Time off request with id {request.Id} doesn't exist in this policy");
        }
        return request;
    }

    private static void CreateRequest(Req r, User user)
    {
        var policy = FindPolicy(r, r.Value("policyId"));
        var t = r.W.TimeOff;
        var policyIndex = t.Policies.IndexOf(policy);
        var body = r.RequireBody();
        var period = Req.Obj(body, "timeOffPeriod") is { } tp ? tp : throw ApiException.Missing("timeOffPeriod");
        var dates = Req.Obj(period, "period") ?? throw ApiException.Missing("period");
        var first = Day(Req.Str(dates, "start"), "start");
        var last = Req.Str(dates, "end") is { } end ? Day(end, "end") : first.AddDays((Req.Int(dates, "days") ?? 1) - 1);
        var half = Req.Bool(period, "isHalfDay") ?? false;
        if (last < first)
        {
            throw ApiException.BadRequest("End date must be after start date");
        }
        if (policy.Archived)
        {
            throw ApiException.BadRequest("Can't request time off under an archived policy");
        }
        if (!Covers(r, policy, user))
        {
            throw ApiException.BadRequest("User is not assigned to this policy");
        }
        if (half && (!policy.AllowHalfDay || last != first))
        {
            throw ApiException.BadRequest(policy.AllowHalfDay ? "Half day time off must be a single day" : "Policy doesn't allow half days");
        }
        if (t.Requests.Any(q => !q.Deleted && q.User == user.Index && q.Status != "REJECTED" && q.StartDay <= last && q.EndDay >= first))
        {
            throw ApiException.BadRequest("Time off request overlaps with an existing request");
        }
        var request = new TimeOffRequestRec
        {
            Id = Ids.Make(Kind.TimeOffRequest, r.Region.Index, r.W.Index, t.Requests.Count),
            Policy = policyIndex,
            User = user.Index,
            StartDay = first,
            EndDay = last,
            HalfDay = half,
            HalfDayPeriod = half ? Req.Str(period, "halfDayPeriod") ?? "FIRST_HALF" : "NOT_DEFINED",
            Note = Req.Str(body, "note"),
            CreatedAt = DateTime.UtcNow.Ticks,
            ChangedAt = DateTime.UtcNow.Ticks,
        };
        var balance = t.Balances.GetValueOrDefault((policyIndex, user.Index));
        if (!policy.AllowNegativeBalance && balance < request.Days)
        {
            throw ApiException.BadRequest("Not enough balance for this time off request");
        }
        if (!policy.RequiresApproval)
        {
            request.Status = "APPROVED";
            t.Balances[(policyIndex, user.Index)] = balance - request.Days;
        }
        t.Requests.Add(request);
        r.Counters.OnCreated("time-off-request");
        TimeOffRequest(r.Json, r, request, full: true);
    }

    private static void SetRequestStatus(Req r)
    {
        var request = FindRequest(r);
        var body = r.RequireBody();
        var status = Req.Str(body, "status")?.ToUpperInvariant();
        if (status is not ("APPROVED" or "REJECTED"))
        {
            throw ApiException.BadRequest("Status must be APPROVED or REJECTED");
        }
        RequireAdmin(r);
        if (request.Status != "PENDING")
        {
            throw ApiException.BadRequest($"Time off request is already {request.Status}");
        }
        request.Status = status;
        request.StatusNote = Req.Str(body, "note");
        request.ChangedAt = DateTime.UtcNow.Ticks;
        request.ChangedBy = r.Caller.Index;
        if (status == "APPROVED")
        {
            r.W.TimeOff.Balances[(request.Policy, request.User)] = r.W.TimeOff.Balances.GetValueOrDefault((request.Policy, request.User)) - request.Days;
        }
        TimeOffRequest(r.Json, r, request, full: false);
    }

    private static void DeleteRequest(Req r)
    {
        var request = FindRequest(r);
        if (request.User != r.Caller.Index)
        {
            RequireAdmin(r);
        }
        request.Deleted = true;
        if (request.Status == "APPROVED")
        {
            r.W.TimeOff.Balances[(request.Policy, request.User)] += request.Days;
        }
        r.Counters.OnDeleted("time-off-request");
        TimeOffRequest(r.Json, r, request, full: false);
    }

    /// <summary>The search: a POST whose body pages (page from 1, pageSize 1..200) and filters.</summary>
    private static void SearchRequests(Req r)
    {
        var body = r.RequireBody();
        var page = Req.Int(body, "page") ?? 1;
        var size = Req.Int(body, "pageSize") ?? 50;
        if (page is < 1 or > 1000 || size is < 1 or > 200)
        {
            throw ApiException.BadRequest("page must be between 1 and 1000 and pageSize between 1 and 200");
        }
        var statuses = Req.StrList(body, "statuses") ?? new List<string>();
        var users = Req.StrList(body, "users") ?? new List<string>();
        var groups = Req.StrList(body, "userGroups") ?? new List<string>();
        long? from = null, to = null;
        if (Req.Str(body, "start") is { } s && Req.Str(body, "end") is { } e)
        {
            from = TimeUtil.TryParseInstant(s, out var f) ? f : throw ApiException.BadRequest("start is not a date-time");
            to = TimeUtil.TryParseInstant(e, out var u) ? u : throw ApiException.BadRequest("end is not a date-time");
        }
        var admin = r.W.IsAdmin(r.Caller.Index);
        var groupMembers = r.W.Groups.Where(g => !g.Deleted && groups.Contains(g.Id)).SelectMany(g => g.Users).ToHashSet();
        var list = r.W.TimeOff.Requests
            .Where(q => !q.Deleted && (admin || q.User == r.Caller.Index))
            .Where(q => statuses.Count == 0 || statuses.Contains("ALL") || statuses.Contains(q.Status))
            .Where(q => users.Count == 0 || users.Contains(r.Region.Users[q.User].Id))
            .Where(q => groups.Count == 0 || groupMembers.Contains(q.User))
            .Where(q => from is null || (Bounds(r, q).Start <= to && Bounds(r, q).End >= from))
            .OrderByDescending(q => q.StartDay).ThenBy(q => q.Id, StringComparer.Ordinal).ToList();
        var w = r.Json;
        w.WriteStartObject();
        w.WriteNumber("count", list.Count);
        w.WriteStartArray("requests");
        foreach (var q in list.Skip((page - 1) * size).Take(size))
        {
            TimeOffRequest(w, r, q, full: true);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The request's first and last instant: its days counted in the user's zone.</summary>
    private static (long Start, long End) Bounds(Req r, TimeOffRequestRec q)
    {
        var zone = ZoneOf(r.Region.Users[q.User]);
        return (TimeUtil.WallToUtc(q.StartDay, zone), TimeUtil.WallToUtc(q.EndDay.AddDays(1), zone) - TimeSpan.TicksPerSecond);
    }

    /// <summary>TimeOffRequestFullV1Dto (<paramref name="full"/>) or the shorter TimeOffRequestV1Dto.</summary>
    private static void TimeOffRequest(Utf8JsonWriter w, Req r, TimeOffRequestRec q, bool full)
    {
        var t = r.W.TimeOff;
        var policy = t.Policies[q.Policy];
        var user = r.Region.Users[q.User];
        var (start, end) = Bounds(r, q);
        w.WriteStartObject();
        w.WriteString("id", q.Id);
        w.WriteString("workspaceId", r.W.Id);
        w.WriteString("policyId", policy.Id);
        w.WriteString("userId", user.Id);
        w.WriteString("note", q.Note);
        Writers.Utc(w, "createdAt", q.CreatedAt);
        w.WriteNumber("balanceDiff", q.Days);
        w.WriteStartObject("status");
        w.WriteString("statusType", q.Status);
        w.WriteString("note", q.StatusNote);
        Writers.Utc(w, "changedAt", q.ChangedAt);
        w.WriteString("changedByUserId", q.ChangedBy < 0 ? null : r.Region.Users[q.ChangedBy].Id);
        w.WriteString("changedByUserName", q.ChangedBy < 0 ? null : r.Region.Users[q.ChangedBy].Name);
        w.WriteString("changedForUserName", user.Name);
        w.WriteEndObject();
        w.WriteStartObject("timeOffPeriod");
        w.WriteBoolean("halfDay", q.HalfDay);
        w.WriteString("halfDayPeriod", q.HalfDayPeriod);
        w.WriteNull("halfDayHours");
        w.WriteStartObject("period");
        Writers.Utc(w, "start", start);
        Writers.Utc(w, "end", end);
        w.WriteEndObject();
        w.WriteEndObject();
        if (full)
        {
            w.WriteString("policyName", policy.Name);
            w.WriteString("userName", user.Name);
            w.WriteString("userEmail", user.Email);
            w.WriteString("userTimeZone", user.TimeZone ?? "UTC");
            w.WriteString("requesterUserId", user.Id);
            w.WriteString("requesterUserName", user.Name);
            w.WriteString("timeUnit", policy.TimeUnit);
            w.WriteNumber("balance", t.Balances.GetValueOrDefault((q.Policy, q.User)));
        }
        w.WriteEndObject();
    }

    // ------------------------------------------------------------------ balances
    private static void BalancesForPolicy(Req r)
    {
        var policy = r.W.TimeOff.Policies.IndexOf(FindPolicy(r, r.Value("policyId")));
        Balances(r, b => b.Policy == policy);
    }

    /// <summary>BalancesWithCountDtoV1: paged by page/page-size, with the total count (and Last-Page, as paged GETs send).</summary>
    private static void Balances(Req r, Func<(int Policy, int User), bool> keep)
    {
        var store = r.W.TimeOff;
        var list = store.Balances.Where(b => keep(b.Key) && !store.Policies[b.Key.Policy].Deleted && (r.W.IsAdmin(r.Caller.Index) || b.Key.User == r.Caller.Index))
            .OrderBy(b => b.Key.Policy).ThenBy(b => b.Key.User).ToList();
        var (page, size) = r.Paging();
        var slice = list.Skip((page - 1) * size).Take(size).ToList();
        var w = r.Json;
        w.WriteStartObject();
        w.WriteNumber("count", list.Count);
        w.WriteStartArray("balances");
        foreach (var ((p, u), value) in slice)
        {
            var policy = store.Policies[p];
            var user = r.Region.Users[u];
            var used = store.Requests.Where(q => !q.Deleted && q.Policy == p && q.User == u && q.Status == "APPROVED").Sum(q => q.Days);
            w.WriteStartObject();
            w.WriteString("id", Ids.Make(Kind.TimeOffBalance, r.Region.Index, r.W.Index, ((long)p << 24) | (uint)u));
            w.WriteString("workspaceId", r.W.Id);
            w.WriteString("userId", user.Id);
            w.WriteString("userName", user.Name);
            w.WriteString("policyId", policy.Id);
            w.WriteString("policyName", policy.Name);
            w.WriteBoolean("policyArchived", policy.Archived);
            w.WriteString("policyTimeUnit", policy.TimeUnit);
            w.WriteNumber("balance", value);
            w.WriteNumber("used", used);
            w.WriteNumber("total", value + used);
            w.WriteNumber("negativeBalanceAmount", 0);
            w.WriteBoolean("negativeBalanceLimit", !policy.AllowNegativeBalance);
            w.WriteNumber("negativeBalanceUsed", 0);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        r.LastPage((long)page * size >= list.Count);
    }

    private static void AdjustBalances(Req r)
    {
        RequireAdmin(r);
        var policy = r.W.TimeOff.Policies.IndexOf(FindPolicy(r, r.Value("policyId")));
        var body = r.RequireBody();
        var users = Req.StrList(body, "userIds") ?? throw ApiException.Missing("userIds");
        if (!body.TryGetProperty("value", out var v) || v.ValueKind != JsonValueKind.Number || v.GetDouble() is < -10000 or > 10000)
        {
            throw ApiException.BadRequest("value must be a number between -10000 and 10000");
        }
        foreach (var id in users)
        {
            var u = Member(r, id);
            r.W.TimeOff.Balances[(policy, u.Index)] = r.W.TimeOff.Balances.GetValueOrDefault((policy, u.Index)) + v.GetDouble();
        }
        r.Status = 204;
    }
}
