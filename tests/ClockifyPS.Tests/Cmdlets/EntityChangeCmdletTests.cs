using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

/// <summary>Entity changes (incremental sync) and the audit log against the emulator.</summary>
public class EntityChangeCmdletTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public EntityChangeCmdletTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void Incremental_sync_sees_exactly_the_changes_made_since_the_last_read()
    {
        using PowerShellHost host = Connected();
        string since = NextSecond();
        var before = host.Run("Get-ClockifyEntityChange -Since $args[0]", since).Succeeded().Output;
        string tagName = "sync-" + Guid.NewGuid().ToString("N")[..8];

        string created = (string)host.Run("(New-ClockifyTag -Name $args[0]).Id", tagName).Succeeded().Single.BaseObject;
        string renamed = (string)host.Run("(Get-ClockifyTag | Select-FirstObject 1 | Set-ClockifyTag -Name $args[0] -PassThru).Id", tagName + "-renamed").Succeeded().Single.BaseObject;
        string entry = (string)host.Run("$e = New-ClockifyTimeEntry -Start '2026-03-02T09:00:00Z' -End '2026-03-02T10:00:00Z' -Description sync; $e | Set-ClockifyTimeEntry -Description sync2; $e.Id").Succeeded().Single.BaseObject;
        string client = (string)host.Run("$c = Get-ClockifyClient | Select-FirstObject 1; $c | Remove-ClockifyClient -Confirm:$false; $c.Id").Succeeded().Single.BaseObject;
        var after = host.Run("Get-ClockifyEntityChange -Since $args[0]", since).Succeeded().Output;

        Assert.Empty(before);
        var seen = after.Select(c => (c.Properties["ChangeType"].Value.ToString()!, (string)c.Properties["EntityType"].Value, (string)c.Properties["EntityId"].Value)).ToList();
        Assert.Equal(
            new[] { ("Created", "TAGS", created), ("Created", "TIME_ENTRY", entry), ("Updated", "TAGS", renamed), ("Deleted", "CLIENTS", client) }.OrderBy(x => x.Item1).ThenBy(x => x.Item2),
            seen.OrderBy(x => x.Item1).ThenBy(x => x.Item2));
        Assert.All(after, c => Assert.Equal("ClockifyPS.Models.ClockifyEntityChange", c.BaseObject.GetType().FullName));
        Assert.All(after, c => Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)c.Properties["Time"].Value).Offset));
        PSObject tag = after.Single(c => (string)c.Properties["EntityId"].Value == created);
        Assert.Equal(tagName, PSObject.AsPSObject(tag.Properties["Document"].Value).Properties["name"].Value);
    }

    [Fact]
    public void An_entity_created_in_the_window_is_only_created_and_one_updated_twice_is_listed_once()
    {
        using PowerShellHost host = Connected();
        string since = NextSecond();
        string name = "brief-" + Guid.NewGuid().ToString("N")[..8];
        string fleeting = (string)host.Run("$t = New-ClockifyTag -Name $args[0]; $t | Remove-ClockifyTag -Confirm:$false; $t.Id", name).Succeeded().Single.BaseObject;
        string twice = (string)host.Run("$t = Get-ClockifyTag | Select-FirstObject 1; $t | Set-ClockifyTag -Name ($args[0] + 'a'); $t | Set-ClockifyTag -Name ($args[0] + 'b'); $t.Id", name).Succeeded().Single.BaseObject;

        var changes = host.Run("Get-ClockifyEntityChange -Since $args[0] -EntityType TAGS", since).Succeeded().Output;

        PSObject created = Assert.Single(changes, c => c.Properties["ChangeType"].Value.ToString() == "Created");
        PSObject updated = Assert.Single(changes, c => c.Properties["ChangeType"].Value.ToString() == "Updated");
        Assert.DoesNotContain(changes, c => c.Properties["ChangeType"].Value.ToString() == "Deleted");
        Assert.Equal(fleeting, created.Properties["EntityId"].Value);
        Assert.Equal(twice, updated.Properties["EntityId"].Value);
        Assert.Equal(name + "b", PSObject.AsPSObject(updated.Properties["Document"].Value).Properties["name"].Value);
    }

    [Fact]
    public void Type_and_entity_type_filter_and_paging_counts_from_zero()
    {
        using PowerShellHost host = Connected();
        string since = NextSecond();
        string prefix = "page-" + Guid.NewGuid().ToString("N")[..6];
        host.Run("$p = $args[0]; 1..3 | ForEach-Object { New-ClockifyTag -Name ($p + $_) } | Out-Null; New-ClockifyClient -Name ($p + 'client') | Out-Null", prefix).Succeeded();
        long pagesBefore = fixture.Emulator.Counters.Count("GET", "/api/v1/workspaces/{workspaceId}/entities/created");

        var tags = host.Run("Get-ClockifyEntityChange -Since $args[0] -Type Created -EntityType TAGS", since).Succeeded().Output;
        var window = host.Run("Get-ClockifyEntityChange -Since $args[0] -Type Created -EntityType TAGS,CLIENTS -Skip 1 -First 2", since).Succeeded().Output;
        var deleted = host.Run("Get-ClockifyEntityChange -Since $args[0] -Type Deleted", since).Succeeded().Output;

        Assert.Equal(3, tags.Count);
        Assert.All(tags, t => Assert.Equal("TAGS", t.Properties["EntityType"].Value));
        Assert.Equal(2, window.Count);
        Assert.Empty(deleted);
        Assert.Equal(2, fixture.Emulator.Counters.Count("GET", "/api/v1/workspaces/{workspaceId}/entities/created") - pagesBefore);
    }

    [Fact]
    public void Bad_ranges_are_refused_before_any_request()
    {
        using PowerShellHost host = Connected();
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord changes = host.Run("Get-ClockifyEntityChange -Since '2030-01-02Z' -Until '2030-01-01Z'").Error;
        ErrorRecord audit = host.Run("Get-ClockifyAuditLog -Start '2030-01-02Z' -End '2030-01-01Z'").Error;
        ErrorRecord user = host.Run("Get-ClockifyAuditLog -Start '2020-01-01Z' -User 'a@b'").Error;
        ErrorRecord type = host.Run("Get-ClockifyEntityChange -Since '2020-01-01Z' -EntityType TAGS, WIDGETS").Error;
        ErrorRecord action = host.Run("Get-ClockifyAuditLog -Start '2020-01-01Z' -Action create_tag, EAT_CAKE").Error;

        Assert.Equal("Clockify.GetEntityChange.InvalidRange", changes.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.GetAuditLog.InvalidRange", audit.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.GetAuditLog.InvalidUser", user.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.GetEntityChange.InvalidEntityType", type.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("WIDGETS", type.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("Clockify.GetAuditLog.InvalidAction", action.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void Tab_completion_offers_entity_types_and_audit_actions_without_a_request()
    {
        using PowerShellHost host = Connected();
        long requests = fixture.Emulator.Counters.TotalRequests;

        var types = host.Run("$line = 'Get-ClockifyEntityChange -EntityType TIME_'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText").Succeeded().Output.Select(o => o.ToString()).ToList();
        var actions = host.Run("$line = 'Get-ClockifyAuditLog -Action delete_t'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText").Succeeded().Output.Select(o => o.ToString()).ToList();

        Assert.Equal(new[] { "TIME_ENTRY", "TIME_ENTRY_RATE", "TIME_ENTRY_CUSTOM_FIELD_VALUE", "TIME_OFF_REQUEST" }, types);
        Assert.Equal(new[] { "DELETE_TIME_PERSONAL", "DELETE_TIME_FOR_OTHER", "DELETE_TASK", "DELETE_TAG" }, actions);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void A_foreign_workspace_is_permission_denied()
    {
        using PowerShellHost host = Connected();

        ErrorRecord error = host.Run("Get-ClockifyEntityChange -Since '2026-01-01Z' -WorkspaceId $args[0]", fixture.EU.ForeignWorkspaceId).Error;

        Assert.Equal("Clockify.GetEntityChange.Forbidden", error.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void The_audit_log_says_who_did_what_with_the_entity_before_and_after()
    {
        using PowerShellHost host = Connected();
        string since = NextSecond();
        string name = "audit-" + Guid.NewGuid().ToString("N")[..8];
        host.Run("New-ClockifyTag -Name $args[0] | Set-ClockifyTag -Name ($args[0] + '-2')", name).Succeeded();

        var all = host.Run("Get-ClockifyAuditLog -Start $args[0]", since).Succeeded().Output;
        var updates = host.Run("Get-ClockifyAuditLog -Start $args[0] -Action UPDATE_TAG -User (Get-ClockifyUser -Current)", since).Succeeded().Output;
        var nobody = host.Run("Get-ClockifyAuditLog -Start $args[0] -User SYSTEM", since).Succeeded().Output;

        Assert.Equal(new[] { "UPDATE_TAG", "CREATE_TAG" }, all.Select(a => (string)a.Properties["Action"].Value));
        PSObject update = Assert.Single(updates);
        Assert.Equal("ClockifyPS.Models.ClockifyAuditLogEntry", update.BaseObject.GetType().FullName);
        Assert.Equal(fixture.EU.UserId, update.Properties["UserId"].Value);
        Assert.Equal(name + "-2", PSObject.AsPSObject(update.Properties["Content"].Value).Properties["name"].Value);
        Assert.Equal(name, PSObject.AsPSObject(update.Properties["PreviousContent"].Value).Properties["name"].Value);
        Assert.Empty(nobody);
        Assert.Equal(3, fixture.Emulator.Counters.Count("POST", "/auditlog/v1/workspaces/{workspaceId}/audit-log"));
    }

    [Fact]
    public void A_regional_connection_needs_an_audit_log_host_and_then_uses_it()
    {
        using PowerShellHost host = new();
        var variables = EmulatorFixture.ConnectVariables(fixture.EU);
        variables["api"] = fixture.EU.ApiUri;
        variables["reports"] = fixture.EU.ReportsUri;
        variables["audit"] = new Uri(fixture.EU.BaseUri, "auditlog/v1");
        host.RunWith("Connect-Clockify -Region EU -ApiBaseUri $api -ReportsBaseUri $reports -ApiKey $key", variables).Succeeded();
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord error = host.Run("Get-ClockifyAuditLog -Start '2026-01-01Z'").Error;
        ErrorRecord raw = host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/audit-log' -Method POST -Api AuditLog -Body '{}'").Error;
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
        Assert.Equal("Clockify.InvokeRestMethod.NoAuditLogHost", raw.FullyQualifiedErrorId.Split(',')[0]);
        PSObject connection = host.RunWith("Connect-Clockify -Region EU -ApiBaseUri $api -ReportsBaseUri $reports -AuditLogBaseUri $audit -ApiKey $key -PassThru", variables).Succeeded().Single;
        host.Run("Get-ClockifyAuditLog -Start '2026-01-01Z'").Succeeded();

        Assert.Equal("Clockify.GetAuditLog.NoAuditLogHost", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("EU", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("-AuditLogBaseUri", error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(new Uri(fixture.EU.BaseUri, "auditlog/v1").AbsoluteUri, connection.Properties["AuditLogBaseUri"].Value.ToString());
        Assert.Null(host.Run("(Get-ClockifyRegion EU).AuditLogBaseUri").Succeeded().Output.SingleOrDefault()?.BaseObject);
        Assert.Equal("https://auditlog-api.api.clockify.me/v1", host.Run("(Get-ClockifyRegion Global).AuditLogBaseUri.AbsoluteUri").Succeeded().Single.BaseObject);
    }

    [Fact]
    public void An_audit_log_override_must_be_https_or_loopback()
    {
        using PowerShellHost host = new();
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord error = host.RunWith("Connect-Clockify -BaseUri $base -ApiKey $key -AuditLogBaseUri http://audit.example.com/v1", EmulatorFixture.ConnectVariables(fixture.EU)).Error;

        Assert.Equal("Clockify.Connect.InvalidEndpoint", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    /// <summary>The next whole second, once it has begun: API times have whole seconds, so earlier changes stay out.</summary>
    private static string NextSecond()
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        var next = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1);
        Thread.Sleep(next - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(20));
        return next.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
    }

    private PowerShellHost Connected()
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        return host;
    }
}
