using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>A workspace's webhooks, scheduling assignments and shared reports (issue 9 part C).</summary>
internal sealed class WorkspaceIntegrations
{
    public List<Webhook> Webhooks { get; } = new();
    public List<WebhookLogRec> WebhookLogs { get; } = new();
    public List<Assignment> Assignments { get; } = new();
    public List<SharedReport> SharedReports { get; } = new();
}

internal sealed class SharedReport
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string Type { get; init; }
    public required int Author { get; init; } // region user index
    public bool IsPublic { get; set; }
    public bool FixedDate { get; set; }
    public List<string> VisibleUsers { get; set; } = new();
    public List<string> VisibleGroups { get; set; } = new();
    public required JsonElement Filter { get; init; }
    public bool Deleted { get; set; }
}

internal sealed class Assignment
{
    public required string Id { get; init; }
    public required int User { get; set; }
    public required int Project { get; init; }
    public int Task { get; set; } = -1;
    public long Start { get; set; }
    public long End { get; set; }
    public double HoursPerDay { get; set; }
    public string? StartTime { get; set; }
    public string? Note { get; set; }
    public bool Billable { get; set; }
    public bool IncludeNonWorkingDays { get; set; }
    public bool Published { get; set; }
    public string? SeriesId { get; set; }
    public int Weeks { get; set; }
    public bool Deleted { get; set; }
}

internal sealed class Webhook
{
    public required string Id { get; init; }
    public required int Ordinal { get; init; }
    public string? Name { get; set; }
    public required string Url { get; set; }
    public required string Event { get; set; }
    public required string SourceType { get; set; }
    public List<string> Sources { get; set; } = new();
    public required string Token { get; set; }
    public int TokenGeneration { get; set; }
    public required string UserId { get; init; }
    public bool Deleted { get; set; }
}

internal sealed record WebhookLogRec(string Id, int Webhook, int StatusCode, long RespondedTicks, string RequestBody, string ResponseBody);

/// <summary>
/// Every secret the emulator hands out besides API keys (webhook signing tokens): a test's leak scan checks
/// the module's output against these, so a token can never slip out unnoticed.
/// </summary>
public static class EmulatorSecrets
{
    private static readonly ConcurrentDictionary<string, bool> Known = new(StringComparer.Ordinal);

    /// <summary>The secrets issued so far, by every emulator in this process.</summary>
    public static ICollection<string> Issued => Known.Keys;

    internal static string Issue(string secret)
    {
        Known[secret] = true;
        return secret;
    }
}
