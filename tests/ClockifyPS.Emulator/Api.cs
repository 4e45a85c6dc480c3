using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClockifyPS.Emulator;

/// <summary>Main API (/api/v1) handlers. Workspace-scoped handlers run under the workspace lock.</summary>
internal static partial class Api
{
    private const string A = "/api/v1";
    private const string W = A + "/workspaces/{workspaceId}";

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorRegex();

    public static List<Route> Routes()
    {
        var routes = new List<Route>
        {
            R("GET", A + "/user", GetUser),
            R("GET", A + "/workspaces", GetWorkspaces),
            R("GET", W, L(GetWorkspace)),
            R("GET", W + "/users", L(GetUsers)),

            R("GET", W + "/clients", L(ListClients)),
            R("POST", W + "/clients", L(CreateClient)),
            R("GET", W + "/clients/{id}", L(GetClient)),
            R("PUT", W + "/clients/{id}", L(UpdateClient)),
            R("DELETE", W + "/clients/{id}", L(DeleteClient)),

            R("GET", W + "/projects", L(ListProjects)),
            R("POST", W + "/projects", L(CreateProject)),
            R("GET", W + "/projects/{projectId}", L(GetProject)),
            R("PUT", W + "/projects/{projectId}", L(UpdateProject)),
            R("DELETE", W + "/projects/{projectId}", L(DeleteProject)),
            R("GET", W + "/projects/{projectId}/tasks", L(ListTasks)),
            R("POST", W + "/projects/{projectId}/tasks", L(CreateTask)),
            R("GET", W + "/projects/{projectId}/tasks/{taskId}", L(GetTask)),
            R("PUT", W + "/projects/{projectId}/tasks/{taskId}", L(UpdateTask)),
            R("DELETE", W + "/projects/{projectId}/tasks/{taskId}", L(DeleteTask)),

            R("GET", W + "/tags", L(ListTags)),
            R("POST", W + "/tags", L(CreateTag)),
            R("GET", W + "/tags/{id}", L(GetTag)),
            R("PUT", W + "/tags/{id}", L(UpdateTag)),
            R("DELETE", W + "/tags/{id}", L(DeleteTag)),

            R("GET", W + "/user-groups", L(ListGroups)),
            R("POST", W + "/user-groups", L(CreateGroup)),
            R("PUT", W + "/user-groups/{id}", L(UpdateGroup)),
            R("DELETE", W + "/user-groups/{id}", L(DeleteGroup)),
            R("POST", W + "/user-groups/{userGroupId}/users", L(AddGroupUser)),
            R("DELETE", W + "/user-groups/{userGroupId}/users/{userId}", L(RemoveGroupUser)),

            R("POST", W + "/time-entries", L(r => CreateEntry(r, r.Caller))),
            R("GET", W + "/time-entries/status/in-progress", L(InProgress)),
            R("GET", W + "/time-entries/{id}", L(GetEntry)),
            R("PUT", W + "/time-entries/{id}", L(UpdateEntry)),
            R("DELETE", W + "/time-entries/{id}", L(DeleteEntry)),
            R("GET", W + "/user/{userId}/time-entries", L(ListEntries)),
            R("POST", W + "/user/{userId}/time-entries", L(r => CreateEntry(r, TargetUser(r, write: true)))),
            R("PATCH", W + "/user/{userId}/time-entries", L(StopTimer)),
            R("PUT", W + "/user/{userId}/time-entries", L(BulkUpdate)),
            R("DELETE", W + "/user/{userId}/time-entries", L(BulkDelete)),
            R("POST", W + "/user/{userId}/time-entries/{id}/duplicate", L(Duplicate)),
        };
        routes.AddRange(Reports.Routes());

        // Approvals, time off and holidays (issue 9 part A)
        routes.AddRange(ApiTimeOff.Routes());
        // Expenses and invoices (issue 9, money)
        routes.AddRange(ApiMoney.Routes());
        // Issue 9 part C: custom fields, webhooks, scheduling, shared reports.
        routes.AddRange(ApiCustomFields.Routes());
        routes.AddRange(ApiWebhooks.Routes());
        routes.AddRange(ApiScheduling.Routes());
        routes.AddRange(ReportsShared.Routes());
        // Issue 9 part D: people, rates, entity changes, audit log.
        ApiPeople.Extend(routes);
        return routes;
    }

