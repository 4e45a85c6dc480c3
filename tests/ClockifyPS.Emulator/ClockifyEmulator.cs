using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClockifyPS.Emulator;

/// <summary>A loopback Clockify: one Kestrel host per emulated region, bound to 127.0.0.1 only.</summary>
public sealed class ClockifyEmulator : IAsyncDisposable
{
    /// <summary>Region names the emulator knows, with their index (the second byte of every id).</summary>
    public static IReadOnlyList<string> KnownRegions { get; } = new[] { "Global", "EU", "USA", "UK", "AU" };

    private readonly List<WebApplication> _apps = new();
    private readonly List<EmulatedRegion> _regions = new();
    private readonly EmulatorOptions _options;
    private readonly ConcurrentDictionary<string, Replay> _replays = new(StringComparer.Ordinal);
    private long _writeVersion;
    private readonly Random _random;
    private readonly object _randomSync = new();
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);
    private readonly List<Route> _routes;
    private int _disposed;

    public IReadOnlyList<EmulatedRegion> Regions => _regions;
    /// <summary>Live fault settings (thread-safe; changes affect the next requests).</summary>
    public FaultSettings Faults { get; } = new();
    /// <summary>Live counters.</summary>
    public EmulatorCounters Counters { get; } = new();
    public EmulatorOptions Options => _options;

    private ClockifyEmulator(EmulatorOptions options)
    {
        _options = options;
        _random = new Random(options.RandomSeed);
        Faults.CopyFrom(options.Faults);
        _routes = Api.Routes();
    }

    public EmulatedRegion Region(string name) =>
        _regions.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Region '{name}' is not emulated here.", nameof(name));

    public static async Task<ClockifyEmulator> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Regions.Count == 0)
        {
            throw new ArgumentException("At least one region is needed.", nameof(options));
        }
        var emu = new ClockifyEmulator(options);
        try
        {
            var stores = new RegionStore[options.Regions.Count];
            var names = new string[options.Regions.Count];
            for (var i = 0; i < options.Regions.Count; i++)
            {
                var known = KnownRegions.FirstOrDefault(k => string.Equals(k, options.Regions[i].Trim(), StringComparison.OrdinalIgnoreCase))
                    ?? throw new ArgumentException($"Unknown region '{options.Regions[i]}'. Known: {string.Join(", ", KnownRegions)}.", nameof(options));
                if (names.Contains(known, StringComparer.Ordinal))
                {
                    throw new ArgumentException($"Region '{known}' listed twice.", nameof(options));
                }
                names[i] = known;
            }
            // Seeding is CPU-bound: regions in parallel.
            await Task.WhenAll(names.Select((n, i) => Task.Run(() =>
            {
                var store = new RegionStore { Name = n, Index = KnownRegions.ToList().IndexOf(n) + 1, FreePlan = options.FreePlan, DetailedArrayName = options.DetailedReportArrayName };
                Seeder.Seed(store, options);
                stores[i] = store;
            }, cancellationToken)));

            for (var i = 0; i < stores.Length; i++)
            {
                var port = options.Port == 0 ? 0 : options.Port + i;
                var (app, uri) = await emu.StartHostAsync(stores[i], port, cancellationToken);
                emu._apps.Add(app);
                emu._regions.Add(new EmulatedRegion(stores[i], uri));
            }
            return emu;
        }
        catch
        {
            await emu.DisposeAsync();
            throw;
        }
    }

    private async Task<(WebApplication App, Uri Uri)> StartHostAsync(RegionStore store, int port, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = Array.Empty<string>(),
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        var app = builder.Build();
        app.Run(ctx => HandleAsync(ctx, store));
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        var uri = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.OrdinalIgnoreCase).TrimEnd('/') + "/");
        return (app, uri);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        foreach (var app in _apps)
        {
            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await app.StopAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                // stopping anyway
            }
            await app.DisposeAsync();
        }
        _apps.Clear();
    }

    /// <summary>Resets faults, counters and rate-limit buckets (not the data).</summary>
    public void ResetControls()
    {
        Faults.Reset();
        Counters.Reset();
        _buckets.Clear();
    }

    private double NextRandom()
    {
        lock (_randomSync)
        {
            return _random.NextDouble();
        }
    }

    private int NextInt(int max)
    {
        lock (_randomSync)
        {
            return _random.Next(max);
        }
    }

    private static bool IsWrite(string method) => !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method);

    private Route? Match(string method, string path, Dictionary<string, string> values, out string? pathTemplate)
    {
        pathTemplate = null;
        var segs = path.Trim('/').Split('/');
        foreach (var r in _routes)
        {
            if (r.Segments.Length != segs.Length)
            {
                continue;
            }
            var ok = true;
            for (var i = 0; i < segs.Length && ok; i++)
            {
                var t = r.Segments[i];
                ok = t.StartsWith('{') ? segs[i].Length > 0 : string.Equals(t, segs[i], StringComparison.Ordinal);
            }
            if (!ok)
            {
                continue;
            }
            pathTemplate ??= r.Template;
            if (!string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            for (var i = 0; i < segs.Length; i++)
            {
                if (r.Segments[i].StartsWith('{'))
                {
                    values[r.Segments[i][1..^1]] = Uri.UnescapeDataString(segs[i]);
                }
            }
            return r;
        }
        return null;
    }

    private async Task HandleAsync(HttpContext ctx, RegionStore store)
    {
        var path = ctx.Request.Path.Value ?? "/";
        if (path.StartsWith("/__admin", StringComparison.OrdinalIgnoreCase))
        {
            await Admin.HandleAsync(this, ctx, store);
            return;
        }

        var method = ctx.Request.Method;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var route = Match(method, path, values, out var pathTemplate);
        Counters.OnRequest(method, route?.Template ?? pathTemplate ?? "(unmatched)");
        var write = IsWrite(method);
        var after = Faults.FaultsAfterProcessing && write;

        // 1. Deterministic failures (FailNext).
        (int Status, TimeSpan? RetryAfter)? deferred = null;
        if (Faults.TryDequeueFailure(out var failStatus, out var failRetry))
        {
            if (after && (failStatus == 0 || failStatus >= 500))
            {
                deferred = (failStatus, failRetry);
            }
            else
            {
                await SendFaultAsync(ctx, failStatus, failRetry);
                return;
            }
        }

        // 2. Authentication: exactly one of X-Api-Key / X-Addon-Token; Authorization never accepted.
        var apiKey = ctx.Request.Headers["X-Api-Key"].ToString();
        var addon = ctx.Request.Headers["X-Addon-Token"].ToString();
        var present = (apiKey.Length > 0 ? 1 : 0) + (addon.Length > 0 ? 1 : 0) + (ctx.Request.Headers.Authorization.Count > 0 ? 1 : 0);
        if (present != 1 || (apiKey.Length == 0 && addon.Length == 0))
        {
            await SendErrorAsync(ctx, 401, 1000, "Multiple or none auth tokens present");
            return;
        }
        User caller;
        var addonWs = -1;
        string bucketKey;
        if (apiKey.Length > 0)
        {
            if (!store.KeyToUser.TryGetValue(apiKey, out var ui))
            {
                await SendErrorAsync(ctx, 401, 4003, "Api key does not exist");
                return;
            }
            caller = store.Users[ui];
            bucketKey = "k:" + apiKey;
        }
        else
        {
            if (!store.AddonTokens.TryGetValue(addon, out var t))
            {
                await SendErrorAsync(ctx, 401, 4017, "Token is not valid");
                return;
            }
            caller = store.Users[t.User];
            addonWs = t.Workspace;
            bucketKey = "a:" + addon;
        }

        // 3. Rate limit per key (real limiter: no Retry-After).
        if (_options.RequestsPerSecond > 0)
        {
            var bucket = _buckets.GetOrAdd(bucketKey, _ => new TokenBucket(_options.RequestsPerSecond));
            if (!bucket.TryTake())
            {
                await SendErrorAsync(ctx, 429, 429, "Too many requests");
                return;
            }
        }

        // 4. Probabilistic faults.
        if (Faults.SlowResponseRate > 0 && NextRandom() < Faults.SlowResponseRate && Faults.SlowResponseDelay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(Faults.SlowResponseDelay, ctx.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        if (Faults.TooManyRequestsRate > 0 && NextRandom() < Faults.TooManyRequestsRate)
        {
            await SendFaultAsync(ctx, 429, Faults.TooManyRequestsRetryAfter ? TimeSpan.FromSeconds(1) : null);
            return;
        }
        if (deferred is null && Faults.ServerErrorRate > 0 && NextRandom() < Faults.ServerErrorRate)
        {
            var statuses = Faults.ServerErrorStatuses;
            var st = statuses[NextInt(statuses.Length)];
            if (after)
            {
                deferred = (st, null);
            }
            else
            {
                await SendFaultAsync(ctx, st, null);
                return;
            }
        }
        if (deferred is null && Faults.DropConnectionRate > 0 && NextRandom() < Faults.DropConnectionRate)
        {
            if (after)
            {
                deferred = (0, null);
            }
            else
            {
                await SendFaultAsync(ctx, 0, null);
                return;
            }
        }
        var truncate = Faults.TruncatedBodyRate > 0 && NextRandom() < Faults.TruncatedBodyRate && (!write || after);

        // 5. Routing.
        if (route is null)
        {
            if (pathTemplate is not null)
            {
                await SendErrorAsync(ctx, 405, 3000, $"Request method '{method}' is not supported");
            }
            else
            {
                await SendErrorAsync(ctx, 404, 3000, $"No static resource {path.TrimStart('/')}.");
            }
            return;
        }

        using var req = new Req { Http = ctx, Region = store, Counters = Counters, Caller = caller, AddonWorkspace = addonWs };
        foreach (var kv in values)
        {
            req.Values[kv.Key] = kv.Value;
        }
        try
        {
            // 6. Workspace access and the region-transfer lock.
            if (route.WorkspaceScoped)
            {
                var ws = store.FindWorkspace(values["workspaceId"]);
                if (ws is null || !ws.Members.ContainsKey(caller.Index) || (addonWs >= 0 && ws.Index != addonWs))
                {
                    throw ApiException.Forbidden();
                }
                if (Faults.WorkspaceLocked)
                {
                    throw new ApiException(Faults.WorkspaceLockedStatus, 4031, "Workspace is locked for region transfer");
                }
                req.Ws = ws;
            }

            // 7. Body.
            if (write && ctx.Request.HasFormContentType)
            {
                // Expenses are created and updated with multipart/form-data (a receipt file beside the fields).
                req.Form = await ctx.Request.ReadFormAsync(ctx.RequestAborted);
            }
            else if (write && (ctx.Request.ContentLength > 0 || (ctx.Request.ContentLength is null && ctx.Request.Headers.TransferEncoding.Count > 0)))
            {
                try
                {
                    using var doc = await JsonDocument.ParseAsync(ctx.Request.Body, default, ctx.RequestAborted);
                    req.Body = doc.RootElement.Clone();
                }
                catch (JsonException ex)
                {
                    throw new ApiException(400, 3002, "JSON parse error: " + ex.Message);
                }
            }

            string? replayKey = _options.ReplayReads && !write ? caller.Index + " " + path + ctx.Request.QueryString.Value : null;
            if (replayKey is not null && _replays.TryGetValue(replayKey, out var replay) && replay.Version == Interlocked.Read(ref _writeVersion) && deferred is null && !truncate)
            {
                await ReplayAsync(ctx, replay);
                return;
            }

            long version = Interlocked.Read(ref _writeVersion);
            route.Handler(req);
            req.Flush();
            if (write)
            {
                Interlocked.Increment(ref _writeVersion);
            }
            else if (replayKey is not null && req.Status == 200)
            {
                _replays[replayKey] = new Replay(version, req.Headers.ToDictionary(h => h.Key, h => h.Value), req.ContentType, req.Buffer.WrittenMemory.ToArray());
            }
        }
        catch (ApiException ex)
        {
            if (deferred is null)
            {
                await SendErrorAsync(ctx, ex.Status, ex.Code, ex.Message);
                return;
            }
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (deferred is { } d)
        {
            await SendFaultAsync(ctx, d.Status, d.RetryAfter);
            return;
        }
        await SendAsync(ctx, req, truncate);
    }

    private async Task SendAsync(HttpContext ctx, Req req, bool truncate)
    {
        ctx.Response.StatusCode = req.Status;
        foreach (var h in req.Headers)
        {
            ctx.Response.Headers[h.Key] = h.Value;
        }
        var body = req.Buffer.WrittenMemory;
        Counters.OnResponse(req.Status);
        if (body.Length == 0)
        {
            ctx.Response.ContentLength = 0;
            return;
        }
        ctx.Response.ContentType = req.ContentType;
        ctx.Response.ContentLength = body.Length;
        if (truncate && body.Length > 1)
        {
            await ctx.Response.Body.WriteAsync(body[..(body.Length / 2)], ctx.RequestAborted);
            await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
            ctx.Abort();
            return;
        }
        await ctx.Response.Body.WriteAsync(body, ctx.RequestAborted);
    }

    private async Task ReplayAsync(HttpContext ctx, Replay replay)
    {
        ctx.Response.StatusCode = 200;
        foreach (var h in replay.Headers)
        {
            ctx.Response.Headers[h.Key] = h.Value;
        }
        Counters.OnResponse(200);
        ctx.Response.ContentType = replay.ContentType;
        ctx.Response.ContentLength = replay.Body.Length;
        await ctx.Response.Body.WriteAsync(replay.Body, ctx.RequestAborted);
    }

    private sealed record Replay(long Version, Dictionary<string, string> Headers, string? ContentType, byte[] Body);

    private async Task SendFaultAsync(HttpContext ctx, int status, TimeSpan? retryAfter)
    {
        if (status == 0)
        {
            Counters.OnResponse(0);
            ctx.Abort();
            return;
        }
        if (retryAfter is { } ra)
        {
            ctx.Response.Headers.RetryAfter = Math.Max(0, (int)Math.Ceiling(ra.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        var (code, message) = status switch
        {
            429 => (429, "Too many requests"),
            500 => (500, "Internal server error"),
            502 => (502, "Bad Gateway"),
            503 => (503, "Service Unavailable"),
            504 => (504, "Gateway Timeout"),
            401 => (4003, "Api key does not exist"),
            403 => (1, "Access Denied"),
            404 => (3000, "Not found"),
            _ => (status, "Injected fault"),
        };
        await SendErrorAsync(ctx, status, code, message);
    }

    internal async Task SendErrorAsync(HttpContext ctx, int status, int code, string message)
    {
        Counters.OnResponse(status);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("message", message);
            w.WriteNumber("code", code);
            w.WriteEndObject();
        }
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        ctx.Response.ContentLength = buffer.WrittenCount;
        try
        {
            await ctx.Response.Body.WriteAsync(buffer.WrittenMemory, ctx.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // client went away
        }
    }

    private sealed class TokenBucket
    {
        private readonly double _rate;
        private readonly double _capacity;
        private readonly object _sync = new();
        private double _tokens;
        private long _last;

        public TokenBucket(double rate)
        {
            _rate = rate;
            _capacity = Math.Max(1, rate);
            _tokens = _capacity;
            _last = Stopwatch.GetTimestamp();
        }

        public bool TryTake()
        {
            lock (_sync)
            {
                var now = Stopwatch.GetTimestamp();
                _tokens = Math.Min(_capacity, _tokens + (now - _last) * _rate / Stopwatch.Frequency);
                _last = now;
                if (_tokens >= 1)
                {
                    _tokens -= 1;
                    return true;
                }
                return false;
            }
        }
    }
}
