using System;
using ClockifyPS.Engine;

namespace ClockifyPS.Tests.Support;

/// <summary>Engine clients wired to a stub handler, with delays short enough for unit tests.</summary>
internal static class EngineFactory
{
    public const string Key = "test-key-7c1f0a9e5d3b";

    public static ClockifyApiClient Client(StubHandler stub, Action<ClockifyClientOptions>? configure = null, RegionEndpoints? endpoints = null, ClockifyCredentialKind kind = ClockifyCredentialKind.ApiKey)
    {
        var options = new ClockifyClientOptions
        {
            RateLimit = 0,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            MaxRetryDelay = TimeSpan.FromSeconds(5),
            PerTryTimeout = TimeSpan.FromSeconds(5),
            OverallTimeout = TimeSpan.FromSeconds(30),
        };
        configure?.Invoke(options);
        return new ClockifyApiClient(
            endpoints ?? RegionEndpoints.ForRegion(ClockifyRegion.EU),
            ClockifyCredential.FromPlainText(kind, Key),
            options,
            new ClockifyHttp(() => stub));
    }
}
