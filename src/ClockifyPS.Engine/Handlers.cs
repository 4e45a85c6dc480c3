using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ClockifyPS.Engine
{
    /// <summary>Waits for the connection's rate-limit slot before every try, retries included.</summary>
    internal sealed class PacingHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            RequestPacer? pacer = RequestState.Of(request).Pacer;
            if (pacer != null)
            {
                await pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the whole body inside the try, so a body cut off mid-way or stalled past the per-try timeout is a
    /// failed try that the retry policy can repeat, rather than a surprise for whoever parses it later.
    /// A streaming request's successful body is left unread for the caller to copy (a file export).
    /// </summary>
    internal sealed class BufferingHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.Content is null || (RequestState.Of(request).Streaming && response.IsSuccessStatusCode))
            {
                return response;
            }

            try
            {
                BufferedContent content = await ReadAllAsync(response.Content, cancellationToken).ConfigureAwait(false);
                foreach (var header in response.Content.Headers)
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                response.Content.Dispose();
                response.Content = content;
                return response;
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Reads a body into one array. When the server announces the length (Clockify does), the array comes
        /// from the shared pool and goes back once the page is parsed: streaming a year of entries then churns
        /// no large-object heap, and the process's memory stays flat.
        /// </summary>
        private static async Task<BufferedContent> ReadAllAsync(HttpContent content, CancellationToken cancellationToken)
        {
            using Stream body = await content.ReadAsStreamAsync().ConfigureAwait(false);
            long? length = content.Headers.ContentLength;
            if (length is long known && known > 0 && known < int.MaxValue)
            {
                byte[] rented = ArrayPool<byte>.Shared.Rent((int)known);
                try
                {
                    int read = 0;
                    while (read < known)
                    {
                        int chunk = await body.ReadAsync(rented, read, (int)known - read, cancellationToken).ConfigureAwait(false);
                        if (chunk == 0)
                        {
                            throw new IOException("The response ended after " + read + " of " + known + " bytes.");
                        }

                        read += chunk;
                    }

                    return new BufferedContent(new ArraySegment<byte>(rented, 0, read), rented);
                }
                catch
                {
                    ArrayPool<byte>.Shared.Return(rented);
                    throw;
                }
            }

            var buffer = new MemoryStream();
            await body.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
            return new BufferedContent(new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
    }
}

namespace ClockifyPS.Engine
{
    /// <summary>A body already read into memory, handed to the parser as it is rather than copied again.</summary>
    internal sealed class BufferedContent : ByteArrayContent
    {
        public BufferedContent(ArraySegment<byte> body, byte[]? pooled)
            : base(body.Array ?? Array.Empty<byte>(), body.Offset, body.Count)
        {
            Body = body;
            Pooled = pooled;
        }

        public ArraySegment<byte> Body { get; }

        /// <summary>The pooled array behind <see cref="Body"/>, which whoever parses the body returns; null when not pooled.</summary>
        public byte[]? Pooled { get; }
    }
}
