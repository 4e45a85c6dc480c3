using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ClockifyPS.Emulator;

internal static partial class ApiTimeOff
{
    private static readonly string[] PolicyUpdateRequired = { "allowHalfDay", "allowNegativeBalance", "approve", "archived", "everyoneIncludingNew", "hasExpiration", "name" };

    private static PolicyRec FindPolicy(Req r, string id) => Api.Find(r.W.TimeOff.Policies, r, id, Kind.TimeOffPolicy, p => p.Deleted, "Policy");

    private static void ListPolicies(Req r)
    {
        if (r.Paging(50, int.MaxValue).Size > 200)
        {
            throw ApiException.BadRequest("page-size must be less than or equal to 200");
        }
        var status = (r.Q("status") ?? "ACTIVE").ToUpperInvariant();
        var name = r.Q("name");
        var list = r.W.TimeOff.Policies
            .Where(p => !p.Deleted && (status == "ALL" || p.Archived == (status == "ARCHIVED")))
            .Where(p => string.IsNullOrEmpty(name) || p.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Api.Page(r, list, (w, p) => Policy(w, r, p));
    }

    private static void CreatePolicy(Req r)
    {
        RequireAdmin(r);
        var b = r.RequireBody();
        if (Req.Obj(b, "approve") is null)
        {
            throw ApiException.Missing("approve");
        }
        var policies = r.W.TimeOff.Policies;
        var p = new PolicyRec
        {
            Id = Ids.Make(Kind.TimeOffPolicy, r.Region.Index, r.W.Index, policies.Count),
            Name = PolicyName(r, b, null),
            TimeUnit = Req.Str(b, "timeUnit") ?? "DAYS",
        };
        ApplyPolicy(p, b);
        policies.Add(p);
        foreach (var m in r.W.Members.Keys)
        {
            r.W.TimeOff.Balances[(policies.Count - 1, m)] = 0;
        }
        r.Status = 201;
        r.Counters.OnCreated("time-off-policy");
        Policy(r.Json, r, p);
    }

    private static void UpdatePolicy(Req r)
    {
        RequireAdmin(r);
        var p = FindPolicy(r, r.Value("id"));
        var b = r.RequireBody();
        foreach (var field in PolicyUpdateRequired)
        {
            if (!Req.Has(b, field))
            {
                throw ApiException.BadRequest($"Field '{field}' must not be null");
            }
        }
        p.Name = PolicyName(r, b, p);
        p.Archived = Req.Bool(b, "archived") ?? p.Archived;
        ApplyPolicy(p, b);
        Policy(r.Json, r, p);
    }

    private static void SetPolicyStatus(Req r)
    {
        RequireAdmin(r);
        var p = FindPolicy(r, r.Value("id"));
        p.Archived = (Req.Str(r.RequireBody(), "status") ?? throw ApiException.Missing("status")).ToUpperInvariant() switch
        {
            "ARCHIVED" => true,
            "ACTIVE" => false,
            var other => throw ApiException.BadRequest($"Status {other} can't be set on a policy"),
        };
        Policy(r.Json, r, p);
    }

    private static void DeletePolicy(Req r)
    {
        RequireAdmin(r);
        FindPolicy(r, r.Value("id")).Deleted = true;
        r.Counters.OnDeleted("time-off-policy");
    }

    private static string PolicyName(Req r, JsonElement b, PolicyRec? self)
    {
        var name = Req.Str(b, "name")?.Trim() ?? "";
        if (name.Length is < 1 or > 100)
        {
            throw ApiException.BadRequest("Policy name has to be between 1 and 100 characters long");
        }
        if (r.W.TimeOff.Policies.Any(p => p != self && !p.Deleted && p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiException.BadRequest($"Policy with name '{name}' already exists");
        }
        return name;
    }

    /// <summary>The settings create and update share.</summary>
    private static void ApplyPolicy(PolicyRec p, JsonElement b)
    {
        p.AllowHalfDay = Req.Bool(b, "allowHalfDay") ?? p.AllowHalfDay;
        p.AllowNegativeBalance = Req.Bool(b, "allowNegativeBalance") ?? p.AllowNegativeBalance;
        p.EveryoneIncludingNew = Req.Bool(b, "everyoneIncludingNew") ?? p.EveryoneIncludingNew;
        p.RequiresApproval = Req.Obj(b, "approve") is { } a ? Req.Bool(a, "requiresApproval") ?? false : p.RequiresApproval;
        p.Color = Req.Str(b, "color") ?? p.Color;
        p.Icon = Req.Str(b, "icon") ?? p.Icon;
        p.UserIds = FilterIds(b, "users", p.UserIds);
        p.UserGroupIds = FilterIds(b, "userGroups", p.UserGroupIds);
    }

    /// <summary>Whether a policy covers a user: everyone, by id, or through a group.</summary>
    private static bool Covers(Req r, PolicyRec p, User u) =>
        p.EveryoneIncludingNew || p.UserIds.Contains(u.Id) || r.W.Groups.Any(g => !g.Deleted && p.UserGroupIds.Contains(g.Id) && g.Users.Contains(u.Index));

    /// <summary>PolicyDtoV1 (which documents no hasExpiration, so none is sent).</summary>
    private static void Policy(Utf8JsonWriter w, Req r, PolicyRec p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("name", p.Name);
        w.WriteString("workspaceId", r.W.Id);
        w.WriteBoolean("archived", p.Archived);
        w.WriteBoolean("allowHalfDay", p.AllowHalfDay);
        w.WriteBoolean("allowNegativeBalance", p.AllowNegativeBalance);
        w.WriteBoolean("everyoneIncludingNew", p.EveryoneIncludingNew);
        w.WriteString("color", p.Color);
        w.WriteString("icon", p.Icon);
        w.WriteString("timeUnit", p.TimeUnit);
        w.WriteNull("projectId");
        w.WriteStartObject("approve");
        w.WriteBoolean("requiresApproval", p.RequiresApproval);
        w.WriteBoolean("teamManagers", p.RequiresApproval);
        w.WriteBoolean("specificMembers", false);
        Strings(w, "userIds", Array.Empty<string>());
        w.WriteEndObject();
        Strings(w, "userIds", p.UserIds);
        Strings(w, "userGroupIds", p.UserGroupIds);
        w.WriteNull("automaticAccrual");
        w.WriteNull("negativeBalance");
        w.WriteNull("automaticTimeEntryCreation");
        w.WriteEndObject();
    }
}
