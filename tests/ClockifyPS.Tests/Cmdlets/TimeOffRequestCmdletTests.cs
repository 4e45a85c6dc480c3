using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class TimeOffRequestCmdletTests : ConnectedCmdletTests
{
    private const string Search = "/api/v1/workspaces/{workspaceId}/time-off/requests";
    private const string Request = "/api/v1/workspaces/{workspaceId}/time-off/policies/{policyId}/requests/{requestId}";

    public TimeOffRequestCmdletTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Get_searches_with_a_POST_body_and_pages_with_First_and_Skip()
    {
        using PowerShellHost host = Connected();

        var all = host.Run("Get-ClockifyTimeOffRequest").Succeeded().Output;
        var pending = host.Run("Get-ClockifyTimeOffRequest -Status Pending").Succeeded().Output;
        long searches = Fixture.Emulator.Counters.Count("POST", Search);
        var paged = host.Run("Get-ClockifyTimeOffRequest -PageSize 1 -Skip 1 -First 1").Succeeded().Output;
        long pagedSearches = Fixture.Emulator.Counters.Count("POST", Search) - searches;
        // The total count object's ToString is a script; the host reads output off the runspace's thread, so plain values go out.
        var counted = host.Run("Get-ClockifyTimeOffRequest -IncludeTotalCount -First 1 | ForEach-Object { if ($_ -is [ClockifyPS.Models.ClockifyTimeOffRequest]) { 'request' } else { [ulong]$_.psobject.BaseObject } }").Succeeded().Output;

        Assert.True(all.Count >= 3);
        Assert.All(all, r => Assert.Equal("ClockifyPS.Models.ClockifyTimeOffRequest", r.BaseObject.GetType().FullName));
        Assert.All(pending, r => Assert.Equal("PENDING", r.Properties["Status"].Value));
        Assert.Equal(all[1].Properties["Id"].Value, Assert.Single(paged).Properties["Id"].Value);
        Assert.Equal(1L, pagedSearches);
        Assert.Equal(2, counted.Count);
        Assert.Equal((ulong)all.Count, counted[0].BaseObject);
        Assert.Equal("request", counted[1].BaseObject);
        Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)all[0].Properties["Start"].Value).Offset);
    }

    [Fact]
    public void Get_filters_by_user_and_overlapping_period()
    {
        using PowerShellHost host = Connected();
        string user = Fixture.EU.UserIds[2];

        var mine = host.Run("Get-ClockifyTimeOffRequest -UserId $args[0]", user).Succeeded().Output;
        var inJanuary = host.Run("Get-ClockifyTimeOffRequest -Start '2026-01-11' -End '2026-01-11 23:00' -TimeZone UTC").Succeeded().Output;

        Assert.All(mine, r => Assert.Equal(user, r.Properties["UserId"].Value));
        Assert.Equal(user, Assert.Single(inJanuary).Properties["UserId"].Value);
    }

    [Fact]
    public void New_for_a_user_then_approve_through_the_pipeline_takes_from_the_balance()
    {
        using PowerShellHost host = Connected();
        string user = Fixture.EU.UserIds[4];
        string policy = (string)host.Run("(Get-ClockifyTimeOffPolicy -Name Vacation).Id").Succeeded().Single.BaseObject;
        double before = (double)host.Run("Get-ClockifyTimeOffBalance -UserId $args[0] | Where-Object PolicyName -EQ Vacation", user).Succeeded().Single.Properties["Balance"].Value;

        PSObject created = host.Run("Get-ClockifyTimeOffPolicy -Name Vacation | New-ClockifyTimeOffRequest -Start '2026-03-02' -End '2026-03-04' -UserId $args[0] -Note 'Ski trip'", user).Succeeded().Single;
        PSObject approved = host.Run("Get-ClockifyTimeOffRequest -Status Pending -UserId $args[0] | Approve-ClockifyTimeOffRequest -Note 'Enjoy' -PassThru", user).Succeeded().Single;
        double after = (double)host.Run("Get-ClockifyTimeOffBalance -PolicyId $args[0] | Where-Object UserId -EQ $args[1]", policy, user).Succeeded().Single.Properties["Balance"].Value;

        Assert.Equal("PENDING", created.Properties["Status"].Value);
        Assert.Equal(policy, created.Properties["PolicyId"].Value);
        Assert.Equal(3.0, created.Properties["Amount"].Value);
        Assert.Equal(new DateTime(2026, 3, 2), created.Properties["FirstDay"].Value);
        Assert.Equal(new DateTime(2026, 3, 4), created.Properties["LastDay"].Value);
        Assert.Equal("APPROVED", approved.Properties["Status"].Value);
        Assert.Equal("Enjoy", approved.Properties["StatusNote"].Value);
        Assert.Equal(before - 3, after);
    }

    [Fact]
    public void A_half_day_for_yourself_then_deny_and_remove_it()
    {
        using PowerShellHost host = Connected();

        PSObject half = host.Run("Get-ClockifyTimeOffPolicy -Name Vacation | New-ClockifyTimeOffRequest -Start '2026-04-17' -HalfDay SecondHalf").Succeeded().Single;
        PSObject denied = host.Run("$args[0] | Deny-ClockifyTimeOffRequest -Note 'Release day' -PassThru", half).Succeeded().Single;
        PSObject removed = host.Run("$args[0] | Remove-ClockifyTimeOffRequest -Confirm:$false -PassThru", half).Succeeded().Single;
        var left = host.Run("Get-ClockifyTimeOffRequest -UserId $args[0] | Where-Object Id -EQ $args[1]", Fixture.EU.UserId, half.Properties["Id"].Value).Succeeded().Output;

        Assert.True((bool)half.Properties["HalfDay"].Value);
        Assert.Equal("SECOND_HALF", half.Properties["HalfDayPeriod"].Value);
        Assert.Equal(0.5, half.Properties["Amount"].Value);
        Assert.Equal("REJECTED", denied.Properties["Status"].Value);
        Assert.Equal(half.Properties["Id"].Value, removed.Properties["Id"].Value);
        Assert.Empty(left);
    }

    [Fact]
    public void Clockify_refusals_are_errors_with_ids()
    {
        using PowerShellHost host = Connected();
        PSObject approved = host.Run("Get-ClockifyTimeOffRequest -Status Approved -First 1").Succeeded().Single;

        ErrorRecord again = host.Run("$args[0] | Approve-ClockifyTimeOffRequest", approved).Error;
        ErrorRecord halfNotAllowed = host.Run("Get-ClockifyTimeOffPolicy -Name Sick | New-ClockifyTimeOffRequest -Start '2026-05-05' -HalfDay FirstHalf").Error;
        ErrorRecord wrongPolicy = host.Run("Deny-ClockifyTimeOffRequest -Id $args[0] -PolicyId $args[1]", approved.Properties["Id"].Value, "71" + Fixture.EU.WorkspaceId[2..8] + "00000000000000ff").Error;

        Assert.Equal("Clockify.ApproveTimeOffRequest.BadRequest", again.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.NewTimeOffRequest.BadRequest", halfNotAllowed.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.DenyTimeOffRequest.NotFound", wrongPolicy.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void A_lost_answer_to_a_create_is_looked_up_not_sent_again()
    {
        using PowerShellHost host = Connected();
        string policy = (string)host.Run("(Get-ClockifyTimeOffPolicy -Name Vacation).Id").Succeeded().Single.BaseObject;
        Fixture.Emulator.Faults.FaultsAfterProcessing = true;
        Fixture.Emulator.Faults.FailNext(1, 503);

        PowerShellResult result = host.Run("New-ClockifyTimeOffRequest -PolicyId $args[0] -Start '2026-06-08' -End '2026-06-09' -UserId $args[1]", policy, Fixture.EU.UserIds[3]);

        Assert.Empty(result.Errors);
        Assert.Contains(result.Warnings, w => w.Contains("was not sent again", StringComparison.Ordinal));
        Assert.Equal(new DateTime(2026, 6, 8), result.Single.Properties["FirstDay"].Value);
        Assert.Equal(1L, Fixture.Emulator.Counters.CreatedEntities("time-off-request"));
    }

    [Fact]
    public void WhatIf_creates_changes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        PSObject pending = host.Run("Get-ClockifyTimeOffRequest -Status Pending -First 1").Succeeded().Single;

        host.Run(
            "Get-ClockifyTimeOffPolicy -Name Vacation | New-ClockifyTimeOffRequest -Start '2026-09-01' -WhatIf; $args[0] | Approve-ClockifyTimeOffRequest -WhatIf; $args[0] | Deny-ClockifyTimeOffRequest -WhatIf; $args[0] | Remove-ClockifyTimeOffRequest -WhatIf",
            pending).Succeeded();

        Assert.Equal(0L, Fixture.Emulator.Counters.CreatedEntities("time-off-request"));
        Assert.Equal(0L, Fixture.Emulator.Counters.Count("PATCH", Request) + Fixture.Emulator.Counters.Count("DELETE", Request));
    }

    [Theory]
    [InlineData("Get-ClockifyTimeOffRequest -UserId nope", "Clockify.GetTimeOffRequest.InvalidUserId")]
    [InlineData("Get-ClockifyTimeOffRequest -Start '2026-01-01'", "Clockify.GetTimeOffRequest.IncompletePeriod")]
    [InlineData("Get-ClockifyTimeOffRequest -Start '2026-02-01Z' -End '2026-01-01Z'", "Clockify.GetTimeOffRequest.EndBeforeStart")]
    [InlineData("Get-ClockifyTimeOffRequest -PageSize 500", "ParameterArgumentValidationError")]
    [InlineData("New-ClockifyTimeOffRequest -PolicyId nope -Start '2026-01-01'", "Clockify.NewTimeOffRequest.InvalidPolicyId")]
    [InlineData("New-ClockifyTimeOffRequest -PolicyId 5b715612b0798751c7c6e8e1 -Start '2026-01-05' -End '2026-01-02'", "Clockify.NewTimeOffRequest.EndBeforeStart")]
    [InlineData("New-ClockifyTimeOffRequest -PolicyId 5b715612b0798751c7c6e8e1 -Start '2026-01-05' -End '2026-01-06' -HalfDay FirstHalf", "Clockify.NewTimeOffRequest.HalfDayNeedsOneDay")]
    [InlineData("New-ClockifyTimeOffRequest -PolicyId 5b715612b0798751c7c6e8e1 -Start '2026-01-05 10:00' -TimeZone Atlantis/Main", "Clockify.NewTimeOffRequest.UnknownTimeZone")]
    [InlineData("Approve-ClockifyTimeOffRequest -Id nope -PolicyId 5b715612b0798751c7c6e8e1", "Clockify.ApproveTimeOffRequest.InvalidId")]
    [InlineData("Deny-ClockifyTimeOffRequest -Id 5b715612b0798751c7c6e8e1 -PolicyId nope", "Clockify.DenyTimeOffRequest.InvalidPolicyId")]
    [InlineData("Remove-ClockifyTimeOffRequest -Id nope -PolicyId 5b715612b0798751c7c6e8e1 -Confirm:$false", "Clockify.RemoveTimeOffRequest.InvalidId")]
    public void Bad_input_is_refused_before_any_request(string script, string errorId) => AssertRefusedBeforeAnyRequest(script, errorId);
}
