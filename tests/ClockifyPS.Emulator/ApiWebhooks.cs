using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>
/// Webhooks (/webhooks): the list comes in a WebhooksDtoV1 envelope, DELETE answers 200 with no body, the log
/// search is a POST that pages from 0 with page/size and sends no Last-Page, PATCH /token issues a new token.
/// Only workspace admins manage webhooks.
/// </summary>
internal static class ApiWebhooks
{
    private const string W = "/api/v1/workspaces/{workspaceId}/webhooks";

    private static readonly string[] Events =
    {
        "NEW_PROJECT", "NEW_TASK", "NEW_CLIENT", "NEW_TIMER_STARTED", "TIMER_STOPPED", "TIME_ENTRY_UPDATED", "TIME_ENTRY_DELETED", "TIME_ENTRY_SPLIT",
        "NEW_TIME_ENTRY", "TIME_ENTRY_RESTORED", "NEW_TAG", "USER_DELETED_FROM_WORKSPACE", "USER_JOINED_WORKSPACE", "USER_DEACTIVATED_ON_WORKSPACE",
        "USER_ACTIVATED_ON_WORKSPACE", "USER_EMAIL_CHANGED", "USER_UPDATED", "NEW_INVOICE", "INVOICE_UPDATED", "NEW_APPROVAL_REQUEST",
        "APPROVAL_REQUEST_STATUS_UPDATED", "TIME_OFF_REQUESTED", "TIME_OFF_REQUEST_UPDATED", "TIME_OFF_REQUEST_APPROVED", "TIME_OFF_REQUEST_REJECTED",
        "TIME_OFF_REQUEST_STARTED", "TIME_OFF_REQUEST_WITHDRAWN", "BALANCE_UPDATED", "TAG_UPDATED", "TAG_DELETED", "TASK_UPDATED", "CLIENT_UPDATED",
        "TASK_DELETED", "CLIENT_DELETED", "EXPENSE_RESTORED", "ASSIGNMENT_CREATED", "ASSIGNMENT_DELETED", "ASSIGNMENT_PUBLISHED", "ASSIGNMENT_UPDATED",
        "EXPENSE_CREATED", "EXPENSE_DELETED", "EXPENSE_UPDATED", "PROJECT_UPDATED", "PROJECT_DELETED", "USER_GROUP_CREATED", "USER_GROUP_UPDATED",
        "USER_GROUP_DELETED", "USERS_INVITED_TO_WORKSPACE", "LIMITED_USERS_ADDED_TO_WORKSPACE", "COST_RATE_UPDATED", "BILLABLE_RATE_UPDATED",
    };

    private static readonly string[] SourceTypes = { "PROJECT_ID", "USER_ID", "TAG_ID", "TASK_ID", "WORKSPACE_ID", "ASSIGNMENT_ID", "EXPENSE_ID" };

    /// <summary>Delivery attempts seeded for the first webhook: enough for several log pages.</summary>
    public const int SeededLogs = 120;

    internal static List<Route> Routes() => new()
    {
        Api.R("GET", W, Api.L(List)),
        Api.R("POST", W, Api.L(Create)),
        Api.R("GET", W + "/{webhookId}", Api.L(Get)),
        Api.R("PUT", W + "/{webhookId}", Api.L(Update)),
        Api.R("DELETE", W + "/{webhookId}", Api.L(Delete)),
        Api.R("POST", W + "/{webhookId}/logs", Api.L(Logs)),
        Api.R("PATCH", W + "/{webhookId}/token", Api.L(NewToken)),
    };

