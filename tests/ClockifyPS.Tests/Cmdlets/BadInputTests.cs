using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

/// <summary>Malformed parameters and bodies: each gets its own clear error, and not one request is sent.</summary>
public class BadInputTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public BadInputTests(EmulatorFixture fixture) => this.fixture = fixture;

    [Theory]
    [InlineData("Connect-Clockify -BaseUri http://clockify.example.com -ApiKey $key", "Clockify.Connect.InvalidEndpoint")]
    [InlineData("Connect-Clockify -ApiBaseUri http://10.1.2.3/api/v1 -ApiKey $key", "Clockify.Connect.InvalidEndpoint")]
    [InlineData("Connect-Clockify -ReportsBaseUri ftp://127.0.0.1/report -ApiKey $key", "Clockify.Connect.InvalidEndpoint")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -AddonToken $key", "Clockify.Connect.AmbiguousCredential")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -WorkspaceId 'not-an-id'", "Clockify.Connect.InvalidWorkspaceId")]
    [InlineData("Connect-Clockify -Region EU -ApiKey $key -Subdomain 'acme.clockify.me'", "Clockify.Connect.InvalidEndpoint")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -Region Mars", "ParameterArgumentValidationError")]
    [InlineData("Connect-Clockify -RegionBaseUri @{ Moon = 'http://127.0.0.1:1' } -ApiKey $key", "Clockify.Connect.InvalidRegion")]
    [InlineData("Connect-Clockify -RegionBaseUri @{ EU = 'http://exa mple:99999' } -ApiKey $key", "Clockify.Connect.InvalidEndpoint")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -RegionBaseUri @{ EU = 'http://127.0.0.1:1' }", "Clockify.Connect.ConflictingParameters")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -Subdomain acme", "Clockify.Connect.ConflictingParameters")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -RateLimitPeriod 0", "Clockify.Connect.InvalidRateLimit")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -RequestTimeout 0", "Clockify.Connect.InvalidRequestTimeout")]
    [InlineData("Connect-Clockify -BaseUri $base -ApiKey $key -RateLimit -1", "ParameterArgumentValidationError")]
    public void Connecting_with_bad_input_sends_nothing(string script, string errorId) => AssertRefused(new PowerShellHost(), script, errorId);

    [Theory]
    [InlineData("Invoke-ClockifyRestMethod https://evil.example.com/collect", "Clockify.InvokeRestMethod.AbsolutePath")]
    [InlineData("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -Method POST -Body '{name: oops'", "Clockify.InvokeRestMethod.InvalidJsonBody")]
    [InlineData("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -Method POST -All", "Clockify.InvokeRestMethod.AllNeedsGet")]
    [InlineData("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -All -OutFile x.json", "Clockify.InvokeRestMethod.ConflictingParameters")]
    [InlineData("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -WorkspaceId nope", "Clockify.InvokeRestMethod.InvalidWorkspaceId")]
    [InlineData("Get-ClockifyTag -Id 'x1'", "Clockify.GetTag.InvalidId")]
    [InlineData("Get-ClockifyTag -WorkspaceId 'nope'", "Clockify.GetTag.InvalidWorkspaceId")]
    [InlineData("Get-ClockifyTimeEntry -Start '2030-01-02Z' -End '2030-01-01Z'", "Clockify.GetTimeEntry.EndBeforeStart")]
    [InlineData("Get-ClockifyTimeEntry -Start '2030-01-01 09:00' -TimeZone Mars/Base", "Clockify.GetTimeEntry.UnknownTimeZone")]
    [InlineData("Get-ClockifyTimeEntry -Today -ThisWeek", "Clockify.GetTimeEntry.AmbiguousPeriod")]
    [InlineData("Get-ClockifyTimeEntry -ProjectId nope", "Clockify.GetTimeEntry.InvalidProjectId")]
    [InlineData("Get-ClockifyTimeEntry -UserId nope", "Clockify.GetTimeEntry.InvalidUserId")]
    [InlineData("Get-ClockifyTimeEntry -Start 'next tuesday-ish'", "CannotConvertArgumentNoMessage")]
    [InlineData("New-ClockifyTimeEntry -Start '2035-01-02T10:00Z' -End '2035-01-02T09:00Z'", "Clockify.NewTimeEntry.EndBeforeStart")]
    [InlineData("New-ClockifyTimeEntry -Start '2035-01-02T10:00Z' -Duration '-00:10:00'", "Clockify.NewTimeEntry.InvalidDuration")]
    [InlineData("New-ClockifyTimeEntry -Start '2035-01-02T10:00Z' -Duration 01:00:00 -UserId nope", "Clockify.NewTimeEntry.InvalidUserId")]
    [InlineData("New-ClockifyTimeEntry -Start '2035-01-02T10:00Z' -Duration 01:00:00 -Task Design", "Clockify.NewTimeEntry.TaskNeedsProject")]
    [InlineData("New-ClockifyTimeEntry -Start '2035-01-02 10:00' -Duration 01:00:00 -TimeZone Nowhere/Town", "Clockify.NewTimeEntry.UnknownTimeZone")]
    [InlineData("Set-ClockifyTimeEntry -Id nope -Description x", "Clockify.SetTimeEntry.InvalidId")]
    [InlineData("Remove-ClockifyTimeEntry -Id nope -Confirm:$false", "Clockify.RemoveTimeEntry.InvalidId")]
    [InlineData("Copy-ClockifyTimeEntry -Id nope", "Clockify.CopyTimeEntry.InvalidId")]
    [InlineData("Stop-ClockifyTimer -UserId nope", "Clockify.StopTimer.InvalidUserId")]
    [InlineData("New-ClockifyProject -Name 'x'", "ParameterArgumentValidationError")]
    [InlineData("New-ClockifyProject -Name 'Website' -Color 'red'", "ParameterArgumentValidationError")]
    [InlineData("New-ClockifyProject -Name 'Website 2' -HourlyRate 12.505", "Clockify.NewProject.InvalidAmount")]
    [InlineData("Set-ClockifyProject -Id 0123456789abcdef01234567 -HourlyRate 0.001", "Clockify.SetProject.InvalidAmount")]
    [InlineData("Get-ClockifyUser -Email 'not-an-email'", "Clockify.GetUser.InvalidEmail")]
    [InlineData("Set-ClockifyRegion -Region EU -BaseUri http://example.com", "Clockify.SetRegion.InvalidEndpoint")]
    [InlineData("Get-ClockifyProject -Id nope", "Clockify.GetProject.InvalidId")]
    [InlineData("Get-ClockifySummaryReport -Start '2025-02-01Z' -End '2025-01-01Z'", "Clockify.GetSummaryReport.EndBeforeStart")]
    public void Working_with_bad_input_sends_nothing(string script, string errorId)
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        AssertRefused(host, script, errorId);
    }

    private void AssertRefused(PowerShellHost host, string script, string errorId)
    {
        using (host)
        {
            long requests = fixture.Emulator.Counters.TotalRequests;

            PowerShellResult result = host.RunWith(script, EmulatorFixture.ConnectVariables(fixture.EU));

            Assert.Equal(errorId, result.Error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.False(string.IsNullOrWhiteSpace(result.Error.Exception.Message));
            Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
        }
    }
}
