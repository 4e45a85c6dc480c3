using System;
using System.Buffers;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace ClockifyPS.Emulator;

/// <summary>/__admin/ endpoints (loopback callers only, never counted, never faulted or rate limited).</summary>
internal static class Admin
{
    public static async Task HandleAsync(ClockifyEmulator emu, HttpContext ctx, RegionStore store)
    {
        var remote = ctx.Connection.RemoteIpAddress;
        if (remote is null || !System.Net.IPAddress.IsLoopback(remote))
        {
            await WriteAsync(ctx, 403, w => { w.WriteStartObject(); w.WriteString("message", "Admin endpoints are loopback only"); w.WriteNumber("code", 1); w.WriteEndObject(); });
            return;
        }
        var path = (ctx.Request.Path.Value ?? "").TrimEnd('/').ToUpperInvariant();
        var method = ctx.Request.Method;
        try
        {
            switch (path)
            {
                case "/__ADMIN/FAULTS" when HttpMethods.IsGet(method):
                    await WriteAsync(ctx, 200, emu.Faults.WriteJson);
                    return;
                case "/__ADMIN/FAULTS" when HttpMethods.IsPut(method) || HttpMethods.IsPost(method) || HttpMethods.IsPatch(method):
                    using (var doc = await JsonDocument.ParseAsync(ctx.Request.Body, default, ctx.RequestAborted))
                    {
                        emu.Faults.ApplyJson(doc.RootElement);
                    }
                    await WriteAsync(ctx, 200, emu.Faults.WriteJson);
                    return;
                case "/__ADMIN/FAULTS" when HttpMethods.IsDelete(method):
                    emu.Faults.Reset();
                    await WriteAsync(ctx, 200, emu.Faults.WriteJson);
                    return;
                case "/__ADMIN/COUNTERS" when HttpMethods.IsGet(method):
                    await WriteAsync(ctx, 200, emu.Counters.WriteJson);
                    return;
                case "/__ADMIN/RESET" when HttpMethods.IsPost(method):
                    emu.ResetControls();
                    ctx.Response.StatusCode = 204;
                    return;
                case "/__ADMIN/INFO" when HttpMethods.IsGet(method):
                    await WriteAsync(ctx, 200, w =>
                    {
                        w.WriteStartObject();
                        w.WriteStartArray("regions");
                        foreach (var r in emu.Regions)
                        {
                            w.WriteStartObject();
                            w.WriteString("name", r.Name);
                            w.WriteString("baseUri", r.BaseUri.ToString());
                            w.WriteString("apiUri", r.ApiUri.ToString());
                            w.WriteString("reportsUri", r.ReportsUri.ToString());
                            w.WriteString("apiKey", r.ApiKey);
                            w.WriteString("addonToken", r.AddonToken);
                            w.WriteString("workspaceId", r.WorkspaceId);
                            w.WriteString("secondWorkspaceId", r.SecondWorkspaceId);
                            w.WriteString("foreignWorkspaceId", r.ForeignWorkspaceId);
                            w.WriteString("userId", r.UserId);
                            w.WriteString("userEmail", r.UserEmail);
                            w.WriteNumber("timeEntries", r.TimeEntryCount(r.WorkspaceId));
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteString("thisRegion", store.Name);
                        w.WriteEndObject();
                    });
                    return;
                default:
                    await WriteAsync(ctx, 404, w => { w.WriteStartObject(); w.WriteString("message", "Unknown admin endpoint. Use GET/PUT /__admin/faults, GET /__admin/counters, POST /__admin/reset, GET /__admin/info"); w.WriteNumber("code", 3000); w.WriteEndObject(); });
                    return;
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            await WriteAsync(ctx, 400, w => { w.WriteStartObject(); w.WriteString("message", ex.Message); w.WriteNumber("code", 501); w.WriteEndObject(); });
        }
    }

    private static async Task WriteAsync(HttpContext ctx, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            write(w);
        }
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        ctx.Response.ContentLength = buffer.WrittenCount;
        await ctx.Response.Body.WriteAsync(buffer.WrittenMemory, ctx.RequestAborted);
    }
}
