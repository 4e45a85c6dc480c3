using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ClockifyPS.Tests.Support;

/// <summary>A socket handler stand-in: answers from a script of responders and records what it was sent.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> script = new();
    private Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? fallback;

    public List<RecordedRequest> Requests { get; } = new();

    public StubHandler Then(Func<HttpRequestMessage, HttpResponseMessage> responder)
    {
        script.Enqueue((request, _) => Task.FromResult(responder(request)));
        return this;
    }

    public StubHandler ThenAsync(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        script.Enqueue(responder);
        return this;
    }

    public StubHandler ThenThrow(Exception exception) => ThenAsync((_, _) => Task.FromException<HttpResponseMessage>(exception));

    public StubHandler Always(Func<HttpRequestMessage, HttpResponseMessage> responder)
    {
        fallback = (request, _) => Task.FromResult(responder(request));
        return this;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public static HttpResponseMessage Ok(string json, params (string Name, string Value)[] headers) => Json(HttpStatusCode.OK, json, headers);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        lock (Requests)
        {
            Requests.Add(new RecordedRequest(request.Method.Method, request.RequestUri!, headers, body));
        }

        if (script.TryDequeue(out var next))
        {
            return await next(request, cancellationToken);
        }

        if (fallback != null)
        {
            return await fallback(request, cancellationToken);
        }

        throw new InvalidOperationException("The stub has no answer left for " + request.Method + " " + request.RequestUri);
    }
}

internal sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body);
