using System.Threading.Tasks;
using Xunit;
using static ClockifyPS.Emulator.Tests.Http;

namespace ClockifyPS.Emulator.Tests;

public sealed class KeyRotationTests
{
    [Fact]
    public async Task After_rotation_the_old_key_is_4003_and_the_new_one_works()
    {
        await using var emu = await ClockifyEmulator.StartAsync(new EmulatorOptions { RequestsPerSecond = 0 });
        var g = emu.Region("Global");
        var old = g.ApiKey;
        var fresh = g.RotateApiKey();
        Assert.NotEqual(old, fresh);
        Assert.Equal(4003, (await GetAsync(g, "api/v1/user", old)).Code);
        Assert.Equal(200, (await GetAsync(g, "api/v1/user", fresh)).Status);
    }
}
