using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;

namespace ClockifyPS.Engine
{
    /// <summary>One call to Clockify, before the connection adds hosts, auth and policies.</summary>
    public sealed class ClockifyRequest
    {
        /// <summary>Creates a request for <paramref name="path"/> (relative to the API's base URI).</summary>
        public ClockifyRequest(HttpMethod method, string path, ClockifyApi api = ClockifyApi.Main)
        {
            Method = method ?? throw new ArgumentNullException(nameof(method));
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Api = api;
        }

        /// <summary>PATCH, which netstandard2.0's HttpMethod does not name.</summary>
        public static HttpMethod Patch { get; } = new HttpMethod("PATCH");

        /// <summary>The HTTP method.</summary>
        public HttpMethod Method { get; }

        /// <summary>The path under the API's base URI, e.g. <c>/workspaces/{id}/projects</c>.</summary>
        public string Path { get; }

        /// <summary>Which host serves it.</summary>
        public ClockifyApi Api { get; }

        /// <summary>Query parameters in order; a name may repeat (Clockify takes repeated ids).</summary>
        public IList<KeyValuePair<string, string>> Query { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>The JSON body, already serialised; null for none.</summary>
        public string? JsonBody { get; set; }

        /// <summary>
        /// Builds a non-JSON body (a multipart form with a file) for each send; used instead of
        /// <see cref="JsonBody"/> when set. Retries re-send the content it built, so it must be re-readable
        /// (byte arrays and strings are).
        /// </summary>
        public Func<HttpContent>? ContentFactory { get; set; }

        /// <summary>
        /// Marks a request whose method is not idempotent (a POST) as a read that is safe to repeat, e.g. a
        /// report query: it is then retried on 502/503/504, time-outs and broken connections like a GET.
        /// </summary>
        public bool Retryable { get; set; }

        /// <summary>Whether the engine may repeat this request after a failure the server may have acted on.</summary>
        public bool IsSafeToRetry => Retryable || IsIdempotent(Method);

        /// <summary>How the list this request reads is paged; Clockify's usual page (from 1) and page-size unless set.</summary>
        public PageQuery Paging { get; set; } = PageQuery.Standard;

        /// <summary>Adds a query parameter and returns this request.</summary>
        public ClockifyRequest With(string name, string value)
        {
            Query.Add(new KeyValuePair<string, string>(name, value));
            return this;
        }

        /// <summary>
        /// A copy asking for the <paramref name="page"/>th page (counted from 1, whatever the API calls it) of
        /// <paramref name="pageSize"/> items, in the query names of <see cref="Paging"/> (replacing any the caller gave).
        /// </summary>
        public ClockifyRequest ForPage(int page, int pageSize)
        {
            var copy = new ClockifyRequest(Method, Path, Api) { JsonBody = JsonBody, ContentFactory = ContentFactory, Retryable = Retryable, Paging = Paging };
            foreach (KeyValuePair<string, string> pair in Query.Where(p => p.Key != Paging.PageName && p.Key != Paging.SizeName))
            {
                copy.Query.Add(pair);
            }

            copy.With(Paging.PageName, (page - 1 + Paging.FirstPage).ToString(CultureInfo.InvariantCulture));
            copy.With(Paging.SizeName, pageSize.ToString(CultureInfo.InvariantCulture));
            return copy;
        }

        /// <summary>The absolute URI on <paramref name="endpoints"/>.</summary>
        public Uri ResolveOn(RegionEndpoints endpoints)
        {
            Uri baseUri = endpoints.Resolve(Api, Path);
            if (Query.Count == 0)
            {
                return baseUri;
            }

            var builder = new StringBuilder(baseUri.AbsoluteUri);
            builder.Append(baseUri.Query.Length == 0 ? '?' : '&');
            builder.Append(string.Join("&", Query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value))));
            return new Uri(builder.ToString());
        }

        /// <summary>Whether repeating this request can never do the work twice (GET, HEAD, OPTIONS, PUT, DELETE).</summary>
        public static bool IsIdempotent(HttpMethod method)
        {
            string name = method.Method.ToUpperInvariant();
            return name == "GET" || name == "HEAD" || name == "OPTIONS" || name == "PUT" || name == "DELETE";
        }
    }
}
