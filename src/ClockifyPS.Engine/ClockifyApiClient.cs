using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Timeout;

namespace ClockifyPS.Engine
{
    /// <summary>
    /// One authenticated connection to one region's hosts. Sends requests through the shared HTTP stack with
    /// this connection's key, pacing and retry rules, and turns failures into <see cref="ClockifyApiException"/>.
    /// </summary>
    public sealed class ClockifyApiClient : IDisposable
    {
        private readonly ClockifyHttp http;
        private readonly ResiliencePolicies policies;
        private readonly RequestPacer? pacer;

        /// <summary>Creates a connection. The client owns <paramref name="credential"/> and disposes it.</summary>
        public ClockifyApiClient(RegionEndpoints endpoints, ClockifyCredential credential, ClockifyClientOptions? options = null, ClockifyHttp? http = null)
            : this(endpoints, credential, (options ?? new ClockifyClientOptions()).Clone(), http ?? ClockifyHttp.Shared, null)
        {
        }

        private ClockifyApiClient(RegionEndpoints endpoints, ClockifyCredential credential, ClockifyClientOptions options, ClockifyHttp http, RequestPacer? sharedPacer)
        {
            options.Validate();
            Endpoints = endpoints ?? throw new ArgumentNullException(nameof(endpoints));
            Credential = credential ?? throw new ArgumentNullException(nameof(credential));
            Options = options;
            this.http = http;
            policies = new ResiliencePolicies(options);
            pacer = sharedPacer ?? (options.RateLimit > 0 ? new RequestPacer(options.RateLimit, options.RateLimitPeriod) : null);
        }

        /// <summary>The hosts this connection talks to.</summary>
        public RegionEndpoints Endpoints { get; }

        /// <summary>The key (hidden) this connection authenticates with.</summary>
        public ClockifyCredential Credential { get; }

        /// <summary>Timeouts, retries and rate limit (a private copy).</summary>
        public ClockifyClientOptions Options { get; }

        /// <summary>
        /// The same key, limiter and settings against other hosts: a region move keeps the budget of requests
        /// already spent this second.
        /// </summary>
        public ClockifyApiClient WithEndpoints(RegionEndpoints endpoints) =>
            new ClockifyApiClient(endpoints, Credential.Clone(), Options.Clone(), http, pacer);

        /// <summary>Sends <paramref name="request"/> and returns the successful response, body read.</summary>
        /// <exception cref="ClockifyApiException">The request failed after any retries that were safe.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public async Task<ClockifyResponse> SendAsync(ClockifyRequest request, Action<string>? log, CancellationToken cancellationToken)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            Uri uri = request.ResolveOn(Endpoints);
            using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            overall.CancelAfter(Options.OverallTimeout);
            using HttpResponseMessage response = await ExchangeAsync(request, uri, log, false, overall.Token, cancellationToken).ConfigureAwait(false);
            return await ReadAsync(response, request, uri).ConfigureAwait(false);
        }

        /// <summary>
        /// Sends <paramref name="request"/> and copies the successful answer's body to <paramref name="destination"/>
        /// as it arrives, never holding it whole in memory (a rendered report file). Failures before the first byte
        /// is written are retried by the usual rules; a body cut off midway is a failure, not retried.
        /// </summary>
        /// <returns>The response's status, media type and headers; its <see cref="ClockifyResponse.Body"/> is empty.</returns>
        /// <exception cref="ClockifyApiException">The request failed, or the body broke off while it was copied.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public async Task<ClockifyResponse> SendToStreamAsync(ClockifyRequest request, System.IO.Stream destination, Action<string>? log, CancellationToken cancellationToken)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (destination is null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            Uri uri = request.ResolveOn(Endpoints);
            using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            overall.CancelAfter(Options.OverallTimeout);
            using HttpResponseMessage response = await ExchangeAsync(request, uri, log, true, overall.Token, cancellationToken).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            if (status < 200 || status >= 300 || response.Content is null)
            {
                return await ReadAsync(response, request, uri).ConfigureAwait(false);
            }

