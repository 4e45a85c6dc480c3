using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace ClockifyPS.Engine
{
    /// <summary>
    /// Spaces requests evenly so a process stays under Clockify's limit (50/s on paid plans, 30/hour on new
    /// free workspaces) instead of bursting into 429s. Each request takes the next free slot on a schedule;
    /// slots are computed from the schedule, not from when a timer fired, so coarse timers (15 ms on Windows)
    /// do not lower the rate.
    /// </summary>
    public sealed class RequestPacer
    {
        private readonly object gate = new object();
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly long intervalTicks;
        private long nextSlotTicks;

        /// <summary>Allows <paramref name="requests"/> per <paramref name="period"/>.</summary>
        public RequestPacer(int requests, TimeSpan period)
        {
            if (requests <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(requests), requests, "The rate limit must allow at least one request.");
            }

            if (period <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(period), period, "The rate-limit period must be positive.");
            }

            Requests = requests;
            Period = period;
            intervalTicks = period.Ticks / requests;
        }

        /// <summary>Requests allowed per <see cref="Period"/>.</summary>
        public int Requests { get; }

        /// <summary>The period the limit counts over.</summary>
        public TimeSpan Period { get; }

        /// <summary>Waits for this request's slot. Returns how long it waited.</summary>
        public async Task<TimeSpan> WaitAsync(CancellationToken cancellationToken)
        {
            long now = clock.Elapsed.Ticks;
            long slot;
            lock (gate)
            {
                slot = Math.Max(now, nextSlotTicks);
                nextSlotTicks = slot + intervalTicks;
            }

            var delay = TimeSpan.FromTicks(slot - now);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }

            return delay;
        }
    }
}
