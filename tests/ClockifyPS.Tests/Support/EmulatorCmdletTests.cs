using System.Management.Automation;
using Xunit;

namespace ClockifyPS.Tests.Support;

/// <summary>
/// A cmdlet test class against the EU region of its own emulator: faults and counters reset before each test,
/// hosts connected as the owner or another user, and the check that bad input is refused before any request.
/// </summary>
public abstract class EmulatorCmdletTests : IClassFixture<EmulatorFixture>
{
    protected EmulatorCmdletTests(EmulatorFixture fixture)
    {
        Fixture = fixture;
        fixture.ResetFaults();
    }

    protected EmulatorFixture Fixture { get; }

    /// <summary>A host connected to the EU region as its owner.</summary>
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

    /// <summary>Runs <paramref name="script"/> and checks it fails with <paramref name="errorId"/> and sends nothing.</summary>
    protected void AssertRefusedBeforeAnyRequest(string script, string errorId)
    {
        using PowerShellHost host = Connected();
        long requests = Fixture.Emulator.Counters.TotalRequests;

        ErrorRecord error = host.Run(script).Error;

        Assert.Equal(errorId, error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, Fixture.Emulator.Counters.TotalRequests);
    }
}
