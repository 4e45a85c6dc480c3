using System;
using System.Collections.Generic;

namespace ClockifyPS.Emulator;

/// <summary>Deterministic seed data: users across time zones, clients, projects, tasks, tags, groups, entries over a year.</summary>
internal static class Seeder
{
    private static readonly string[] Zones =
    {
        "Europe/London", "Europe/Berlin", "Asia/Kolkata", "", "Asia/Tokyo", "Australia/Sydney", "America/Los_Angeles",
        "America/Sao_Paulo", "Pacific/Auckland", "Africa/Nairobi", "America/New_York", "UTC", "America/Chicago", "Asia/Singapore",
    };

    private static readonly string[] FirstNames = { "Ada", "Grace", "Alan", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger", "Hedy", "Tim", "Radia", "Donald", "Anita", "John" };
    private static readonly string[] LastNames = { "Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen", "Dijkstra", "Lamarr", "Berners-Lee", "Perlman", "Knuth", "Borg", "Backus" };
    private static readonly string[] ClientNames = { "Acme Corp", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises", "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Aperture" };
    private static readonly string[] ProjectWords = { "Apollo", "Gemini", "Mercury", "Voyager", "Pioneer", "Viking", "Cassini", "Galileo", "Juno", "Hubble", "Kepler", "Artemis", "Orion", "Skylab", "Magellan", "Rosetta" };
    private static readonly string[] Colors = { "#03A9F4", "#E91E63", "#4CAF50", "#FF9800", "#9C27B0", "#795548", "#607D8B", "#F44336" };
    private static readonly string[] TagNames = { "meeting", "development", "support", "research", "admin", "travel", "review", "legacy" };
    private static readonly string[] Descriptions =
    {
        "", "Standup", "Code review", "Bug fixing", "Planning", "Customer call", "Documentation", "Refactoring", "Deployment",
        "Design session", "Email", "Research spike", "Testing", "Pairing", "Sprint retro", "Onboarding", "Report writing",
        "Incident follow-up", "Backlog grooming", "Ünïcödé ✓ entry", "Quote \"test\", comma",
    };

    public static void Seed(RegionStore region, EmulatorOptions o)
    {
        var rnd = new Random(o.RandomSeed);
        var n = Math.Max(0, o.TimeEntryCount);
        var userCount = o.UserCount > 0 ? o.UserCount : Math.Clamp(n / 2000, 5, 500);

        var regionLower = region.Name.ToUpperInvariant() == "GLOBAL" ? "global" : region.Name.ToLowerInvariant();
        var primary = region.AddUser("Emulator Owner", $"owner@{regionLower}.emulator.test", o.PrimaryUserTimeZone, o.RandomSeed);
        for (var i = 1; i < userCount; i++)
        {
            var zone = Zones[(i - 1) % Zones.Length];
            var name = $"{FirstNames[i % FirstNames.Length]} {LastNames[(i / FirstNames.Length + i) % LastNames.Length]}";
            region.AddUser(name, $"user{i:D3}@{regionLower}.emulator.test", zone.Length == 0 ? null : zone, o.RandomSeed);
        }

        var ws = region.AddWorkspace("Emulator Workspace", n);
        ws.Members[primary.Index] = "OWNER";
        for (var i = 1; i < userCount; i++)
        {
            ws.Members[i] = i == 1 ? "ADMIN" : "USER";
        }
        PopulateCatalog(region, ws, rnd, userCount, n == 0 ? 6 : Math.Clamp(userCount / 2 + 4, 6, 200));
        GenerateEntries(ws, region, rnd, n, o.SeedAnchor.UtcTicks);

        var second = region.AddWorkspace("Second Workspace", 0);
        second.Members[primary.Index] = "OWNER";
        second.Members[1 % userCount] = "USER";
        PopulateCatalog(region, second, new Random(o.RandomSeed + 1), Math.Min(userCount, 2), 6);

        // A workspace the primary user does not belong to (403 Access Denied).
        var foreign = region.AddWorkspace("Foreign Workspace", 0);
        foreign.Members[1 % userCount] = "OWNER";

        region.AddonTokens[RegionStore.MakeKey(region.Name + "-addon", 0, o.RandomSeed, 0)] = (primary.Index, ws.Index);

        // Approvals, time off and holidays (issue 9 part A)
        TimeOffSeeder.Seed(region, ws, o.SeedAnchor);
        // Issue 9 part D: member rates, a team manager and a member profile in the main workspace.
        ws.People.Seed(ws, region);

        // Expenses and invoices (issue 9, money): a few per workspace, independent of the entry count.
        ApiMoney.Seed(region, ws, o.SeedAnchor.UtcTicks);
        ApiMoney.Seed(region, second, o.SeedAnchor.UtcTicks);

        // Issue 9 part C: custom fields, webhooks, scheduling, shared reports (a few per workspace).
        ApiCustomFields.Seed(region, ws);
        ApiWebhooks.Seed(region, ws, o.SeedAnchor);
        ApiScheduling.Seed(region, ws, o.SeedAnchor);
        ReportsShared.Seed(region, ws, o.SeedAnchor);
    }

    private static void PopulateCatalog(RegionStore region, Workspace ws, Random rnd, int userCount, int projectCount)
    {
        var clientCount = Math.Clamp(projectCount / 4, 3, ClientNames.Length * 4);
        for (var c = 0; c < clientCount; c++)
        {
            var name = c < ClientNames.Length ? ClientNames[c] : $"{ClientNames[c % ClientNames.Length]} {c / ClientNames.Length + 1}";
            ws.Clients.Add(new Client { Id = Ids.Make(Kind.Client, region.Index, ws.Index, ws.Clients.Count), Name = name, Archived = c == clientCount - 1 && c > 2, Email = $"billing{c}@client.test" });
        }
        for (var t = 0; t < TagNames.Length; t++)
        {
            ws.Tags.Add(new Tag { Id = Ids.Make(Kind.Tag, region.Index, ws.Index, ws.Tags.Count), Name = TagNames[t], Archived = t == TagNames.Length - 1 });
        }
        string[] groupNames = { "Engineering", "Sales", "Support" };
        foreach (var g in groupNames)
        {
            ws.Groups.Add(new UserGroup { Id = Ids.Make(Kind.UserGroup, region.Index, ws.Index, ws.Groups.Count), Name = g });
        }
        foreach (var u in ws.Members.Keys)
        {
            ws.Groups[u % groupNames.Length].Users.Add(u);
        }
        ws.CustomFields.Add(new CustomField { Id = Ids.Make(Kind.CustomField, region.Index, ws.Index, 0), Name = "Ticket", Type = "TXT" });

        var members = new List<int>(ws.Members.Keys);
        members.Sort();
        for (var p = 0; p < projectCount; p++)
        {
            var proj = new Project
            {
                Id = Ids.Make(Kind.Project, region.Index, ws.Index, p),
                Index = p,
                Name = p < ProjectWords.Length ? ProjectWords[p] : $"{ProjectWords[p % ProjectWords.Length]} {p / ProjectWords.Length + 1}",
                Client = p % 5 == 4 ? -1 : p % clientCount,
                Color = Colors[p % Colors.Length],
                Billable = p % 3 != 2,
                Archived = p == projectCount - 1,
                IsPublic = p % 2 == 0,
                HourlyRate = p % 3 != 2 ? 5000 + 500 * (p % 7) : 0,
                Note = p == 0 ? "The first project" : "",
            };
            proj.Members.Add(members[0]);
            foreach (var m in members)
            {
                if (m != members[0] && rnd.Next(3) == 0)
                {
                    proj.Members.Add(m);
                }
            }
            ws.Projects.Add(proj);
            foreach (var tn in new[] { "Design", "Build", "Review" })
            {
                var task = new TaskItem
                {
                    Id = Ids.Make(Kind.Task, region.Index, ws.Index, ws.Tasks.Count),
                    Name = tn,
                    Project = p,
                    Status = tn == "Review" && p % 4 == 3 ? "DONE" : "ACTIVE",
                    Billable = proj.Billable,
                };
                proj.Tasks.Add(ws.Tasks.Count);
                ws.Tasks.Add(task);
            }
        }
        _ = userCount;
    }

    private static void GenerateEntries(Workspace ws, RegionStore region, Random rnd, int n, long anchorTicks)
    {
        if (n == 0)
        {
            return;
        }
        foreach (var d in Descriptions)
        {
            ws.InternDescription(d);
        }
        var tagSets = new List<int>();
        for (var a = 0; a < ws.Tags.Count - 1; a++)
        {
            tagSets.Add(ws.InternTagSet(new[] { a }));
            tagSets.Add(ws.InternTagSet(new[] { a, (a + 3) % (ws.Tags.Count - 1) }));
        }
        var activeProjects = new List<int>();
        foreach (var p in ws.Projects)
        {
            if (!p.Archived)
            {
                activeProjects.Add(p.Index);
            }
        }
        var users = new List<int>(ws.Members.Keys);
        users.Sort();
        var anchorDay = new DateTime(anchorTicks, DateTimeKind.Utc).Date;
        const int days = 365;
        var perDay = new int[days];
        for (var ui = 0; ui < users.Count; ui++)
        {
            var user = region.Users[users[ui]];
            var tz = TimeUtil.FindZone(user.TimeZone) ?? TimeZoneInfo.Utc;
            var count = n / users.Count + (ui < n % users.Count ? 1 : 0);
            if (count == 0)
            {
                continue;
            }
            Array.Clear(perDay);
            for (var i = 0; i < count; i++)
            {
                perDay[(int)((long)i * days / count)]++;
            }
            for (var d = 0; d < days; d++)
            {
                var c = perDay[d];
                if (c == 0)
                {
                    continue;
                }
                var localDay = anchorDay.AddDays(d - days);
                var dayStartUtc = TimeUtil.WallToUtc(localDay.AddHours(8), tz);
                // Entries fit in a 10-hour working day: slot per entry, no overlaps, at least 1 minute each.
                var slotMinutes = Math.Max(1, Math.Min(180, 600 / c));
                var maxPerDay = Math.Max(c, 1);
                for (var s = 0; s < maxPerDay; s++)
                {
                    var slotStart = (long)s * 600 / maxPerDay;
                    var startMin = slotStart + (slotMinutes >= 8 ? rnd.Next(slotMinutes / 4) : 0);
                    var durMin = slotMinutes >= 4 ? rnd.Next(Math.Max(1, slotMinutes / 3), Math.Max(2, slotMinutes * 9 / 10)) : 1;
                    var start = dayStartUtc + startMin * TimeSpan.TicksPerMinute;
                    var project = rnd.Next(10) == 0 ? -1 : activeProjects[rnd.Next(activeProjects.Count)];
                    var task = -1;
                    if (project >= 0 && rnd.Next(2) == 0)
                    {
                        var tasks = ws.Projects[project].Tasks;
                        task = tasks[rnd.Next(tasks.Count)];
                    }
                    var rec = new EntryRec
                    {
                        Start = start,
                        End = start + durMin * TimeSpan.TicksPerMinute,
                        User = user.Index,
                        Project = project,
                        Task = task,
                        Desc = rnd.Next(Descriptions.Length),
                        TagSet = rnd.Next(10) < 3 ? tagSets[rnd.Next(tagSets.Count)] : 0,
                        Flags = project >= 0 && ws.Projects[project].Billable ? EntryRec.Billable : (byte)0,
                    };
                    ws.Add(rec);
                }
            }
        }
    }
}