    internal static Route R(string method, string template, Handler h) =>
        new(method, template, template.Trim('/').Split('/'), h, template.Contains("{workspaceId}", StringComparison.Ordinal));

    /// <summary>Runs the handler under the workspace lock.</summary>
    internal static Handler L(Handler h) => r =>
    {
        lock (r.W.Sync)
        {
            h(r);
        }
    };

    // ------------------------------------------------------------------ paging helpers
    internal static void Page<T>(Req r, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write, int def = 50, int cap = 5000)
    {
        var (page, size) = r.Paging(def, cap);
        var w = r.Json;
        w.WriteStartArray();
        var from = (long)(page - 1) * size;
        for (var i = from; i < Math.Min(items.Count, from + size); i++)
        {
            write(w, items[(int)i]);
        }
        w.WriteEndArray();
        r.LastPage(from + size >= items.Count);
    }

    internal static bool NameMatches(string name, string? filter, bool strict) =>
        string.IsNullOrEmpty(filter) || (strict ? string.Equals(name, filter, StringComparison.OrdinalIgnoreCase) : name.Contains(filter, StringComparison.OrdinalIgnoreCase));

    internal static T Find<T>(List<T> list, Req r, string id, Kind kind, Func<T, bool> deleted, string label) where T : class
    {
        if (Ids.TryParse(id, kind, out var reg, out var wsi, out var o) && reg == r.Region.Index && wsi == r.W.Index && o < list.Count && !deleted(list[o]))
        {
            return list[o];
        }
        throw ApiException.NotFound($"{label} with id {id} doesn't exist");
    }

    internal static int RefIndex<T>(List<T> list, Req r, string id, Kind kind, Func<T, bool> deleted, string message)
    {
        if (Ids.TryParse(id, kind, out var reg, out var wsi, out var o) && reg == r.Region.Index && wsi == r.W.Index && o < list.Count && !deleted(list[o]))
        {
            return o;
        }
        throw ApiException.BadRequest(message);
    }

    internal static string NewId(Req r, Kind kind, int ordinal) => Ids.Make(kind, r.Region.Index, r.W.Index, ordinal);

    internal static void Created(Req r, string kind)
    {
        r.Status = 201;
        r.Counters.OnCreated(kind);
    }

    internal static string ValidName(string? name, int min, int max, string what)
    {
        var n = name?.Trim() ?? "";
        if (n.Length < min || n.Length > max)
        {
            throw ApiException.BadRequest(min > 1 ? $"{what} name has to be between {min} and {max} characters long" : $"{what} name must be between {min} and {max} characters long");
        }
        return n;
    }

    // ------------------------------------------------------------------ user & workspaces
    private static void GetUser(Req r)
    {
        var include = r.QBool("include-memberships") ?? false;
        lock (r.Region.Sync)
        {
            Writers.User(r.Json, r.Region, r.Caller, include ? r.Region.Workspaces : null);
        }
    }

    private static void GetWorkspaces(Req r)
    {
        var roles = r.QMulti("roles");
        var w = r.Json;
        w.WriteStartArray();
        List<Workspace> all;
        lock (r.Region.Sync)
        {
            all = r.Region.Workspaces.ToList();
        }
        foreach (var ws in all)
        {
            lock (ws.Sync)
            {
                if (!ws.Members.TryGetValue(r.Caller.Index, out var role) || (r.AddonWorkspace >= 0 && ws.Index != r.AddonWorkspace))
                {
                    continue;
                }
                if (roles.Count > 0 && !roles.Any(x => string.Equals(x, role, StringComparison.OrdinalIgnoreCase) || (x.Equals("WORKSPACE_ADMIN", StringComparison.OrdinalIgnoreCase) && role is "ADMIN" or "OWNER")))
                {
                    continue;
                }
                Writers.WorkspaceDto(w, r.Region, ws);
            }
        }
        w.WriteEndArray();
    }

