using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>Entity kinds; the code is the first byte of every id.</summary>
internal enum Kind : byte
{
    Workspace = 0x61,
    User = 0x62,
    Client = 0x63,
    Project = 0x64,
    Task = 0x65,
    Tag = 0x66,
    UserGroup = 0x67,
    TimeEntry = 0x68,
    CustomField = 0x69,

    // Approvals, time off and holidays (issue 9 part A)
    ApprovalRequest = 0x70,
    TimeOffPolicy = 0x71,
    TimeOffRequest = 0x72,
    Holiday = 0x73,
    TimeOffBalance = 0x74,

    // Expenses and invoices (issue 9, money).
    ExpenseCategory = 0x78,
    Expense = 0x79,
    ExpenseFile = 0x7a,
    Invoice = 0x7b,
    InvoicePayment = 0x7c,

    // Issue 9 part C: custom fields, webhooks, scheduling, shared reports.
    Webhook = 0x80,
    WebhookLog = 0x81,
    Assignment = 0x82,
    SharedReport = 0x83,
}

/// <summary>24-hex-digit ids (like Mongo ObjectIds) that encode kind, region, workspace and ordinal,
/// so lookups never need a dictionary: kk rr wwww oooooooooooooooo.</summary>
internal static class Ids
{
    public static string Make(Kind kind, int region, int workspace, long ordinal) =>
        string.Create(24, (kind, region, workspace, ordinal), static (span, s) => Format(span, s.kind, s.region, s.workspace, s.ordinal));

    public static void Format(Span<char> span, Kind kind, int region, int workspace, long ordinal)
    {
        ((byte)kind).TryFormat(span, out _, "x2", CultureInfo.InvariantCulture);
        ((byte)region).TryFormat(span[2..], out _, "x2", CultureInfo.InvariantCulture);
        ((ushort)workspace).TryFormat(span[4..], out _, "x4", CultureInfo.InvariantCulture);
        ordinal.TryFormat(span[8..], out _, "x16", CultureInfo.InvariantCulture);
    }

    public static bool TryParse(string? id, Kind kind, out int region, out int workspace, out int ordinal)
    {
        region = workspace = ordinal = -1;
        if (id is null || id.Length != 24)
        {
            return false;
        }
        var s = id.AsSpan();
        if (!byte.TryParse(s[..2], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var k) || k != (byte)kind
            || !byte.TryParse(s[2..4], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var r)
            || !ushort.TryParse(s[4..8], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var w)
            || !long.TryParse(s[8..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var o)
            || o < 0 || o > int.MaxValue)
        {
            return false;
        }
        region = r;
        workspace = w;
        ordinal = (int)o;
        return true;
    }
}

internal sealed class User
{
    public required string Id { get; init; }
    public required int Index { get; init; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? TimeZone { get; set; }
    public required string ApiKey { get; set; }
    public string Status { get; set; } = "ACTIVE";
}

internal sealed class Client
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public bool Archived { get; set; }
    public string? Address { get; set; }
    public string? Email { get; set; }
    public string? Note { get; set; }
    public bool Deleted { get; set; }
}

internal sealed class Project
{
    public required string Id { get; init; }
    public required int Index { get; init; }
    public required string Name { get; set; }
    public int Client { get; set; } = -1;
    public string Color { get; set; } = "#03A9F4";
    public bool Billable { get; set; }
    public bool Archived { get; set; }
    public bool IsPublic { get; set; }
    public string Note { get; set; } = "";
    public long DurationTicks { get; set; }
    public int HourlyRate { get; set; }
    public List<int> Members { get; } = new(); // user indexes
    public List<int> Tasks { get; } = new();   // task indexes
    public bool Deleted { get; set; }
}

internal sealed class TaskItem
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required int Project { get; init; }
    public string Status { get; set; } = "ACTIVE";
    public bool Billable { get; set; } = true;
    public List<string> AssigneeIds { get; set; } = new();
    public List<string> UserGroupIds { get; set; } = new();
    public string? Estimate { get; set; } = "PT0S";
    public long DurationTicks { get; set; }
    public bool Deleted { get; set; }
}

internal sealed class Tag
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public bool Archived { get; set; }
    public bool Deleted { get; set; }
}

internal sealed class UserGroup
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public List<int> Users { get; } = new();
    public bool Deleted { get; set; }
}

internal sealed class CustomField
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public string Type { get; set; } = "TXT";
    public string EntityType { get; init; } = "TIMEENTRY";
    public string? Description { get; set; }
    public string? Placeholder { get; set; }
    public bool Required { get; set; }
    public bool OnlyAdminCanEdit { get; set; }
    public string Status { get; set; } = "VISIBLE";
    public List<string> AllowedValues { get; set; } = new();
    public JsonElement? WorkspaceDefault { get; set; }
    public Dictionary<string, (JsonElement? Value, string Status)> ProjectDefaults { get; } = new(StringComparer.Ordinal); // project id ->
    public bool Deleted { get; set; }
}

