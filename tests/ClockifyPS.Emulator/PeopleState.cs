using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>One recorded change of an entity made through the API (seeded data is never recorded).</summary>
internal sealed record ChangeRecord(string Change, string Type, string Id, long Ticks, JsonElement? Document);

/// <summary>One audit-log record (AuditLogDtoV1) of a change made through the API.</summary>
internal sealed record AuditRecord(string Action, long Ticks, int User, string Content, string PreviousContent);

/// <summary>A member's profile fields (MemberProfileDtoV1) that can change.</summary>
internal sealed class MemberProfileState
{
    public string WeekStart { get; set; } = "MONDAY";
    public string WorkCapacity { get; set; } = "PT8H";
    public List<string> WorkingDays { get; set; } = new() { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" };
    public string ImageUrl { get; set; } = "";
}

/// <summary>A manager role a member holds (RoleRequestV1 as stored).</summary>
internal sealed record RoleGrant(string Role, string EntityId, string? SourceType);

/// <summary>
/// Issue 9 part D (people, rates, changes, audit log) state of one workspace. Everything is created lazily and
/// only by API calls, so seeding a million entries costs nothing here.
/// </summary>
internal sealed class PeopleState
{
    public Dictionary<int, string> MembershipStatus { get; } = new();
    public Dictionary<int, int> HourlyRates { get; } = new();
    public Dictionary<int, int> CostRates { get; } = new();
    public int WorkspaceHourlyRate { get; set; }
    public string WorkspaceCurrency { get; set; } = "USD";
    public int WorkspaceCostRate { get; set; }
    public Dictionary<int, List<RoleGrant>> Roles { get; } = new();
    public Dictionary<int, MemberProfileState> Profiles { get; } = new();
    public Dictionary<(int User, string Field), JsonElement> UserFieldValues { get; } = new();
    public List<ChangeRecord> Changes { get; } = new();
    public List<AuditRecord> Audit { get; } = new();

    /// <summary>The last document recorded per entity id: an update's "previous content" in the audit log.</summary>
    public Dictionary<string, string> LastDocuments { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A little deterministic data, O(1) per workspace: the admin (user 1) has rates and is team manager of user 2,
    /// who works a four-day week. Nothing is recorded as a change: seeded data predates every change window.
    /// </summary>
    public void Seed(Workspace ws, RegionStore region)
    {
        if (!ws.Members.ContainsKey(1) || !ws.Members.ContainsKey(2))
        {
            return;
        }
        HourlyRates[1] = 7500;
        CostRates[1] = 4000;
        RolesOf(1).Add(new RoleGrant("TEAM_MANAGER", region.Users[2].Id, null));
        var profile = ProfileOf(2);
        profile.WorkCapacity = "PT9H";
        profile.WorkingDays = new List<string> { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY" };
    }

    public string StatusOf(int user) => MembershipStatus.TryGetValue(user, out var s) ? s : "ACTIVE";

    public int? HourlyRateOf(int user) => HourlyRates.TryGetValue(user, out var r) ? r : null;

    public int? CostRateOf(int user) => CostRates.TryGetValue(user, out var r) ? r : null;

    public MemberProfileState ProfileOf(int user)
    {
        if (!Profiles.TryGetValue(user, out var p))
        {
            Profiles[user] = p = new MemberProfileState();
        }
        return p;
    }

    public List<RoleGrant> RolesOf(int user)
    {
        if (!Roles.TryGetValue(user, out var list))
        {
            Roles[user] = list = new List<RoleGrant>();
        }
        return list;
    }
}
