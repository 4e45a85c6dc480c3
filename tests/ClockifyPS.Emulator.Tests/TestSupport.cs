using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace ClockifyPS.Emulator.Tests;

/// <summary>One small emulator (Global + EU, unlimited rate) shared by a test class.</summary>
public sealed class SharedEmulator : IAsyncLifetime
{
    public ClockifyEmulator Emulator { get; private set; } = null!;
    public EmulatedRegion Global => Emulator.Region("Global");
    public EmulatedRegion EU => Emulator.Region("eu");

    public async Task InitializeAsync() =>
        Emulator = await ClockifyEmulator.StartAsync(new EmulatorOptions { Regions = new[] { "Global", "EU" }, TimeEntryCount = 2000, RequestsPerSecond = 0 });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}

public sealed record Reply(int Status, string Body, HttpResponseMessage Message)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    public string? Header(string name) => Message.Headers.TryGetValues(name, out var v) ? string.Join(",", v) : null;
    public int Code => Json.GetProperty("code").GetInt32();
    public string ErrorMessage => Json.GetProperty("message").GetString()!;
}

/// <summary>Plain HttpClient calls with a chosen auth header.</summary>
public static class Http
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) }) { Timeout = TimeSpan.FromSeconds(60) };

    public static async Task<Reply> SendAsync(EmulatedRegion region, HttpMethod method, string path, object? body = null, string? apiKey = null, string? addonToken = null, bool noAuth = false, string? bearer = null)
    {
        using var req = new HttpRequestMessage(method, new Uri(region.BaseUri, path.TrimStart('/')));
        if (!noAuth && addonToken is null)
        {
            req.Headers.Add("X-Api-Key", apiKey ?? region.ApiKey);
        }
        if (addonToken is not null)
        {
            req.Headers.Add("X-Addon-Token", addonToken);
        }
        if (bearer is not null)
        {
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (body is not null)
        {
            req.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }
        var resp = await Client.SendAsync(req);
        var text = await resp.Content.ReadAsStringAsync();
        return new Reply((int)resp.StatusCode, text, resp);
    }

    public static Task<Reply> GetAsync(EmulatedRegion region, string path, string? apiKey = null) => SendAsync(region, HttpMethod.Get, path, apiKey: apiKey);
    public static Task<Reply> PostAsync(EmulatedRegion region, string path, object body) => SendAsync(region, HttpMethod.Post, path, body);

    public static string Ws(EmulatedRegion r) => $"api/v1/workspaces/{r.WorkspaceId}";
    public static string Report(EmulatedRegion r, string kind) => $"report/v1/workspaces/{r.WorkspaceId}/reports/{kind}";
}