    private static void GetWorkspace(Req r) => Writers.WorkspaceDto(r.Json, r.Region, r.W);

    private static void GetUsers(Req r)
    {
        var ws = r.W;
        var email = r.Q("email");
        var name = r.Q("name");
        var status = r.Q("status");
        var projectId = r.Q("project-id");
        var mem = (r.Q("memberships") ?? "WORKSPACE").ToUpperInvariant();
        var users = ws.Members.Keys.Select(i => r.Region.Users[i])
            .Where(u => NameMatches(u.Email, email, false) && NameMatches(u.Name, name, false))
            .Where(u => string.IsNullOrEmpty(projectId) || ws.Projects.Any(p => p.Id == projectId && !p.Deleted && p.Members.Contains(u.Index)))
            .Where(u => string.IsNullOrEmpty(status) || status.Equals("ALL", StringComparison.OrdinalIgnoreCase) || status.Equals(ws.People.StatusOf(u.Index), StringComparison.OrdinalIgnoreCase))
            .ToList();
        var byEmail = string.Equals(r.Q("sort-column"), "EMAIL", StringComparison.OrdinalIgnoreCase);
        users.Sort((a, b) => byEmail ? string.Compare(a.Email, b.Email, StringComparison.OrdinalIgnoreCase) : string.Compare(a.Name, b.Name, StringComparison.OrdinalIgnoreCase));
        if (string.Equals(r.Q("sort-order"), "DESCENDING", StringComparison.OrdinalIgnoreCase))
        {
            users.Reverse();
        }
        var list = mem == "NONE" ? null : new[] { ws };
        Page(r, users, (w, u) => Writers.User(w, r.Region, u, list, mem is "PROJECT" or "ALL", mem is "USERGROUP" or "ALL"));
    }

    private static bool? ArchivedFilter(Req r)
    {
        var a = r.Q("archived");
        if (string.IsNullOrEmpty(a) || a.Equals("ALL", StringComparison.OrdinalIgnoreCase))
        {
            return null; // omitted: archived AND active
        }
        return r.QBool("archived");
    }

    // ------------------------------------------------------------------ clients
    private static void ListClients(Req r)
    {
        var archived = ArchivedFilter(r);
        var name = r.Q("name");
        var list = r.W.Clients.Where(c => !c.Deleted && (archived is null || c.Archived == archived) && NameMatches(c.Name, name, false))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        if (string.Equals(r.Q("sort-order"), "DESCENDING", StringComparison.OrdinalIgnoreCase))
        {
            list.Reverse();
        }
        Page(r, list, (w, c) => Writers.ClientDto(w, r.W, c));
    }

