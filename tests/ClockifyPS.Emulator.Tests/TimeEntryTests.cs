using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;
using static ClockifyPS.Emulator.Tests.Http;

namespace ClockifyPS.Emulator.Tests;

public sealed class TimeEntryTests
{
    private static Task<ClockifyEmulator> StartAsync(int entries = 0, string? zone = "America/New_York", int users = 0) =>
        ClockifyEmulator.StartAsync(new EmulatorOptions { TimeEntryCount = entries, RequestsPerSecond = 0, PrimaryUserTimeZone = zone, UserCount = users });

    [Fact]
    public async Task Time_zone_trap_start_end_are_wall_clock_in_the_profile_zone_even_with_Z()
    {
        await using var emu = await StartAsync();
        var g = emu.Region("Global");
        // 2025-03-10 15:00Z = 11:00 in New York (EDT, UTC-4).
        var created = await PostAsync(g, Ws(g) + "/time-entries", new { start = "2025-03-10T15:00:00Z", end = "2025-03-10T16:00:00Z", description = "trap" });
        Assert.Equal(201, created.Status);
        var list = $"{Ws(g)}/user/{g.UserId}/time-entries";

        // A naive UTC window 14:30Z..15:30Z is read as 14:30..15:30 New York = 18:30Z..19:30Z: empty.
        var naive = await GetAsync(g, list + "?start=2025-03-10T14:30:00Z&end=2025-03-10T15:30:00Z");
        Assert.Equal("[]", naive.Body);

        // The same instants converted to profile wall-clock (10:30..11:30) find it.
        var right = await GetAsync(g, list + "?start=2025-03-10T10:30:00Z&end=2025-03-10T11:30:00Z");
        var e = Assert.Single(right.Json.EnumerateArray());
        Assert.Equal("2025-03-10T15:00:00Z", e.GetProperty("timeInterval").GetProperty("start").GetString());
        Assert.Equal("PT1H", e.GetProperty("timeInterval").GetProperty("duration").GetString());
    }

    [Fact]
    public async Task Null_settings_means_utc_and_user_shows_settings_null()
    {
        await using var emu = await StartAsync(zone: null);
        var g = emu.Region("Global");
        var user = await GetAsync(g, "api/v1/user");
        Assert.Equal(JsonValueKind.Null, user.Json.GetProperty("settings").ValueKind);
        await PostAsync(g, Ws(g) + "/time-entries", new { start = "2025-03-10T15:00:00Z", end = "2025-03-10T16:00:00Z" });
        var r = await GetAsync(g, $"{Ws(g)}/user/{g.UserId}/time-entries?start=2025-03-10T14:30:00Z&end=2025-03-10T15:30:00Z");
        Assert.Single(r.Json.EnumerateArray());
    }

