using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;

namespace ClockifyPS.Emulator;

/// <summary>Live counters of requests, responses and created entities (all regions together).</summary>
public sealed class EmulatorCounters
{
    private long _total;
    private readonly ConcurrentDictionary<string, StrongBox<long>> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, StrongBox<long>> _responses = new();
    private readonly ConcurrentDictionary<string, StrongBox<long>> _created = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, StrongBox<long>> _deleted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every request received on any region (rejected ones too), admin endpoints excluded.</summary>
    public long TotalRequests => Interlocked.Read(ref _total);

    /// <summary>Requests by method and path template, e.g. Count("GET", "/api/v1/workspaces/{workspaceId}/user/{userId}/time-entries").
    /// Requests that matched no route count under the template "(unmatched)".</summary>
    public long Count(string method, string pathTemplate) =>
        _requests.TryGetValue(Key(method, pathTemplate), out var b) ? Interlocked.Read(ref b.Value) : 0;

    /// <summary>Responses sent with this status (0 = connection dropped without a response).</summary>
    public long Responses(int status) => _responses.TryGetValue(status, out var b) ? Interlocked.Read(ref b.Value) : 0;

    /// <summary>Entities created: "timeEntry", "project", "client", "tag", "task", "userGroup", "workspace".</summary>
    public long CreatedEntities(string kind) => _created.TryGetValue(kind, out var b) ? Interlocked.Read(ref b.Value) : 0;

    /// <summary>Entities deleted, same kinds as <see cref="CreatedEntities"/>.</summary>
    public long DeletedEntities(string kind) => _deleted.TryGetValue(kind, out var b) ? Interlocked.Read(ref b.Value) : 0;

    public void Reset()
    {
        Interlocked.Exchange(ref _total, 0);
        _requests.Clear();
        _responses.Clear();
        _created.Clear();
        _deleted.Clear();
    }

    internal void OnRequest(string method, string template)
    {
        Interlocked.Increment(ref _total);
        Interlocked.Increment(ref _requests.GetOrAdd(Key(method, template), _ => new StrongBox<long>()).Value);
    }

    internal void OnResponse(int status) => Interlocked.Increment(ref _responses.GetOrAdd(status, _ => new StrongBox<long>()).Value);
    internal void OnCreated(string kind) => Interlocked.Increment(ref _created.GetOrAdd(kind, _ => new StrongBox<long>()).Value);
    internal void OnDeleted(string kind) => Interlocked.Increment(ref _deleted.GetOrAdd(kind, _ => new StrongBox<long>()).Value);

    private static string Key(string method, string template) => method.ToUpperInvariant() + " " + template;

    /// <summary>Writes all counters as JSON: totalRequests, requests{"GET /api/v1/...":n}, responses{"200":n}, created{}, deleted{}.</summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteNumber("totalRequests", TotalRequests);
        w.WriteStartObject("requests");
        foreach (var kv in _requests.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            w.WriteNumber(kv.Key, Interlocked.Read(ref kv.Value.Value));
        }
        w.WriteEndObject();
        w.WriteStartObject("responses");
        foreach (var kv in _responses.OrderBy(k => k.Key))
        {
            w.WriteNumber(kv.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), Interlocked.Read(ref kv.Value.Value));
        }
        w.WriteEndObject();
        w.WriteStartObject("created");
        foreach (var kv in _created.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            w.WriteNumber(kv.Key, Interlocked.Read(ref kv.Value.Value));
        }
        w.WriteEndObject();
        w.WriteStartObject("deleted");
        foreach (var kv in _deleted.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            w.WriteNumber(kv.Key, Interlocked.Read(ref kv.Value.Value));
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
