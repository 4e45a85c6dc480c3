using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;
using static ClockifyPS.Emulator.Tests.Http;

namespace ClockifyPS.Emulator.Tests;

public sealed class CatalogAndReportTests : IClassFixture<SharedEmulator>
{
    private readonly SharedEmulator _f;
    public CatalogAndReportTests(SharedEmulator f) => _f = f;

    [Fact]
    public async Task User_workspaces_and_users_have_the_documented_shapes()
    {
        var g = _f.Global;
        var user = await GetAsync(g, "api/v1/user?include-memberships=true");
        Assert.Equal(g.UserId, user.Json.GetProperty("id").GetString());
        Assert.Equal(g.WorkspaceId, user.Json.GetProperty("activeWorkspace").GetString());
        Assert.Equal("America/New_York", user.Json.GetProperty("settings").GetProperty("timeZone").GetString());
        Assert.True(user.Json.GetProperty("memberships").GetArrayLength() >= 2);

        var ws = await GetAsync(g, "api/v1/workspaces?page-size=1");
        Assert.Equal(2, ws.Json.GetArrayLength()); // primary + second; page-size ignored; foreign not listed

        var users = await GetAsync(g, Ws(g) + "/users?page-size=2");
        Assert.Equal(2, users.Json.GetArrayLength());
        Assert.Equal("false", users.Header("Last-Page"));
        Assert.Equal("WORKSPACE", users.Json[0].GetProperty("memberships")[0].GetProperty("membershipType").GetString());
    }

    [Fact]
    public async Task Projects_archived_omitted_returns_both_and_name_filters()
    {
        var g = _f.Global;
        var all = (await GetAsync(g, Ws(g) + "/projects?page-size=500")).Json.EnumerateArray().ToList();
        var active = (await GetAsync(g, Ws(g) + "/projects?archived=false&page-size=500")).Json.EnumerateArray().ToList();
        var archived = (await GetAsync(g, Ws(g) + "/projects?archived=true&page-size=500")).Json.EnumerateArray().ToList();
        Assert.NotEmpty(archived);
        Assert.Equal(all.Count, active.Count + archived.Count);
        Assert.Equal(0, all[0].GetProperty("memberships").GetArrayLength());

        var hydrated = await GetAsync(g, Ws(g) + "/projects?hydrated=true&name=apol");
        var p = Assert.Single(hydrated.Json.EnumerateArray());
        Assert.Equal("Apollo", p.GetProperty("name").GetString());
        Assert.NotEqual(0, p.GetProperty("memberships").GetArrayLength());
        Assert.StartsWith("PT", p.GetProperty("duration").GetString(), StringComparison.Ordinal);
        Assert.Equal("[]", (await GetAsync(g, Ws(g) + "/projects?name=apol&strict-name-search=true")).Body);
        Assert.Single((await GetAsync(g, Ws(g) + "/projects?name=Apollo&strict-name-search=true")).Json.EnumerateArray());

        var clientId = p.GetProperty("clientId").GetString();
        var byClient = (await GetAsync(g, Ws(g) + $"/projects?clients={clientId}")).Json.EnumerateArray();
        Assert.All(byClient, x => Assert.Equal(clientId, x.GetProperty("clientId").GetString()));
        var billable = (await GetAsync(g, Ws(g) + "/projects?billable=true")).Json.EnumerateArray();
        Assert.All(billable, x => Assert.True(x.GetProperty("billable").GetBoolean()));
    }

    [Theory]
    [InlineData("X", "#123456")]
    [InlineData("Valid name", "red")]
    [InlineData("Apollo", "#123456")]
    public async Task Project_create_rules_are_400_code_501(string name, string color)
    {
        var g = _f.Global;
        var clientId = (await GetAsync(g, Ws(g) + "/projects?name=Apollo&strict-name-search=true")).Json[0].GetProperty("clientId").GetString();
        var r = await PostAsync(g, Ws(g) + "/projects", new { name, color, clientId });
        Assert.Equal(400, r.Status);
        Assert.Equal(501, r.Code);
    }