    private static void CreateClient(Req r)
    {
        var b = r.RequireBody();
        var name = ValidName(Req.Str(b, "name"), 1, 100, "Client");
        if (r.W.Clients.Any(c => !c.Deleted && c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiException.BadRequest($"Client with name '{name}' already exists");
        }
        var c = new Client { Id = NewId(r, Kind.Client, r.W.Clients.Count), Name = name, Address = Req.Str(b, "address"), Email = Req.Str(b, "email"), Note = Req.Str(b, "note") };
        r.W.Clients.Add(c);
        Created(r, "client");
        Writers.ClientDto(r.Json, r.W, c);
    }

    private static Client FindClient(Req r) => Find(r.W.Clients, r, r.Value("id"), Kind.Client, c => c.Deleted, "Client");

    private static void GetClient(Req r) => Writers.ClientDto(r.Json, r.W, FindClient(r));

    private static void UpdateClient(Req r)
    {
        var c = FindClient(r);
        var b = r.RequireBody();
        if (Req.Str(b, "name") is { } n)
        {
            n = ValidName(n, 1, 100, "Client");
            if (r.W.Clients.Any(x => x != c && !x.Deleted && x.Name.Equals(n, StringComparison.OrdinalIgnoreCase)))
            {
                throw ApiException.BadRequest($"Client with name '{n}' already exists");
            }
            c.Name = n;
        }
        c.Archived = Req.Bool(b, "archived") ?? c.Archived;
        c.Address = Req.Has(b, "address") ? Req.Str(b, "address") : c.Address;
        c.Email = Req.Has(b, "email") ? Req.Str(b, "email") : c.Email;
        c.Note = Req.Has(b, "note") ? Req.Str(b, "note") : c.Note;
        if (c.Archived && (r.QBool("archive-projects") ?? false))
        {
            var idx = r.W.Clients.IndexOf(c);
            foreach (var p in r.W.Projects.Where(p => p.Client == idx))
            {
                p.Archived = true;
            }
        }
        Writers.ClientDto(r.Json, r.W, c);
    }

    private static void DeleteClient(Req r)
    {
        var c = FindClient(r);
        c.Deleted = true;
        var idx = r.W.Clients.IndexOf(c);
        foreach (var p in r.W.Projects.Where(p => p.Client == idx))
        {
            p.Client = -1;
        }
        r.Counters.OnDeleted("client");
        Writers.ClientDto(r.Json, r.W, c);
    }

    // ------------------------------------------------------------------ projects
    private static void ListProjects(Req r)
    {
        var ws = r.W;
        var archived = ArchivedFilter(r);
        var billable = r.QBool("billable");
        var name = r.Q("name");
        var strict = r.QBool("strict-name-search") ?? false;
        var hydrated = r.QBool("hydrated") ?? false;
        var clients = r.QMulti("clients");
        var containsClient = r.QBool("contains-client") ?? true;
        var users = r.QMulti("users");
        var containsUser = r.QBool("contains-user") ?? true;
        var isTemplate = r.QBool("is-template");
        var userIdx = users.Select(u => r.Region.FindUser(u)?.Index ?? -1).ToHashSet();
        var list = ws.Projects.Where(p =>
        {
            if (p.Deleted || (archived is { } a && p.Archived != a) || (billable is { } bl && p.Billable != bl) || !NameMatches(p.Name, name, strict) || isTemplate == true)
            {
                return false;
            }
            if (clients.Count > 0)
            {
                var cid = p.Client >= 0 ? ws.Clients[p.Client].Id : "";
                var inList = clients.Contains(cid, StringComparer.Ordinal);
                if (inList != containsClient)
                {
                    return false;
                }
            }
            if (userIdx.Count > 0)
            {
                var member = p.Members.Any(userIdx.Contains);
                if (member != containsUser)
                {
                    return false;
                }
            }
            return true;
        }).ToList();
        var sort = r.Q("sort-column")?.ToUpperInvariant();
        list.Sort((x, y) => sort == "CLIENT_NAME"
            ? string.Compare(x.Client >= 0 ? ws.Clients[x.Client].Name : "", y.Client >= 0 ? ws.Clients[y.Client].Name : "", StringComparison.OrdinalIgnoreCase)
            : string.Compare(x.Name, y.Name, StringComparison.OrdinalIgnoreCase));
        if (string.Equals(r.Q("sort-order"), "DESCENDING", StringComparison.OrdinalIgnoreCase))
        {
            list.Reverse();
        }
        Page(r, list, (w, p) => Writers.ProjectDto(w, r.Region, ws, p, hydrated));
    }

    internal static Project FindProject(Req r) => Find(r.W.Projects, r, r.Value("projectId"), Kind.Project, p => p.Deleted, "Project");

    private static void GetProject(Req r) => Writers.ProjectDto(r.Json, r.Region, r.W, FindProject(r), r.QBool("hydrated") ?? false);

    private static void ValidateColor(string? color)
    {
        if (color is not null && !ColorRegex().IsMatch(color))
        {
            throw ApiException.BadRequest("Color must be in hexadecimal format (#RRGGBB)");
        }
    }

    private static void CheckDuplicateProject(Req r, string name, int client, Project? self)
    {
        if (r.W.Projects.Any(p => p != self && !p.Deleted && p.Client == client && p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiException.BadRequest("Project with that name already exists for this client");
        }
    }

    private static void CreateProject(Req r)
    {
        var b = r.RequireBody();
        var ws = r.W;
        var name = ValidName(Req.Str(b, "name"), 2, 250, "Project");
        var color = Req.Str(b, "color");
        ValidateColor(color);
        var client = Req.Str(b, "clientId") is { Length: > 0 } cid ? RefIndex(ws.Clients, r, cid, Kind.Client, c => c.Deleted, "Client doesn't belong to Workspace") : -1;
        CheckDuplicateProject(r, name, client, null);
        var note = Req.Str(b, "note") ?? "";
        if (note.Length > 16384)
        {
            throw ApiException.BadRequest("Note is too long");
        }
        var p = new Project
        {
            Id = NewId(r, Kind.Project, ws.Projects.Count),
            Index = ws.Projects.Count,
            Name = name,
            Client = client,
            Color = color ?? "#03A9F4",
            Billable = Req.Bool(b, "billable") ?? true,
            IsPublic = Req.Bool(b, "isPublic") ?? false,
            Note = note,
            HourlyRate = Req.Obj(b, "hourlyRate") is { } hr ? Req.Int(hr, "amount") ?? 0 : 0,
        };
        p.Members.Add(r.Caller.Index);
        if (b.TryGetProperty("memberships", out var ms) && ms.ValueKind == JsonValueKind.Array)
        {
            foreach (var m in ms.EnumerateArray())
            {
                if (r.Region.FindUser(Req.Str(m, "userId")) is { } u && ws.Members.ContainsKey(u.Index) && !p.Members.Contains(u.Index))
                {
                    p.Members.Add(u.Index);
                }
            }
        }
        ws.Projects.Add(p);
        Created(r, "project");
        if (b.TryGetProperty("tasks", out var ts) && ts.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in ts.EnumerateArray())
            {
                AddTask(r, p, ValidName(Req.Str(t, "name"), 1, 1000, "Task"), t);
            }
        }
        Writers.ProjectDto(r.Json, r.Region, ws, p, true);
    }

    private static void UpdateProject(Req r)
    {
        var p = FindProject(r);
        var b = r.RequireBody();
        var ws = r.W;
        var name = Req.Str(b, "name") is { } n ? ValidName(n, 2, 250, "Project") : p.Name;
        var color = Req.Str(b, "color");
        ValidateColor(color);
        var client = p.Client;
        if (Req.Has(b, "clientId"))
        {
            client = Req.Str(b, "clientId") is { Length: > 0 } cid ? RefIndex(ws.Clients, r, cid, Kind.Client, c => c.Deleted, "Client doesn't belong to Workspace") : -1;
        }
        CheckDuplicateProject(r, name, client, p);
        p.Name = name;
        p.Client = client;
        p.Color = color ?? p.Color;
        p.Billable = Req.Bool(b, "billable") ?? p.Billable;
        p.IsPublic = Req.Bool(b, "isPublic") ?? p.IsPublic;
        p.Archived = Req.Bool(b, "archived") ?? p.Archived;
        p.Note = Req.Str(b, "note") ?? p.Note;
        if (Req.Obj(b, "hourlyRate") is { } hr)
        {
            p.HourlyRate = Req.Int(hr, "amount") ?? p.HourlyRate;
        }
        Writers.ProjectDto(r.Json, r.Region, ws, p, true);
    }

    private static void DeleteProject(Req r)
    {
        var p = FindProject(r);
        if (!p.Archived)
        {
            throw ApiException.BadRequest("Cannot delete an active project");
        }
        p.Deleted = true;
        r.Counters.OnDeleted("project");
        Writers.ProjectDto(r.Json, r.Region, r.W, p, true);
    }

    // ------------------------------------------------------------------ tasks
    private static void ListTasks(Req r)
    {
        var p = FindProject(r);
        var name = r.Q("name");
        var strict = r.QBool("strict-name-search") ?? false;
        var active = r.QBool("is-active");
        var list = p.Tasks.Select(i => r.W.Tasks[i])
            .Where(t => !t.Deleted && NameMatches(t.Name, name, strict) && (active is null || (t.Status == "ACTIVE") == active))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Page(r, list, (w, t) => Writers.TaskDto(w, r.W, t));
    }

    private static TaskItem AddTask(Req r, Project p, string name, JsonElement b)
    {
        if (p.Tasks.Any(i => !r.W.Tasks[i].Deleted && r.W.Tasks[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiException.BadRequest($"Task with name '{name}' already exists");
        }
        var t = new TaskItem
        {
            Id = NewId(r, Kind.Task, r.W.Tasks.Count),
            Name = name,
            Project = p.Index,
            Billable = Req.Bool(b, "billable") ?? p.Billable,
            Status = Req.Str(b, "status") is "DONE" ? "DONE" : "ACTIVE",
            Estimate = Req.Str(b, "estimate") ?? "PT0S",
            AssigneeIds = Req.StrList(b, "assigneeIds") ?? (Req.Str(b, "assigneeId") is { } a ? new List<string> { a } : new List<string>()),
            UserGroupIds = Req.StrList(b, "userGroupIds") ?? new List<string>(),
        };
        p.Tasks.Add(r.W.Tasks.Count);
        r.W.Tasks.Add(t);
        r.Counters.OnCreated("task");
        return t;
    }

    private static void CreateTask(Req r)
    {
        var p = FindProject(r);
        var b = r.RequireBody();
        var t = AddTask(r, p, ValidName(Req.Str(b, "name"), 1, 1000, "Task"), b);
        r.Status = 201;
        Writers.TaskDto(r.Json, r.W, t);
    }

    private static TaskItem FindTask(Req r)
    {
        var p = FindProject(r);
        var t = Find(r.W.Tasks, r, r.Value("taskId"), Kind.Task, t => t.Deleted, "Task");
        return t.Project == p.Index ? t : throw ApiException.NotFound($"Task with id {t.Id} doesn't exist");
    }

    private static void GetTask(Req r) => Writers.TaskDto(r.Json, r.W, FindTask(r));

    private static void UpdateTask(Req r)
    {
        var t = FindTask(r);
        var b = r.RequireBody();
        var name = ValidName(Req.Str(b, "name"), 1, 1000, "Task");
        var p = r.W.Projects[t.Project];
        if (p.Tasks.Any(i => r.W.Tasks[i] != t && !r.W.Tasks[i].Deleted && r.W.Tasks[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiException.BadRequest($"Task with name '{name}' already exists");
        }
        t.Name = name;
        t.Billable = Req.Bool(b, "billable") ?? t.Billable;
        t.Status = Req.Str(b, "status") switch { "DONE" => "DONE", "ACTIVE" => "ACTIVE", _ => t.Status };
        t.Estimate = Req.Str(b, "estimate") ?? t.Estimate;
        t.AssigneeIds = Req.StrList(b, "assigneeIds") ?? t.AssigneeIds;
        t.UserGroupIds = Req.StrList(b, "userGroupIds") ?? t.UserGroupIds;
        Writers.TaskDto(r.Json, r.W, t);
    }

    private static void DeleteTask(Req r)
    {
        var t = FindTask(r);
        t.Deleted = true;
        r.Counters.OnDeleted("task");
        Writers.TaskDto(r.Json, r.W, t);
    }

    // ------------------------------------------------------------------ tags
    private static void ListTags(Req r)
    {
        var archived = ArchivedFilter(r);
        var name = r.Q("name");
        var strict = r.QBool("strict-name-search") ?? false;
        var excluded = r.QMulti("excluded-ids").ToHashSet(StringComparer.Ordinal);
        var list = r.W.Tags.Where(t => !t.Deleted && (archived is null || t.Archived == archived) && NameMatches(t.Name, name, strict) && !excluded.Contains(t.Id))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
        if (string.Equals(r.Q("sort-order"), "DESCENDING", StringComparison.OrdinalIgnoreCase))
        {
            list.Reverse();
        }
        Page(r, list, (w, t) => Writers.TagDto(w, r.W, t));
    }

    private static void CreateTag(Req r)
    {
        var b = r.RequireBody();
        var name = ValidName(Req.Str(b, "name"), 1, 100, "Tag");
        if (r.W.Tags.Any(t => !t.Deleted && t.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiException.BadRequest($"Tag with name '{name}' already exists");
        }
        var tag = new Tag { Id = NewId(r, Kind.Tag, r.W.Tags.Count), Name = name };
        r.W.Tags.Add(tag);
        Created(r, "tag");
        Writers.TagDto(r.Json, r.W, tag);
    }

    private static Tag FindTag(Req r) => Find(r.W.Tags, r, r.Value("id"), Kind.Tag, t => t.Deleted, "Tag");

    private static void GetTag(Req r) => Writers.TagDto(r.Json, r.W, FindTag(r));

    private static void UpdateTag(Req r)
    {
        var t = FindTag(r);
        var b = r.RequireBody();
        if (Req.Str(b, "name") is { } n)
        {
            n = ValidName(n, 1, 100, "Tag");
            if (r.W.Tags.Any(x => x != t && !x.Deleted && x.Name.Equals(n, StringComparison.OrdinalIgnoreCase)))
            {
                throw ApiException.BadRequest($"Tag with name '{n}' already exists");
            }
            t.Name = n;
        }
        t.Archived = Req.Bool(b, "archived") ?? t.Archived;
        Writers.TagDto(r.Json, r.W, t);
    }

    private static void DeleteTag(Req r)
    {
        var t = FindTag(r);
        t.Deleted = true;
        r.Counters.OnDeleted("tag");
        Writers.TagDto(r.Json, r.W, t);
    }

    // ------------------------------------------------------------------ user groups
    private static void ListGroups(Req r)
    {
        var name = r.Q("name");
        var projectId = r.Q("project-id");
        var list = r.W.Groups.Where(g => !g.Deleted && NameMatches(g.Name, name, false))
            .Where(g => projectId is null || r.W.Projects.Any(p => p.Id == projectId && g.Users.Any(p.Members.Contains)))
            .OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Page(r, list, (w, g) => Writers.GroupDto(w, r.Region, r.W, g));
    }

    private static void CreateGroup(Req r)
    {
        var b = r.RequireBody();
        var name = ValidName(Req.Str(b, "name"), 1, 100, "User group");
        if (r.W.Groups.Any(g => !g.Deleted && g.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiException.BadRequest($"User group with name '{name}' already exists");
        }
        var g = new UserGroup { Id = NewId(r, Kind.UserGroup, r.W.Groups.Count), Name = name };
        r.W.Groups.Add(g);
        Created(r, "userGroup");
        Writers.GroupDto(r.Json, r.Region, r.W, g);
    }

    private static UserGroup FindGroup(Req r, string key) => Find(r.W.Groups, r, r.Value(key), Kind.UserGroup, g => g.Deleted, "User group");

    private static void UpdateGroup(Req r)
    {
        var g = FindGroup(r, "id");
        var b = r.RequireBody();
        if (Req.Str(b, "name") is { } n)
        {
            n = ValidName(n, 1, 100, "User group");
            if (r.W.Groups.Any(x => x != g && !x.Deleted && x.Name.Equals(n, StringComparison.OrdinalIgnoreCase)))
            {
                throw ApiException.BadRequest($"User group with name '{n}' already exists");
            }
            g.Name = n;
        }
        Writers.GroupDto(r.Json, r.Region, r.W, g);
    }

    private static void DeleteGroup(Req r)
    {
        var g = FindGroup(r, "id");
        g.Deleted = true;
        r.Counters.OnDeleted("userGroup");
        Writers.GroupDto(r.Json, r.Region, r.W, g);
    }

    private static void AddGroupUser(Req r)
    {
        var g = FindGroup(r, "userGroupId");
        var b = r.RequireBody();
        var u = r.Region.FindUser(Req.Str(b, "userId"));
        if (u is null || !r.W.Members.ContainsKey(u.Index))
        {
            throw ApiException.BadRequest("User doesn't belong to Workspace");
        }
        if (!g.Users.Contains(u.Index))
        {
            g.Users.Add(u.Index);
        }
        Writers.GroupDto(r.Json, r.Region, r.W, g);
    }

    private static void RemoveGroupUser(Req r)
    {
        var g = FindGroup(r, "userGroupId");
        var u = r.Region.FindUser(r.Value("userId")) ?? throw ApiException.NotFound("User not found");
        g.Users.Remove(u.Index);
        Writers.GroupDto(r.Json, r.Region, r.W, g);
    }
}
