using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class HolidayCmdletTests : ConnectedCmdletTests
{
    private const string Holidays = "/api/v1/workspaces/{workspaceId}/holidays";
    private const string Holiday = Holidays + "/{holidayId}";

    public HolidayCmdletTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Get_lists_every_holiday_typed_by_name_and_by_id_from_one_unpaged_read()
    {
        using PowerShellHost host = Connected();

        var all = host.Run("Get-ClockifyHoliday").Succeeded().Output;
        var named = host.Run("Get-ClockifyHoliday -Name 'Christmas*'").Succeeded().Output;
        var partial = host.Run("Get-ClockifyHoliday retreat").Succeeded().Output;
        long reads = Fixture.Emulator.Counters.Count("GET", Holidays);
        var byId = host.Run("Get-ClockifyHoliday -Id $args[0], $args[1]", all[0].Properties["Id"].Value, all[1].Properties["HolidayId"].Value).Succeeded().Output;

        Assert.True(all.Count >= 3);
        Assert.All(all, h => Assert.Equal("ClockifyPS.Models.ClockifyHoliday", h.BaseObject.GetType().FullName));
        PSObject christmas = Assert.Single(named);
        Assert.Equal(new DateTime(2025, 12, 25), christmas.Properties["FirstDay"].Value);
        Assert.True((bool)christmas.Properties["OccursAnnually"].Value);
        Assert.Equal("Company retreat", Assert.Single(partial).Properties["Name"].Value);
        Assert.Equal(2, byId.Count);
        Assert.Equal(reads + 1, Fixture.Emulator.Counters.Count("GET", Holidays));
    }

    [Fact]
    public void Start_and_End_ask_for_the_holidays_in_a_period_of_the_connected_user()
    {
        using PowerShellHost host = Connected();

        var february = host.Run("Get-ClockifyHoliday -Start '2026-02-01' -End '2026-02-28 23:59' -TimeZone UTC").Succeeded().Output;
        var nextNewYear = host.Run("Get-ClockifyHoliday -Start '2026-12-31Z' -End '2027-01-02Z' -UserId $args[0]", Fixture.EU.UserIds[2]).Succeeded().Output;

        Assert.Equal("Company retreat", Assert.Single(february).Properties["Name"].Value);
        Assert.Equal("New Year's Day", Assert.Single(nextNewYear).Properties["Name"].Value);
        Assert.Equal(2L, Fixture.Emulator.Counters.Count("GET", Holidays + "/in-period"));
    }

    [Fact]
    public void New_Set_Remove_round_trip_through_the_pipeline()
    {
        using PowerShellHost host = Connected();
        string name = "Founders day " + Guid.NewGuid().ToString("N")[..6];
        string group = (string)host.Run("(Get-ClockifyUserGroup -Name Engineering).Id").Succeeded().Single.BaseObject;

        PSObject created = host.Run("New-ClockifyHoliday -Name $args[0] -Start '2026-07-03' -End '2026-07-04' -UserGroupId $args[1] -Color '#FF9800'", name, group).Succeeded().Single;
        PSObject moved = host.Run("Get-ClockifyHoliday -Name $args[0] | Set-ClockifyHoliday -Start '2026-07-10' -OccursAnnually -PassThru", name).Succeeded().Single;
        PSObject removed = host.Run("Get-ClockifyHoliday -Name $args[0] | Remove-ClockifyHoliday -Confirm:$false -PassThru", name).Succeeded().Single;
        var left = host.Run("Get-ClockifyHoliday -Name $args[0]", name).Succeeded().Output;

        Assert.Equal(new DateTime(2026, 7, 4), created.Properties["LastDay"].Value);
        Assert.Equal(group, Assert.Single((System.Collections.Generic.IReadOnlyList<string>)created.Properties["UserGroupIds"].Value));
        Assert.Equal(new DateTime(2026, 7, 10), moved.Properties["FirstDay"].Value);
        Assert.Equal(new DateTime(2026, 7, 11), moved.Properties["LastDay"].Value);
        Assert.True((bool)moved.Properties["OccursAnnually"].Value);
        Assert.Equal("#FF9800", removed.Properties["Color"].Value);
        Assert.Empty(left);
    }

    [Fact]
    public void Unknown_ids_and_a_bad_period_are_errors_with_ids()
    {
        using PowerShellHost host = Connected();
        string missing = "73" + Fixture.EU.WorkspaceId[2..8] + "00000000000000ff";

        ErrorRecord notFound = host.Run("Set-ClockifyHoliday -Id $args[0] -Name x", missing).Error;
        ErrorRecord gone = host.Run("Remove-ClockifyHoliday -Id $args[0] -Confirm:$false", missing).Error;
        ErrorRecord stranger = host.Run("Get-ClockifyHoliday -UserId 620000000000000000000abc").Error;

        Assert.Equal("Clockify.SetHoliday.NotFound", notFound.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.RemoveHoliday.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.GetHoliday.BadRequest", stranger.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void WhatIf_creates_changes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(Get-ClockifyHoliday -Name retreat).Id").Succeeded().Single.BaseObject;

        host.Run("New-ClockifyHoliday -Name nope -Start '2026-08-01' -WhatIf; Set-ClockifyHoliday -Id $args[0] -Name nope -WhatIf; Remove-ClockifyHoliday -Id $args[0] -WhatIf", id).Succeeded();

        Assert.Equal(0L, Fixture.Emulator.Counters.Count("POST", Holidays) + Fixture.Emulator.Counters.Count("PUT", Holiday) + Fixture.Emulator.Counters.Count("DELETE", Holiday));
    }

    [Theory]
    [InlineData("Get-ClockifyHoliday -Id nope", "Clockify.GetHoliday.InvalidId")]
    [InlineData("Get-ClockifyHoliday -UserId nope", "Clockify.GetHoliday.InvalidUserId")]
    [InlineData("Get-ClockifyHoliday -Start '2026-02-01Z' -End '2026-01-01Z'", "Clockify.GetHoliday.EndBeforeStart")]
    [InlineData("Get-ClockifyHoliday -Start '2026-02-01Z'", "MissingMandatoryParameter")]
    [InlineData("New-ClockifyHoliday -Name x -Start '2026-02-05' -End '2026-02-01'", "Clockify.NewHoliday.EndBeforeStart")]
    [InlineData("New-ClockifyHoliday -Name x -Start '2026-02-05' -UserId nope", "Clockify.NewHoliday.InvalidUserId")]
    [InlineData("New-ClockifyHoliday -Name x -Start '2026-02-05' -Color blue", "ParameterArgumentValidationError")]
    [InlineData("Set-ClockifyHoliday -Id nope -Name x", "Clockify.SetHoliday.InvalidId")]
    [InlineData("Set-ClockifyHoliday -Id 5b715612b0798751c7c6e8e1 -UserGroupId nope", "Clockify.SetHoliday.InvalidUserGroupId")]
    [InlineData("Remove-ClockifyHoliday -Id nope -Confirm:$false", "Clockify.RemoveHoliday.InvalidId")]
    public void Bad_input_is_refused_before_any_request(string script, string errorId) => AssertRefusedBeforeAnyRequest(script, errorId);
}
