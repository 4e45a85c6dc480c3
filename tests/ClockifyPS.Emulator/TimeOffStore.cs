using System;
using System.Collections.Generic;

namespace ClockifyPS.Emulator;

/// <summary>A workspace's approvals, time-off policies, requests, balances and holidays (hung on <see cref="Workspace"/>).</summary>
internal sealed class TimeOffStore
{
    /// <summary>The workspace's approval period setting; a submission must name the same one.</summary>
    public string ApprovalPeriod { get; set; } = "WEEKLY";

    public List<ApprovalRec> Approvals { get; } = new();
    public List<PolicyRec> Policies { get; } = new();
    public List<TimeOffRequestRec> Requests { get; } = new();
    public Dictionary<(int Policy, int User), double> Balances { get; } = new();
    public List<HolidayRec> Holidays { get; } = new();
}

internal sealed class ApprovalRec
{
    public required string Id { get; init; }
    public required int Owner { get; init; }     // region user index
    public required int Creator { get; init; }
    public required string Type { get; init; }
    public required long Start { get; init; }    // UTC ticks, midnight in the owner's zone
    public required long End { get; init; }
    public string State { get; set; } = "PENDING";
    public string? Note { get; set; }
    public long UpdatedAt { get; set; }
    public int UpdatedBy { get; set; }
}

internal sealed class PolicyRec
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public bool Archived { get; set; }
    public bool AllowHalfDay { get; set; }
    public bool AllowNegativeBalance { get; set; }
    public bool RequiresApproval { get; set; } = true;
    public bool EveryoneIncludingNew { get; set; }
    public string? Color { get; set; }
    public string? Icon { get; set; }
    public string TimeUnit { get; set; } = "DAYS";
    public List<string> UserIds { get; set; } = new();
    public List<string> UserGroupIds { get; set; } = new();
    public bool Deleted { get; set; }
}

internal sealed class TimeOffRequestRec
{
    public required string Id { get; init; }
    public required int Policy { get; init; }
    public required int User { get; init; }
    public required DateTime StartDay { get; init; }
    public required DateTime EndDay { get; init; }
    public bool HalfDay { get; init; }
    public string HalfDayPeriod { get; init; } = "NOT_DEFINED";
    public string? Note { get; init; }
    public long CreatedAt { get; init; }
    public string Status { get; set; } = "PENDING";
    public string? StatusNote { get; set; }
    public long ChangedAt { get; set; }
    public int ChangedBy { get; set; } = -1;
    public bool Deleted { get; set; }

    /// <summary>Days taken from the balance: half a day, or every day of the period.</summary>
    public double Days => HalfDay ? 0.5 : (EndDay - StartDay).Days + 1;
}

internal sealed class HolidayRec
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required DateTime StartDay { get; set; }
    public required DateTime EndDay { get; set; }
    public bool OccursAnnually { get; set; }
    public bool EveryoneIncludingNew { get; set; }
    public string? Color { get; set; }
    public List<string> UserIds { get; set; } = new();
    public List<string> UserGroupIds { get; set; } = new();
    public bool Deleted { get; set; }
}
