using System;
using ClockifyPS.Engine;
using Xunit;

namespace ClockifyPS.Tests.Engine;

public class IsoDurationTests
{
    [Theory]
    [InlineData("PT1H30M", 90 * 60)]
    [InlineData("PT0S", 0)]
    [InlineData("P1DT2H", 26 * 3600)]
    [InlineData("PT45.5S", 45.5)]
    public void Clockify_durations_parse_to_timespans(string text, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), IsoDuration.Parse(text));
    }

    [Fact]
    public void A_missing_duration_is_null_and_garbage_is_a_clear_error()
    {
        Assert.Null(IsoDuration.Parse(null));
        var error = Assert.Throws<FormatException>(() => IsoDuration.Parse("90 minutes"));
        Assert.Contains("ISO-8601", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Durations_format_as_Clockify_writes_them()
    {
        Assert.Equal("PT1H30M", IsoDuration.Format(TimeSpan.FromMinutes(90)));
    }
}
