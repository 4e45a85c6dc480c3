using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>JSON shapes of the OpenAPI document, written straight with Utf8JsonWriter.</summary>
internal static class Writers
{
    public static void Id(Utf8JsonWriter w, string name, Kind kind, int region, int ws, long ordinal)
    {
        Span<char> buf = stackalloc char[24];
        Ids.Format(buf, kind, region, ws, ordinal);
        w.WriteString(name, buf);
    }

    public static void Utc(Utf8JsonWriter w, string name, long ticks)
    {
        Span<char> buf = stackalloc char[24];
        TimeUtil.TryFormatUtc(ticks, buf, out var n);
        w.WriteString(name, buf[..n]);
    }

    public static void Rate(Utf8JsonWriter w, string name, int? amount)
    {
        if (amount is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteNumber("amount", amount.Value);
        w.WriteString("currency", "USD");
        w.WriteEndObject();
    }

    public static void Membership(Utf8JsonWriter w, string userId, string targetId, string type, int? rate = null)
    {
        w.WriteStartObject();
        w.WriteString("userId", userId);
        Rate(w, "hourlyRate", rate);
        w.WriteNull("costRate");
        w.WriteString("targetId", targetId);
        w.WriteString("membershipType", type);
        w.WriteString("membershipStatus", "ACTIVE");
        w.WriteEndObject();
    }

    public static void UserSettings(Utf8JsonWriter w, User u)
    {
        if (u.TimeZone is null)
        {
            w.WriteNull("settings");
            return;
        }
        w.WriteStartObject("settings");
        w.WriteString("weekStart", "MONDAY");
        w.WriteString("timeZone", u.TimeZone);
        w.WriteString("timeFormat", "HOUR24");
        w.WriteString("dateFormat", "YYYY-MM-DD");
        w.WriteBoolean("sendNewsletter", false);
        w.WriteBoolean("weeklyUpdates", false);
        w.WriteBoolean("longRunning", false);
        w.WriteBoolean("scheduledReports", true);
        w.WriteBoolean("approval", false);
        w.WriteBoolean("pto", false);
        w.WriteBoolean("alerts", false);
        w.WriteBoolean("reminders", false);
        w.WriteBoolean("timeTrackingManual", false);
        w.WriteStartObject("summaryReportSettings");
        w.WriteString("group", "PROJECT");
        w.WriteString("subgroup", "TIME_ENTRY");
        w.WriteEndObject();
        w.WriteBoolean("isCompactViewOn", false);
        w.WriteString("dashboardSelection", "ME");
        w.WriteString("dashboardViewType", "PROJECT");
        w.WriteBoolean("dashboardPinToTop", false);
        w.WriteNumber("projectListCollapse", 50);
        w.WriteBoolean("collapseAllProjectLists", false);
        w.WriteBoolean("groupSimilarEntriesDisabled", false);
        w.WriteString("myStartOfDay", "09:00");
        w.WriteBoolean("multiFactorEnabled", false);
        w.WriteString("theme", "DEFAULT");
        w.WriteString("lang", "EN");
        w.WriteEndObject();
    }

    /// <summary>UserDtoV1. <paramref name="memberships"/>: null = [], else the workspaces to list WORKSPACE memberships for (plus PROJECT ones if asked).</summary>
    public static void User(Utf8JsonWriter w, RegionStore region, User u, IEnumerable<Workspace>? memberships, bool projectMemberships = false, bool groupMemberships = false)
    {
        w.WriteStartObject();
        w.WriteString("id", u.Id);
        w.WriteString("email", u.Email);
        w.WriteString("name", u.Name);
        w.WriteStartArray("memberships");
        if (memberships is not null)
        {
            foreach (var ws in memberships)
            {
                if (!ws.Members.ContainsKey(u.Index))
                {
                    continue;
                }
                ApiPeople.WorkspaceMembership(w, ws, u);
                if (projectMemberships)
                {
                    foreach (var p in ws.Projects)
                    {
                        if (!p.Deleted && p.Members.Contains(u.Index))
                        {
                            Membership(w, u.Id, p.Id, "PROJECT");
                        }
                    }
                }
                if (groupMemberships)
                {
                    foreach (var g in ws.Groups)
                    {
                        if (!g.Deleted && g.Users.Contains(u.Index))
                        {
                            Membership(w, u.Id, g.Id, "USERGROUP");
                        }
                    }
                }
            }
        }
        w.WriteEndArray();
        w.WriteString("profilePicture", "https://img.clockify.me/no-user-image.png");
        var home = region.Workspaces.Find(x => x.Members.ContainsKey(u.Index));
        if (home is null)
        {
            w.WriteNull("activeWorkspace");
            w.WriteNull("defaultWorkspace");
        }
        else
        {
            w.WriteString("activeWorkspace", home.Id);
            w.WriteString("defaultWorkspace", home.Id);
        }
        UserSettings(w, u);
        w.WriteString("status", u.Status);
        w.WriteStartArray("customFields");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WorkspaceDto(Utf8JsonWriter w, RegionStore region, Workspace ws)
    {
        w.WriteStartObject();
        w.WriteString("id", ws.Id);
        w.WriteString("name", ws.Name);
        ApiPeople.WorkspaceRates(w, ws);
        w.WriteStartArray("memberships");
        foreach (var m in ws.Members)
        {
            ApiPeople.WorkspaceMembership(w, ws, region.Users[m.Key]);
        }
        w.WriteEndArray();
        w.WriteStartObject("workspaceSettings");
        w.WriteBoolean("timeRoundingInReports", false);
        w.WriteBoolean("onlyAdminsSeeBillableRates", true);
        w.WriteBoolean("onlyAdminsCreateProject", true);
        w.WriteBoolean("onlyAdminsSeeDashboard", false);
        w.WriteBoolean("defaultBillableProjects", true);
        w.WriteNull("lockTimeEntries");
        w.WriteNull("lockTimeZone");
        w.WriteStartObject("round");
        w.WriteString("round", "Round to nearest");
        w.WriteString("minutes", "15");
        w.WriteEndObject();
        w.WriteString("projectFavorites", "true");
        w.WriteBoolean("canSeeTimeSheet", true);
        w.WriteBoolean("canSeeTracker", true);
        w.WriteBoolean("projectPickerSpecialFilter", false);
        w.WriteBoolean("forceProjects", false);
        w.WriteBoolean("forceTasks", false);
        w.WriteBoolean("forceTags", false);
        w.WriteBoolean("forceDescription", false);
        w.WriteBoolean("onlyAdminsSeeAllTimeEntries", false);
        w.WriteBoolean("onlyAdminsSeePublicProjectsEntries", false);
        w.WriteBoolean("trackTimeDownToSecond", true);
        w.WriteString("projectGroupingLabel", "client");
        w.WriteStartArray("adminOnlyPages");
        w.WriteEndArray();
        w.WriteNull("automaticLock");
        w.WriteBoolean("onlyAdminsCreateTag", false);
        w.WriteBoolean("onlyAdminsCreateTask", false);
        w.WriteString("timeTrackingMode", "DEFAULT");
        w.WriteBoolean("isProjectPublicByDefault", true);
        w.WriteBoolean("multiFactorEnabled", false);
        w.WriteString("durationFormat", "FULL");
        w.WriteString("numberFormat", "COMMA_PERIOD");
        w.WriteString("currencyFormat", "CURRENCY_SPACE_VALUE");
        w.WriteStartArray("workingDays");
        foreach (var d in new[] { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" })
        {
            w.WriteStringValue(d);
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteString("imageUrl", "");
        w.WriteString("featureSubscriptionType", region.FreePlan ? "FREE" : "PRO_2021");
        w.WriteStartArray("features");
        foreach (var f in region.FreePlan ? new[] { "TIME_TRACKING" } : new[] { "ADD_TIME_FOR_OTHERS", "ADMIN_PANEL", "BULK_EDIT", "CUSTOM_FIELDS", "TIME_TRACKING", "UNLIMITED_REPORTS", "WORKSPACE_TRANSFER", "CSV_EXPORT", "XLSX_EXPORT", "ONE_YEAR_RANGE_REPORTS" })
        {
            w.WriteStringValue(f);
        }
        w.WriteEndArray();
        w.WriteStartArray("currencies");
        w.WriteStartObject();
        w.WriteString("id", ws.Id[..20] + "cccc");
        w.WriteString("code", "USD");
        w.WriteBoolean("isDefault", true);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("subdomain");
        w.WriteBoolean("enabled", false);
        w.WriteNull("name");
        w.WriteEndObject();
        w.WriteNull("cakeOrganizationId");
        w.WriteEndObject();
    }

    public static void ClientDto(Utf8JsonWriter w, Workspace ws, Client c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("name", c.Name);
        w.WriteString("email", c.Email);
        w.WriteString("workspaceId", ws.Id);
        w.WriteBoolean("archived", c.Archived);
        w.WriteString("address", c.Address);
        w.WriteString("note", c.Note);
        w.WriteStartArray("ccEmails");
        w.WriteEndArray();
        w.WriteString("currencyId", ws.Id[..20] + "cccc");
        w.WriteString("currencyCode", "USD");
        w.WriteEndObject();
    }

    public static void TagDto(Utf8JsonWriter w, Workspace ws, Tag t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.WriteString("name", t.Name);
        w.WriteString("workspaceId", ws.Id);
        w.WriteBoolean("archived", t.Archived);
        w.WriteEndObject();
    }

    public static void TaskDto(Utf8JsonWriter w, Workspace ws, TaskItem t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.WriteString("name", t.Name);
        w.WriteString("projectId", ws.Projects[t.Project].Id);
        w.WriteStartArray("assigneeIds");
        foreach (var a in t.AssigneeIds)
        {
            w.WriteStringValue(a);
        }
        w.WriteEndArray();
        if (t.AssigneeIds.Count > 0)
        {
            w.WriteString("assigneeId", t.AssigneeIds[0]);
        }
        else
        {
            w.WriteNull("assigneeId");
        }
        w.WriteStartArray("userGroupIds");
        foreach (var g in t.UserGroupIds)
        {
            w.WriteStringValue(g);
        }
        w.WriteEndArray();
        w.WriteString("estimate", t.Estimate);
        w.WriteString("status", t.Status);
        w.WriteString("duration", TimeUtil.IsoDuration(t.DurationTicks));
        w.WriteBoolean("billable", t.Billable);
        w.WriteNull("hourlyRate");
        w.WriteNull("costRate");
        w.WriteNumber("budgetEstimate", 0);
        w.WriteEndObject();
    }

    public static void GroupDto(Utf8JsonWriter w, RegionStore region, Workspace ws, UserGroup g)
    {
        w.WriteStartObject();
        w.WriteString("id", g.Id);
        w.WriteString("name", g.Name);
        w.WriteString("workspaceId", ws.Id);
        w.WriteStartArray("userIds");
        foreach (var u in g.Users)
        {
            w.WriteStringValue(region.Users[u].Id);
        }
        w.WriteEndArray();
        w.WriteStartArray("teamManagers");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>ProjectDtoImplV1; hydrated adds memberships, tasks and custom fields.</summary>
    public static void ProjectDto(Utf8JsonWriter w, RegionStore region, Workspace ws, Project p, bool hydrated)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("name", p.Name);
        Rate(w, "hourlyRate", p.HourlyRate);
        w.WriteNull("costRate");
        var client = p.Client >= 0 ? ws.Clients[p.Client] : null;
        w.WriteString("clientId", client?.Id ?? "");
        w.WriteString("workspaceId", ws.Id);
        w.WriteBoolean("billable", p.Billable);
        w.WriteStartArray("memberships");
        if (hydrated)
        {
            foreach (var m in p.Members)
            {
                Membership(w, region.Users[m].Id, p.Id, "PROJECT");
            }
        }
        w.WriteEndArray();
        w.WriteString("color", p.Color);
        w.WriteStartObject("estimate");
        w.WriteString("estimate", "PT0S");
        w.WriteString("type", "AUTO");
        w.WriteEndObject();
        w.WriteBoolean("archived", p.Archived);
        w.WriteString("duration", TimeUtil.IsoDuration(p.DurationTicks));
        w.WriteString("clientName", client?.Name ?? "");
        w.WriteString("note", p.Note);
        w.WriteBoolean("template", false);
        w.WriteBoolean("public", p.IsPublic);
        w.WriteBoolean("isPublic", p.IsPublic);
        w.WriteBoolean("isTemplate", false);
        w.WriteStartObject("timeEstimate");
        w.WriteString("estimate", "PT0S");
        w.WriteString("type", "AUTO");
        w.WriteNull("resetOption");
        w.WriteBoolean("active", false);
        w.WriteBoolean("includeNonBillable", true);
        w.WriteEndObject();
        w.WriteNull("budgetEstimate");
        w.WriteNull("estimateReset");
        if (hydrated)
        {
            w.WriteStartArray("tasks");
            foreach (var ti in p.Tasks)
            {
                if (!ws.Tasks[ti].Deleted)
                {
                    TaskDto(w, ws, ws.Tasks[ti]);
                }
            }
            w.WriteEndArray();
            w.WriteStartArray("customFields");
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>TimeEntryDtoImplV1 (rates = TimeEntryWithRatesDtoV1; hydrated adds project, task, tags objects).</summary>
    public static void Entry(Utf8JsonWriter w, RegionStore region, Workspace ws, int ord, bool rates, bool hydrated)
    {
        ref readonly var e = ref ws.Entry(ord);
        w.WriteStartObject();
        Id(w, "id", Kind.TimeEntry, region.Index, ws.Index, ord);
        w.WriteString("description", ws.Descriptions[e.Desc]);
        w.WriteStartArray("tagIds");
        foreach (var t in ws.TagSets[e.TagSet])
        {
            w.WriteStringValue(ws.Tags[t].Id);
        }
        w.WriteEndArray();
        w.WriteString("userId", region.Users[e.User].Id);
        w.WriteBoolean("billable", e.IsBillable);
        if (e.Task >= 0)
        {
            w.WriteString("taskId", ws.Tasks[e.Task].Id);
        }
        else
        {
            w.WriteNull("taskId");
        }
        if (e.Project >= 0)
        {
            w.WriteString("projectId", ws.Projects[e.Project].Id);
        }
        else
        {
            w.WriteNull("projectId");
        }
        w.WriteString("workspaceId", ws.Id);
        w.WriteStartObject("timeInterval");
        Utc(w, "start", e.Start);
        if (e.IsRunning)
        {
            w.WriteNull("end");
            w.WriteNull("duration");
        }
        else
        {
            Utc(w, "end", e.End);
            w.WriteString("duration", TimeUtil.IsoDuration(e.End - e.Start));
        }
        w.WriteEndObject();
        w.WriteStartArray("customFieldValues");
        if (ws.EntryCustomFields.TryGetValue(ord, out var cfs))
        {
            foreach (var (fieldId, value) in cfs)
            {
                var field = ws.CustomFields.Find(f => f.Id == fieldId);
                w.WriteStartObject();
                w.WriteString("customFieldId", fieldId);
                Id(w, "timeEntryId", Kind.TimeEntry, region.Index, ws.Index, ord);
                w.WritePropertyName("value");
                value.WriteTo(w);
                w.WriteString("name", field?.Name ?? "");
                w.WriteString("type", field?.Type ?? "TXT");
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
        w.WriteString("type", (e.Flags & EntryRec.Break) != 0 ? "BREAK" : "REGULAR");
        w.WriteNull("kioskId");
        if (rates)
        {
            Rate(w, "hourlyRate", e.Project >= 0 && e.IsBillable ? ws.Projects[e.Project].HourlyRate : 0);
            Rate(w, "costRate", 0);
        }
        w.WriteBoolean("isLocked", (e.Flags & EntryRec.Locked) != 0);
        if (hydrated)
        {
            w.WritePropertyName("project");
            if (e.Project >= 0)
            {
                ProjectDto(w, region, ws, ws.Projects[e.Project], false);
            }
            else
            {
                w.WriteNullValue();
            }
            w.WritePropertyName("task");
            if (e.Task >= 0)
            {
                TaskDto(w, ws, ws.Tasks[e.Task]);
            }
            else
            {
                w.WriteNullValue();
            }
            w.WriteStartArray("tags");
            foreach (var t in ws.TagSets[e.TagSet])
            {
                TagDto(w, ws, ws.Tags[t]);
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}