            try
            {
                using (System.IO.Stream body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                {
                    await body.CopyToAsync(destination, 81920, overall.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (OperationCanceledException ex)
            {
                throw new ClockifyApiException(ClockifyFailure.Timeout, request.Method.Method, uri, status, null, null,
                    string.Format(CultureInfo.InvariantCulture, "Clockify did not finish sending {0} {1} within the overall timeout of {2}.", request.Method.Method, uri.AbsoluteUri, Options.OverallTimeout), ex);
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is System.IO.IOException)
            {
                throw new ClockifyApiException(ClockifyFailure.Connection, request.Method.Method, uri, status, null, null,
                    string.Format(CultureInfo.InvariantCulture, "The connection to Clockify broke while {0} {1} was being received: {2}", request.Method.Method, uri.AbsoluteUri, Innermost(ex).Message), ex);
            }

            return new ClockifyResponse(status, new ArraySegment<byte>(Array.Empty<byte>()), response.Content.Headers.ContentType?.MediaType, HeadersOf(response));
        }

        /// <summary>Sends <paramref name="request"/> and deserialises the JSON answer.</summary>
        public async Task<T> SendAsync<T>(ClockifyRequest request, Action<string>? log, CancellationToken cancellationToken)
        {
            ClockifyResponse response = await SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            return Parse(response, request, r => r.Deserialize<T>());
        }

        /// <summary>
        /// Streams a paged list: pages are fetched one ahead of the caller, and reading stops at the page the
        /// server marks last (<c>Last-Page: true</c>), at a short page when the endpoint sends no such header, or
        /// at an empty page.
        /// </summary>
        public PageReader<T> ReadPages<T>(ClockifyRequest request, int pageSize, Func<ClockifyResponse, IReadOnlyList<T>> parse, Action<string>? log, CancellationToken cancellationToken, int firstPage = 1) =>
            ReadPages(request, pageSize, parse, items => items, log, cancellationToken, firstPage);

        /// <summary>
        /// Streams a paged list like <see cref="ReadPages{T}"/>, and shapes each page (filters it, builds the
        /// caller's objects) in the same background task that fetched it, off the caller's thread. Whether a
        /// page is the last is judged on the items as parsed, before shaping.
        /// </summary>
        public PageReader<TOut> ReadPages<TItem, TOut>(
            ClockifyRequest request,
            int pageSize,
            Func<ClockifyResponse, IReadOnlyList<TItem>> parse,
            Func<IReadOnlyList<TItem>, IReadOnlyList<TOut>> shape,
            Action<string>? log,
            CancellationToken cancellationToken,
            int firstPage = 1)
        {
            if (pageSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "The page size must be at least 1.");
            }

            return new PageReader<TOut>(
                (page, token) => SendAsync(request.ForPage(page, pageSize), log, token),
                response =>
                {
                    using (response)
                    {
                        IReadOnlyList<TItem> items = Parse(response, request, parse);
                        bool last = response.LastPage ?? items.Count < pageSize;
                        return new Page<TOut>(shape(items), last || items.Count == 0);
                    }
                },
                firstPage,
                cancellationToken);
        }

        /// <summary>
        /// Streams a paged list whose page number travels in the request body (the detailed and attendance
        /// reports): <paramref name="pageRequest"/> builds a fresh request for each page number, from 1. A page
        /// shorter than <paramref name="pageSize"/> is the last.
        /// </summary>
        public PageReader<T> ReadBodyPages<T>(Func<int, ClockifyRequest> pageRequest, int pageSize, Func<ClockifyResponse, IReadOnlyList<T>> parse, Action<string>? log, CancellationToken cancellationToken)
        {
            if (pageRequest is null)
            {
                throw new ArgumentNullException(nameof(pageRequest));
            }

            if (pageSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "The page size must be at least 1.");
            }

            ClockifyRequest first = pageRequest(1);
            return new PageReader<T>(
                (page, token) => SendAsync(pageRequest(page), log, token),
                response =>
                {
                    using (response)
                    {
                        IReadOnlyList<T> items = Parse(response, first, parse);
                        return new Page<T>(items, items.Count < pageSize);
                    }
                },
                1,
                cancellationToken);
        }

        /// <inheritdoc />
        public void Dispose() => Credential.Dispose();

        private async Task<HttpResponseMessage> ExchangeAsync(ClockifyRequest request, Uri uri, Action<string>? log, bool streaming, CancellationToken overall, CancellationToken cancellationToken)
        {
            log?.Invoke(request.Method.Method + " " + uri.AbsoluteUri);
            using var message = new HttpRequestMessage(request.Method, uri);
            if (request.ContentFactory != null)
            {
                message.Content = request.ContentFactory();
            }
            else if (request.JsonBody != null)
            {
                message.Content = new StringContent(request.JsonBody, Encoding.UTF8, "application/json");
            }

            Credential.Apply(message);
            message.Headers.Accept.ParseAdd(streaming ? "*/*" : "application/json");
            var state = new RequestState(request.Method.Method + " " + uri.AbsoluteUri, policies, pacer, log, request.Retryable, streaming);
            state.AttachTo(message);
            message.SetPolicyExecutionContext(new Context { [ResiliencePolicies.StateKey] = state });

            try
            {
                return await http.CreateClient().SendAsync(message, streaming ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead, overall).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (OperationCanceledException ex)
            {
                throw new ClockifyApiException(ClockifyFailure.Timeout, request.Method.Method, uri, null, null, null,
                    string.Format(CultureInfo.InvariantCulture, "Clockify did not answer {0} {1} within the overall timeout of {2}.", request.Method.Method, uri.AbsoluteUri, Options.OverallTimeout), ex);
            }
            catch (TimeoutRejectedException ex)
            {
                throw new ClockifyApiException(ClockifyFailure.Timeout, request.Method.Method, uri, null, null, null,
                    string.Format(CultureInfo.InvariantCulture, "Clockify did not answer {0} {1} within {2} per try{3}.", request.Method.Method, uri.AbsoluteUri, Options.PerTryTimeout, RetryNote(request)), ex);
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is System.IO.IOException)
            {
                throw new ClockifyApiException(ClockifyFailure.Connection, request.Method.Method, uri, null, null, null,
                    string.Format(CultureInfo.InvariantCulture, "The connection to Clockify failed for {0} {1}{2}: {3}", request.Method.Method, uri.AbsoluteUri, RetryNote(request), Innermost(ex).Message), ex);
            }
        }

        private static Dictionary<string, string> HeadersOf(HttpResponseMessage response)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers.Concat(response.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))
            {
                headers[header.Key] = string.Join(",", header.Value);
            }

            return headers;
        }

