using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;
using static ClockifyPS.Emulator.Tests.Http;

namespace ClockifyPS.Emulator.Tests;

/// <summary>Each test owns its emulator: faults and counters are global to an instance.</summary>
public sealed class FaultTests
{
    private static Task<ClockifyEmulator> StartAsync(double rate = 0, FaultSettings? faults = null) =>
        ClockifyEmulator.StartAsync(new EmulatorOptions { RequestsPerSecond = rate, Faults = faults ?? new FaultSettings() });

    [Fact]
    public async Task Rate_limit_answers_429_too_many_requests_without_retry_after()
    {
        await using var emu = await StartAsync(rate: 5);
        var g = emu.Region("Global");
        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => GetAsync(g, "api/v1/user")));
        var limited = replies.Where(r => r.Status == 429).ToList();
        Assert.InRange(limited.Count, 10, 15);
        Assert.All(limited, r =>
        {
            Assert.Equal("Too many requests", r.ErrorMessage);
            Assert.Equal(429, r.Code);
            Assert.Null(r.Message.Headers.RetryAfter);
        });
        Assert.Equal(limited.Count, emu.Counters.Responses(429));
        // Buckets are per key: another user's key is not limited.
        Assert.Equal(200, (await GetAsync(g, "api/v1/user", g.ApiKeyFor(g.UserIds[1]))).Status);
        await Task.Delay(1100);
        Assert.Equal(200, (await GetAsync(g, "api/v1/user")).Status);
    }

    [Fact]
    public async Task FailNext_is_deterministic_and_injected_429_can_carry_Retry_After()
    {
        await using var emu = await StartAsync();
        var g = emu.Region("Global");
        emu.Faults.FailNext(2, 503);
        emu.Faults.FailNext(1, 429, TimeSpan.FromSeconds(2));
        Assert.Equal(503, (await GetAsync(g, "api/v1/user")).Status);
        Assert.Equal(503, (await GetAsync(g, "api/v1/user")).Status);
        var tooMany = await GetAsync(g, "api/v1/user");
        Assert.Equal(429, tooMany.Status);
        Assert.Equal(TimeSpan.FromSeconds(2), tooMany.Message.Headers.RetryAfter?.Delta);
        Assert.Equal(200, (await GetAsync(g, "api/v1/user")).Status);

        emu.Faults.TooManyRequestsRate = 1;
        emu.Faults.TooManyRequestsRetryAfter = true;
        var injected = await GetAsync(g, "api/v1/user");
        Assert.Equal(429, injected.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), injected.Message.Headers.RetryAfter?.Delta);
        emu.Faults.TooManyRequestsRetryAfter = false;
        Assert.Null((await GetAsync(g, "api/v1/user")).Message.Headers.RetryAfter);
    }

    [Fact]
    public async Task Server_error_rate_uses_configured_statuses()
    {
        await using var emu = await StartAsync();
        var g = emu.Region("Global");
        emu.Faults.ServerErrorRate = 1;
        emu.Faults.ServerErrorStatuses = new[] { 502 };
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(502, (await GetAsync(g, "api/v1/user")).Status);
        }
        emu.Faults.ServerErrorRate = 0.5;
        emu.Faults.ServerErrorStatuses = new[] { 500, 503 };
        var statuses = (await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => GetAsync(g, "api/v1/user")))).Select(r => r.Status).ToList();
        Assert.InRange(statuses.Count(s => s == 200), 25, 75);
        Assert.All(statuses, s => Assert.Contains(s, new[] { 200, 500, 503 }));
    }

    [Fact]
    public async Task Dropped_connection_and_truncated_body_fail_on_the_client()
    {
        await using var emu = await StartAsync();
        var g = emu.Region("Global");
        emu.Faults.DropConnectionRate = 1;
        await Assert.ThrowsAsync<HttpRequestException>(() => GetAsync(g, "api/v1/user"));
        Assert.Equal(1, emu.Counters.Responses(0));
        emu.Faults.DropConnectionRate = 0;

        emu.Faults.TruncatedBodyRate = 1;
        var ex = await Record.ExceptionAsync(async () =>
        {
            var r = await GetAsync(g, Ws(g) + "/projects");
            JsonDocument.Parse(r.Body);
        });
        Assert.NotNull(ex); // either the read fails (content shorter than Content-Length) or the JSON is cut
        emu.Faults.Reset();
        Assert.Equal(200, (await GetAsync(g, Ws(g) + "/projects")).Status);
    }

    [Fact]
    public async Task Slow_responses_are_delayed()
    {
        await using var emu = await StartAsync();
        var g = emu.Region("Global");
        emu.Faults.SlowResponseRate = 1;
        emu.Faults.SlowResponseDelay = TimeSpan.FromMilliseconds(400);
        var sw = Stopwatch.StartNew();
        Assert.Equal(200, (await GetAsync(g, "api/v1/user")).Status);
        Assert.True(sw.ElapsedMilliseconds >= 380, $"took {sw.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Locked_workspace_fails_workspace_requests_only()
    {
        await using var emu = await StartAsync();
        var g = emu.Region("Global");
        emu.Faults.WorkspaceLocked = true;
        var locked = await GetAsync(g, Ws(g) + "/projects");
        Assert.Equal(403, locked.Status);
        Assert.Equal(4031, locked.Code);
        Assert.Equal("Workspace is locked for region transfer", locked.ErrorMessage);
        Assert.Equal(403, (await PostAsync(g, Report(g, "summary"), new { })).Status);
        Assert.Equal(200, (await GetAsync(g, "api/v1/user")).Status);
        emu.Faults.WorkspaceLockedStatus = 503;
        Assert.Equal(503, (await GetAsync(g, Ws(g) + "/tags")).Status);
    }

    [Fact]
    public async Task Faults_after_processing_create_the_entity_but_the_client_sees_failure()
    {
        await using var emu = await StartAsync();
        var g = emu.Region("Global");
        emu.Faults.FaultsAfterProcessing = true;
        emu.Faults.FailNext(1, 500);
        var r = await PostAsync(g, Ws(g) + "/time-entries", new { start = "2025-01-01T10:00:00Z", end = "2025-01-01T11:00:00Z" });
        Assert.Equal(500, r.Status);
        Assert.Equal(1, emu.Counters.CreatedEntities("timeEntry"));
        Assert.Equal(1, g.TimeEntryCount(g.WorkspaceId));

        emu.Faults.DropConnectionRate = 1;
        await Assert.ThrowsAsync<HttpRequestException>(() => PostAsync(g, Ws(g) + "/tags", new { name = "dropped-but-created" }));
        Assert.Equal(1, emu.Counters.CreatedEntities("tag"));

        // Without the flag the fault happens first and nothing is created.
        emu.Faults.Reset();
        emu.Faults.FailNext(1, 503);
        Assert.Equal(503, (await PostAsync(g, Ws(g) + "/time-entries", new { start = "2025-01-02T10:00:00Z", end = "2025-01-02T11:00:00Z" })).Status);
        Assert.Equal(1, emu.Counters.CreatedEntities("timeEntry"));
        Assert.Equal(1, g.TimeEntryCount(g.WorkspaceId));
    }

    [Fact]
    public async Task Counters_count_requests_by_template_and_status()
    {
        await using var emu = await StartAsync();
        var g = emu.Region("Global");
        const string Template = "/api/v1/workspaces/{workspaceId}/user/{userId}/time-entries";
        for (var i = 0; i < 3; i++)
        {
            await GetAsync(g, $"{Ws(g)}/user/{g.UserId}/time-entries");
        }
        await GetAsync(g, "api/v1/user", "bad-key");
        await GetAsync(g, Ws(g) + "/time-entries");
        Assert.Equal(3, emu.Counters.Count("GET", Template));
        Assert.Equal(1, emu.Counters.Count("GET", "/api/v1/user"));
        Assert.Equal(1, emu.Counters.Count("GET", "/api/v1/workspaces/{workspaceId}/time-entries"));
        Assert.Equal(5, emu.Counters.TotalRequests);
        Assert.Equal(3, emu.Counters.Responses(200));
        Assert.Equal(1, emu.Counters.Responses(401));
        Assert.Equal(1, emu.Counters.Responses(405));
        emu.Counters.Reset();
        Assert.Equal(0, emu.Counters.TotalRequests);
    }

    [Fact]
    public async Task Admin_endpoints_control_faults_and_report_counters()
    {
        await using var emu = await StartAsync(faults: new FaultSettings { ServerErrorRate = 0.25 });
        var g = emu.Region("Global");
        using var http = new HttpClient { BaseAddress = g.BaseUri };
        var faults = JsonDocument.Parse(await http.GetStringAsync("__admin/faults")).RootElement;
        Assert.Equal(0.25, faults.GetProperty("serverErrorRate").GetDouble());

        using var put = new StringContent("{\"serverErrorRate\":0,\"workspaceLocked\":true,\"failNext\":{\"count\":1,\"status\":502}}", Encoding.UTF8, "application/json");
        Assert.True((await http.PutAsync("__admin/faults", put)).IsSuccessStatusCode);
        Assert.True(emu.Faults.WorkspaceLocked);
        Assert.Equal(0, emu.Faults.ServerErrorRate);
        Assert.Equal(502, (await GetAsync(g, "api/v1/user")).Status);

        var counters = JsonDocument.Parse(await http.GetStringAsync("__admin/counters")).RootElement;
        Assert.Equal(1, counters.GetProperty("totalRequests").GetInt64()); // admin calls are not counted
        Assert.Equal(1, counters.GetProperty("responses").GetProperty("502").GetInt64());

        Assert.True((await http.PostAsync("__admin/reset", null)).IsSuccessStatusCode);
        Assert.False(emu.Faults.WorkspaceLocked);
        Assert.Equal(0, emu.Counters.TotalRequests);
    }

    [Fact]
    public void Faults_parse_from_command_line_text()
    {
        var f = new FaultSettings();
        f.ApplyText("serverErrorRate=0.1,serverErrorStatuses=502|503,tooManyRequestsRetryAfter=true,slowResponseDelayMs=250");
        Assert.Equal(0.1, f.ServerErrorRate);
        Assert.Equal(new[] { 502, 503 }, f.ServerErrorStatuses);
        Assert.True(f.TooManyRequestsRetryAfter);
        Assert.Equal(TimeSpan.FromMilliseconds(250), f.SlowResponseDelay);
        f.ApplyText("{\"dropConnectionRate\":0.5}");
        Assert.Equal(0.5, f.DropConnectionRate);
        Assert.Throws<FormatException>(() => f.ApplyText("nonsense=1"));
    }
}