    /// <summary>One workspace-wide NEW_TIME_ENTRY webhook with a log of deliveries, every third one failed.</summary>
    internal static void Seed(RegionStore region, Workspace ws, DateTimeOffset anchor)
    {
        var hooks = ws.Integrations;
        var hook = new Webhook
        {
            Id = Ids.Make(Kind.Webhook, region.Index, ws.Index, 0),
            Ordinal = 0,
            Name = "Payroll sync",
            Url = "https://hooks.example.test/clockify",
            Event = "NEW_TIME_ENTRY",
            SourceType = "WORKSPACE_ID",
            Sources = new() { ws.Id },
            Token = Token(region, ws, 0, 0),
            UserId = region.Users[0].Id,
        };
        hooks.Webhooks.Add(hook);
        for (var i = 0; i < SeededLogs; i++)
        {
            var failed = i % 3 == 2;
            hooks.WebhookLogs.Add(new WebhookLogRec(
                Ids.Make(Kind.WebhookLog, region.Index, ws.Index, i), 0, failed ? 502 : 200, anchor.UtcTicks + i * TimeSpan.TicksPerHour,
                "{\"id\":\"" + Ids.Make(Kind.TimeEntry, region.Index, ws.Index, i) + "\",\"description\":\"Entry " + i + "\"}", failed ? "Bad gateway" : "ok"));
        }
    }

    private static string Token(RegionStore region, Workspace ws, int ordinal, int generation) =>
        EmulatorSecrets.Issue(RegionStore.MakeKey(region.Name + "-webhook-" + ws.Index, ordinal, 7, generation));

    private static void RequireAdmin(Req r)
    {
        if (!r.W.IsAdmin(r.Caller.Index))
        {
            throw ApiException.Forbidden();
        }
    }

    private static void List(Req r)
    {
        RequireAdmin(r);
        var type = r.Q("type");
        if (type is not null && type is not ("USER_CREATED" or "SYSTEM" or "ADDON"))
        {
            throw new ApiException(400, 3002, $"Failed to convert value of type 'java.lang.String' to required type 'WebhookType'; No enum constant {type}");
        }
        var live = r.W.Integrations.Webhooks.Where(h => !h.Deleted).ToList();
        var w = r.Json;
        w.WriteStartObject();
        w.WriteStartArray("webhooks");
        // Every webhook here was made by a user: SYSTEM and ADDON filters find none.
        foreach (var h in live.Where(_ => type is null or "USER_CREATED"))
        {
            Dto(w, r.W, h);
        }
        w.WriteEndArray();
        w.WriteNumber("workspaceWebhookCount", live.Count);
        w.WriteEndObject();
    }

    private static Webhook Find(Req r)
    {
        RequireAdmin(r);
        return Api.Find(r.W.Integrations.Webhooks, r, r.Value("webhookId"), Kind.Webhook, h => h.Deleted, "Webhook");
    }

    private static void Get(Req r) => Dto(r.Json, r.W, Find(r));

    private static void Create(Req r)
    {
        RequireAdmin(r);
        var b = r.RequireBody();
        var hooks = r.W.Integrations.Webhooks;
        var h = new Webhook
        {
            Id = Api.NewId(r, Kind.Webhook, hooks.Count),
            Ordinal = hooks.Count,
            Url = "",
            Event = "",
            SourceType = "",
            Token = Token(r.Region, r.W, hooks.Count, 0),
            UserId = r.Caller.Id,
        };
        Apply(r, h, b);
        hooks.Add(h);
        Api.Created(r, "webhook");
        Dto(r.Json, r.W, h);
    }

    private static void Update(Req r)
    {
        var h = Find(r);
        Apply(r, h, r.RequireBody());
        Dto(r.Json, r.W, h);
    }

    private static void Delete(Req r)
    {
        Find(r).Deleted = true;
        r.Counters.OnDeleted("webhook");
    }

    private static void NewToken(Req r)
    {
        var h = Find(r);
        h.TokenGeneration++;
        h.Token = Token(r.Region, r.W, h.Ordinal, h.TokenGeneration);
        Dto(r.Json, r.W, h);
    }

