using System;
using System.Net.Http;

namespace ClockifyPS.Engine
{
    /// <summary>
    /// What the shared handler chain needs to know about one request's connection: its policies, its pacer and
    /// where to report retries. The chain is shared by every connection, so this rides on the request.
    /// </summary>
    internal sealed class RequestState
    {
        private const string PropertyName = "ClockifyPS.RequestState";

        public RequestState(string target, ResiliencePolicies policies, RequestPacer? pacer, Action<string>? log, bool retryable = false, bool streaming = false)
        {
            Retryable = retryable;
            Streaming = streaming;
            Target = target;
            Policies = policies;
            Pacer = pacer;
            Log = log;
        }

        /// <summary>Method and URL, for messages.</summary>
        public string Target { get; }

        public ResiliencePolicies Policies { get; }

        public RequestPacer? Pacer { get; }

        public Action<string>? Log { get; }

        /// <summary>Whether the request may be retried like a read whatever its method (report queries).</summary>
        public bool Retryable { get; }

        /// <summary>Whether the caller reads the body as a stream, so the chain must not buffer it (exports).</summary>
        public bool Streaming { get; }

        public static RequestState Of(HttpRequestMessage request) =>
            request.Properties.TryGetValue(PropertyName, out object? value) && value is RequestState state
                ? state
                : throw new InvalidOperationException("A request reached the Clockify handler chain without its connection state.");

        public void AttachTo(HttpRequestMessage request) => request.Properties[PropertyName] = this;
    }
}
