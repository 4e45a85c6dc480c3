using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace ClockifyPS.Emulator;

/// <summary>Live, thread-safe fault injection switches. Probabilities are 0..1.</summary>
public sealed class FaultSettings
{
    private readonly object _sync = new();
    private double _tooManyRequestsRate;
    private bool _tooManyRequestsRetryAfter;
    private double _serverErrorRate;
    private int[] _serverErrorStatuses = { 500, 502, 503 };
    private double _dropConnectionRate;
    private double _slowResponseRate;
    private TimeSpan _slowResponseDelay;
    private double _truncatedBodyRate;
    private bool _workspaceLocked;
    private int _workspaceLockedStatus = 403;
    private bool _faultsAfterProcessing;
    private readonly Queue<(int Status, TimeSpan? RetryAfter)> _failNext = new();

    public double TooManyRequestsRate { get { lock (_sync) { return _tooManyRequestsRate; } } set { lock (_sync) { _tooManyRequestsRate = Clamp(value); } } }
    public bool TooManyRequestsRetryAfter { get { lock (_sync) { return _tooManyRequestsRetryAfter; } } set { lock (_sync) { _tooManyRequestsRetryAfter = value; } } }
    public double ServerErrorRate { get { lock (_sync) { return _serverErrorRate; } } set { lock (_sync) { _serverErrorRate = Clamp(value); } } }
    public int[] ServerErrorStatuses
    {
        get { lock (_sync) { return (int[])_serverErrorStatuses.Clone(); } }
        set { lock (_sync) { _serverErrorStatuses = value is { Length: > 0 } ? (int[])value.Clone() : new[] { 500 }; } }
    }
    public double DropConnectionRate { get { lock (_sync) { return _dropConnectionRate; } } set { lock (_sync) { _dropConnectionRate = Clamp(value); } } }
    public double SlowResponseRate { get { lock (_sync) { return _slowResponseRate; } } set { lock (_sync) { _slowResponseRate = Clamp(value); } } }
    public TimeSpan SlowResponseDelay { get { lock (_sync) { return _slowResponseDelay; } } set { lock (_sync) { _slowResponseDelay = value < TimeSpan.Zero ? TimeSpan.Zero : value; } } }
    public double TruncatedBodyRate { get { lock (_sync) { return _truncatedBodyRate; } } set { lock (_sync) { _truncatedBodyRate = Clamp(value); } } }
    /// <summary>Workspace locked for region transfer: every workspace-scoped request fails with <see cref="WorkspaceLockedStatus"/>.</summary>
    public bool WorkspaceLocked { get { lock (_sync) { return _workspaceLocked; } } set { lock (_sync) { _workspaceLocked = value; } } }
    /// <summary>Status used while <see cref="WorkspaceLocked"/> (default 403, body code 4031).</summary>
    public int WorkspaceLockedStatus { get { lock (_sync) { return _workspaceLockedStatus; } } set { lock (_sync) { _workspaceLockedStatus = value; } } }
    /// <summary>When true, 5xx/drop/truncate faults on write requests happen after the server acted.</summary>
    public bool FaultsAfterProcessing { get { lock (_sync) { return _faultsAfterProcessing; } } set { lock (_sync) { _faultsAfterProcessing = value; } } }

    /// <summary>Pending deterministic failures queued by <see cref="FailNext"/>.</summary>
    public int PendingFailures { get { lock (_sync) { return _failNext.Count; } } }

    /// <summary>The next <paramref name="count"/> API requests get <paramref name="status"/> (0 = drop the connection).</summary>
    public void FailNext(int count, int status, TimeSpan? retryAfter = null)
    {
        lock (_sync)
        {
            for (var i = 0; i < count; i++)
            {
                _failNext.Enqueue((status, retryAfter));
            }
        }
    }

    internal bool TryDequeueFailure(out int status, out TimeSpan? retryAfter)
    {
        lock (_sync)
        {
            if (_failNext.TryDequeue(out var f))
            {
                status = f.Status;
                retryAfter = f.RetryAfter;
                return true;
            }
        }
        status = 0;
        retryAfter = null;
        return false;
    }

    public void Reset()
    {
        lock (_sync)
        {
            _tooManyRequestsRate = 0;
            _tooManyRequestsRetryAfter = false;
            _serverErrorRate = 0;
            _serverErrorStatuses = new[] { 500, 502, 503 };
            _dropConnectionRate = 0;
            _slowResponseRate = 0;
            _slowResponseDelay = TimeSpan.Zero;
            _truncatedBodyRate = 0;
            _workspaceLocked = false;
            _workspaceLockedStatus = 403;
            _faultsAfterProcessing = false;
            _failNext.Clear();
        }
    }

    internal void CopyFrom(FaultSettings other)
    {
        TooManyRequestsRate = other.TooManyRequestsRate;
        TooManyRequestsRetryAfter = other.TooManyRequestsRetryAfter;
        ServerErrorRate = other.ServerErrorRate;
        ServerErrorStatuses = other.ServerErrorStatuses;
        DropConnectionRate = other.DropConnectionRate;
        SlowResponseRate = other.SlowResponseRate;
        SlowResponseDelay = other.SlowResponseDelay;
        TruncatedBodyRate = other.TruncatedBodyRate;
        WorkspaceLocked = other.WorkspaceLocked;
        WorkspaceLockedStatus = other.WorkspaceLockedStatus;
        FaultsAfterProcessing = other.FaultsAfterProcessing;
    }

