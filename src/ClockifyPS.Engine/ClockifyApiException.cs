using System;
using System.Globalization;

namespace ClockifyPS.Engine
{
    /// <summary>What went wrong with a request, in terms a caller can act on.</summary>
    public enum ClockifyFailure
    {
        /// <summary>The server answered with an error status.</summary>
        HttpStatus,

        /// <summary>No answer in time (per-try timeouts used up, or the overall timeout passed).</summary>
        Timeout,

        /// <summary>The connection failed or broke and retries were used up or not safe.</summary>
        Connection,

        /// <summary>The server answered 2xx with a body that is not the JSON expected.</summary>
        InvalidResponse,
    }

    /// <summary>
    /// A failed Clockify request. Carries the HTTP status, Clockify's numeric code and message, and the method
    /// and URL (never the key: it travels only in a header, which this type never sees).
    /// </summary>
    public sealed class ClockifyApiException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public ClockifyApiException(ClockifyFailure failure, string method, Uri uri, int? statusCode, int? clockifyCode, string? clockifyMessage, string message, Exception? innerException = null)
            : base(message, innerException)
        {
            Failure = failure;
            Method = method;
            Uri = uri;
            StatusCode = statusCode;
            ClockifyCode = clockifyCode;
            ClockifyMessage = clockifyMessage;
        }

        /// <summary>The kind of failure.</summary>
        public ClockifyFailure Failure { get; }

        /// <summary>The HTTP method of the failed request.</summary>
        public string Method { get; }

        /// <summary>The URL of the failed request.</summary>
        public Uri Uri { get; }

        /// <summary>The HTTP status, when the server answered.</summary>
        public int? StatusCode { get; }

        /// <summary>Clockify's numeric error code from the body, when it sent one.</summary>
        public int? ClockifyCode { get; }

        /// <summary>Clockify's own message from the body, when it sent one.</summary>
        public string? ClockifyMessage { get; }

        /// <summary>A stable word for the outcome: the status name (NotFound, TooManyRequests...) or the failure kind.</summary>
        public string StatusName => StatusCode is int status ? HttpStatusNames.Name(status) : Failure.ToString();

        internal static string Describe(int status, int? code, string? clockifyMessage, string method, Uri uri)
        {
            string detail = string.IsNullOrEmpty(clockifyMessage) ? HttpStatusNames.Name(status) : clockifyMessage!;
            string codePart = code is int c ? string.Format(CultureInfo.InvariantCulture, ", code {0}", c) : string.Empty;
            return string.Format(CultureInfo.InvariantCulture, "Clockify answered {0} {1}{2}: {3} ({4} {5})", status, HttpStatusNames.Name(status), codePart, detail, method, uri.AbsoluteUri);
        }
    }
}