        private T Parse<T>(ClockifyResponse response, ClockifyRequest request, Func<ClockifyResponse, T> parse)
        {
            try
            {
                return parse(response);
            }
            catch (JsonException ex)
            {
                Uri uri = request.ResolveOn(Endpoints);
                throw new ClockifyApiException(ClockifyFailure.InvalidResponse, request.Method.Method, uri, response.StatusCode, null, null,
                    string.Format(CultureInfo.InvariantCulture, "Clockify's answer to {0} {1} is not the JSON expected: {2}", request.Method.Method, uri.AbsoluteUri, ex.Message), ex);
            }
        }

        private static async Task<ClockifyResponse> ReadAsync(HttpResponseMessage response, ClockifyRequest request, Uri uri)
        {
            ArraySegment<byte> body = response.Content switch
            {
                null => new ArraySegment<byte>(Array.Empty<byte>()),
                BufferedContent buffered => buffered.Body,
                HttpContent other => new ArraySegment<byte>(await other.ReadAsByteArrayAsync().ConfigureAwait(false)),
            };
            byte[]? pooled = (response.Content as BufferedContent)?.Pooled;
            int status = (int)response.StatusCode;
            if (status >= 200 && status < 300)
            {
                return new ClockifyResponse(status, body, response.Content?.Headers.ContentType?.MediaType, HeadersOf(response), pooled);
            }

            (int? code, string? message) = ClockifyErrorBody.Parse(body);
            if (pooled != null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(pooled);
            }

            throw new ClockifyApiException(ClockifyFailure.HttpStatus, request.Method.Method, uri, status, code, message,
                ClockifyApiException.Describe(status, code, message, request.Method.Method, uri));
        }

        private static string RetryNote(ClockifyRequest request) =>
            request.IsSafeToRetry ? string.Empty : " (not retried: the server may have acted on it; check before sending it again)";

        private static Exception Innermost(Exception exception)
        {
            Exception current = exception;
            while (current.InnerException != null)
            {
                current = current.InnerException;
            }

            return current;
        }
    }
}
