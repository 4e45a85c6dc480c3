using System;
using System.Linq;

namespace ClockifyPS.Emulator;

/// <summary>A few deterministic approval requests, time-off policies, requests, balances and holidays: O(users), never O(entries).</summary>
internal static class TimeOffSeeder
{
    public static void Seed(RegionStore region, Workspace ws, DateTimeOffset anchor)
    {
        var t = ws.TimeOff;
        var members = ws.Members.Keys.OrderBy(i => i).ToList();
        var monday = anchor.UtcDateTime.Date.AddDays(-(((int)anchor.UtcDateTime.DayOfWeek + 6) % 7));
        var admin = members[Math.Min(1, members.Count - 1)];
        (int Weeks, int User, string State)[] approvals = { (1, 2, "PENDING"), (2, 3, "APPROVED"), (3, 2, "REJECTED"), (1, 3, "PENDING") };
        foreach (var (weeks, user, state) in approvals)
        {
            var owner = region.Users[members[user % members.Count]];
            var zone = TimeUtil.FindZone(owner.TimeZone) ?? TimeZoneInfo.Utc;
            var start = TimeUtil.WallToUtc(monday.AddDays(-7 * weeks), zone);
            t.Approvals.Add(new ApprovalRec
            {
                Id = Ids.Make(Kind.ApprovalRequest, region.Index, ws.Index, t.Approvals.Count),
                Owner = owner.Index,
                Creator = owner.Index,
                Type = "TIMESHEET",
                Start = start,
                End = TimeUtil.WallToUtc(monday.AddDays(7 - 7 * weeks), zone) - TimeSpan.TicksPerSecond,
                State = state,
                Note = state == "REJECTED" ? "Friday is missing" : null,
                UpdatedAt = anchor.UtcTicks,
                UpdatedBy = state == "PENDING" ? owner.Index : admin,
            });
        }

        string[] policies = { "Vacation", "Sick leave", "Parental leave (old)" };
        foreach (var name in policies)
        {
            var p = t.Policies.Count;
            t.Policies.Add(new PolicyRec
            {
                Id = Ids.Make(Kind.TimeOffPolicy, region.Index, ws.Index, p),
                Name = name,
                Archived = p == 2,
                AllowHalfDay = p == 0,
                RequiresApproval = p != 1,
                EveryoneIncludingNew = true,
                Color = p == 0 ? "#4CAF50" : "#F44336",
                Icon = p == 0 ? "UMBRELLA" : "STETHOSCOPE",
            });
            foreach (var m in members)
            {
                t.Balances[(p, m)] = p == 0 ? 25 : 10;
            }
        }

        var day = anchor.UtcDateTime.Date;
        (int User, int Policy, int From, int To, string Status)[] requests = { (0, 0, -30, -28, "APPROVED"), (2, 0, 10, 12, "PENDING"), (3, 1, -5, -5, "APPROVED") };
        foreach (var (user, policy, from, to, status) in requests)
        {
            var r = new TimeOffRequestRec
            {
                Id = Ids.Make(Kind.TimeOffRequest, region.Index, ws.Index, t.Requests.Count),
                Policy = policy,
                User = members[user % members.Count],
                StartDay = day.AddDays(from),
                EndDay = day.AddDays(to),
                Note = "Seeded",
                CreatedAt = anchor.UtcTicks - TimeSpan.TicksPerDay * 40,
                Status = status,
                ChangedAt = anchor.UtcTicks - TimeSpan.TicksPerDay * 35,
                ChangedBy = status == "PENDING" ? -1 : admin,
            };
            t.Requests.Add(r);
            if (status == "APPROVED")
            {
                t.Balances[(policy, r.User)] -= r.Days;
            }
        }

        (string Name, int From, int To, bool Annual)[] holidays = { ("New Year's Day", 0, 0, true), ("Company retreat", 45, 46, false), ("Christmas Day", -7, -7, true) };
        foreach (var (name, from, to, annual) in holidays)
        {
            t.Holidays.Add(new HolidayRec
            {
                Id = Ids.Make(Kind.Holiday, region.Index, ws.Index, t.Holidays.Count),
                Name = name,
                StartDay = day.AddDays(from),
                EndDay = day.AddDays(to),
                OccursAnnually = annual,
                EveryoneIncludingNew = true,
                Color = "#8BC34A",
            });
        }
    }
}
