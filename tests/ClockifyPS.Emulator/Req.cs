using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ClockifyPS.Emulator;

internal delegate void Handler(Req r);

internal sealed record Route(string Method, string Template, string[] Segments, Handler Handler, bool WorkspaceScoped);

/// <summary>One API request being served: caller, workspace, route values, body, and the buffered response.</summary>
internal sealed class Req : IDisposable
{
    public required HttpContext Http { get; init; }
    public required RegionStore Region { get; init; }
    public required EmulatorCounters Counters { get; init; }
    public required User Caller { get; init; }
    public int AddonWorkspace { get; init; } = -1;
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public Workspace? Ws { get; set; }
    public JsonElement? Body { get; set; }
    public IFormCollection? Form { get; set; }

    public int Status { get; set; } = 200;
    public string ContentType { get; set; } = "application/json";
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);
    public ArrayBufferWriter<byte> Buffer { get; } = new(4096);
    private Utf8JsonWriter? _json;

    public Utf8JsonWriter Json => _json ??= new Utf8JsonWriter(Buffer, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public Workspace W => Ws ?? throw new InvalidOperationException("No workspace in route.");

    public string Value(string name) => Values[name];

    public void Flush() => _json?.Flush();

    public void Dispose() => _json?.Dispose();

    public void LastPage(bool last) => Headers["Last-Page"] = last ? "true" : "false";

    // ---- query helpers ----
    public string? Q(string name)
    {
        var v = Http.Request.Query[name];
        return v.Count == 0 ? null : v[0];
    }

    public List<string> QMulti(string name)
    {
        var list = new List<string>();
        foreach (var v in Http.Request.Query[name])
        {
            if (v is null)
            {
                continue;
            }
            foreach (var part in v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                list.Add(part);
            }
        }
        return list;
    }

    public bool? QBool(string name)
    {
        var v = Q(name);
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }
        if (bool.TryParse(v, out var b))
        {
            return b;
        }
        throw new ApiException(400, 3002, $"Failed to convert value of type 'java.lang.String' to required type 'boolean'; Invalid boolean value [{v}]");
    }

    public int QInt(string name, int def)
    {
        var v = Q(name);
        if (string.IsNullOrEmpty(v))
        {
            return def;
        }
        if (int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
        {
            return i;
        }
        throw new ApiException(400, 3002, $"Failed to convert value of type 'java.lang.String' to required type 'int'; For input string: \"{v}\"");
    }

    /// <summary>page from 1, page-size default <paramref name="def"/>, larger sizes clamped to <paramref name="cap"/>.</summary>
    public (int Page, int Size) Paging(int def = 50, int cap = 5000)
    {
        var page = Math.Max(1, QInt("page", 1));
        var size = QInt("page-size", def);
        size = size < 1 ? def : Math.Min(size, cap);
        return (page, size);
    }

    // ---- body helpers ----
    public JsonElement RequireBody()
    {
        if (Body is not { } b || b.ValueKind == JsonValueKind.Undefined)
        {
            throw new ApiException(400, 3002, "Required request body is missing");
        }
        return b;
    }

    public static bool Has(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public static string? Str(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();
    }

    public static bool? Bool(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v))
        {
            return null;
        }
        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(v.GetString(), out var b) => b,
            _ => null,
        };
    }

    public static int? Int(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Number)
        {
            return null;
        }
        return v.TryGetInt32(out var i) ? i : null;
    }

    public static List<string>? StrList(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var list = new List<string>();
        foreach (var i in v.EnumerateArray())
        {
            if (i.ValueKind == JsonValueKind.String && i.GetString() is { } s)
            {
                list.Add(s);
            }
        }
        return list;
    }

    public static JsonElement? Obj(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;
}
