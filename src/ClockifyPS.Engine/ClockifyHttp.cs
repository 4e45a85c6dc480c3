using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Polly;

namespace ClockifyPS.Engine
{
    /// <summary>
    /// The process's one HTTP stack: an IHttpClientFactory whose handler chain is, from the outside in, retry
    /// (Polly) - rate-limit pacing - per-try timeout (Polly) - body buffering - the socket handler. Connections
    /// differ only in hosts and keys, which ride on each request, so every connection and region shares it.
    /// </summary>
    public sealed class ClockifyHttp : IDisposable
    {
        private const string ClientName = "ClockifyPS";
        private static readonly Lazy<ClockifyHttp> SharedInstance = new Lazy<ClockifyHttp>(() => new ClockifyHttp(), LazyThreadSafetyMode.ExecutionAndPublication);
        private readonly ServiceProvider provider;
        private readonly IHttpClientFactory factory;

        /// <summary>Builds a stack; <paramref name="primaryHandler"/> replaces the socket handler (tests pass a stub).</summary>
        public ClockifyHttp(Func<HttpMessageHandler>? primaryHandler = null)
        {
            var services = new ServiceCollection();
            services.AddHttpClient(ClientName, client =>
                {
                    // Our own per-try and overall timeouts apply; HttpClient's 100 s default would cut across them.
                    client.Timeout = Timeout.InfiniteTimeSpan;
                    client.DefaultRequestHeaders.UserAgent.ParseAdd("ClockifyPS/" + typeof(ClockifyHttp).Assembly.GetName().Version!.ToString(3));
                })
                .ConfigurePrimaryHttpMessageHandler(primaryHandler ?? CreateSocketHandler)
                .AddPolicyHandler(request => RequestState.Of(request).Policies.RetryFor(request))
                .AddHttpMessageHandler(() => new PacingHandler())
                .AddPolicyHandler(request => RequestState.Of(request).Policies.PerTryTimeout)
                .AddHttpMessageHandler(() => new BufferingHandler());
            provider = services.BuildServiceProvider();
            factory = provider.GetRequiredService<IHttpClientFactory>();
        }

        /// <summary>The stack every connection uses unless given another; built on first use so Import-Module stays fast.</summary>
        public static ClockifyHttp Shared => SharedInstance.Value;

        /// <summary>A client from the factory. Cheap; the handlers behind it are pooled.</summary>
        internal HttpClient CreateClient() => factory.CreateClient(ClientName);

        /// <inheritdoc />
        public void Dispose() => provider.Dispose();

        private static HttpMessageHandler CreateSocketHandler() => new HttpClientHandler
        {
            // A redirect would carry X-Api-Key to whatever host it names; Clockify's API does not redirect.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
        };
    }
}