    [Fact]
    public async Task Catalog_crud_counts_created_entities()
    {
        var g = _f.Global;
        var before = _f.Emulator.Counters.CreatedEntities("client");
        var c = await PostAsync(g, Ws(g) + "/clients", new { name = "Catalog Client " + Guid.NewGuid().ToString("N")[..6] });
        Assert.Equal(201, c.Status);
        Assert.Equal(before + 1, _f.Emulator.Counters.CreatedEntities("client"));
        var p = await PostAsync(g, Ws(g) + "/projects", new { name = "Catalog Project", color = "#ABCDEF", clientId = c.Json.GetProperty("id").GetString(), tasks = new[] { new { name = "T1" } } });
        Assert.Equal(201, p.Status);
        var pid = p.Json.GetProperty("id").GetString();
        var task = await PostAsync(g, Ws(g) + $"/projects/{pid}/tasks", new { name = "T2" });
        Assert.Equal(201, task.Status);
        Assert.Equal(2, (await GetAsync(g, Ws(g) + $"/projects/{pid}/tasks")).Json.GetArrayLength());
        var tag = await PostAsync(g, Ws(g) + "/tags", new { name = "catalog-tag" });
        Assert.Equal(201, tag.Status);
        Assert.Equal(400, (await PostAsync(g, Ws(g) + "/tags", new { name = "catalog-tag" })).Status);
        var grp = await PostAsync(g, Ws(g) + "/user-groups", new { name = "Catalog Group" });
        Assert.Equal(201, grp.Status);
        var withUser = await PostAsync(g, Ws(g) + $"/user-groups/{grp.Json.GetProperty("id").GetString()}/users", new { userId = g.UserId });
        Assert.Contains(g.UserId, withUser.Body, StringComparison.Ordinal);

        Assert.Equal(400, (await SendAsync(g, HttpMethod.Delete, Ws(g) + $"/projects/{pid}")).Status); // active project
        Assert.Equal(200, (await SendAsync(g, HttpMethod.Put, Ws(g) + $"/projects/{pid}", new { archived = true })).Status);
        Assert.Equal(200, (await SendAsync(g, HttpMethod.Delete, Ws(g) + $"/projects/{pid}")).Status);
        Assert.Equal(404, (await GetAsync(g, Ws(g) + $"/projects/{pid}")).Status);
    }

    [Fact]
    public async Task Summary_report_groups_nested_children_in_seconds()
    {
        var g = _f.Global;
        var r = await PostAsync(g, Report(g, "summary"), new
        {
            dateRangeStart = "2025-01-01T00:00:00.000Z", dateRangeEnd = "2025-12-31T23:59:59.999Z", timeZone = "UTC",
            summaryFilter = new { groups = new[] { "USER", "PROJECT", "TAG" } },
        });
        Assert.Equal(200, r.Status);
        var total = r.Json.GetProperty("totals")[0].GetProperty("totalTime").GetInt64();
        Assert.Equal(2000, r.Json.GetProperty("totals")[0].GetProperty("entriesCount").GetInt32());
        var users = r.Json.GetProperty("groupOne").EnumerateArray().ToList();
        Assert.Equal(total, users.Sum(u => u.GetProperty("duration").GetInt64()));
        var child = users[0].GetProperty("children")[0];
        Assert.True(child.GetProperty("children").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Number, child.GetProperty("duration").ValueKind);

        var filtered = await PostAsync(g, Report(g, "summary"), new
        {
            dateRangeStart = "2025-01-01T00:00:00Z", dateRangeEnd = "2025-12-31T23:59:59Z", timeZone = "UTC",
            users = new { ids = new[] { g.UserId }, contains = "CONTAINS", status = "ALL" },
            summaryFilter = new { groups = new[] { "USER" } },
        });
        Assert.Equal(g.UserId, Assert.Single(filtered.Json.GetProperty("groupOne").EnumerateArray()).GetProperty("_id").GetString());
    }

