using System.Management.Automation;
using Xunit;

namespace ClockifyPS.Tests.Support;

/// <summary>
/// Cmdlet tests against the EU emulator as its primary user: faults and counters are reset for each test, and
/// the bad-input check (the right error id, and not one request sent) is shared.
/// </summary>
public abstract class ConnectedCmdletTests : IClassFixture<EmulatorFixture>
{
    protected ConnectedCmdletTests(EmulatorFixture fixture)
    {
        Fixture = fixture;
        fixture.ResetFaults();
    }

    protected EmulatorFixture Fixture { get; }

    protected PowerShellHost Connected()
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, Fixture.EU);
        return host;
    }

    /// <summary>A host connected to the EU region as <paramref name="userId"/>, with that user's key.</summary>
    protected PowerShellHost ConnectedAs(string userId)
    {
        var host = new PowerShellHost();
        host.RunWith("Connect-Clockify -BaseUri $base -ApiKey $key", EmulatorFixture.ConnectVariables(Fixture.EU, Fixture.EU.ApiKeyFor(userId))).Succeeded();
        return host;
    }

    /// <summary>Runs <paramref name="script"/> and checks it fails with <paramref name="errorId"/> before any request.</summary>
    protected void AssertRefusedBeforeAnyRequest(string script, string errorId)
    {
        using PowerShellHost host = Connected();
        long requests = Fixture.Emulator.Counters.TotalRequests;

        ErrorRecord error = host.Run(script).Error;

        Assert.Equal(errorId, error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.False(string.IsNullOrWhiteSpace(error.Exception.Message));
        Assert.Equal(requests, Fixture.Emulator.Counters.TotalRequests);
    }
}
