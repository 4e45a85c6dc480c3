using System;
using System.Linq;
using System.Text.Json;

namespace ClockifyPS.Emulator;

internal static partial class ApiTimeOff
{
    private static readonly string[] ApprovalTypes = { "TIMESHEET", "EXPENSE", "TIMESHEET_AND_EXPENSE" };

    private static void ListApprovals(Req r)
    {
        var status = r.Q("status");
        var types = r.QMulti("types");
        var admin = r.W.IsAdmin(r.Caller.Index);
        var list = r.W.TimeOff.Approvals
            .Where(a => (admin || a.Owner == r.Caller.Index) && (status is null || a.State.Equals(status, StringComparison.OrdinalIgnoreCase)))
            .Where(a => types.Count == 0 || types.Contains(a.Type, StringComparer.OrdinalIgnoreCase))
            .ToList();
        Func<ApprovalRec, IComparable> key = (r.Q("sort-column") ?? "").ToUpperInvariant() switch
        {
            "USER_ID" => a => r.Region.Users[a.Owner].Id,
            "START" => a => a.Start,
            "UPDATED_AT" => a => a.UpdatedAt,
            _ => a => a.Id,
        };
        list = string.Equals(r.Q("sort-order"), "DESCENDING", StringComparison.OrdinalIgnoreCase) ? list.OrderByDescending(key).ToList() : list.OrderBy(key).ToList();
        Api.Page(r, list, (w, a) => ApprovalDetails(w, r, a));
    }

    private static void Submit(Req r, User owner, string? type, bool resubmit)
    {
        var body = r.RequireBody();
        type = type?.ToUpperInvariant();
        if (type is null || !ApprovalTypes.Contains(type) || (resubmit && type == "TIMESHEET_AND_EXPENSE"))
        {
            throw ApiException.BadRequest("Approval request type is not valid");
        }
        var period = Req.Str(body, "period") ?? r.W.TimeOff.ApprovalPeriod;
        if (!period.Equals(r.W.TimeOff.ApprovalPeriod, StringComparison.OrdinalIgnoreCase))
        {
            throw ApiException.BadRequest("Approval period doesn't match workspace approval settings");
        }
        if (Req.Str(body, "periodStart") is not { } periodStart)
        {
            throw ApiException.Missing("periodStart");
        }

        // Weekly periods start on Monday in the owner's zone: a day inside the week names the week.
        var day = Day(periodStart, "periodStart");
        day = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var zone = ZoneOf(owner);
        var start = TimeUtil.WallToUtc(day, zone);
        var end = TimeUtil.WallToUtc(day.AddDays(7), zone) - TimeSpan.TicksPerSecond;
        var approvals = r.W.TimeOff.Approvals;
        var open = approvals.FirstOrDefault(a => a.Owner == owner.Index && a.Start == start && a.Type == type && a.State is "PENDING" or "APPROVED");
        if (resubmit)
        {
            // Resubmitting puts the period back in front of the approver.
            var again = open ?? throw ApiException.BadRequest("There is no submitted approval request for this period");
            again.State = "PENDING";
            again.UpdatedAt = DateTime.UtcNow.Ticks;
            again.UpdatedBy = r.Caller.Index;
            ApprovalRequest(r.Json, r, again);
            return;
        }
        if (open is not null)
        {
            throw ApiException.BadRequest("Approval request for this period already exists");
        }
        var created = new ApprovalRec
        {
            Id = Ids.Make(Kind.ApprovalRequest, r.Region.Index, r.W.Index, approvals.Count),
            Owner = owner.Index,
            Creator = r.Caller.Index,
            Type = type,
            Start = start,
            End = end,
            UpdatedAt = DateTime.UtcNow.Ticks,
            UpdatedBy = r.Caller.Index,
        };
        approvals.Add(created);
        r.Status = 201;
        r.Counters.OnCreated("approval-request");
        ApprovalRequest(r.Json, r, created);
    }

