using System;
using System.Collections.Generic;
using System.Linq;

namespace ClockifyPS.Emulator;

/// <summary>One emulated region: its own port, users, keys and workspaces.</summary>
public sealed class EmulatedRegion
{
    private readonly RegionStore _store;

    internal EmulatedRegion(RegionStore store, Uri baseUri)
    {
        _store = store;
        BaseUri = baseUri;
        var primary = store.Users[0];
        UserId = primary.Id;
        UserEmail = primary.Email;
        WorkspaceId = store.Workspaces[0].Id;
        AddonToken = store.AddonTokens.Keys.First();
    }

    public string Name => _store.Name;
    /// <summary>http://127.0.0.1:PORT/ (main API under /api/v1, reports under /report/v1).</summary>
    public Uri BaseUri { get; }
    /// <summary>Main API base: {BaseUri}api/v1</summary>
    public Uri ApiUri => new(BaseUri, "api/v1");
    /// <summary>Reports base: {BaseUri}report/v1</summary>
    public Uri ReportsUri => new(BaseUri, "report/v1");
    /// <summary>The primary user's current personal key (X-Api-Key).</summary>
    public string ApiKey => _store.Users[0].ApiKey;
    /// <summary>An X-Addon-Token accepted in this region, scoped to <see cref="WorkspaceId"/>.</summary>
    public string AddonToken { get; }
    /// <summary>The primary workspace (activeWorkspace/defaultWorkspace of the primary user; holds the seeded entries).</summary>
    public string WorkspaceId { get; }
    /// <summary>A second small workspace the primary user owns.</summary>
    public string SecondWorkspaceId => _store.Workspaces[1].Id;
    /// <summary>A workspace in this region the primary user is NOT a member of (403 Access Denied).</summary>
    public string ForeignWorkspaceId => _store.Workspaces[2].Id;
    /// <summary>The primary user (OWNER of the primary workspace).</summary>
    public string UserId { get; }
    public string UserEmail { get; }

    /// <summary>Ids of all users of the region, the primary user first.</summary>
    public IReadOnlyList<string> UserIds
    {
        get
        {
            lock (_store.Sync)
            {
                return _store.Users.Select(u => u.Id).ToArray();
            }
        }
    }

    /// <summary>Personal API key of any user (user 1 is an ADMIN, the others plain USERs).</summary>
    public string ApiKeyFor(string userId) => (_store.FindUser(userId) ?? throw new ArgumentException("Unknown user.", nameof(userId))).ApiKey;

    /// <summary>Profile time zone (settings.timeZone) of a user; null means "settings": null.</summary>
    public string? UserTimeZone(string userId) => (_store.FindUser(userId) ?? throw new ArgumentException("Unknown user.", nameof(userId))).TimeZone;

    public void SetUserTimeZone(string userId, string? timeZone)
    {
        var u = _store.FindUser(userId) ?? throw new ArgumentException("Unknown user.", nameof(userId));
        if (timeZone is not null && TimeUtil.FindZone(timeZone) is null)
        {
            throw new ArgumentException($"Unknown time zone '{timeZone}'.", nameof(timeZone));
        }
        u.TimeZone = timeZone;
    }

    /// <summary>Issues a new key for the primary user; the old one now answers 401 code 4003, as after a region move.</summary>
    public string RotateApiKey()
    {
        var u = _store.Users[0];
        lock (_store.Sync)
        {
            _store.KeyToUser.TryRemove(u.ApiKey, out _);
            u.ApiKey = RegionStore.MakeKey(_store.Name + "-rotated", 0, Environment.TickCount, _store.KeyToUser.Count + Random.Shared.Next());
            _store.KeyToUser[u.ApiKey] = 0;
            return u.ApiKey;
        }
    }

    /// <summary>Live (not deleted) time entries of a workspace.</summary>
    public int TimeEntryCount(string workspaceId)
    {
        var ws = _store.FindWorkspace(workspaceId) ?? throw new ArgumentException("Unknown workspace.", nameof(workspaceId));
        lock (ws.Sync)
        {
            return ws.LiveEntries;
        }
    }

    /// <summary>Live time entries of one user in a workspace.</summary>
    public int TimeEntryCount(string workspaceId, string userId)
    {
        var ws = _store.FindWorkspace(workspaceId) ?? throw new ArgumentException("Unknown workspace.", nameof(workspaceId));
        var u = _store.FindUser(userId) ?? throw new ArgumentException("Unknown user.", nameof(userId));
        lock (ws.Sync)
        {
            return ws.ByUser.TryGetValue(u.Index, out var l) ? l.Count : 0;
        }
    }

    /// <summary>Whether a time entry is marked invoiced (Clockify's entry DTOs do not say; expenses and invoices, issue 9).</summary>
    public bool IsInvoiced(string workspaceId, string entryId)
    {
        var ws = _store.FindWorkspace(workspaceId) ?? throw new ArgumentException("Unknown workspace.", nameof(workspaceId));
        lock (ws.Sync)
        {
            return Ids.TryParse(entryId, Kind.TimeEntry, out _, out _, out var o) && o < ws.Entries.Count && (ws.Entries[o].Flags & EntryRec.Invoiced) != 0;
        }
    }

    /// <summary>Counts of live entities of a kind ("project", "client", "tag", "task", "userGroup") in a workspace.</summary>
    public int EntityCount(string workspaceId, string kind)
    {
        var ws = _store.FindWorkspace(workspaceId) ?? throw new ArgumentException("Unknown workspace.", nameof(workspaceId));
        lock (ws.Sync)
        {
            return kind.ToUpperInvariant() switch
            {
                "PROJECT" => ws.Projects.Count(p => !p.Deleted),
                "CLIENT" => ws.Clients.Count(c => !c.Deleted),
                "TAG" => ws.Tags.Count(t => !t.Deleted),
                "TASK" => ws.Tasks.Count(t => !t.Deleted),
                "USERGROUP" => ws.Groups.Count(g => !g.Deleted),
                "TIMEENTRY" => ws.LiveEntries,
                _ => throw new ArgumentException($"Unknown kind '{kind}'.", nameof(kind)),
            };
        }
    }

    /// <summary>Adds an empty workspace owned by the primary user and returns its id.</summary>
    public string AddWorkspace(string name)
    {
        var ws = _store.AddWorkspace(name, 0);
        lock (ws.Sync)
        {
            ws.Members[0] = "OWNER";
        }
        return ws.Id;
    }

    /// <summary>Adds a user to the region (member of the primary workspace) and returns its id.</summary>
    public string AddUser(string name, string email, string? timeZone, string role = "USER")
    {
        var u = _store.AddUser(name, email, timeZone, Environment.TickCount);
        var ws = _store.Workspaces[0];
        lock (ws.Sync)
        {
            ws.Members[u.Index] = role;
        }
        return u.Id;
    }

    public override string ToString() => $"{Name} {BaseUri} key={ApiKey} workspace={WorkspaceId}";
}