    [Fact]
    public async Task Malformed_date_parameter_is_400()
    {
        await using var emu = await StartAsync();
        var g = emu.Region("Global");
        var r = await GetAsync(g, $"{Ws(g)}/user/{g.UserId}/time-entries?start=2025-03-10");
        Assert.Equal(400, r.Status);
        Assert.True(r.Json.GetProperty("code").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task Paging_Last_Page_header_and_5000_cap()
    {
        await using var emu = await StartAsync(entries: 12000, users: 2);
        var g = emu.Region("Global");
        Assert.Equal(6000, g.TimeEntryCount(g.WorkspaceId, g.UserId));
        var list = $"{Ws(g)}/user/{g.UserId}/time-entries";

        var first = await GetAsync(g, list + "?page-size=10000");
        Assert.Equal(5000, first.Json.GetArrayLength());
        Assert.Equal("false", first.Header("Last-Page"));
        var second = await GetAsync(g, list + "?page=2&page-size=10000");
        Assert.Equal(1000, second.Json.GetArrayLength());
        Assert.Equal("true", second.Header("Last-Page"));

        var dflt = await GetAsync(g, list);
        Assert.Equal(50, dflt.Json.GetArrayLength());
        Assert.Equal("false", dflt.Header("Last-Page"));

        // Sorted by start descending, no overlap between pages.
        var starts = first.Json.EnumerateArray().Select(e => e.GetProperty("timeInterval").GetProperty("start").GetString()!).ToList();
        Assert.Equal(starts.OrderByDescending(s => s, StringComparer.Ordinal), starts);
        var ids = first.Json.EnumerateArray().Concat(second.Json.EnumerateArray()).Select(e => e.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(6000, ids.Count);
    }

    [Fact]
    public async Task Timer_start_stop_and_in_progress()
    {
        await using var emu = await StartAsync();
        var g = emu.Region("Global");
        var a = await PostAsync(g, Ws(g) + "/time-entries", new { start = "2025-05-01T08:00:00Z", description = "first timer" });
        Assert.Equal(201, a.Status);
        Assert.Equal(JsonValueKind.Null, a.Json.GetProperty("timeInterval").GetProperty("end").ValueKind);
        Assert.Equal(JsonValueKind.Null, a.Json.GetProperty("timeInterval").GetProperty("duration").ValueKind);

        // Starting a second timer stops the first at the new start.
        var b = await PostAsync(g, Ws(g) + "/time-entries", new { start = "2025-05-01T09:30:00Z", description = "second timer" });
        var firstNow = await GetAsync(g, $"{Ws(g)}/time-entries/{a.Json.GetProperty("id").GetString()}");
        Assert.Equal("2025-05-01T09:30:00Z", firstNow.Json.GetProperty("timeInterval").GetProperty("end").GetString());
        Assert.Equal("PT1H30M", firstNow.Json.GetProperty("timeInterval").GetProperty("duration").GetString());

        var running = await GetAsync(g, Ws(g) + "/time-entries/status/in-progress");
        Assert.Equal(b.Json.GetProperty("id").GetString(), Assert.Single(running.Json.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("true", running.Header("Last-Page"));

        var stop = await SendAsync(g, HttpMethod.Patch, $"{Ws(g)}/user/{g.UserId}/time-entries", new { end = "2025-05-01T10:00:00Z" });
        Assert.Equal(200, stop.Status);
        Assert.Equal("PT30M", stop.Json.GetProperty("timeInterval").GetProperty("duration").GetString());

        // Nothing running: a no-op.
        var again = await SendAsync(g, HttpMethod.Patch, $"{Ws(g)}/user/{g.UserId}/time-entries", new { end = "2025-05-01T11:00:00Z" });
        Assert.Equal(200, again.Status);
        Assert.Equal("", again.Body);
        Assert.Equal("[]", (await GetAsync(g, Ws(g) + "/time-entries/status/in-progress")).Body);
    }

    [Fact]
    public async Task Create_update_delete_bulk_and_validation()
    {
        await using var emu = await StartAsync();
        var g = emu.Region("Global");
        var projects = (await GetAsync(g, Ws(g) + "/projects?archived=false")).Json;
        var projectId = projects[0].GetProperty("id").GetString();
        var tagId = (await GetAsync(g, Ws(g) + "/tags")).Json[0].GetProperty("id").GetString();
        var fieldId = (await GetAsync(g, Ws(g) + "/custom-fields")).Json[0].GetProperty("id").GetString();

        var bad = await PostAsync(g, Ws(g) + "/time-entries", new { start = "2025-05-01T10:00:00Z", end = "2025-05-01T09:00:00Z" });
        Assert.Equal(400, bad.Status);
        Assert.Equal(501, bad.Code);

        var e = await PostAsync(g, Ws(g) + "/time-entries", new
        {
            start = "2025-05-01T10:00:00Z", end = "2025-05-01T11:15:30Z", projectId, tagIds = new[] { tagId }, description = "work",
            customFields = new[] { new { customFieldId = fieldId, value = "T-1" } },
            customFieldValues = new[] { new { customFieldId = fieldId, value = "ignored" } },
        });
        Assert.Equal(201, e.Status);
        Assert.Equal("PT1H15M30S", e.Json.GetProperty("timeInterval").GetProperty("duration").GetString());
        Assert.Equal("T-1", e.Json.GetProperty("customFieldValues")[0].GetProperty("value").GetString());
        var id = e.Json.GetProperty("id").GetString();

        var put = await SendAsync(g, HttpMethod.Put, $"{Ws(g)}/time-entries/{id}", new { start = "2025-05-01T10:00:00Z", end = "2025-05-01T12:00:00Z", description = "changed" });
        Assert.Equal(200, put.Status);
        Assert.Equal("changed", put.Json.GetProperty("description").GetString());
        Assert.Equal("PT2H", put.Json.GetProperty("timeInterval").GetProperty("duration").GetString());

        var hydrated = await GetAsync(g, $"{Ws(g)}/time-entries/{id}?hydrated=true");
        Assert.Equal(JsonValueKind.Null, hydrated.Json.GetProperty("project").ValueKind);

        var other = await PostAsync(g, Ws(g) + "/time-entries", new { start = "2025-05-02T10:00:00Z", end = "2025-05-02T11:00:00Z" });
        var otherId = other.Json.GetProperty("id").GetString();
        var bulkEdit = await SendAsync(g, HttpMethod.Put, $"{Ws(g)}/user/{g.UserId}/time-entries", new[] { new { id = otherId, description = "bulk" } });
        Assert.Equal("bulk", bulkEdit.Json[0].GetProperty("description").GetString());

        var bulk = await SendAsync(g, HttpMethod.Delete, $"{Ws(g)}/user/{g.UserId}/time-entries?time-entry-ids={id}&time-entry-ids={otherId}");
        Assert.Equal(2, bulk.Json.GetArrayLength());
        Assert.Equal(0, g.TimeEntryCount(g.WorkspaceId));
        Assert.Equal(404, (await GetAsync(g, $"{Ws(g)}/time-entries/{id}")).Status);

        var missing = await SendAsync(g, HttpMethod.Delete, $"{Ws(g)}/user/{g.UserId}/time-entries");
        Assert.Equal(400, missing.Status);
        Assert.Equal(3001, missing.Code);

        Assert.Equal(2, emu.Counters.CreatedEntities("timeEntry"));
        Assert.Equal(2, emu.Counters.DeletedEntities("timeEntry"));
    }

    [Fact]
    public async Task Seed_is_deterministic()
    {
        await using var a = await StartAsync(entries: 3000);
        await using var b = await StartAsync(entries: 3000);
        var ga = a.Region("Global");
        var gb = b.Region("Global");
        var ra = await GetAsync(ga, $"{Ws(ga)}/user/{ga.UserId}/time-entries?page-size=200");
        var rb = await GetAsync(gb, $"{Ws(gb)}/user/{gb.UserId}/time-entries?page-size=200");
        Assert.Equal(ra.Body, rb.Body);
        Assert.Equal(ga.ApiKey, gb.ApiKey);
    }
}
