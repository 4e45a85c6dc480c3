using System;

namespace ClockifyPS.Engine
{
    /// <summary>How patient and how fast a connection is. The defaults suit a paid workspace (50 requests/second).</summary>
    public sealed class ClockifyClientOptions
    {
        /// <summary>Requests allowed per <see cref="RateLimitPeriod"/> by the client-side limiter; 0 turns it off.</summary>
        public int RateLimit { get; set; } = 50;

        /// <summary>The period <see cref="RateLimit"/> counts over (one second on paid plans, one hour on new free workspaces).</summary>
        public TimeSpan RateLimitPeriod { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>How many times a failed try is repeated when repeating is safe.</summary>
        public int MaxRetries { get; set; } = 6;

        /// <summary>The first back-off delay; each later one doubles, with jitter.</summary>
        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>The longest single wait between tries, also the cap on a server's Retry-After.</summary>
        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>How long one try may take, body included.</summary>
        public TimeSpan PerTryTimeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>How long one request may take over all its tries and waits.</summary>
        public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromMinutes(10);

        /// <summary>Throws when a value cannot work.</summary>
        public void Validate()
        {
            if (RateLimit < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(RateLimit), RateLimit, "The rate limit cannot be negative (0 turns the limiter off).");
            }

            if (RateLimit > 0 && RateLimitPeriod <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(RateLimitPeriod), RateLimitPeriod, "The rate-limit period must be positive.");
            }

            if (MaxRetries < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "The retry count cannot be negative.");
            }

            if (PerTryTimeout <= TimeSpan.Zero || OverallTimeout <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(PerTryTimeout), "Timeouts must be positive.");
            }
        }

        /// <summary>A copy, so connections never share mutable settings.</summary>
        public ClockifyClientOptions Clone() => (ClockifyClientOptions)MemberwiseClone();
    }
}