    private static void SetApprovalState(Req r)
    {
        var a = Api.Find(r.W.TimeOff.Approvals, r, r.Value("approvalRequestId"), Kind.ApprovalRequest, _ => false, "Approval request");
        var body = r.RequireBody();
        var state = Req.Str(body, "state")?.ToUpperInvariant() ?? throw ApiException.Missing("state");
        var allowed = (a.State, state) switch
        {
            ("PENDING", "APPROVED" or "REJECTED") => r.W.IsAdmin(r.Caller.Index),
            ("PENDING", "WITHDRAWN_SUBMISSION") => a.Owner == r.Caller.Index || r.W.IsAdmin(r.Caller.Index),
            ("APPROVED", "WITHDRAWN_APPROVAL") => r.W.IsAdmin(r.Caller.Index),
            _ => throw ApiException.BadRequest($"Approval request in state {a.State} can't be changed to {state}"),
        };
        if (!allowed)
        {
            throw ApiException.Forbidden();
        }
        a.State = state;
        a.Note = Req.Str(body, "note");
        a.UpdatedAt = DateTime.UtcNow.Ticks;
        a.UpdatedBy = r.Caller.Index;
        ApprovalRequest(r.Json, r, a);
    }

    /// <summary>ApprovalDetailsDtoV1: the request with the owner's time tracked in the period.</summary>
    private static void ApprovalDetails(Utf8JsonWriter w, Req r, ApprovalRec a)
    {
        long tracked = 0, billable = 0;
        var ws = r.W;
        var mine = ws.UserList(a.Owner);
        for (var i = ws.LowerBound(mine, a.Start); i < mine.Count && ws.Entries[mine[i]].Start <= a.End; i++)
        {
            var e = ws.Entries[mine[i]];
            if (!e.IsDeleted && !e.IsRunning)
            {
                tracked += e.End - e.Start;
                billable += e.IsBillable ? e.End - e.Start : 0;
            }
        }
        w.WriteStartObject();
        w.WritePropertyName("approvalRequest");
        ApprovalRequest(w, r, a);
        w.WriteString("trackedTime", TimeUtil.IsoDuration(tracked));
        w.WriteString("billableTime", TimeUtil.IsoDuration(billable));
        w.WriteString("approvedTime", TimeUtil.IsoDuration(a.State == "APPROVED" ? tracked : 0));
        w.WriteString("pendingTime", TimeUtil.IsoDuration(a.State == "PENDING" ? tracked : 0));
        w.WriteString("breakTime", "PT0S");
        w.WriteNumber("billableAmount", 0);
        w.WriteNumber("costAmount", 0);
        w.WriteNumber("expenseTotal", 0);
        w.WriteStartArray("entries");
        w.WriteEndArray();
        w.WriteStartArray("expenses");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>ApprovalRequestDtoV1.</summary>
    private static void ApprovalRequest(Utf8JsonWriter w, Req r, ApprovalRec a)
    {
        var owner = r.Region.Users[a.Owner];
        var creator = r.Region.Users[a.Creator];
        var updater = r.Region.Users[a.UpdatedBy];
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("workspaceId", r.W.Id);
        w.WriteString("type", a.Type);
        w.WriteStartObject("dateRange");
        Writers.Utc(w, "start", a.Start);
        Writers.Utc(w, "end", a.End);
        w.WriteEndObject();
        w.WriteStartObject("owner");
        w.WriteString("userId", owner.Id);
        w.WriteString("userName", owner.Name);
        w.WriteString("timeZone", owner.TimeZone ?? "UTC");
        w.WriteString("startOfWeek", "MONDAY");
        w.WriteEndObject();
        w.WriteStartObject("creator");
        w.WriteString("userId", creator.Id);
        w.WriteString("userName", creator.Name);
        w.WriteString("userEmail", creator.Email);
        w.WriteEndObject();
        w.WriteStartObject("status");
        w.WriteString("state", a.State);
        w.WriteString("note", a.Note);
        Writers.Utc(w, "updatedAt", a.UpdatedAt);
        w.WriteString("updatedBy", updater.Id);
        w.WriteString("updatedByUserName", updater.Name);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
