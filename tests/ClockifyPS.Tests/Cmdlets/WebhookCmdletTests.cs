using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Security;
using ClockifyPS.Emulator;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class WebhookCmdletTests : ConnectedCmdletTests
{
    private const string WebhookRoute = "/api/v1/workspaces/{workspaceId}/webhooks/{webhookId}";
    private const string LogsRoute = WebhookRoute + "/logs";
    private const string TokenRoute = WebhookRoute + "/token";
    private const int SeededLogs = 120; // the emulator seeds this many deliveries, every third one failed
    public WebhookCmdletTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Get_lists_webhooks_typed_with_the_token_only_as_a_SecureString()
    {
        using PowerShellHost host = Connected();

        PSObject hook = host.Run("Get-ClockifyWebhook -Name Payroll").Succeeded().Single;
        var none = host.Run("Get-ClockifyWebhook -Type System").Succeeded().Output;
        PSObject byEvent = host.Run("Get-ClockifyWebhook -Event new_time_entry").Succeeded().Single;

        Assert.Equal("ClockifyPS.Models.ClockifyWebhook", hook.BaseObject.GetType().FullName);
        Assert.Equal("NEW_TIME_ENTRY", hook.Properties["Event"].Value);
        Assert.Equal("WORKSPACE_ID", hook.Properties["TriggerSourceType"].Value);
        Assert.Equal(new[] { Fixture.EU.WorkspaceId }, ((IReadOnlyList<string>)hook.Properties["TriggerSource"].Value).ToArray());
        var token = Assert.IsType<SecureString>(hook.Properties["AuthToken"].Value);
        Assert.Contains(Plain(token), EmulatorSecrets.Issued);
        Assert.Empty(none);
        Assert.Equal(hook.Properties["Id"].Value, byEvent.Properties["Id"].Value);
    }

    [Fact]
    public void The_leak_scan_knows_webhook_tokens_even_deep_inside_an_object()
    {
        using PowerShellHost host = Connected();
        const string Reveal = "$t = (Get-ClockifyWebhook -Name Payroll).AuthToken; $plain = [System.Net.NetworkCredential]::new('', $t).Password; ";

        var flat = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => host.Run(Reveal + "[pscustomobject]@{ Note = 'x' + $plain }"));
        var deep = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => host.Run(Reveal + "[pscustomobject]@{ Outer = [pscustomobject]@{ Inner = @([pscustomobject]@{ Token = $plain }) } }"));

        Assert.Contains("key appeared", flat.Message, StringComparison.Ordinal);
        Assert.Contains("key appeared", deep.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_Set_Reset_Remove_round_trip_through_the_pipeline()
    {
        using PowerShellHost host = Connected();
        string project = (string)host.Run("(Get-ClockifyProject -First 1).Id").Succeeded().Single.BaseObject;

        PSObject created = host.Run("New-ClockifyWebhook -Url https://hooks.example.test/a -Event NEW_PROJECT -Name 'Project feed'").Succeeded().Single;
        string id = (string)created.Properties["Id"].Value;
        PSObject changed = host.Run("Get-ClockifyWebhook -Id $args[0] | Set-ClockifyWebhook -Event TIME_ENTRY_UPDATED -TriggerSourceType ProjectId -TriggerSource $args[1] -PassThru", id, project).Succeeded().Single;
        PSObject reset = host.Run("Get-ClockifyWebhook -Id $args[0] | Reset-ClockifyWebhookToken -Confirm:$false", id).Succeeded().Single;
        host.Run("Get-ClockifyWebhook -Id $args[0] | Remove-ClockifyWebhook -Confirm:$false", id).Succeeded();
        ErrorRecord gone = host.Run("Get-ClockifyWebhook -Id $args[0]", id).Error;

        Assert.Equal("WORKSPACE_ID", created.Properties["TriggerSourceType"].Value);
        Assert.Equal("Project feed", changed.Properties["Name"].Value);
        Assert.Equal("https://hooks.example.test/a", changed.Properties["Url"].Value);
        Assert.Equal("TIME_ENTRY_UPDATED", changed.Properties["Event"].Value);
        Assert.Equal(new[] { project }, ((IReadOnlyList<string>)changed.Properties["TriggerSource"].Value).ToArray());
        Assert.NotEqual(Plain((SecureString)created.Properties["AuthToken"].Value), Plain((SecureString)reset.Properties["AuthToken"].Value));
        Assert.Equal(1, Fixture.Emulator.Counters.Count("PATCH", TokenRoute));
        Assert.Equal(1, Fixture.Emulator.Counters.DeletedEntities("webhook"));
        Assert.Equal("Clockify.GetWebhook.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void The_log_pages_from_zero_with_size_and_First_Skip_and_filters_apply()
    {
        using PowerShellHost host = Connected();

        PowerShellResult all = host.Run("Get-ClockifyWebhook -Name Payroll | Get-ClockifyWebhookLog -PageSize 50").Succeeded();
        long pages = Fixture.Emulator.Counters.Count("POST", LogsRoute);
        var failed = host.Run("Get-ClockifyWebhook -Name Payroll | Get-ClockifyWebhookLog -Status Failed").Succeeded().Output;
        var window = host.Run("Get-ClockifyWebhook -Name Payroll | Get-ClockifyWebhookLog -PageSize 50 -Skip 55 -First 3").Succeeded().Output;
        var newest = host.Run("Get-ClockifyWebhook -Name Payroll | Get-ClockifyWebhookLog -NewestFirst -First 1").Succeeded().Single;
        var ranged = host.Run("Get-ClockifyWebhook -Name Payroll | Get-ClockifyWebhookLog -From '2026-01-01 10:00' -To '2026-01-01 12:00' -TimeZone UTC").Succeeded().Output;

        Assert.Equal(SeededLogs, all.Output.Count);
        Assert.Equal(3, pages);
        Assert.NotEmpty(all.Progress);
        Assert.All(all.Output, l => Assert.Equal("ClockifyPS.Models.ClockifyWebhookLog", l.BaseObject.GetType().FullName));
        Assert.All(all.Output, l => Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)l.Properties["RespondedAt"].Value).Offset));
        Assert.Equal(SeededLogs / 3, failed.Count);
        Assert.All(failed, l => Assert.False((bool)l.Properties["Succeeded"].Value));
        Assert.Equal(all.Output.Skip(55).Take(3).Select(l => l.Properties["Id"].Value), window.Select(l => l.Properties["Id"].Value));
        Assert.Equal(all.Output[^1].Properties["Id"].Value, newest.Properties["Id"].Value);
        Assert.Equal(3, ranged.Count);
    }

    [Fact]
    public void A_log_search_is_retried_after_a_transient_server_error_like_a_read()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(Get-ClockifyWebhook -Name Payroll).Id").Succeeded().Single.BaseObject;
        Fixture.Emulator.Faults.FailNext(1, 503);

        var logs = host.Run("Get-ClockifyWebhookLog -WebhookId $args[0] -First 10", id).Succeeded().Output;

        Assert.Equal(10, logs.Count);
        Assert.Equal(1, Fixture.Emulator.Counters.Responses(503));
    }

    [Fact]
    public void WhatIf_creates_changes_resets_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(Get-ClockifyWebhook -Name Payroll).Id").Succeeded().Single.BaseObject;

        host.Run(
            "New-ClockifyWebhook -Url https://x.example.test -Event NEW_TAG -WhatIf; Set-ClockifyWebhook -Id $args[0] -Name Nope -WhatIf; "
            + "Reset-ClockifyWebhookToken -Id $args[0] -WhatIf; Remove-ClockifyWebhook -Id $args[0] -WhatIf",
            id).Succeeded();

        Assert.Equal(0, Fixture.Emulator.Counters.CreatedEntities("webhook"));
        Assert.Equal(0, Fixture.Emulator.Counters.Count("PUT", WebhookRoute) + Fixture.Emulator.Counters.Count("DELETE", WebhookRoute) + Fixture.Emulator.Counters.Count("PATCH", TokenRoute));
    }

    [Theory]
    [InlineData("New-ClockifyWebhook -Url 'ftp://files.example.test' -Event NEW_TAG", "Clockify.NewWebhook.InvalidUrl")]
    [InlineData("New-ClockifyWebhook -Url 'hooks/relative' -Event NEW_TAG", "Clockify.NewWebhook.InvalidUrl")]
    [InlineData("New-ClockifyWebhook -Url https://x.example.test -Event NEW_THING", "ParameterArgumentValidationError")]
    [InlineData("New-ClockifyWebhook -Url https://x.example.test -Event NEW_TAG -TriggerSourceType Galaxy", "ParameterArgumentValidationError")]
    [InlineData("New-ClockifyWebhook -Url https://x.example.test -Event NEW_TAG -TriggerSourceType ProjectId", "Clockify.NewWebhook.TriggerSourceRequired")]
    [InlineData("New-ClockifyWebhook -Url https://x.example.test -Event NEW_TAG -TriggerSourceType ProjectId -TriggerSource nope", "Clockify.NewWebhook.InvalidTriggerSource")]
    [InlineData("New-ClockifyWebhook -Url https://x.example.test -Event NEW_TAG -TriggerSource 640000000000000000000001", "Clockify.NewWebhook.InvalidTriggerSource")]
    [InlineData("New-ClockifyWebhook -Url https://x.example.test -Event NEW_TAG -Name x", "ParameterArgumentValidationError")]
    [InlineData("Set-ClockifyWebhook -Id nope -Name Better", "Clockify.SetWebhook.InvalidId")]
    [InlineData("Remove-ClockifyWebhook -Id nope -Confirm:$false", "Clockify.RemoveWebhook.InvalidId")]
    [InlineData("Reset-ClockifyWebhookToken -Id nope -Confirm:$false", "Clockify.ResetWebhookToken.InvalidId")]
    [InlineData("Get-ClockifyWebhook -Id nope", "Clockify.GetWebhook.InvalidId")]
    [InlineData("Get-ClockifyWebhookLog -WebhookId nope", "Clockify.GetWebhookLog.InvalidWebhookId")]
    [InlineData("Get-ClockifyWebhookLog -WebhookId 800100000000000000000000 -From '2026-02-01Z' -To '2026-01-01Z'", "Clockify.GetWebhookLog.EndBeforeStart")]
    public void Bad_input_is_refused_before_any_request(string script, string errorId) => AssertRefusedBeforeAnyRequest(script, errorId);

    [Fact]
    public void A_member_who_is_no_admin_is_forbidden_and_Clockify_refusals_keep_their_ids()
    {
        using PowerShellHost host = ConnectedAs(Fixture.EU.UserIds[2]);

        ErrorRecord forbidden = host.Run("Get-ClockifyWebhook").Error;
        using PowerShellHost owner = Connected();
        ErrorRecord missing = owner.Run("Reset-ClockifyWebhookToken -Id 800100000000000000000fff -Confirm:$false").Error;

        Assert.Equal("Clockify.GetWebhook.Forbidden", forbidden.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.PermissionDenied, forbidden.CategoryInfo.Category);
        Assert.Equal("Clockify.ResetWebhookToken.NotFound", missing.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void Tab_completion_offers_the_webhook_events()
    {
        using PowerShellHost host = Connected();

        var completions = host.Run("$line = 'New-ClockifyWebhook -Url https://x.example.test -Event NEW_TI'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText").Succeeded().Output.Select(o => o.ToString()).ToList();

        Assert.Contains("NEW_TIME_ENTRY", completions);
        Assert.Contains("NEW_TIMER_STARTED", completions);
    }

    private static string Plain(SecureString secure) => new NetworkCredential(string.Empty, secure).Password;
}
