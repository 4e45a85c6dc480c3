using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using ClockifyPS.Engine;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Engine;

public class ClockifyClientTests
{
    private static readonly ClockifyRequest GetUser = new(HttpMethod.Get, "/user");

    private static ClockifyRequest PostEntry() => new(HttpMethod.Post, "/workspaces/ws1/time-entries") { JsonBody = "{\"start\":\"2026-01-01T09:00:00Z\"}" };

    [Fact]
    public async Task Requests_go_to_the_regions_host_with_exactly_one_auth_header()
    {
        var stub = new StubHandler().Then(_ => StubHandler.Ok("{\"id\":\"u1\"}"));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        await client.SendAsync(GetUser, null, CancellationToken.None);

        RecordedRequest sent = Assert.Single(stub.Requests);
        Assert.Equal("https://euc1.clockify.me/api/v1/user", sent.Uri.AbsoluteUri);
        Assert.Equal(EngineFactory.Key, sent.Headers["X-Api-Key"]);
        Assert.False(sent.Headers.ContainsKey("X-Addon-Token"));
    }

    [Fact]
    public async Task An_addon_token_travels_as_X_Addon_Token_only()
    {
        var stub = new StubHandler().Then(_ => StubHandler.Ok("{}"));
        using ClockifyApiClient client = EngineFactory.Client(stub, kind: ClockifyCredentialKind.AddonToken);

        await client.SendAsync(GetUser, null, CancellationToken.None);

        RecordedRequest sent = Assert.Single(stub.Requests);
        Assert.Equal(EngineFactory.Key, sent.Headers["X-Addon-Token"]);
        Assert.False(sent.Headers.ContainsKey("X-Api-Key"));
    }