    /// <summary>CreateWebhookRequestV1 / UpdateWebhookRequestV1: url, webhookEvent, triggerSourceType and triggerSource are required.</summary>
    private static void Apply(Req r, Webhook h, JsonElement b)
    {
        string Required(string name) => Req.Str(b, name) is { Length: > 0 } v ? v : throw new ApiException(400, 3001, $"Field '{name}' is required");
        var name = Req.Str(b, "name");
        if (name is not null && (name.Trim().Length < 2 || name.Trim().Length > 30))
        {
            throw ApiException.BadRequest("Webhook name has to be between 2 and 30 characters long");
        }
        var url = Required("url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            throw ApiException.BadRequest("Webhook url is not valid");
        }
        var ev = Required("webhookEvent");
        var type = Required("triggerSourceType");
        if (!Events.Contains(ev) || !SourceTypes.Contains(type))
        {
            throw new ApiException(400, 3002, $"JSON parse error: Cannot deserialize value of type `WebhookEventType` from String \"{(Events.Contains(ev) ? type : ev)}\"");
        }
        var sources = Req.StrList(b, "triggerSource") ?? throw new ApiException(400, 3001, "Field 'triggerSource' is required");
        if (sources.Count == 0 || (type == "WORKSPACE_ID" && sources.Any(s => s != r.W.Id)))
        {
            throw ApiException.BadRequest("Trigger source is not valid");
        }
        h.Name = name?.Trim() ?? h.Name;
        h.Url = url;
        h.Event = ev;
        h.SourceType = type;
        h.Sources = sources;
    }

    /// <summary>The log search: a body filter, and pages from 0 in the query with size (default 50), no Last-Page.</summary>
    private static void Logs(Req r)
    {
        var h = Find(r);
        var page = r.QInt("page", 0);
        var size = r.QInt("size", 50);
        if (page < 0 || size < 1)
        {
            throw ApiException.BadRequest("Page must not be negative and size must be at least 1");
        }
        var b = r.Body ?? default;
        long? from = Time(b, "from"), to = Time(b, "to");
        var status = Req.Str(b, "status") ?? "ALL";
        var logs = r.W.Integrations.WebhookLogs.Where(l => l.Webhook == h.Ordinal
            && (from is null || l.RespondedTicks >= from) && (to is null || l.RespondedTicks <= to)
            && (status == "ALL" || (status == "SUCCEEDED") == (l.StatusCode is >= 200 and < 300)));
        logs = Req.Bool(b, "sortByNewest") == true ? logs.OrderByDescending(l => l.RespondedTicks) : logs.OrderBy(l => l.RespondedTicks);
        var w = r.Json;
        w.WriteStartArray();
        foreach (var l in logs.Skip(page * size).Take(size))
        {
            w.WriteStartObject();
            w.WriteString("id", l.Id);
            w.WriteString("webhookId", h.Id);
            w.WriteString("webhookEventStatusId", l.Id);
            w.WriteNumber("statusCode", l.StatusCode);
            Writers.Utc(w, "respondedAt", l.RespondedTicks);
            w.WriteString("requestBody", l.RequestBody);
            w.WriteString("responseBody", l.ResponseBody);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static long? Time(JsonElement b, string name) =>
        Req.Str(b, name) is not { } text ? null
        : TimeUtil.TryParseInstant(text, out var ticks) ? ticks
        : throw ApiException.BadRequest($"Invalid date '{text}'");

    private static void Dto(Utf8JsonWriter w, Workspace ws, Webhook h)
    {
        w.WriteStartObject();
        w.WriteString("id", h.Id);
        w.WriteString("name", h.Name);
        w.WriteString("url", h.Url);
        w.WriteString("webhookEvent", h.Event);
        w.WriteString("triggerSourceType", h.SourceType);
        w.WriteStartArray("triggerSource");
        h.Sources.ForEach(w.WriteStringValue);
        w.WriteEndArray();
        w.WriteString("authToken", h.Token);
        w.WriteBoolean("enabled", true);
        w.WriteBoolean("deliveryEnabled", true);
        w.WriteBoolean("planEnabled", true);
        w.WriteString("userId", h.UserId);
        w.WriteString("workspaceId", ws.Id);
        w.WriteEndObject();
    }
}
