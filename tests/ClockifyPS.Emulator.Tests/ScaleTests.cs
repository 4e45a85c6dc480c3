using System.Diagnostics;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;
using static ClockifyPS.Emulator.Tests.Http;

namespace ClockifyPS.Emulator.Tests;

public sealed class ScaleTests
{
    private readonly ITestOutputHelper _out;
    public ScaleTests(ITestOutputHelper output) => _out = output;

    [Fact]
    public async Task One_million_entries_seed_and_list_5000_per_page_quickly()
    {
        var sw = Stopwatch.StartNew();
        await using var emu = await ClockifyEmulator.StartAsync(new EmulatorOptions { TimeEntryCount = 1_000_000, RequestsPerSecond = 0 });
        var seeded = sw.Elapsed;
        var g = emu.Region("Global");
        Assert.Equal(1_000_000, g.TimeEntryCount(g.WorkspaceId));
        Assert.Equal(500, g.UserIds.Count);

        var user = g.UserIds[7];
        await GetAsync(g, $"{Ws(g)}/user/{user}/time-entries?page-size=10"); // warm up
        sw.Restart();
        var page = await GetAsync(g, $"{Ws(g)}/user/{user}/time-entries?page-size=5000");
        var listed = sw.Elapsed;
        Assert.Equal(2000, page.Json.GetArrayLength());
        Assert.Equal("true", page.Header("Last-Page"));

        sw.Restart();
        var window = await GetAsync(g, $"{Ws(g)}/user/{user}/time-entries?start=2025-06-01T00:00:00Z&end=2025-06-30T23:59:59Z&page-size=5000");
        var windowed = sw.Elapsed;
        Assert.InRange(window.Json.GetArrayLength(), 100, 250);

        _out.WriteLine($"seed {seeded.TotalSeconds:0.0}s, list 2000 {listed.TotalMilliseconds:0} ms, window {windowed.TotalMilliseconds:0} ms, heap {System.GC.GetTotalMemory(false) / 1048576} MB");
        Assert.True(seeded.TotalSeconds < 60, $"seeding took {seeded}");
        Assert.True(listed.TotalSeconds < 2, $"listing took {listed}");
    }
}