    [Fact]
    public async Task Reports_requests_go_to_the_reports_host()
    {
        var stub = new StubHandler().Then(_ => StubHandler.Ok("{}"));
        using ClockifyApiClient client = EngineFactory.Client(stub, endpoints: RegionEndpoints.ForRegion(ClockifyRegion.Global, "acme"));

        await client.SendAsync(new ClockifyRequest(HttpMethod.Post, "/workspaces/ws1/reports/summary", ClockifyApi.Reports) { JsonBody = "{}" }, null, CancellationToken.None);

        Assert.Equal("https://acme.clockify.me/report/v1/workspaces/ws1/reports/summary", Assert.Single(stub.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task A_429_without_Retry_After_is_retried_after_a_backoff()
    {
        var log = new List<string>();
        var stub = new StubHandler()
            .Then(_ => StubHandler.Json((HttpStatusCode)429, "{\"message\":\"Too many requests\",\"code\":429}"))
            .Then(_ => StubHandler.Ok("{\"id\":\"u1\"}"));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        ClockifyIdentity identity = await client.SendAsync<ClockifyIdentity>(GetUser, log.Add, CancellationToken.None);

        Assert.Equal("u1", identity.Id);
        Assert.Equal(2, stub.Requests.Count);
        string retry = Assert.Single(log, l => l.StartsWith("Retry", StringComparison.Ordinal));
        Assert.Contains("429 TooManyRequests", retry, StringComparison.Ordinal);
        Assert.DoesNotContain("Retry-After", retry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_with_Retry_After_waits_what_the_server_asked()
    {
        var log = new List<string>();
        var stub = new StubHandler()
            .Then(_ => StubHandler.Json((HttpStatusCode)429, string.Empty, ("Retry-After", "1")))
            .Then(_ => StubHandler.Ok("{}"));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        await client.SendAsync(GetUser, log.Add, CancellationToken.None);

        Assert.Equal(2, stub.Requests.Count);
        Assert.Contains(log, l => l.Contains("in 1 s after 429 TooManyRequests with Retry-After", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_post_is_retried_on_429_because_the_server_did_not_act()
    {
        var stub = new StubHandler()
            .Then(_ => StubHandler.Json((HttpStatusCode)429, "{}"))
            .Then(_ => StubHandler.Json(HttpStatusCode.Created, "{\"id\":\"te1\"}"));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        await client.SendAsync(PostEntry(), null, CancellationToken.None);

        Assert.Equal(2, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.Equal("{\"start\":\"2026-01-01T09:00:00Z\"}", r.Body));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_post_is_never_retried_on_a_server_error(int status)
    {
        var stub = new StubHandler().Always(_ => StubHandler.Json((HttpStatusCode)status, "{\"message\":\"boom\",\"code\":0}"));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        var error = await Assert.ThrowsAsync<ClockifyApiException>(() => client.SendAsync(PostEntry(), null, CancellationToken.None));

        Assert.Single(stub.Requests);
        Assert.Equal(status, error.StatusCode);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_report_post_marked_retryable_is_retried_on_a_transient_server_error(int status)
    {
        var stub = new StubHandler()
            .Then(_ => StubHandler.Json((HttpStatusCode)status, string.Empty))
            .Then(_ => StubHandler.Ok("{\"totals\":[]}"));
        using ClockifyApiClient client = EngineFactory.Client(stub);
        var request = new ClockifyRequest(HttpMethod.Post, "/workspaces/ws1/reports/summary", ClockifyApi.Reports) { JsonBody = "{}", Retryable = true };

        ClockifyResponse response = await client.SendAsync(request, null, CancellationToken.None);

        Assert.Equal(2, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.Equal("POST", r.Method));
        Assert.Equal("{\"totals\":[]}", response.Text());
    }

    [Fact]
    public async Task A_report_post_not_marked_retryable_stays_a_write()
    {
        var stub = new StubHandler().Always(_ => StubHandler.Json(HttpStatusCode.ServiceUnavailable, "{\"message\":\"down\",\"code\":0}"));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        var error = await Assert.ThrowsAsync<ClockifyApiException>(() => client.SendAsync(new ClockifyRequest(HttpMethod.Post, "/workspaces/ws1/reports/summary", ClockifyApi.Reports) { JsonBody = "{}" }, null, CancellationToken.None));

        Assert.Single(stub.Requests);
        Assert.Equal(503, error.StatusCode);
        Assert.True(new ClockifyRequest(HttpMethod.Post, "/x") { Retryable = true }.IsSafeToRetry);
        Assert.False(new ClockifyRequest(HttpMethod.Post, "/x").IsSafeToRetry);
    }

    [Fact]
    public async Task A_report_export_streams_the_body_to_the_callers_stream_after_retrying_before_the_first_byte()
    {
        byte[] payload = Enumerable.Range(0, 300_000).Select(i => (byte)(i % 251)).ToArray();
        var stub = new StubHandler()
            .Then(_ => StubHandler.Json(HttpStatusCode.BadGateway, string.Empty))
            .Then(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(payload) { Headers = { { "Content-Type", "application/pdf" } } } });
        using ClockifyApiClient client = EngineFactory.Client(stub);
        using var sink = new MemoryStream();

        ClockifyResponse response = await client.SendToStreamAsync(new ClockifyRequest(HttpMethod.Post, "/workspaces/ws1/reports/summary", ClockifyApi.Reports) { JsonBody = "{}", Retryable = true }, sink, null, CancellationToken.None);

        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal(payload, sink.ToArray());
        Assert.Equal("application/pdf", response.ContentType);
        Assert.False(response.HasBody);
    }

    [Fact]
    public async Task A_report_export_that_fails_writes_nothing_and_reports_Clockifys_message()
    {
        var stub = new StubHandler().Always(_ => StubHandler.Json(HttpStatusCode.BadRequest, "{\"message\":\"Free plan reports are limited to a 31-day date range\",\"code\":501}"));
        using ClockifyApiClient client = EngineFactory.Client(stub);
        using var sink = new MemoryStream();

        var error = await Assert.ThrowsAsync<ClockifyApiException>(() => client.SendToStreamAsync(new ClockifyRequest(HttpMethod.Post, "/workspaces/ws1/reports/summary", ClockifyApi.Reports) { JsonBody = "{}", Retryable = true }, sink, null, CancellationToken.None));

        Assert.Equal(0, sink.Length);
        Assert.Equal(400, error.StatusCode);
        Assert.True(ClockifyPS.Engine.Resources.ReportApi.IsRangeLimit(error));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_get_is_retried_on_a_transient_server_error(int status)
    {
        var stub = new StubHandler()
            .Then(_ => StubHandler.Json((HttpStatusCode)status, string.Empty))
            .Then(_ => StubHandler.Ok("{}"));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        await client.SendAsync(GetUser, null, CancellationToken.None);

        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task A_get_gives_up_after_the_retry_budget_with_the_last_status()
    {
        var stub = new StubHandler().Always(_ => StubHandler.Json(HttpStatusCode.ServiceUnavailable, "{\"message\":\"down\",\"code\":0}"));
        using ClockifyApiClient client = EngineFactory.Client(stub, o => o.MaxRetries = 3);

        var error = await Assert.ThrowsAsync<ClockifyApiException>(() => client.SendAsync(GetUser, null, CancellationToken.None));

        Assert.Equal(4, stub.Requests.Count);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal("ServiceUnavailable", error.StatusName);
    }

    [Fact]
    public async Task A_post_is_retried_when_the_connection_was_refused()
    {
        var stub = new StubHandler()
            .ThenThrow(new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)))
            .Then(_ => StubHandler.Json(HttpStatusCode.Created, "{}"));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        await client.SendAsync(PostEntry(), null, CancellationToken.None);

        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task A_post_whose_connection_broke_after_sending_is_not_retried()
    {
        var stub = new StubHandler()
            .ThenThrow(new HttpRequestException("reset", new IOException("connection reset", new SocketException((int)SocketError.ConnectionReset))))
            .Then(_ => StubHandler.Json(HttpStatusCode.Created, "{}"));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        var error = await Assert.ThrowsAsync<ClockifyApiException>(() => client.SendAsync(PostEntry(), null, CancellationToken.None));

        Assert.Single(stub.Requests);
        Assert.Equal(ClockifyFailure.Connection, error.Failure);
        Assert.Contains("not retried", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_get_is_retried_when_the_body_is_cut_off()
    {
        var stub = new StubHandler()
            .Then(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BrokenStream()) })
            .Then(_ => StubHandler.Ok("[{\"id\":\"p1\"}]"));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        ClockifyResponse response = await client.SendAsync(new ClockifyRequest(HttpMethod.Get, "/workspaces/ws1/projects"), null, CancellationToken.None);

        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal("[{\"id\":\"p1\"}]", response.Text());
    }

    [Fact]
    public async Task A_get_that_never_answers_times_out_per_try_and_is_retried()
    {
        var stub = new StubHandler()
            .ThenAsync(async (_, token) => { await Task.Delay(Timeout.Infinite, token); return StubHandler.Ok("{}"); })
            .Then(_ => StubHandler.Ok("{}"));
        using ClockifyApiClient client = EngineFactory.Client(stub, o => o.PerTryTimeout = TimeSpan.FromMilliseconds(200));

        await client.SendAsync(GetUser, null, CancellationToken.None);

        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task A_post_that_never_answers_times_out_once_and_is_not_repeated()
    {
        var stub = new StubHandler().ThenAsync(async (_, token) => { await Task.Delay(Timeout.Infinite, token); return StubHandler.Ok("{}"); });
        using ClockifyApiClient client = EngineFactory.Client(stub, o => o.PerTryTimeout = TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAsync<ClockifyApiException>(() => client.SendAsync(PostEntry(), null, CancellationToken.None));

        Assert.Single(stub.Requests);
        Assert.Equal(ClockifyFailure.Timeout, error.Failure);
    }

    [Fact]
    public async Task Cancelling_stops_a_request_in_flight()
    {
        var observed = new TaskCompletionSource<bool>();
        var stub = new StubHandler().ThenAsync(async (_, token) =>
        {
            await WaitForCancellation(token, observed);
            return StubHandler.Ok("{}");
        });
        using ClockifyApiClient client = EngineFactory.Client(stub, o => o.PerTryTimeout = TimeSpan.FromMinutes(5));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(GetUser, null, cancel.Token));

        Assert.True(await Task.WhenAny(observed.Task, Task.Delay(TimeSpan.FromSeconds(10))) == observed.Task, "the handler's token was cancelled");
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task A_clockify_error_body_becomes_status_code_and_message()
    {
        var stub = new StubHandler().Then(_ => StubHandler.Json(HttpStatusCode.NotFound, "{\"message\":\"Project doesn't belong to Workspace\",\"code\":501}"));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        var error = await Assert.ThrowsAsync<ClockifyApiException>(() => client.SendAsync(new ClockifyRequest(HttpMethod.Get, "/workspaces/ws1/projects/p1"), null, CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(501, error.ClockifyCode);
        Assert.Equal("NotFound", error.StatusName);
        Assert.Equal("Project doesn't belong to Workspace", error.ClockifyMessage);
        Assert.Contains("GET https://euc1.clockify.me/api/v1/workspaces/ws1/projects/p1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_or_non_json_error_body_still_gives_a_clear_error()
    {
        var stub = new StubHandler().Then(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = new StringContent("<html>nope</html>") });
        using ClockifyApiClient client = EngineFactory.Client(stub);

        var error = await Assert.ThrowsAsync<ClockifyApiException>(() => client.SendAsync(GetUser, null, CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Null(error.ClockifyCode);
        Assert.Contains("401 Unauthorized", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_appears_in_no_message_log_line_or_exception()
    {
        var log = new List<string>();
        var failures = new List<Exception>();
        var stub = new StubHandler()
            .Then(_ => StubHandler.Json(HttpStatusCode.Unauthorized, "{\"message\":\"Api key does not exist\",\"code\":4003}"))
            .Then(_ => StubHandler.Json((HttpStatusCode)429, "{}"))
            .ThenThrow(new HttpRequestException("reset"))
            .Always(_ => StubHandler.Json(HttpStatusCode.InternalServerError, "{\"message\":\"boom\",\"code\":0}"));
        using ClockifyApiClient client = EngineFactory.Client(stub, o => o.MaxRetries = 2);

        for (int i = 0; i < 3; i++)
        {
            try
            {
                await client.SendAsync(i == 1 ? PostEntry() : GetUser, log.Add, CancellationToken.None);
            }
            catch (ClockifyApiException ex)
            {
                failures.Add(ex);
            }
        }

        Assert.NotEmpty(failures);
        Assert.NotEmpty(log);
        Assert.All(failures, f => Assert.DoesNotContain(EngineFactory.Key, f.ToString(), StringComparison.Ordinal));
        Assert.All(log, l => Assert.DoesNotContain(EngineFactory.Key, l, StringComparison.Ordinal));
        Assert.DoesNotContain(EngineFactory.Key, client.Credential.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_reads_until_the_server_says_last_page()
    {
        var stub = new StubHandler()
            .Then(_ => StubHandler.Ok("[{\"id\":\"a\"},{\"id\":\"b\"}]", ("Last-Page", "false")))
            .Then(_ => StubHandler.Ok("[{\"id\":\"c\"},{\"id\":\"d\"}]", ("Last-Page", "false")))
            .Then(_ => StubHandler.Ok("[{\"id\":\"e\"}]", ("Last-Page", "true")));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        List<string> ids = await ReadAll(client, 2);

        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, ids);
        Assert.Equal(3, stub.Requests.Count);
        Assert.Equal(new[] { "page=1&page-size=2", "page=2&page-size=2", "page=3&page-size=2" }, stub.Requests.Select(r => r.Uri.Query.TrimStart('?')));
    }

    [Fact]
    public async Task Paging_without_a_Last_Page_header_stops_at_a_short_page()
    {
        var stub = new StubHandler()
            .Then(_ => StubHandler.Ok("[{\"id\":\"a\"},{\"id\":\"b\"}]"))
            .Then(_ => StubHandler.Ok("[{\"id\":\"c\"}]"));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        List<string> ids = await ReadAll(client, 2);

        Assert.Equal(new[] { "a", "b", "c" }, ids);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task Paging_trusts_Last_Page_false_over_a_page_the_server_made_shorter()
    {
        // The server capped page-size below what was asked: a short page is not the end while it says so.
        var stub = new StubHandler()
            .Then(_ => StubHandler.Ok("[{\"id\":\"a\"}]", ("Last-Page", "false")))
            .Then(_ => StubHandler.Ok("[{\"id\":\"b\"}]", ("Last-Page", "true")));
        using ClockifyApiClient client = EngineFactory.Client(stub);

        Assert.Equal(new[] { "a", "b" }, await ReadAll(client, 5000));
    }

    [Fact]
    public async Task Paging_fetches_the_next_page_while_the_caller_reads_the_current_one()
    {
        var secondRequested = new TaskCompletionSource<bool>();
        var stub = new StubHandler()
            .Then(_ => StubHandler.Ok("[{\"id\":\"a\"}]", ("Last-Page", "false")))
            .Then(_ => { secondRequested.TrySetResult(true); return StubHandler.Ok("[{\"id\":\"b\"}]", ("Last-Page", "true")); });
        using ClockifyApiClient client = EngineFactory.Client(stub);
        using PageReader<string> pages = client.ReadPages(new ClockifyRequest(HttpMethod.Get, "/workspaces/ws1/tags"), 1, ParseIds, null, CancellationToken.None);

        IReadOnlyList<string>? first = await pages.NextAsync();

        Assert.Equal(new[] { "a" }, first);
        Assert.True(await Task.WhenAny(secondRequested.Task, Task.Delay(TimeSpan.FromSeconds(10))) == secondRequested.Task, "page 2 was requested before the caller asked for it");
    }

    [Fact]
    public async Task Paging_holds_at_most_two_pages_ahead_of_a_slow_caller_and_never_asks_past_the_last()
    {
        var stub = new StubHandler();
        for (int i = 1; i <= 10; i++)
        {
            string last = i == 10 ? "true" : "false";
            stub.Then(_ => StubHandler.Ok("[{\"id\":\"x\"}]", ("Last-Page", last)));
        }

        using ClockifyApiClient client = EngineFactory.Client(stub);
        using PageReader<string> pages = client.ReadPages(new ClockifyRequest(HttpMethod.Get, "/workspaces/ws1/tags"), 1, ParseIds, null, CancellationToken.None);

        await pages.NextAsync();
        await Task.Delay(300);
        int whileWaiting = stub.Requests.Count;
        int read = 1;
        while (await pages.NextAsync() is not null)
        {
            read++;
        }

        Assert.InRange(whileWaiting, 2, 1 + PageReader<string>.PagesAhead);
        Assert.Equal(10, read);
        Assert.Equal(10, stub.Requests.Count);
    }

    [Fact]
    public async Task Disposing_a_page_reader_cancels_the_prefetch_in_flight()
    {
        var prefetchCancelled = new TaskCompletionSource<bool>();
        var prefetchArrived = new TaskCompletionSource<bool>();
        var stub = new StubHandler()
            .Then(_ => StubHandler.Ok("[{\"id\":\"a\"}]", ("Last-Page", "false")))
            .ThenAsync(async (_, token) =>
            {
                prefetchArrived.TrySetResult(true);
                await WaitForCancellation(token, prefetchCancelled);
                return StubHandler.Ok("[]");
            });
        using ClockifyApiClient client = EngineFactory.Client(stub, o => o.PerTryTimeout = TimeSpan.FromMinutes(5));
        PageReader<string> pages = client.ReadPages(new ClockifyRequest(HttpMethod.Get, "/workspaces/ws1/tags"), 1, ParseIds, null, CancellationToken.None);

        await pages.NextAsync();
        Assert.True(await Task.WhenAny(prefetchArrived.Task, Task.Delay(TimeSpan.FromSeconds(10))) == prefetchArrived.Task, "page 2 was requested");
        pages.Dispose();

        Assert.True(await Task.WhenAny(prefetchCancelled.Task, Task.Delay(TimeSpan.FromSeconds(10))) == prefetchCancelled.Task);
    }

    private static async Task WaitForCancellation(CancellationToken token, TaskCompletionSource<bool> observed)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, token);
        }
        catch (OperationCanceledException)
        {
            observed.TrySetResult(true);
            throw;
        }
    }

    private static async Task<List<string>> ReadAll(ClockifyApiClient client, int pageSize)
    {
        var ids = new List<string>();
        using PageReader<string> pages = client.ReadPages(new ClockifyRequest(HttpMethod.Get, "/workspaces/ws1/tags"), pageSize, ParseIds, null, CancellationToken.None);
        while (await pages.NextAsync() is { } page)
        {
            ids.AddRange(page);
        }

        return ids;
    }

    private static IReadOnlyList<string> ParseIds(ClockifyResponse response)
    {
        using var document = response.Json();
        return document.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
    }

    private sealed class BrokenStream : Stream
    {
        private bool sentSome;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (sentSome)
            {
                throw new IOException("The response ended prematurely.");
            }

            sentSome = true;
            buffer[offset] = (byte)'[';
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
