using System;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class SetClockifyRegionTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public SetClockifyRegionTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void Moving_to_hosts_that_accept_the_key_updates_the_connection_and_Get_ClockifyRegion_marks_it()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);

        PSObject moved = host.RunWith("Set-ClockifyRegion -Region EU -BaseUri $base -PassThru", EmulatorFixture.ConnectVariables(fixture.EU)).Succeeded().Single;

        Assert.Equal("EU", moved.Properties["Region"].Value.ToString());
        Assert.Equal("EU", host.Run("Get-ClockifyRegion | Where-Object IsCurrent | ForEach-Object { $_.Region.ToString() }").Succeeded().Single.BaseObject);
        Assert.Equal(fixture.EU.UserId, host.Run("(Invoke-ClockifyRestMethod /user).id").Succeeded().Single.BaseObject);
    }

    [Fact]
    public void Moving_to_a_region_that_refuses_the_key_fails_and_keeps_the_connection_where_it_was()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);

        ErrorRecord error = host.RunWith("Set-ClockifyRegion -Region UK -BaseUri $base", EmulatorFixture.ConnectVariables(fixture.UK)).Error;

        Assert.Equal("Clockify.SetRegion.Unauthorized", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(new Uri(fixture.EU.BaseUri, "api/v1").AbsoluteUri, host.Run("(Get-ClockifyConnection).ApiBaseUri.AbsoluteUri").Succeeded().Single.BaseObject);
        Assert.Equal(fixture.EU.UserId, host.Run("(Invoke-ClockifyRestMethod /user).id").Succeeded().Single.BaseObject);
    }

    [Fact]
    public void WhatIf_moves_nothing_and_sends_nothing()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        long requests = fixture.Emulator.Counters.TotalRequests;

        host.Run("Set-ClockifyRegion -Region AU -WhatIf").Succeeded();

        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
        Assert.Null(host.Run("(Get-ClockifyConnection).Region").Succeeded().Single?.BaseObject);
    }

    [Fact]
    public void Moving_needs_a_connection()
    {
        using var host = new PowerShellHost();

        ErrorRecord error = host.Run("Set-ClockifyRegion -Region EU").Error;

        Assert.Equal("Clockify.SetRegion.NotConnected", error.FullyQualifiedErrorId.Split(',')[0]);
    }
}
