using System;
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
                // Sized from Content-Length when the server sends it: a 2.5 MB page is then read without regrowing.
                long? length = response.Content.Headers.ContentLength;
                var buffer = length is long known && known > 0 && known < int.MaxValue ? new MemoryStream((int)known) : new MemoryStream();
                using (Stream body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
                {
                    await body.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
                }

                var content = new BufferedContent(new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
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
    }
}

namespace ClockifyPS.Engine
{
    /// <summary>A body already read into memory, handed to the parser as it is rather than copied again.</summary>
    internal sealed class BufferedContent : ByteArrayContent
    {
        public BufferedContent(ArraySegment<byte> body)
            : base(body.Array ?? Array.Empty<byte>(), body.Offset, body.Count)
        {
            Body = body;
        }

        public ArraySegment<byte> Body { get; }
    }
}
