using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class ConnectClockifyTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public ConnectClockifyTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void Connect_learns_user_workspace_and_time_zone_and_becomes_current()
    {
        using var host = new PowerShellHost();

        PSObject connection = EmulatorFixture.Connect(host, fixture.EU).Single;

        Assert.Equal(fixture.EU.UserId, connection.Properties["UserId"].Value);
        Assert.Equal(fixture.EU.UserEmail, connection.Properties["Email"].Value);
        Assert.Equal(fixture.EU.WorkspaceId, connection.Properties["WorkspaceId"].Value);
        Assert.NotNull(connection.Properties["WorkspaceName"].Value);
        Assert.Equal("America/New_York", connection.Properties["TimeZone"].Value);
        Assert.Null(connection.Properties["Region"].Value);
        Assert.Equal(new Uri(fixture.EU.BaseUri, "api/v1").AbsoluteUri, connection.Properties["ApiBaseUri"].Value.ToString());
        Assert.Equal(new Uri(fixture.EU.BaseUri, "report/v1").AbsoluteUri, connection.Properties["ReportsBaseUri"].Value.ToString());
        Assert.Equal(fixture.EU.UserId, host.Run("(Get-ClockifyConnection).UserId").Succeeded().Single.BaseObject);
    }

    [Fact]
    public void Connect_without_PassThru_writes_nothing_and_other_runspaces_stay_unconnected()
    {
        using var host = new PowerShellHost();
        using var other = new PowerShellHost();

        PowerShellResult result = host.RunWith("Connect-Clockify -BaseUri $base -ApiKey $key", EmulatorFixture.ConnectVariables(fixture.EU)).Succeeded();

        Assert.Empty(result.Output);
        Assert.Single(host.Run("Get-ClockifyConnection").Succeeded().Output);
        Assert.Empty(other.Run("Get-ClockifyConnection").Succeeded().Output);
    }

    [Fact]
    public void Connect_with_a_workspace_id_uses_that_workspace()
    {
        using var host = new PowerShellHost();
        var variables = EmulatorFixture.ConnectVariables(fixture.EU);
        variables["ws"] = fixture.EU.SecondWorkspaceId;

        PSObject connection = host.RunWith("Connect-Clockify -BaseUri $base -ApiKey $key -WorkspaceId $ws -PassThru", variables).Succeeded().Single;

        Assert.Equal(fixture.EU.SecondWorkspaceId, connection.Properties["WorkspaceId"].Value);
    }

    [Fact]
    public void A_workspace_the_user_is_not_in_is_a_clear_error()
    {
        using var host = new PowerShellHost();
        var variables = EmulatorFixture.ConnectVariables(fixture.EU);
        variables["ws"] = fixture.EU.ForeignWorkspaceId;

        ErrorRecord error = host.RunWith("Connect-Clockify -BaseUri $base -ApiKey $key -WorkspaceId $ws", variables).Error;

        Assert.Equal("Clockify.Connect.WorkspaceNotFound", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Empty(host.Run("Get-ClockifyConnection").Output);
    }

    [Fact]
    public void Region_Auto_asks_every_region_and_keeps_the_one_that_accepts_the_key()
    {
        using var host = new PowerShellHost();
        var variables = EmulatorFixture.ConnectVariables(fixture.UK);
        variables["regions"] = new Hashtable(fixture.Emulator.Regions.ToDictionary(r => r.Name, r => (object)r.BaseUri));

        PSObject connection = host.RunWith("Connect-Clockify -Region Auto -RegionBaseUri $regions -ApiKey $key -PassThru", variables).Succeeded().Single;

        Assert.Equal("UK", connection.Properties["Region"].Value.ToString());
        Assert.Equal(fixture.UK.UserId, connection.Properties["UserId"].Value);
        Assert.All(fixture.Emulator.Regions, region => Assert.Contains(region.Name, host.Run("Get-ClockifyRegion | ForEach-Object { $_.Region.ToString() }").Output.Select(o => o.ToString())));
        Assert.True(fixture.Emulator.Counters.Count("GET", "/api/v1/user") >= 5, "every region was asked");
    }

    [Fact]
    public void Region_Auto_reports_every_region_refusing_a_key_that_none_accepts()
    {
        using var host = new PowerShellHost();
        var variables = EmulatorFixture.ConnectVariables(fixture.UK, "not-a-real-key-0000");
        variables["regions"] = new Hashtable(fixture.Emulator.Regions.ToDictionary(r => r.Name, r => (object)r.BaseUri));

        PowerShellResult result = host.RunWith("Connect-Clockify -Region Auto -RegionBaseUri $regions -ApiKey $key", variables);

        Assert.Equal("Clockify.Connect.Unauthorized", result.Error.FullyQualifiedErrorId.Split(',')[0]);
        foreach (string region in new[] { "Global", "EU", "USA", "UK", "AU" })
        {
            Assert.Contains(region + " (", result.Error.Exception.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("not-a-real-key-0000", result.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_from_another_region_gets_401_with_advice_and_is_never_echoed()
    {
        using var host = new PowerShellHost();

        PowerShellResult result = host.RunWith("Connect-Clockify -BaseUri $base -ApiKey $key -Verbose", EmulatorFixture.ConnectVariables(fixture.EU, fixture.UK.ApiKey));

        ErrorRecord error = result.Error;
        Assert.Equal("Clockify.Connect.Unauthorized", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("4003", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Connect-Clockify -Region Auto", error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.UK.ApiKey, result.AllText(), StringComparison.Ordinal);
        Assert.Empty(host.Run("Get-ClockifyConnection").Output);
    }

    [Fact]
    public void The_suite_wide_key_scan_catches_a_key_in_any_stream()
    {
        using var host = new PowerShellHost();

        // Every Run checks all streams for every emulator key; prove that check bites.
        Assert.Throws<Xunit.Sdk.XunitException>(() => host.Run("$args[0]", fixture.EU.ApiKey));
        Assert.Throws<Xunit.Sdk.XunitException>(() => host.Run("throw $args[0]", fixture.UK.AddonToken));
        Assert.Throws<Xunit.Sdk.XunitException>(() => host.Run("[pscustomobject]@{ Secret = $args[0] }", fixture.EU.ApiKey));
    }

    [Fact]
    public void An_addon_token_connects_through_X_Addon_Token()
    {
        using var host = new PowerShellHost();
        var variables = EmulatorFixture.ConnectVariables(fixture.EU);
        variables["token"] = EmulatorFixture.Secure(fixture.EU.AddonToken);

        PSObject connection = host.RunWith("Connect-Clockify -BaseUri $base -AddonToken $token -PassThru", variables).Succeeded().Single;

        Assert.Equal("AddonToken", connection.Properties["AuthenticationType"].Value.ToString());
    }

    [Fact]
    public void Verbose_shows_each_request_and_retry_but_never_the_key()
    {
        using var host = new PowerShellHost();
        fixture.Emulator.Faults.FailNext(1, 429);

        PowerShellResult result = host.RunWith("Connect-Clockify -BaseUri $base -ApiKey $key -Verbose", EmulatorFixture.ConnectVariables(fixture.EU)).Succeeded();

        string userUrl = new Uri(fixture.EU.BaseUri, "api/v1/user").AbsoluteUri;
        Assert.Contains("GET " + userUrl, result.Verbose);
        Assert.Contains(result.Verbose, v => v.StartsWith("Retry 1/6 of GET " + userUrl, StringComparison.Ordinal) && v.Contains("429", StringComparison.Ordinal));
        Assert.Contains(result.Verbose, v => v.StartsWith("Connected as " + fixture.EU.UserEmail, StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.EU.ApiKey, result.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Connect-Clockify -BaseUri http://clockify.example.com -ApiKey $key", "Clockify.Connect.InvalidEndpoint")]
    [InlineData("Connect-Clockify -ApiBaseUri http://10.1.2.3/api/v1 -ApiKey $key", "Clockify.Connect.InvalidEndpoint")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -AddonToken $key", "Clockify.Connect.AmbiguousCredential")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -WorkspaceId 'not-an-id'", "Clockify.Connect.InvalidWorkspaceId")]
    [InlineData("Connect-Clockify -Region EU -ApiKey $key -Subdomain 'acme.clockify.me'", "Clockify.Connect.InvalidEndpoint")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -Region Mars", "ParameterArgumentValidationError")]
    [InlineData("Connect-Clockify -RegionBaseUri @{ Moon = 'http://127.0.0.1:1' } -ApiKey $key", "Clockify.Connect.InvalidRegion")]
    [InlineData("Connect-Clockify -RegionBaseUri @{ EU = 'http://exa mple:99999' } -ApiKey $key", "Clockify.Connect.InvalidEndpoint")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -RegionBaseUri @{ EU = 'http://127.0.0.1:1' }", "Clockify.Connect.ConflictingParameters")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -Subdomain acme", "Clockify.Connect.ConflictingParameters")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -RateLimitPeriod 0", "Clockify.Connect.InvalidRateLimit")]
    public void Bad_input_is_a_specific_error_before_any_request(string script, string errorId)
    {
        using var host = new PowerShellHost();
        long before = fixture.Emulator.Counters.TotalRequests;

        PowerShellResult result = host.RunWith(script, EmulatorFixture.ConnectVariables(fixture.EU));

        Assert.Equal(errorId, result.Error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(before, fixture.Emulator.Counters.TotalRequests);
        Assert.DoesNotContain(fixture.EU.ApiKey, result.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Disconnect_forgets_the_connection_and_later_calls_say_how_to_connect()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);

        host.Run("Disconnect-Clockify").Succeeded();

        Assert.Empty(host.Run("Get-ClockifyConnection").Succeeded().Output);
        ErrorRecord error = host.Run("Invoke-ClockifyRestMethod /user").Error;
        Assert.Equal("Clockify.InvokeRestMethod.NotConnected", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("Connect-Clockify", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disconnect_WhatIf_keeps_the_connection()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);

        host.Run("Disconnect-Clockify -WhatIf").Succeeded();

        Assert.Single(host.Run("Get-ClockifyConnection").Succeeded().Output);
    }
}
