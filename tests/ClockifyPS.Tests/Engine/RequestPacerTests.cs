using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ClockifyPS.Engine;
using Xunit;

namespace ClockifyPS.Tests.Engine;

public class RequestPacerTests
{
    [Fact]
    public async Task Requests_beyond_the_rate_get_later_slots_spaced_evenly()
    {
        var pacer = new RequestPacer(20, TimeSpan.FromSeconds(1));

        TimeSpan[] waits = await Task.WhenAll(Enumerable.Range(0, 21).Select(_ => pacer.WaitAsync(CancellationToken.None)));

        // 21 requests at 20 per second: the last one's slot is a full second after the first.
        Assert.Equal(TimeSpan.Zero, waits.Min());
        Assert.InRange(waits.Max().TotalMilliseconds, 900, 1000);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_rate_must_allow_something(int requests)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestPacer(requests, TimeSpan.FromSeconds(1)));
    }
}
