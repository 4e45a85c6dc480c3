using System;
using System.Collections.Generic;
using System.Security;
using System.Threading.Tasks;
using ClockifyPS.Emulator;
using Xunit;

namespace ClockifyPS.Tests.Support;

/// <summary>One loopback emulator with all five regions for a test class; stopped when the class is done.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public ClockifyEmulator Emulator { get; private set; } = null!;

    public EmulatedRegion Global => Emulator.Region("Global");

    public EmulatedRegion EU => Emulator.Region("EU");

    public EmulatedRegion UK => Emulator.Region("UK");

    public async Task InitializeAsync()
    {
        Emulator = await ClockifyEmulator.StartAsync(new EmulatorOptions
        {
            Regions = ClockifyEmulator.KnownRegions,
            RequestsPerSecond = 0,
            TimeEntryCount = 200,
        });
        foreach (EmulatedRegion region in Emulator.Regions)
        {
            Secrets.Register(region.ApiKey);
            Secrets.Register(region.AddonToken);
            foreach (string user in region.UserIds)
            {
                Secrets.Register(region.ApiKeyFor(user));
            }
        }
    }

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    /// <summary>Variables for a script that connects to <paramref name="region"/> as its primary user.</summary>
    public static Dictionary<string, object?> ConnectVariables(EmulatedRegion region, string? key = null) => new()
    {
        ["base"] = region.BaseUri,
        ["key"] = Secure(key ?? region.ApiKey),
    };

    /// <summary>Connects the host's runspace to <paramref name="region"/> and returns the connection.</summary>
    public static PowerShellResult Connect(PowerShellHost host, EmulatedRegion region) =>
        host.RunWith("Connect-Clockify -BaseUri $base -ApiKey $key -PassThru", ConnectVariables(region)).Succeeded();

    public static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (char c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }

    public void ResetFaults()
    {
        Emulator.Faults.Reset();
        Emulator.Counters.Reset();
    }
}