    [Fact]
    public async Task Detailed_report_pages_with_cap_1000_and_time_zone_rendering()
    {
        var g = _f.Global;
        var r = await PostAsync(g, Report(g, "detailed"), new
        {
            dateRangeStart = "2025-01-01T00:00:00Z", dateRangeEnd = "2025-12-31T23:59:59Z", timeZone = "Asia/Tokyo",
            detailedFilter = new { page = 1, pageSize = 5000 },
        });
        Assert.Equal(1000, r.Json.GetProperty("timeentries").GetArrayLength());
        var e = r.Json.GetProperty("timeentries")[0];
        Assert.EndsWith("+09:00", e.GetProperty("timeInterval").GetProperty("start").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, e.GetProperty("timeInterval").GetProperty("duration").ValueKind);
        var page2 = await PostAsync(g, Report(g, "detailed"), new
        {
            dateRangeStart = "2025-01-01T00:00:00Z", dateRangeEnd = "2025-12-31T23:59:59Z", timeZone = "Asia/Tokyo",
            detailedFilter = new { page = 3, pageSize = 1000 },
        });
        Assert.Equal(0, page2.Json.GetProperty("timeentries").GetArrayLength());
    }

    [Fact]
    public async Task Report_range_is_wall_clock_in_body_time_zone()
    {
        await using var emu = await ClockifyEmulator.StartAsync(new EmulatorOptions { RequestsPerSecond = 0 });
        var g = emu.Region("Global");
        await PostAsync(g, Ws(g) + "/time-entries", new { start = "2025-07-01T23:30:00Z", end = "2025-07-02T00:30:00Z" });
        object Body(string zone) => new { dateRangeStart = "2025-07-02T00:00:00Z", dateRangeEnd = "2025-07-02T23:59:59Z", timeZone = zone, summaryFilter = new { groups = new[] { "DATE" } } };
        var utc = await PostAsync(g, Report(g, "summary"), Body("UTC"));
        Assert.Equal(0, utc.Json.GetProperty("groupOne").GetArrayLength());
        var berlin = await PostAsync(g, Report(g, "summary"), Body("Europe/Berlin")); // 01:30 local on the 2nd
        Assert.Equal("2025-07-02", Assert.Single(berlin.Json.GetProperty("groupOne").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(3600, berlin.Json.GetProperty("totals")[0].GetProperty("totalTime").GetInt64());
    }

    [Fact]
    public async Task Weekly_needs_exactly_seven_days_and_csv_export_has_header()
    {
        var g = _f.Global;
        var eight = await PostAsync(g, Report(g, "weekly"), new { dateRangeStart = "2025-06-02T00:00:00Z", dateRangeEnd = "2025-06-09T23:59:59Z", weeklyFilter = new { group = "PROJECT" } });
        Assert.Equal(400, eight.Status);
        var seven = await PostAsync(g, Report(g, "weekly"), new { dateRangeStart = "2025-06-02T00:00:00Z", dateRangeEnd = "2025-06-08T23:59:59Z", timeZone = "UTC", weeklyFilter = new { group = "USER", subgroup = "PROJECT" } });
        Assert.Equal(200, seven.Status);
        Assert.Equal(7, seven.Json.GetProperty("totalsByDay").GetArrayLength());
        Assert.Equal(7, seven.Json.GetProperty("groupOne")[0].GetProperty("days").GetArrayLength());

        var csv = await PostAsync(g, Report(g, "detailed"), new { dateRangeStart = "2025-06-01T00:00:00Z", dateRangeEnd = "2025-06-30T23:59:59Z", exportType = "CSV", detailedFilter = new { page = 1, pageSize = 50 } });
        Assert.Equal("text/csv", csv.Message.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Project,Client,Description", csv.Body, StringComparison.Ordinal);
        Assert.True(csv.Body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length > 1);
    }

    [Fact]
    public async Task Free_plan_caps_reports_at_31_days()
    {
        await using var emu = await ClockifyEmulator.StartAsync(new EmulatorOptions { RequestsPerSecond = 0, FreePlan = true });
        var g = emu.Region("Global");
        var r = await PostAsync(g, Report(g, "summary"), new { dateRangeStart = "2025-01-01T00:00:00Z", dateRangeEnd = "2025-03-01T00:00:00Z", summaryFilter = new { groups = new[] { "PROJECT" } } });
        Assert.Equal(400, r.Status);
        Assert.Contains("31", r.ErrorMessage, StringComparison.Ordinal);
    }
}
