using System;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

/// <summary>Environment variables are process-wide, so these tests run alone.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment
{
}

[Collection(nameof(ProcessEnvironment))]
public class ConnectFromEnvironmentTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public ConnectFromEnvironmentTests(EmulatorFixture fixture) => this.fixture = fixture;

    [Fact]
    public void A_scheduled_task_connects_from_environment_variables_alone()
    {
        using var host = new PowerShellHost();
        var variables = EmulatorFixture.ConnectVariables(fixture.UK);
        variables["plainKey"] = fixture.UK.ApiKey;
        variables["ws"] = fixture.UK.SecondWorkspaceId;

        PowerShellResult result = host.RunWith(
            @"try {
                $env:CLOCKIFY_API_KEY = $plainKey; $env:CLOCKIFY_BASE_URI = $base.AbsoluteUri
                $env:CLOCKIFY_REGION = 'UK'; $env:CLOCKIFY_WORKSPACE_ID = $ws
                Connect-Clockify -PassThru -Verbose
            } finally {
                'CLOCKIFY_API_KEY', 'CLOCKIFY_BASE_URI', 'CLOCKIFY_REGION', 'CLOCKIFY_WORKSPACE_ID' | ForEach-Object { [Environment]::SetEnvironmentVariable($_, $null) }
            }",
            variables).Succeeded();

        Assert.Equal(fixture.UK.UserId, result.Single.Properties["UserId"].Value);
        Assert.Equal(fixture.UK.SecondWorkspaceId, result.Single.Properties["WorkspaceId"].Value);
        Assert.Equal("UK", result.Single.Properties["Region"].Value.ToString());
        Assert.Contains("Using the API key from CLOCKIFY_API_KEY.", result.Verbose);
        Assert.DoesNotContain(fixture.UK.ApiKey, result.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_key_anywhere_is_a_clear_error()
    {
        using var host = new PowerShellHost();

        PowerShellResult result = host.Run("[Environment]::SetEnvironmentVariable('CLOCKIFY_API_KEY', $null); Connect-Clockify");

        Assert.Equal("Clockify.Connect.MissingCredential", result.Error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("CLOCKIFY_API_KEY", result.Error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_region_in_the_environment_is_named_in_the_error()
    {
        using var host = new PowerShellHost();
        var variables = EmulatorFixture.ConnectVariables(fixture.UK);

        PowerShellResult result = host.RunWith("try { $env:CLOCKIFY_REGION = 'Mars'; Connect-Clockify -ApiKey $key } finally { [Environment]::SetEnvironmentVariable('CLOCKIFY_REGION', $null) }", variables);

        Assert.Equal("Clockify.Connect.InvalidRegion", result.Error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("'Mars' is not a Clockify region", result.Error.Exception.Message, StringComparison.Ordinal);
    }
}
