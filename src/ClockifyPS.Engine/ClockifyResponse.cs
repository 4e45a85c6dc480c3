using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ClockifyPS.Engine
{
    /// <summary>A successful answer, its body read in full.</summary>
    public sealed class ClockifyResponse : IDisposable
    {
        private readonly IReadOnlyDictionary<string, string> headers;
        private byte[]? pooled;

        /// <summary>Creates a response.</summary>
        public ClockifyResponse(int statusCode, ArraySegment<byte> body, string? contentType, IReadOnlyDictionary<string, string> headers)
            : this(statusCode, body, contentType, headers, null)
        {
        }

        internal ClockifyResponse(int statusCode, ArraySegment<byte> body, string? contentType, IReadOnlyDictionary<string, string> headers, byte[]? pooled)
        {
            StatusCode = statusCode;
            Body = body;
            ContentType = contentType;
            this.headers = headers;
            this.pooled = pooled;
        }

        /// <summary>The HTTP status (2xx).</summary>
        public int StatusCode { get; }

        /// <summary>The body bytes.</summary>
        public ArraySegment<byte> Body { get; }

        /// <summary>The body's media type, e.g. application/json.</summary>
        public string? ContentType { get; }

        /// <summary>Whether the body has any content.</summary>
        public bool HasBody => Body.Count > 0;

        /// <summary>
        /// What the <c>Last-Page</c> header says: true, false, or null when the endpoint does not send it
        /// (custom fields, holidays).
        /// </summary>
        public bool? LastPage
        {
            get
            {
                string? value = Header("Last-Page");
                return value is null ? null : string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            }
        }

        /// <summary>A response header's value (case-insensitive name), or null.</summary>
        public string? Header(string name) => headers.TryGetValue(name, out string? value) ? value : null;

        /// <summary>All response headers.</summary>
        public IEnumerable<KeyValuePair<string, string>> Headers => headers.AsEnumerable();

        /// <summary>The body as text (UTF-8).</summary>
        public string Text() => Body.Array is null ? string.Empty : Encoding.UTF8.GetString(Body.Array, Body.Offset, Body.Count);

        /// <summary>Parses the body as JSON; a body that is empty or not JSON is an <see cref="JsonException"/>.</summary>
        public JsonDocument Json() => JsonDocument.Parse(Body.AsMemory());

        /// <summary>
        /// Gives the body's pooled array back; the body must not be read afterwards. Optional: a response never
        /// disposed simply leaves its array to the garbage collector.
        /// </summary>
        public void Dispose()
        {
            byte[]? array = System.Threading.Interlocked.Exchange(ref pooled, null);
            if (array != null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(array);
            }
        }

        /// <summary>Deserialises the body into <typeparamref name="T"/> with Clockify's naming.</summary>
        public T Deserialize<T>() => JsonSerializer.Deserialize<T>(Body.AsSpan(), ClockifyJson.Options)!;
    }
}