/// <summary>One time entry in 40 bytes; strings and tag sets live in per-workspace tables.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct EntryRec
{
    public long Start;   // UTC ticks
    public long End;     // UTC ticks; 0 = running
    public int User;     // region user index
    public int Project;  // -1 = none
    public int Task;     // -1 = none
    public int Desc;     // index in Descriptions
    public int TagSet;   // index in TagSets (0 = no tags)
    public byte Flags;

    public const byte Billable = 1, Deleted = 2, Locked = 4, Break = 8;

    // Expenses and invoices (issue 9, money): set by PATCH /time-entries/invoiced.
    public const byte Invoiced = 16;
    public readonly bool IsBillable => (Flags & Billable) != 0;
    public readonly bool IsDeleted => (Flags & Deleted) != 0;
    public readonly bool IsRunning => End == 0;
}

internal sealed class Workspace
{
    public required string Id { get; init; }
    public required int Index { get; init; }
    public required string Name { get; set; }
    public object Sync { get; } = new();
    public Dictionary<int, string> Members { get; } = new(); // user index -> role (OWNER, ADMIN, USER)
    public List<Client> Clients { get; } = new();
    public List<Project> Projects { get; } = new();
    public List<TaskItem> Tasks { get; } = new();
    public List<Tag> Tags { get; } = new();
    public List<UserGroup> Groups { get; } = new();
    public List<CustomField> CustomFields { get; } = new();
    public WorkspaceIntegrations Integrations { get; } = new(); // issue 9 part C: webhooks, scheduling, shared reports

    public List<EntryRec> Entries { get; }
    public Dictionary<int, List<int>> ByUser { get; } = new(); // sorted ascending by (Start, ordinal)
    public Dictionary<int, int> Running { get; } = new();      // user -> running entry ordinal
    public Dictionary<int, List<(string FieldId, JsonElement Value)>> EntryCustomFields { get; } = new();
    public List<string> Descriptions { get; } = new() { "" };
    private readonly Dictionary<string, int> _descIndex = new(StringComparer.Ordinal) { [""] = 0 };
    public List<int[]> TagSets { get; } = new() { Array.Empty<int>() };
    private readonly Dictionary<string, int> _tagSetIndex = new(StringComparer.Ordinal) { [""] = 0 };
    public int LiveEntries { get; set; }
    public TimeOffStore TimeOff { get; } = new(); // approvals, time off and holidays
    public MoneyState Money { get; } = new();

    // Issue 9 part D: member status, rates, roles, profiles, entity changes and audit log.
    public PeopleState People { get; } = new();

    public Workspace(int capacity) => Entries = new List<EntryRec>(Math.Max(16, capacity));

    public bool IsAdmin(int user) => Members.TryGetValue(user, out var r) && r is "OWNER" or "ADMIN";

    public int InternDescription(string? d)
    {
        d ??= "";
        if (_descIndex.TryGetValue(d, out var i))
        {
            return i;
        }
        Descriptions.Add(d);
        return _descIndex[d] = Descriptions.Count - 1;
    }

    public int InternTagSet(IReadOnlyCollection<int> tags)
    {
        if (tags.Count == 0)
        {
            return 0;
        }
        var sorted = new int[tags.Count];
        var n = 0;
        foreach (var t in tags)
        {
            sorted[n++] = t;
        }
        Array.Sort(sorted);
        var key = string.Join(',', sorted);
        if (_tagSetIndex.TryGetValue(key, out var i))
        {
            return i;
        }
        TagSets.Add(sorted);
        return _tagSetIndex[key] = TagSets.Count - 1;
    }

    public ref EntryRec Entry(int ordinal) => ref CollectionsMarshal.AsSpan(Entries)[ordinal];

    public List<int> UserList(int user)
    {
        if (!ByUser.TryGetValue(user, out var list))
        {
            ByUser[user] = list = new List<int>();
        }
        return list;
    }

    private int Compare(int a, long startB, int b)
    {
        var c = Entries[a].Start.CompareTo(startB);
        return c != 0 ? c : a.CompareTo(b);
    }

    /// <summary>Position of (start, ordinal) in a user's sorted list (or where it would go).</summary>
    private int Find(List<int> list, long start, int ordinal)
    {
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = Compare(list[mid], start, ordinal);
            if (c == 0)
            {
                return mid;
            }
            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return ~lo;
    }

