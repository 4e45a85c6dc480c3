using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ClockifyPS.Emulator;

internal static partial class ApiTimeOff
{
    private static HolidayRec FindHoliday(Req r) => Api.Find(r.W.TimeOff.Holidays, r, r.Value("holidayId"), Kind.Holiday, h => h.Deleted, "Holiday");

    /// <summary>Every holiday (of one user with assigned-to), whole: no paging and no Last-Page header.</summary>
    private static void ListHolidays(Req r)
    {
        var user = r.Q("assigned-to") is { } id ? Member(r, id) : null;
        WriteHolidays(r, r.W.TimeOff.Holidays.Where(h => !h.Deleted && (user is null || Assigned(r, h, user))));
    }

    private static void HolidaysInPeriod(Req r)
    {
        var user = Member(r, r.Q("assigned-to") ?? throw ApiException.Missing("assigned-to"));
        if (!TimeUtil.TryParseInstant(r.Q("start") ?? throw ApiException.Missing("start"), out var start)
            || !TimeUtil.TryParseInstant(r.Q("end") ?? throw ApiException.Missing("end"), out var end))
        {
            throw ApiException.BadRequest("start and end must be in yyyy-MM-ddThh:mm:ssZ format");
        }
        var from = new DateTime(start, DateTimeKind.Utc).Date;
        var to = new DateTime(end, DateTimeKind.Utc).Date;
        WriteHolidays(r, r.W.TimeOff.Holidays.Where(h => !h.Deleted && Assigned(r, h, user) && Overlaps(h, from, to)));
    }

    private static void CreateHoliday(Req r)
    {
        RequireAdmin(r);
        var b = r.RequireBody();
        var holidays = r.W.TimeOff.Holidays;
        var (first, last) = HolidayDays(b);
        var h = new HolidayRec
        {
            Id = Ids.Make(Kind.Holiday, r.Region.Index, r.W.Index, holidays.Count),
            Name = HolidayName(b),
            StartDay = first,
            EndDay = last,
        };
        ApplyHoliday(h, b);
        holidays.Add(h);
        r.Counters.OnCreated("holiday");
        Holiday(r.Json, r, h, deleted: false);
    }

    private static void UpdateHoliday(Req r)
    {
        RequireAdmin(r);
        var h = FindHoliday(r);
        var b = r.RequireBody();
        if (Req.Bool(b, "occursAnnually") is null)
        {
            throw ApiException.BadRequest("Field 'occursAnnually' must not be null");
        }
        (h.StartDay, h.EndDay) = HolidayDays(b);
        h.Name = HolidayName(b);
        ApplyHoliday(h, b);
        Holiday(r.Json, r, h, deleted: false);
    }

    private static void DeleteHoliday(Req r)
    {
        RequireAdmin(r);
        var h = FindHoliday(r);
        h.Deleted = true;
        r.Counters.OnDeleted("holiday");
        Holiday(r.Json, r, h, deleted: true);
    }

    private static string HolidayName(JsonElement b)
    {
        var name = Req.Str(b, "name")?.Trim() ?? throw ApiException.Missing("name");
        return name.Length is >= 1 and <= 100 ? name : throw ApiException.BadRequest("Holiday name has to be between 1 and 100 characters long");
    }

    private static (DateTime First, DateTime Last) HolidayDays(JsonElement b)
    {
        var period = Req.Obj(b, "datePeriod") ?? throw ApiException.Missing("datePeriod");
        var first = Day(Req.Str(period, "startDate"), "startDate");
        var last = Day(Req.Str(period, "endDate"), "endDate");
        return last >= first ? (first, last) : throw ApiException.BadRequest("End date must not be before start date");
    }

    private static void ApplyHoliday(HolidayRec h, JsonElement b)
    {
        h.OccursAnnually = Req.Bool(b, "occursAnnually") ?? h.OccursAnnually;
        h.EveryoneIncludingNew = Req.Bool(b, "everyoneIncludingNew") ?? h.EveryoneIncludingNew;
        h.Color = Req.Str(b, "color") ?? h.Color;
        h.UserIds = FilterIds(b, "users", h.UserIds);
        h.UserGroupIds = FilterIds(b, "userGroups", h.UserGroupIds);
    }

    private static bool Assigned(Req r, HolidayRec h, User u) =>
        h.EveryoneIncludingNew || h.UserIds.Contains(u.Id) || r.W.Groups.Any(g => !g.Deleted && h.UserGroupIds.Contains(g.Id) && g.Users.Contains(u.Index));

    /// <summary>Whether the holiday's days (in any year the window touches, for an annual one) meet [from, to].</summary>
    private static bool Overlaps(HolidayRec h, DateTime from, DateTime to)
    {
        if (!h.OccursAnnually)
        {
            return h.StartDay <= to && h.EndDay >= from;
        }
        for (var year = from.Year - 1; year <= to.Year; year++)
        {
            var shift = year - h.StartDay.Year;
            if (h.StartDay.AddYears(shift) <= to && h.EndDay.AddYears(shift) >= from)
            {
                return true;
            }
        }
        return false;
    }

    private static void WriteHolidays(Req r, IEnumerable<HolidayRec> holidays)
    {
        var w = r.Json;
        w.WriteStartArray();
        foreach (var h in holidays.OrderBy(h => h.StartDay))
        {
            Holiday(w, r, h, deleted: false);
        }
        w.WriteEndArray();
    }

    /// <summary>HolidayDtoV1, or for a delete HolidayDto (colour, names, and automaticTimeEntryCreation as an object).</summary>
    private static void Holiday(Utf8JsonWriter w, Req r, HolidayRec h, bool deleted)
    {
        w.WriteStartObject();
        w.WriteString("id", h.Id);
        w.WriteString("name", h.Name);
        w.WriteString("workspaceId", r.W.Id);
        w.WriteStartObject("datePeriod");
        Date(w, "startDate", h.StartDay);
        Date(w, "endDate", h.EndDay);
        w.WriteEndObject();
        w.WriteBoolean("occursAnnually", h.OccursAnnually);
        w.WriteBoolean("everyoneIncludingNew", h.EveryoneIncludingNew);
        Strings(w, "userIds", h.UserIds);
        Strings(w, "userGroupIds", h.UserGroupIds);
        if (deleted)
        {
            w.WriteString("color", h.Color);
            w.WriteStartObject("automaticTimeEntryCreation");
            w.WriteBoolean("enabled", false);
            w.WriteNull("defaultEntities");
            w.WriteEndObject();
            w.WriteStartArray("users");
            w.WriteEndArray();
            w.WriteStartArray("userGroups");
            w.WriteEndArray();
        }
        else
        {
            w.WriteBoolean("automaticTimeEntryCreation", false);
            w.WriteNull("projectId");
            w.WriteNull("taskId");
        }
        w.WriteEndObject();
    }
}
