using System.Net.Http;
using System.Threading.Tasks;
using Xunit;
using static ClockifyPS.Emulator.Tests.Http;

namespace ClockifyPS.Emulator.Tests;

public sealed class AuthTests : IClassFixture<SharedEmulator>
{
    private readonly SharedEmulator _f;
    public AuthTests(SharedEmulator f) => _f = f;

    [Fact]
    public async Task No_auth_header_is_401_code_1000()
    {
        var r = await SendAsync(_f.Global, HttpMethod.Get, "api/v1/user", noAuth: true);
        Assert.Equal(401, r.Status);
        Assert.Equal(1000, r.Code);
        Assert.Equal("Multiple or none auth tokens present", r.ErrorMessage);
    }

    [Fact]
    public async Task Api_key_plus_bearer_is_401_code_1000()
    {
        var r = await SendAsync(_f.Global, HttpMethod.Get, "api/v1/user", bearer: "abc");
        Assert.Equal(401, r.Status);
        Assert.Equal(1000, r.Code);
    }

    [Fact]
    public async Task Api_key_and_addon_token_together_is_1000()
    {
        using var client = new HttpClient();
        using var req = new HttpRequestMessage(HttpMethod.Get, new System.Uri(_f.Global.BaseUri, "api/v1/user"));
        req.Headers.Add("X-Api-Key", _f.Global.ApiKey);
        req.Headers.Add("X-Addon-Token", _f.Global.AddonToken);
        var resp = await client.SendAsync(req);
        Assert.Equal(401, (int)resp.StatusCode);
        Assert.Contains("\"code\":1000", await resp.Content.ReadAsStringAsync(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_alone_is_1000()
    {
        var r = await SendAsync(_f.Global, HttpMethod.Get, "api/v1/user", noAuth: true, bearer: _f.Global.ApiKey);
        Assert.Equal(401, r.Status);
        Assert.Equal(1000, r.Code);
    }

    [Fact]
    public async Task Unknown_key_is_401_code_4003()
    {
        var r = await GetAsync(_f.Global, "api/v1/user", apiKey: "nope");
        Assert.Equal(401, r.Status);
        Assert.Equal(4003, r.Code);
        Assert.Equal("Api key does not exist", r.ErrorMessage);
    }

    [Fact]
    public async Task Key_works_only_in_its_own_region()
    {
        Assert.NotEqual(_f.Global.ApiKey, _f.EU.ApiKey);
        Assert.Equal(200, (await GetAsync(_f.EU, "api/v1/user", apiKey: _f.EU.ApiKey)).Status);
        var cross = await GetAsync(_f.EU, "api/v1/user", apiKey: _f.Global.ApiKey);
        Assert.Equal(401, cross.Status);
        Assert.Equal(4003, cross.Code);
        var back = await GetAsync(_f.Global, "api/v1/user", apiKey: _f.EU.ApiKey);
        Assert.Equal(4003, back.Code);
    }

    [Fact]
    public async Task Workspace_of_another_region_or_not_a_member_is_403()
    {
        var other = await GetAsync(_f.Global, $"api/v1/workspaces/{_f.EU.WorkspaceId}/projects");
        Assert.Equal(403, other.Status);
        Assert.Equal("Access Denied", other.ErrorMessage);
        var foreign = await GetAsync(_f.Global, $"api/v1/workspaces/{_f.Global.ForeignWorkspaceId}/tags");
        Assert.Equal(403, foreign.Status);
    }

    [Fact]
    public async Task Addon_token_is_accepted_and_unknown_token_is_4017()
    {
        var ok = await SendAsync(_f.Global, HttpMethod.Get, Ws(_f.Global) + "/tags", addonToken: _f.Global.AddonToken);
        Assert.Equal(200, ok.Status);
        var bad = await SendAsync(_f.Global, HttpMethod.Get, "api/v1/user", addonToken: "bogus");
        Assert.Equal(401, bad.Status);
        Assert.Equal(4017, bad.Code);
    }

    [Fact]
    public async Task Unknown_route_is_404_and_bare_time_entries_get_is_405_both_code_3000()
    {
        var unknown = await GetAsync(_f.Global, "api/v1/nothing-here");
        Assert.Equal(404, unknown.Status);
        Assert.Equal(3000, unknown.Code);
        var bare = await GetAsync(_f.Global, Ws(_f.Global) + "/time-entries");
        Assert.Equal(405, bare.Status);
        Assert.Equal(3000, bare.Code);
    }

    [Fact]
    public async Task Plain_user_cannot_read_another_users_entries()
    {
        var ids = _f.Global.UserIds;
        var plainUserKey = _f.Global.ApiKeyFor(ids[2]);
        var r = await GetAsync(_f.Global, Ws(_f.Global) + $"/user/{ids[3]}/time-entries", plainUserKey);
        Assert.Equal(403, r.Status);
        var own = await GetAsync(_f.Global, Ws(_f.Global) + $"/user/{ids[2]}/time-entries", plainUserKey);
        Assert.Equal(200, own.Status);
    }
}