    /// <summary>First index in the user's list whose start is &gt;= ticks.</summary>
    public int LowerBound(List<int> list, long ticks)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Entries[list[mid]].Start < ticks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    public int Add(in EntryRec rec)
    {
        Entries.Add(rec);
        var ord = Entries.Count - 1;
        var list = UserList(rec.User);
        if (list.Count == 0 || Compare(list[^1], rec.Start, ord) < 0)
        {
            list.Add(ord);
        }
        else
        {
            var pos = Find(list, rec.Start, ord);
            list.Insert(pos < 0 ? ~pos : pos, ord);
        }
        if (rec.IsRunning)
        {
            Running[rec.User] = ord;
        }
        AddDuration(rec, +1);
        LiveEntries++;
        return ord;
    }

    /// <summary>Unindexes an entry before it is changed or deleted.</summary>
    public void Unlink(int ord)
    {
        ref var rec = ref Entry(ord);
        var list = UserList(rec.User);
        var pos = Find(list, rec.Start, ord);
        if (pos >= 0)
        {
            list.RemoveAt(pos);
        }
        if (Running.TryGetValue(rec.User, out var r) && r == ord)
        {
            Running.Remove(rec.User);
        }
        AddDuration(rec, -1);
        LiveEntries--;
    }

    /// <summary>Re-indexes an entry after <see cref="Unlink"/> and a change.</summary>
    public void Relink(int ord)
    {
        ref var rec = ref Entry(ord);
        var list = UserList(rec.User);
        var pos = Find(list, rec.Start, ord);
        list.Insert(pos < 0 ? ~pos : pos, ord);
        if (rec.IsRunning)
        {
            Running[rec.User] = ord;
        }
        AddDuration(rec, +1);
        LiveEntries++;
    }

    private void AddDuration(in EntryRec rec, int sign)
    {
        if (rec.IsRunning)
        {
            return;
        }
        var d = (rec.End - rec.Start) * sign;
        if (rec.Project >= 0)
        {
            Projects[rec.Project].DurationTicks += d;
        }
        if (rec.Task >= 0)
        {
            Tasks[rec.Task].DurationTicks += d;
        }
    }
}

/// <summary>All data of one region: users (with keys) and workspaces.</summary>
internal sealed class RegionStore
{
    public required string Name { get; init; }
    public required int Index { get; init; }
    public object Sync { get; } = new();
    public List<User> Users { get; } = new();
    public List<Workspace> Workspaces { get; } = new();
    public ConcurrentDictionary<string, int> KeyToUser { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, (int User, int Workspace)> AddonTokens { get; } = new(StringComparer.Ordinal);
    public bool FreePlan { get; init; }
    public string DetailedArrayName { get; init; } = "timeentries";

    public User? FindUser(string? id)
    {
        if (!Ids.TryParse(id, Kind.User, out var r, out _, out var o) || r != Index)
        {
            return null;
        }
        lock (Sync)
        {
            return o < Users.Count ? Users[o] : null;
        }
    }

    public Workspace? FindWorkspace(string? id)
    {
        if (!Ids.TryParse(id, Kind.Workspace, out var r, out _, out var o) || r != Index)
        {
            return null;
        }
        lock (Sync)
        {
            return o < Workspaces.Count ? Workspaces[o] : null;
        }
    }

    public User AddUser(string name, string email, string? timeZone, int seed)
    {
        lock (Sync)
        {
            var idx = Users.Count;
            var u = new User
            {
                Id = Ids.Make(Kind.User, Index, 0, idx),
                Index = idx,
                Name = name,
                Email = email,
                TimeZone = timeZone,
                ApiKey = MakeKey(Name, idx, seed, 0),
            };
            Users.Add(u);
            KeyToUser[u.ApiKey] = idx;
            return u;
        }
    }

    public static string MakeKey(string region, int user, int seed, int generation)
    {
        // Deterministic, unique per region/user/generation; shaped like a real key (48 chars, base64-ish).
        var raw = $"{region}|{user}|{seed}|{generation}";
        var h1 = (ulong)StableHash(raw, 0x9E3779B97F4A7C15);
        var h2 = (ulong)StableHash(raw, 0xC2B2AE3D27D4EB4F);
        var h3 = (ulong)StableHash(raw, 0x165667B19E3779F9);
        var bytes = new byte[24];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), h1);
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 8), h2);
        BitConverter.TryWriteBytes(bytes.AsSpan(16, 8), h3);
        return "E" + region.ToUpperInvariant()[..Math.Min(2, region.Length)] + Convert.ToBase64String(bytes).Replace('+', 'A').Replace('/', 'B')[..29];
    }

    private static long StableHash(string s, ulong basis)
    {
        var h = basis;
        foreach (var c in s)
        {
            h ^= c;
            h *= 0x100000001B3;
        }
        return (long)h;
    }

    public Workspace AddWorkspace(string name, int capacity)
    {
        lock (Sync)
        {
            var idx = Workspaces.Count;
            var ws = new Workspace(capacity) { Id = Ids.Make(Kind.Workspace, Index, idx, idx), Index = idx, Name = name };
            Workspaces.Add(ws);
            return ws;
        }
    }
}