    private static double Clamp(double v) => double.IsNaN(v) ? 0 : Math.Clamp(v, 0, 1);

    /// <summary>Writes the settings as camelCase JSON (delay as slowResponseDelayMs).</summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteNumber("tooManyRequestsRate", TooManyRequestsRate);
        w.WriteBoolean("tooManyRequestsRetryAfter", TooManyRequestsRetryAfter);
        w.WriteNumber("serverErrorRate", ServerErrorRate);
        w.WriteStartArray("serverErrorStatuses");
        foreach (var s in ServerErrorStatuses)
        {
            w.WriteNumberValue(s);
        }
        w.WriteEndArray();
        w.WriteNumber("dropConnectionRate", DropConnectionRate);
        w.WriteNumber("slowResponseRate", SlowResponseRate);
        w.WriteNumber("slowResponseDelayMs", (long)SlowResponseDelay.TotalMilliseconds);
        w.WriteNumber("truncatedBodyRate", TruncatedBodyRate);
        w.WriteBoolean("workspaceLocked", WorkspaceLocked);
        w.WriteNumber("workspaceLockedStatus", WorkspaceLockedStatus);
        w.WriteBoolean("faultsAfterProcessing", FaultsAfterProcessing);
        w.WriteNumber("pendingFailures", PendingFailures);
        w.WriteEndObject();
    }

    /// <summary>Applies a JSON object (camelCase names as written by <see cref="WriteJson"/>; also
    /// <c>failNext: {count, status, retryAfterSeconds}</c>). Unknown names throw <see cref="FormatException"/>.</summary>
    public void ApplyJson(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("Fault settings must be a JSON object.");
        }
        foreach (var p in e.EnumerateObject())
        {
            if (string.Equals(p.Name, "failNext", StringComparison.OrdinalIgnoreCase))
            {
                var count = p.Value.TryGetProperty("count", out var c) ? c.GetInt32() : 1;
                var status = p.Value.TryGetProperty("status", out var s) ? s.GetInt32() : 500;
                TimeSpan? ra = p.Value.TryGetProperty("retryAfterSeconds", out var r) && r.ValueKind == JsonValueKind.Number
                    ? TimeSpan.FromSeconds(r.GetDouble()) : null;
                FailNext(count, status, ra);
                continue;
            }
            Apply(p.Name, p.Value.ValueKind switch
            {
                JsonValueKind.Array => string.Join(',', EnumerateRaw(p.Value)),
                JsonValueKind.String => p.Value.GetString() ?? "",
                _ => p.Value.GetRawText(),
            });
        }
    }

    private static IEnumerable<string> EnumerateRaw(JsonElement array)
    {
        foreach (var i in array.EnumerateArray())
        {
            yield return i.GetRawText();
        }
    }

    /// <summary>Applies one setting by (case-insensitive) name, e.g. <c>serverErrorRate=0.1</c>.</summary>
    public void Apply(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        var inv = CultureInfo.InvariantCulture;
        switch (name.Trim().ToUpperInvariant())
        {
            case "TOOMANYREQUESTSRATE": TooManyRequestsRate = double.Parse(value, inv); break;
            case "TOOMANYREQUESTSRETRYAFTER": TooManyRequestsRetryAfter = bool.Parse(value); break;
            case "SERVERERRORRATE": ServerErrorRate = double.Parse(value, inv); break;
            case "SERVERERRORSTATUSES":
                ServerErrorStatuses = Array.ConvertAll(value.Split(new[] { ',', ';', '|' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), s => int.Parse(s, inv));
                break;
            case "DROPCONNECTIONRATE": DropConnectionRate = double.Parse(value, inv); break;
            case "SLOWRESPONSERATE": SlowResponseRate = double.Parse(value, inv); break;
            case "SLOWRESPONSEDELAYMS": SlowResponseDelay = TimeSpan.FromMilliseconds(double.Parse(value, inv)); break;
            case "SLOWRESPONSEDELAY": SlowResponseDelay = TimeSpan.Parse(value, inv); break;
            case "TRUNCATEDBODYRATE": TruncatedBodyRate = double.Parse(value, inv); break;
            case "WORKSPACELOCKED": WorkspaceLocked = bool.Parse(value); break;
            case "WORKSPACELOCKEDSTATUS": WorkspaceLockedStatus = int.Parse(value, inv); break;
            case "FAULTSAFTERPROCESSING": FaultsAfterProcessing = bool.Parse(value); break;
            case "PENDINGFAILURES": break; // read-only, ignored so GET output can be PUT back
            default: throw new FormatException($"Unknown fault setting '{name}'.");
        }
    }

    /// <summary>Parses <c>--faults</c>: a JSON object or a <c>k=v,k=v</c> list.</summary>
    public void ApplyText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.StartsWith('{'))
        {
            using var doc = JsonDocument.Parse(t);
            ApplyJson(doc.RootElement);
            return;
        }
        foreach (var pair in t.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FormatException($"Expected name=value, got '{pair}'.");
            }
            Apply(pair[..eq], pair[(eq + 1)..].Replace('|', ','));
        }
    }
}
