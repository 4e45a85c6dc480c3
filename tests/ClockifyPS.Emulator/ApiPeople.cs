using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>
/// Issue 9 part D: entity changes, the audit log (its own /auditlog/v1 host shape), member status, invitations,
/// rates, managers, roles and member profiles. Changes are recorded by wrapping the existing write routes, so
/// their handlers stay as they are and seeded data is never recorded.
/// </summary>
internal static class ApiPeople
{
    private const string W = "/api/v1/workspaces/{workspaceId}";
    private const string U = W + "/users/{userId}";
    private const string AuditLog = "/auditlog/v1/workspaces/{workspaceId}/audit-log";

    private static readonly HashSet<string> DocumentTypes = new(StringComparer.Ordinal)
    {
        "CLIENTS", "PROJECTS", "TAGS", "TASKS", "SCHEDULED_ASSIGNMENT", "TIME_ENTRY", "TIME_ENTRY_RATE", "TIME_ENTRY_CUSTOM_FIELD_VALUE", "CUSTOM_FIELDS",
        "USER", "USER_GROUPS", "INVOICES", "APPROVAL_REQUESTS", "BALANCE", "HOLIDAYS", "PTO_POLICY", "TIME_OFF_REQUEST",
    };

    private static readonly string[] Days = { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY" };

    /// <summary>The write routes whose successes are recorded: change, document type, audit-log noun, and the route value holding the id.</summary>
    private static readonly Dictionary<(string Method, string Template), (string Change, string Type, string? Audit, string? IdKey)> Tracked = new()
    {
        [("POST", W + "/clients")] = ("created", "CLIENTS", "CLIENT", null),
        [("PUT", W + "/clients/{id}")] = ("updated", "CLIENTS", "CLIENT", "id"),
        [("DELETE", W + "/clients/{id}")] = ("deleted", "CLIENTS", "CLIENT", "id"),
        [("POST", W + "/projects")] = ("created", "PROJECTS", "PROJECT", null),
        [("PUT", W + "/projects/{projectId}")] = ("updated", "PROJECTS", "PROJECT", "projectId"),
        [("DELETE", W + "/projects/{projectId}")] = ("deleted", "PROJECTS", "PROJECT", "projectId"),
        [("POST", W + "/projects/{projectId}/tasks")] = ("created", "TASKS", "TASK", null),
        [("PUT", W + "/projects/{projectId}/tasks/{taskId}")] = ("updated", "TASKS", "TASK", "taskId"),
        [("DELETE", W + "/projects/{projectId}/tasks/{taskId}")] = ("deleted", "TASKS", "TASK", "taskId"),
        [("POST", W + "/tags")] = ("created", "TAGS", "TAG", null),
        [("PUT", W + "/tags/{id}")] = ("updated", "TAGS", "TAG", "id"),
        [("DELETE", W + "/tags/{id}")] = ("deleted", "TAGS", "TAG", "id"),
        [("POST", W + "/user-groups")] = ("created", "USER_GROUPS", null, null),
        [("PUT", W + "/user-groups/{id}")] = ("updated", "USER_GROUPS", null, "id"),
        [("DELETE", W + "/user-groups/{id}")] = ("deleted", "USER_GROUPS", null, "id"),
        [("POST", W + "/time-entries")] = ("created", "TIME_ENTRY", "TIME", null),
        [("POST", W + "/user/{userId}/time-entries")] = ("created", "TIME_ENTRY", "TIME", null),
        [("POST", W + "/user/{userId}/time-entries/{id}/duplicate")] = ("created", "TIME_ENTRY", "TIME", null),
        [("PUT", W + "/time-entries/{id}")] = ("updated", "TIME_ENTRY", "TIME", "id"),
        [("PATCH", W + "/user/{userId}/time-entries")] = ("updated", "TIME_ENTRY", "TIME", null),
        [("PUT", W + "/user/{userId}/time-entries")] = ("updated", "TIME_ENTRY", "TIME", null),
        [("DELETE", W + "/time-entries/{id}")] = ("deleted", "TIME_ENTRY", "TIME", "id"),
        [("DELETE", W + "/user/{userId}/time-entries")] = ("deleted", "TIME_ENTRY", "TIME", null),
    };

    /// <summary>Wraps the tracked write routes of <paramref name="routes"/> and adds this area's routes.</summary>
    internal static void Extend(List<Route> routes)
    {
        for (var i = 0; i < routes.Count; i++)
        {
            if (Tracked.TryGetValue((routes[i].Method, routes[i].Template), out var t))
            {
                routes[i] = routes[i] with { Handler = Track(routes[i].Handler, t.Change, t.Type, t.Audit, t.IdKey) };
            }
        }

        routes.AddRange(new[]
        {
            Api.R("GET", W + "/entities/created", Api.L(r => EntityChanges(r, "created"))),
            Api.R("GET", W + "/entities/updated", Api.L(r => EntityChanges(r, "updated"))),
            Api.R("GET", W + "/entities/deleted", Api.L(r => EntityChanges(r, "deleted"))),
            Api.R("POST", AuditLog, Api.L(QueryAuditLog)),
            Api.R("POST", W + "/users", Api.L(Invite)),
            Api.R("PUT", U, Api.L(SetStatus)),
            Api.R("DELETE", U, Api.L(RemoveMember)),
            Api.R("PUT", U + "/hourly-rate", Api.L(r => SetUserRate(r, hourly: true))),
            Api.R("PUT", U + "/cost-rate", Api.L(r => SetUserRate(r, hourly: false))),
            Api.R("PUT", W + "/hourly-rate", Api.L(r => SetWorkspaceRate(r, hourly: true))),
            Api.R("PUT", W + "/cost-rate", Api.L(r => SetWorkspaceRate(r, hourly: false))),
            Api.R("PUT", U + "/custom-field/{customFieldId}/value", Api.L(SetUserField)),
            Api.R("GET", U + "/managers", Api.L(Managers)),
            Api.R("POST", U + "/roles", Api.L(r => ChangeRole(r, add: true))),
            Api.R("DELETE", U + "/roles", Api.L(r => ChangeRole(r, add: false))),
            Api.R("GET", W + "/member-profile/{userId}", Api.L(GetProfile)),
            Api.R("PATCH", W + "/member-profile/{userId}", Api.L(UpdateProfile)),
        });
    }

    /// <summary>A workspace membership with this area's status and rates (used by the workspace and user writers).</summary>
    internal static void WorkspaceMembership(Utf8JsonWriter w, Workspace ws, User u)
    {
        w.WriteStartObject();
        w.WriteString("userId", u.Id);
        Writers.Rate(w, "hourlyRate", ws.People.HourlyRateOf(u.Index));
        Writers.Rate(w, "costRate", ws.People.CostRateOf(u.Index));
        w.WriteString("targetId", ws.Id);
        w.WriteString("membershipType", "WORKSPACE");
        w.WriteString("membershipStatus", ws.People.StatusOf(u.Index));
        w.WriteEndObject();
    }

    /// <summary>The workspace's default rates (WorkspaceDtoV1 hourlyRate and costRate).</summary>
    internal static void WorkspaceRates(Utf8JsonWriter w, Workspace ws)
    {
        w.WriteStartObject("hourlyRate");
        w.WriteNumber("amount", ws.People.WorkspaceHourlyRate);
        w.WriteString("currency", ws.People.WorkspaceCurrency);
        w.WriteEndObject();
        w.WriteStartObject("costRate");
        w.WriteNumber("amount", ws.People.WorkspaceCostRate);
        w.WriteString("currency", ws.People.WorkspaceCurrency);
        w.WriteEndObject();
    }

    // ------------------------------------------------------------------ change recording
    private static Handler Track(Handler inner, string change, string type, string? audit, string? idKey) => r =>
    {
        lock (r.W.Sync)
        {
            // A deleted time entry answers 204 with no body: keep the document as it was before the handler runs.
            JsonElement? before = change == "deleted" && type == "TIME_ENTRY" && idKey != null ? EntryDocument(r, r.Value(idKey)) : null;
            inner(r);
            if (r.Status is < 200 or >= 300)
            {
                return;
            }
            r.Flush();
            var now = DateTime.UtcNow.Ticks;
            foreach (var document in Documents(r, before))
            {
                var id = document.TryGetProperty("id", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : idKey is null ? "" : r.Value(idKey);
                Record(r, change, type, audit, id, now, document);
            }
        }
    };

    private static IEnumerable<JsonElement> Documents(Req r, JsonElement? before)
    {
        if (r.Buffer.WrittenCount == 0)
        {
            return before is { } b ? new[] { b } : Array.Empty<JsonElement>();
        }
        using var doc = JsonDocument.Parse(r.Buffer.WrittenMemory);
        var root = doc.RootElement.Clone();
        return root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : new List<JsonElement> { root };
    }

    private static JsonElement? EntryDocument(Req r, string id)
    {
        if (!Ids.TryParse(id, Kind.TimeEntry, out var reg, out var wsi, out var ord) || reg != r.Region.Index || wsi != r.W.Index || ord >= r.W.Entries.Count)
        {
            return null;
        }
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            Writers.Entry(w, r.Region, r.W, ord, rates: false, hydrated: false);
        }
        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        return doc.RootElement.Clone();
    }

    private static void Record(Req r, string change, string type, string? audit, string id, long ticks, JsonElement document)
    {
        var people = r.W.People;
        people.Changes.Add(new ChangeRecord(change, type, id, ticks, document));
        var content = document.GetRawText();
        var previous = people.LastDocuments.TryGetValue(id, out var p) ? p : "null";
        people.LastDocuments[id] = content;
        if (audit is null)
        {
            return;
        }
        var verb = change switch { "created" => "CREATE", "updated" => "UPDATE", _ => "DELETE" };
        var action = audit != "TIME" ? verb + "_" + audit : verb == "CREATE" ? "CREATE_TIME_PERSONAL_MANUAL" : verb + "_TIME_PERSONAL";
        people.Audit.Add(new AuditRecord(action, ticks, r.Caller.Index, change == "deleted" ? "null" : content, change == "created" ? "null" : previous));
    }

    // ------------------------------------------------------------------ entity changes
    private static void EntityChanges(Req r, string change)
    {
        var types = r.QMulti("type");
        if (types.Count == 0)
        {
            throw ApiException.Missing("type");
        }
        foreach (var t in types.Where(t => !DocumentTypes.Contains(t)))
        {
            throw ApiException.BadRequest($"Unsupported document type: {t}");
        }
        var (start, end) = Range(r.Q("start"), r.Q("end"));
        var page = r.QInt("page", 0);
        var limit = r.QInt("limit", 50);
        if (page < 0 || limit < 1)
        {
            throw ApiException.BadRequest("page must be 0 or more and limit 1 or more");
        }
        var inRange = r.W.People.Changes.Where(c => c.Ticks >= start && c.Ticks <= end && types.Contains(c.Type)).ToList();
        var created = inRange.Where(c => c.Change == "created").Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var list = change == "created"
            ? inRange.Where(c => c.Change == "created").ToList()
            : inRange.Where(c => c.Change == change && !created.Contains(c.Id)).GroupBy(c => c.Id).Select(g => g.Last()).ToList();
        var w = r.Json;
        w.WriteStartObject();
        w.WriteStartArray("response");
        foreach (var c in list.Skip(page * limit).Take(limit))
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("documentCode", c.Type);
            Writers.Utc(w, change + "At", c.Ticks);
            if (c.Document is { } d)
            {
                w.WritePropertyName("document");
                d.WriteTo(w);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The spec's defaults: a missing bound makes a 30-day range with the other; neither means the last 30 days.</summary>
    private static (long Start, long End) Range(string? startText, string? endText)
    {
        var month = TimeSpan.FromDays(30).Ticks;
        long start = 0, end = 0;
        if (startText is not null && !TimeUtil.TryParseInstant(startText, out start) || endText is not null && !TimeUtil.TryParseInstant(endText, out end))
        {
            throw ApiException.BadRequest("Dates must be in yyyy-MM-ddThh:mm:ssZ format");
        }
        return (startText, endText) switch
        {
            (null, null) => (DateTime.UtcNow.Ticks - month, DateTime.UtcNow.Ticks),
            (null, _) => (end - month, end),
            (_, null) => (start, start + month),
            _ => (start, end),
        };
    }

    // ------------------------------------------------------------------ audit log
    private static void QueryAuditLog(Req r)
    {
        var b = r.RequireBody();
        var actions = Req.StrList(b, "actions");
        if (actions is null || actions.Count == 0)
        {
            throw ApiException.BadRequest("actions must not be empty");
        }
        var authors = Req.Obj(b, "authors") ?? throw ApiException.BadRequest("authors must not be null");
        var ids = Req.StrList(authors, "authorIds") ?? throw ApiException.BadRequest("authors.authorIds must not be null");
        var contains = Req.Str(authors, "contains") switch
        {
            "CONTAINS" => true,
            "DOES_NOT_CONTAIN" => false,
            _ => throw ApiException.BadRequest("authors.contains must be CONTAINS or DOES_NOT_CONTAIN"),
        };
        if (!TimeUtil.TryParseInstant(Req.Str(b, "start"), out var start) || !TimeUtil.TryParseInstant(Req.Str(b, "end"), out var end))
        {
            throw ApiException.BadRequest("start and end are required in yyyy-MM-ddThh:mm:ssZ format");
        }
        var page = Req.Int(b, "page") ?? 1;
        var size = Req.Int(b, "page-size") ?? 20;
        if (page < 0 || size < 1 || size > 50)
        {
            throw ApiException.BadRequest("page-size must be between 1 and 50");
        }
        var users = r.Region.Users;
        var list = r.W.People.Audit
            .Where(a => a.Ticks >= start && a.Ticks <= end && actions.Contains(a.Action) && ids.Contains(users[a.User].Id) == contains)
            .OrderByDescending(a => a.Ticks)
            .Skip(Math.Max(0, page - 1) * size).Take(size);
        var w = r.Json;
        w.WriteStartObject();
        w.WriteStartArray("response");
        foreach (var a in list)
        {
            var u = users[a.User];
            w.WriteStartObject();
            w.WriteString("action", a.Action);
            w.WriteString("content", a.Content);
            w.WriteString("previousContent", a.PreviousContent);
            Writers.Utc(w, "timestamp", a.Ticks);
            w.WriteString("userEmail", u.Email);
            w.WriteString("userId", u.Id);
            w.WriteString("userName", u.Name);
            w.WriteString("workspaceId", r.W.Id);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    // ------------------------------------------------------------------ members
    private static void RequireAdmin(Req r)
    {
        if (!r.W.IsAdmin(r.Caller.Index))
        {
            throw ApiException.Forbidden();
        }
    }

    private static User Member(Req r, string key = "userId")
    {
        var u = r.Region.FindUser(r.Value(key));
        return u is not null && r.W.Members.ContainsKey(u.Index) ? u : throw ApiException.NotFound($"User with id {r.Value(key)} doesn't belong to Workspace");
    }

    private static void Invite(Req r)
    {
        RequireAdmin(r);
        var email = Req.Str(r.RequireBody(), "email")?.Trim();
        if (string.IsNullOrEmpty(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            throw ApiException.BadRequest("email is not valid");
        }
        User? u;
        lock (r.Region.Sync)
        {
            u = r.Region.Users.Find(x => string.Equals(x.Email, email, StringComparison.OrdinalIgnoreCase));
        }
        if (u is not null && r.W.Members.ContainsKey(u.Index))
        {
            throw ApiException.BadRequest($"User with email {email} already exists in Workspace");
        }
        u ??= r.Region.AddUser(email, email, null, 0);
        r.W.Members[u.Index] = "USER";
        r.W.People.MembershipStatus[u.Index] = "PENDING";
        Writers.WorkspaceDto(r.Json, r.Region, r.W);
    }

    private static void SetStatus(Req r)
    {
        RequireAdmin(r);
        var u = Member(r);
        var status = Req.Str(r.RequireBody(), "status");
        if (status is not ("ACTIVE" or "INACTIVE"))
        {
            throw ApiException.BadRequest("status must be ACTIVE or INACTIVE");
        }
        r.W.People.MembershipStatus[u.Index] = status;
        Writers.WorkspaceDto(r.Json, r.Region, r.W);
    }

    private static void RemoveMember(Req r)
    {
        RequireAdmin(r);
        var u = Member(r);
        if (r.W.Members[u.Index] == "OWNER")
        {
            throw ApiException.BadRequest("The workspace owner cannot be removed");
        }
        r.W.Members.Remove(u.Index);
        r.W.People.MembershipStatus.Remove(u.Index);
        Writers.WorkspaceDto(r.Json, r.Region, r.W);
    }

    private static int Amount(JsonElement body)
    {
        var amount = Req.Int(body, "amount") ?? throw ApiException.BadRequest("amount is required");
        if (amount < 0)
        {
            throw ApiException.BadRequest("amount must not be negative");
        }
        if (Req.Str(body, "since") is { } since && !TimeUtil.TryParseQueryDate(since, out _))
        {
            throw ApiException.BadRequest("since must be in yyyy-MM-ddThh:mm:ssZ format");
        }
        return amount;
    }

    private static void SetUserRate(Req r, bool hourly)
    {
        RequireAdmin(r);
        var u = Member(r);
        var amount = Amount(r.RequireBody());
        (hourly ? r.W.People.HourlyRates : r.W.People.CostRates)[u.Index] = amount;
        Writers.WorkspaceDto(r.Json, r.Region, r.W);
    }

    private static void SetWorkspaceRate(Req r, bool hourly)
    {
        RequireAdmin(r);
        var b = r.RequireBody();
        var amount = Amount(b);
        if (hourly)
        {
            r.W.People.WorkspaceCurrency = Req.Str(b, "currency") is { Length: 3 } c ? c : throw ApiException.BadRequest("currency is required");
            r.W.People.WorkspaceHourlyRate = amount;
        }
        else
        {
            r.W.People.WorkspaceCostRate = amount;
        }
        Writers.WorkspaceDto(r.Json, r.Region, r.W);
    }

    private static void SetUserField(Req r)
    {
        var u = Member(r);
        var fieldId = r.Value("customFieldId");
        var field = r.W.CustomFields.Find(f => f.Id == fieldId) ?? throw ApiException.NotFound($"Custom field with id {fieldId} doesn't exist");
        var value = r.RequireBody().TryGetProperty("value", out var v) ? v.Clone() : default;
        r.W.People.UserFieldValues[(u.Index, field.Id)] = value;
        r.Status = 201;
        var w = r.Json;
        w.WriteStartObject();
        w.WriteString("customFieldId", field.Id);
        w.WriteString("customFieldName", field.Name);
        w.WriteString("customFieldType", field.Type);
        w.WriteString("userId", u.Id);
        WriteValue(w, value);
        w.WriteEndObject();
    }

    private static void Managers(Req r)
    {
        var u = Member(r);
        var groups = r.W.Groups.Where(g => !g.Deleted && g.Users.Contains(u.Index)).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var managers = r.W.People.Roles
            .Where(kv => r.W.Members.ContainsKey(kv.Key) && kv.Value.Any(g => g.Role == "TEAM_MANAGER" && (g.SourceType is null ? g.EntityId == u.Id : groups.Contains(g.EntityId))))
            .Select(kv => r.Region.Users[kv.Key])
            .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var (page, size) = r.Paging();
        var w = r.Json;
        w.WriteStartArray();
        foreach (var m in managers.Skip((page - 1) * size).Take(size))
        {
            Writers.User(w, r.Region, m, null);
        }
        w.WriteEndArray();
        r.LastPage((long)page * size >= managers.Count);
    }

    private static void ChangeRole(Req r, bool add)
    {
        RequireAdmin(r);
        var u = Member(r);
        var b = r.RequireBody();
        var role = Req.Str(b, "role");
        var entity = Req.Str(b, "entityId");
        var source = Req.Str(b, "sourceType");
        if (role is not ("WORKSPACE_ADMIN" or "TEAM_MANAGER" or "PROJECT_MANAGER") || string.IsNullOrEmpty(entity) || source is not (null or "USER_GROUP"))
        {
            throw ApiException.BadRequest("role must be WORKSPACE_ADMIN, TEAM_MANAGER or PROJECT_MANAGER, with an entityId");
        }
        var known = role switch
        {
            "WORKSPACE_ADMIN" => entity == r.W.Id,
            "PROJECT_MANAGER" => r.W.Projects.Any(p => !p.Deleted && p.Id == entity),
            _ when source == "USER_GROUP" => r.W.Groups.Any(g => !g.Deleted && g.Id == entity),
            _ => r.Region.FindUser(entity) is { } managed && r.W.Members.ContainsKey(managed.Index),
        };
        if (!known)
        {
            throw ApiException.BadRequest($"Entity with id {entity} doesn't belong to Workspace");
        }
        var grants = r.W.People.RolesOf(u.Index);
        var grant = new RoleGrant(role, entity, source);
        if (!add)
        {
            if (!grants.Remove(grant))
            {
                throw ApiException.NotFound($"User doesn't have role {role} for {entity}");
            }
            r.Status = 204;
            return;
        }
        if (!grants.Contains(grant))
        {
            grants.Add(grant);
        }
        r.Status = 201;
        var w = r.Json;
        w.WriteStartArray();
        foreach (var g in grants)
        {
            w.WriteStartObject();
            w.WriteString("userId", u.Id);
            w.WriteString("workspaceId", r.W.Id);
            w.WriteStartObject("role");
            w.WriteString("id", g.EntityId);
            w.WriteString("name", g.Role);
            if (g.SourceType is null)
            {
                w.WriteNull("source");
            }
            else
            {
                w.WriteStartObject("source");
                w.WriteString("id", g.EntityId);
                w.WriteString("type", g.SourceType);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // ------------------------------------------------------------------ member profiles
    private static void GetProfile(Req r) => WriteProfile(r, Member(r));

    private static void UpdateProfile(Req r)
    {
        var u = Member(r);
        var b = r.RequireBody();
        var p = r.W.People.ProfileOf(u.Index);
        if (Req.Str(b, "weekStart") is { } start)
        {
            p.WeekStart = Days.Contains(start) ? start : throw ApiException.BadRequest($"weekStart {start} is not a day of the week");
        }
        if (Req.Str(b, "workCapacity") is { } capacity)
        {
            p.WorkCapacity = TimeUtil.TryParseIsoDuration(capacity, out _) ? capacity : throw ApiException.BadRequest($"workCapacity {capacity} is not an ISO-8601 duration");
        }
        if (Req.StrList(b, "workingDays") is { } days)
        {
            p.WorkingDays = days.All(Days.Contains) ? days : throw ApiException.BadRequest("workingDays must be days of the week");
        }
        if (Req.Bool(b, "removeProfileImage") == true)
        {
            p.ImageUrl = "";
        }
        if (Req.Str(b, "imageUrl") is { } image)
        {
            p.ImageUrl = image;
        }
        WriteProfile(r, u);
    }

    private static void WriteProfile(Req r, User u)
    {
        var p = r.W.People.ProfileOf(u.Index);
        var w = r.Json;
        w.WriteStartObject();
        w.WriteString("email", u.Email);
        w.WriteString("name", u.Name);
        w.WriteString("imageUrl", p.ImageUrl);
        w.WriteBoolean("hasPassword", true);
        w.WriteBoolean("hasPendingApprovalRequest", false);
        w.WriteString("weekStart", p.WeekStart);
        w.WriteString("workCapacity", p.WorkCapacity);
        w.WriteStartArray("workingDays");
        foreach (var d in p.WorkingDays)
        {
            w.WriteStringValue(d);
        }
        w.WriteEndArray();
        lock (r.Region.Sync)
        {
            w.WriteNumber("workspaceNumber", r.Region.Workspaces.Count(x => x.Members.ContainsKey(u.Index)));
        }
        w.WriteStartArray("userCustomFieldValues");
        foreach (var ((user, fieldId), value) in r.W.People.UserFieldValues)
        {
            if (user != u.Index)
            {
                continue;
            }
            var field = r.W.CustomFields.First(f => f.Id == fieldId);
            w.WriteStartObject();
            w.WriteString("customFieldId", field.Id);
            w.WriteString("name", field.Name);
            w.WriteString("type", field.Type);
            w.WriteString("sourceType", "USER");
            w.WriteString("userId", u.Id);
            WriteValue(w, value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A custom field's "value", null when the body gave none.</summary>
    private static void WriteValue(Utf8JsonWriter w, JsonElement value)
    {
        w.WritePropertyName("value");
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            w.WriteNullValue();
        }
        else
        {
            value.WriteTo(w);
        }
    }
}
