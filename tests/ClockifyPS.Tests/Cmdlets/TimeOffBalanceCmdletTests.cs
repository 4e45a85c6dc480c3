using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class TimeOffBalanceCmdletTests : ConnectedCmdletTests
{
    private const string Adjust = "/api/v1/workspaces/{workspaceId}/time-off/balance/policy/{policyId}";

    public TimeOffBalanceCmdletTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Get_gives_your_balances_by_default_and_every_users_for_a_piped_policy()
    {
        using PowerShellHost host = Connected();

        var mine = host.Run("Get-ClockifyTimeOffBalance").Succeeded().Output;
        var vacation = host.Run("Get-ClockifyTimeOffPolicy -Name Vacation | Get-ClockifyTimeOffBalance").Succeeded().Output;
        var window = host.Run("Get-ClockifyTimeOffPolicy -Name Vacation | Get-ClockifyTimeOffBalance -Skip 1 -First 2").Succeeded().Output;

        Assert.All(mine, b => Assert.Equal("ClockifyPS.Models.ClockifyTimeOffBalance", b.BaseObject.GetType().FullName));
        Assert.All(mine, b => Assert.Equal(Fixture.EU.UserId, b.Properties["UserId"].Value));
        PSObject ownVacation = mine.Single(b => (string)b.Properties["PolicyName"].Value == "Vacation");
        Assert.Equal(22.0, ownVacation.Properties["Balance"].Value);
        Assert.Equal(3.0, ownVacation.Properties["Used"].Value);
        Assert.Equal(Fixture.EU.UserIds.Count, vacation.Count);
        Assert.All(vacation, b => Assert.Equal("Vacation", b.Properties["PolicyName"].Value));
        Assert.Equal(vacation.Skip(1).Take(2).Select(b => b.Properties["Id"].Value), window.Select(b => b.Properties["Id"].Value));
    }

    [Fact]
    public void Set_adjusts_piped_balances_and_PassThru_shows_the_new_ones()
    {
        using PowerShellHost host = Connected();
        string user = Fixture.EU.UserIds[2];

        PSObject adjusted = host.Run(
            "Get-ClockifyTimeOffBalance -UserId $args[0] | Where-Object PolicyName -EQ 'Sick leave' | Set-ClockifyTimeOffBalance 2.5 -Note 'Carry-over' -PassThru", user).Succeeded().Single;
        PSObject taken = host.Run(
            "Set-ClockifyTimeOffBalance -PolicyId $args[1] -UserId $args[0] -Adjustment -1 -PassThru", user, adjusted.Properties["PolicyId"].Value).Succeeded().Single;

        Assert.Equal(12.5, adjusted.Properties["Balance"].Value);
        Assert.Equal(11.5, taken.Properties["Balance"].Value);
    }

    [Fact]
    public void WhatIf_adjusts_nothing_and_a_user_outside_the_workspace_is_a_bad_request()
    {
        using PowerShellHost host = Connected();
        string policy = (string)host.Run("(Get-ClockifyTimeOffPolicy -Name Vacation).Id").Succeeded().Single.BaseObject;

        host.Run("Set-ClockifyTimeOffBalance -PolicyId $args[0] -UserId $args[1] -Adjustment 5 -WhatIf", policy, Fixture.EU.UserId).Succeeded();
        long adjusted = Fixture.Emulator.Counters.Count("PATCH", Adjust);
        ErrorRecord stranger = host.Run("Set-ClockifyTimeOffBalance -PolicyId $args[0] -UserId 620000000000000000000abc -Adjustment 5", policy).Error;

        Assert.Equal(0L, adjusted);
        Assert.Equal("Clockify.SetTimeOffBalance.BadRequest", stranger.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Theory]
    [InlineData("Get-ClockifyTimeOffBalance -UserId nope", "Clockify.GetTimeOffBalance.InvalidUserId")]
    [InlineData("Get-ClockifyTimeOffBalance -PolicyId nope", "Clockify.GetTimeOffBalance.InvalidPolicyId")]
    [InlineData("Set-ClockifyTimeOffBalance -PolicyId nope -UserId 5b715612b0798751c7c6e8e1 -Adjustment 1", "Clockify.SetTimeOffBalance.InvalidPolicyId")]
    [InlineData("Set-ClockifyTimeOffBalance -PolicyId 5b715612b0798751c7c6e8e1 -UserId nope -Adjustment 1", "Clockify.SetTimeOffBalance.InvalidUserId")]
    [InlineData("Set-ClockifyTimeOffBalance -PolicyId 5b715612b0798751c7c6e8e1 -UserId 5b715612b0798751c7c6e8e1 -Adjustment 20000", "ParameterArgumentValidationError")]
    public void Bad_input_is_refused_before_any_request(string script, string errorId) => AssertRefusedBeforeAnyRequest(script, errorId);
}
