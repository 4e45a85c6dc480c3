using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class TimeOffPolicyCmdletTests : ConnectedCmdletTests
{
    private const string Policies = "/api/v1/workspaces/{workspaceId}/time-off/policies";
    private const string Policy = Policies + "/{id}";

    public TimeOffPolicyCmdletTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Get_lists_active_policies_typed_and_by_status_name_and_id()
    {
        using PowerShellHost host = Connected();

        var active = host.Run("Get-ClockifyTimeOffPolicy").Succeeded().Output;
        var all = host.Run("Get-ClockifyTimeOffPolicy -Status All").Succeeded().Output;
        var wild = host.Run("Get-ClockifyTimeOffPolicy -Name 'Vac*'").Succeeded().Output;
        PSObject byId = host.Run("Get-ClockifyTimeOffPolicy -Id $args[0]", wild[0].Properties["PolicyId"].Value).Succeeded().Single;

        Assert.All(active, p => Assert.Equal("ClockifyPS.Models.ClockifyTimeOffPolicy", p.BaseObject.GetType().FullName));
        Assert.All(active, p => Assert.False((bool)p.Properties["Archived"].Value));
        Assert.Contains(all, p => (bool)p.Properties["Archived"].Value);
        Assert.Equal("Vacation", Assert.Single(wild).Properties["Name"].Value);
        Assert.True((bool)byId.Properties["AllowHalfDay"].Value);
        Assert.Equal("DAYS", byId.Properties["TimeUnit"].Value);
    }

    [Fact]
    public void New_Set_archive_and_Remove_round_trip_through_the_pipeline()
    {
        using PowerShellHost host = Connected();
        string name = "Policy " + Guid.NewGuid().ToString("N")[..6];

        PSObject created = host.Run("New-ClockifyTimeOffPolicy -Name $args[0] -TimeUnit Hours -RequiresApproval -EveryoneIncludingNew -Color '#123456' -Icon PLANE", name).Succeeded().Single;
        PSObject renamed = host.Run("Get-ClockifyTimeOffPolicy -Name $args[0] | Set-ClockifyTimeOffPolicy -Name ($args[0] + ' x') -AllowHalfDay -HasExpiration $false -PassThru", name).Succeeded().Single;
        PSObject archived = host.Run("Get-ClockifyTimeOffPolicy -Id $args[0] | Set-ClockifyTimeOffPolicy -Archived -PassThru", created.Properties["Id"].Value).Succeeded().Single;
        PSObject removed = host.Run("Get-ClockifyTimeOffPolicy -Id $args[0] | Remove-ClockifyTimeOffPolicy -Confirm:$false -PassThru", created.Properties["Id"].Value).Succeeded().Single;
        ErrorRecord gone = host.Run("Get-ClockifyTimeOffPolicy -Id $args[0]", created.Properties["Id"].Value).Error;

        Assert.Equal("HOURS", created.Properties["TimeUnit"].Value);
        Assert.True((bool)created.Properties["RequiresApproval"].Value);
        Assert.Equal(name + " x", renamed.Properties["Name"].Value);
        Assert.True((bool)renamed.Properties["AllowHalfDay"].Value);
        Assert.Equal("#123456", renamed.Properties["Color"].Value);
        Assert.True((bool)renamed.Properties["RequiresApproval"].Value);
        Assert.True((bool)archived.Properties["Archived"].Value);
        Assert.Equal(name + " x", archived.Properties["Name"].Value);
        Assert.Equal(created.Properties["Id"].Value, removed.Properties["Id"].Value);
        Assert.Equal("Clockify.GetTimeOffPolicy.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(1L, Fixture.Emulator.Counters.Count("PATCH", Policy));
    }

    [Fact]
    public void Set_without_HasExpiration_refuses_a_replacing_change_that_Clockify_cannot_round_trip()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(Get-ClockifyTimeOffPolicy -Name Sick).Id").Succeeded().Single.BaseObject;

        ErrorRecord error = host.Run("Set-ClockifyTimeOffPolicy -Id $args[0] -Name 'Sick days'", id).Error;

        Assert.Equal("Clockify.SetTimeOffPolicy.ExpirationUnknown", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(0L, Fixture.Emulator.Counters.Count("PUT", Policy));
    }

    [Fact]
    public void A_duplicate_name_is_a_bad_request_from_Clockify()
    {
        using PowerShellHost host = Connected();

        ErrorRecord error = host.Run("New-ClockifyTimeOffPolicy -Name Vacation").Error;

        Assert.Equal("Clockify.NewTimeOffPolicy.BadRequest", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
    }

    [Fact]
    public void WhatIf_creates_changes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(Get-ClockifyTimeOffPolicy -Name Vacation).Id").Succeeded().Single.BaseObject;

        host.Run(
            "New-ClockifyTimeOffPolicy -Name nope -WhatIf; Set-ClockifyTimeOffPolicy -Id $args[0] -Archived -WhatIf; Set-ClockifyTimeOffPolicy -Id $args[0] -Name x -HasExpiration $true -WhatIf; Remove-ClockifyTimeOffPolicy -Id $args[0] -WhatIf",
            id).Succeeded();

        Assert.Equal(0L, Fixture.Emulator.Counters.Count("POST", Policies) + Fixture.Emulator.Counters.Count("PUT", Policy) + Fixture.Emulator.Counters.Count("PATCH", Policy) + Fixture.Emulator.Counters.Count("DELETE", Policy));
    }

    [Theory]
    [InlineData("Get-ClockifyTimeOffPolicy -Id nope", "Clockify.GetTimeOffPolicy.InvalidId")]
    [InlineData("New-ClockifyTimeOffPolicy -Name x -UserId nope", "Clockify.NewTimeOffPolicy.InvalidUserId")]
    [InlineData("New-ClockifyTimeOffPolicy -Name x -Color red", "ParameterArgumentValidationError")]
    [InlineData("Set-ClockifyTimeOffPolicy -Id nope -Archived", "Clockify.SetTimeOffPolicy.InvalidId")]
    [InlineData("Set-ClockifyTimeOffPolicy -Id 5b715612b0798751c7c6e8e1", "Clockify.SetTimeOffPolicy.NothingToChange")]
    [InlineData("Set-ClockifyTimeOffPolicy -Id 5b715612b0798751c7c6e8e1 -UserGroupId nope", "Clockify.SetTimeOffPolicy.InvalidUserGroupId")]
    [InlineData("Remove-ClockifyTimeOffPolicy -Id nope -Confirm:$false", "Clockify.RemoveTimeOffPolicy.InvalidId")]
    public void Bad_input_is_refused_before_any_request(string script, string errorId) => AssertRefusedBeforeAnyRequest(script, errorId);
}
