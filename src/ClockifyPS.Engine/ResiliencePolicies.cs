using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Timeout;

namespace ClockifyPS.Engine
{
    /// <summary>
    /// Retry and timeout rules for one connection. Reads (GET, PUT, DELETE...) retry 429, 502/503/504, timeouts
    /// and broken connections. Writes (POST, PATCH) retry only when the server certainly did not act: a 429, or
    /// a connection that was never made. Anything else could have created a time entry already, and a second
    /// try would create a duplicate. A POST marked <see cref="ClockifyRequest.Retryable"/> (a report query,
    /// which only reads) follows the read rules.
    /// </summary>
    internal sealed class ResiliencePolicies
    {
        internal const string StateKey = "ClockifyPS.State";
        private static readonly int[] TransientStatuses = { 502, 503, 504 };
        private static readonly SocketError[] NeverConnected =
        {
            SocketError.ConnectionRefused, SocketError.HostNotFound, SocketError.HostUnreachable,
            SocketError.NetworkUnreachable, SocketError.TryAgain, SocketError.NoData,
        };

        private readonly ClockifyClientOptions options;
        private readonly ThreadLocal<Random> random = new ThreadLocal<Random>(() => new Random(Guid.NewGuid().GetHashCode()));

        public ResiliencePolicies(ClockifyClientOptions options)
        {
            this.options = options;
            ReadRetry = BuildRetry(IsRetryableRead);
            WriteRetry = BuildRetry(IsRetryableWrite);
            PerTryTimeout = Policy.TimeoutAsync<HttpResponseMessage>(options.PerTryTimeout, TimeoutStrategy.Optimistic);
        }

        public IAsyncPolicy<HttpResponseMessage> ReadRetry { get; }

        public IAsyncPolicy<HttpResponseMessage> WriteRetry { get; }

        public IAsyncPolicy<HttpResponseMessage> PerTryTimeout { get; }

        public IAsyncPolicy<HttpResponseMessage> RetryFor(HttpRequestMessage request) =>
            ClockifyRequest.IsIdempotent(request.Method) || IsMarkedRetryable(request) ? ReadRetry : WriteRetry;

        private static bool IsMarkedRetryable(HttpRequestMessage request) => RequestState.Of(request).Retryable;

        /// <summary>Whether a try that failed this way may be repeated for a read.</summary>
        internal static bool IsRetryableRead(DelegateResult<HttpResponseMessage> outcome) =>
            outcome.Exception switch
            {
                null => outcome.Result.StatusCode == (System.Net.HttpStatusCode)429 || TransientStatuses.Contains((int)outcome.Result.StatusCode),
                HttpRequestException _ => true,
                IOException _ => true,
                TimeoutRejectedException _ => true,
                _ => false,
            };

        /// <summary>Whether a try that failed this way may be repeated for a write: only if it cannot have been acted on.</summary>
        internal static bool IsRetryableWrite(DelegateResult<HttpResponseMessage> outcome) =>
            outcome.Exception is null
                ? outcome.Result.StatusCode == (System.Net.HttpStatusCode)429
                : NeverReachedServer(outcome.Exception);

        internal static bool NeverReachedServer(Exception exception)
        {
            for (Exception? current = exception; current != null; current = current.InnerException)
            {
                if (current is SocketException socket && NeverConnected.Contains(socket.SocketErrorCode))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The server's Retry-After as a delay (seconds or an HTTP date), or null when it sent none.</summary>
        internal static TimeSpan? RetryAfter(HttpResponseMessage? response)
        {
            var header = response?.Headers.RetryAfter;
            if (header is null)
            {
                return null;
            }

            if (header.Delta is TimeSpan delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (header.Date is DateTimeOffset date)
            {
                TimeSpan wait = date - DateTimeOffset.UtcNow;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }

            return null;
        }

        internal TimeSpan Backoff(int attempt)
        {
            double exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
            double capped = Math.Min(exponential, options.MaxRetryDelay.TotalMilliseconds);

            // Jitter spreads the retries of parallel runspaces so they do not hit the limit again together.
            double jittered = capped * (0.5 + (random.Value!.NextDouble() * 0.5));
            return TimeSpan.FromMilliseconds(jittered);
        }

        private IAsyncPolicy<HttpResponseMessage> BuildRetry(Func<DelegateResult<HttpResponseMessage>, bool> retryable)
        {
            return Policy<HttpResponseMessage>
                .HandleResult(response => retryable(new DelegateResult<HttpResponseMessage>(response)))
                .Or<Exception>(exception => retryable(new DelegateResult<HttpResponseMessage>(exception)))
                .WaitAndRetryAsync(
                    options.MaxRetries,
                    (attempt, outcome, context) => Delay(attempt, outcome),
                    (outcome, delay, attempt, context) =>
                    {
                        Report(outcome, delay, attempt, context);

                        // The failed try's response is finished with; free its connection for the next try.
                        outcome.Result?.Dispose();
                        return Task.CompletedTask;
                    });
        }

        private TimeSpan Delay(int attempt, DelegateResult<HttpResponseMessage> outcome)
        {
            TimeSpan? serverWait = RetryAfter(outcome.Result);
            if (serverWait is TimeSpan wait)
            {
                return wait > options.MaxRetryDelay ? options.MaxRetryDelay : wait;
            }

            return Backoff(attempt);
        }

        private void Report(DelegateResult<HttpResponseMessage> outcome, TimeSpan delay, int attempt, Context context)
        {
            if (!context.TryGetValue(StateKey, out object? value) || value is not RequestState state || state.Log is null)
            {
                return;
            }

            string reason;
            if (outcome.Exception is null)
            {
                int status = (int)outcome.Result!.StatusCode;
                reason = string.Format(CultureInfo.InvariantCulture, "{0} {1}{2}", status, HttpStatusNames.Name(status), RetryAfter(outcome.Result) is null ? string.Empty : " with Retry-After");
            }
            else
            {
                reason = outcome.Exception is TimeoutRejectedException ? "no answer within the per-try timeout" : outcome.Exception.GetType().Name + ": " + outcome.Exception.Message;
            }

            state.Log(string.Format(CultureInfo.InvariantCulture, "Retry {0}/{1} of {2} in {3:0.###} s after {4}.", attempt, options.MaxRetries, state.Target, delay.TotalSeconds, reason));
        }
    }
}
