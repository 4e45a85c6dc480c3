using System;
using ClockifyPS.Engine.Time;
using Xunit;

namespace ClockifyPS.Tests.Engine;

public class TimeTests
{
    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("Pacific Standard Time", "America/Los_Angeles")]
    [InlineData("UTC", "UTC")]
    [InlineData("Pacific/Chatham", "Pacific/Chatham")]
    public void Zones_are_found_by_IANA_or_Windows_id(string id, string expected)
    {
        Assert.Equal(expected, ProfileZone.Find(id)!.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    public void An_empty_or_unknown_zone_is_null(string? id)
    {
        Assert.Null(ProfileZone.Find(id));
    }

    [Fact]
    public void Wall_clock_follows_daylight_saving()
    {
        ProfileZone berlin = ProfileZone.Find("Europe/Berlin")!;

        Assert.Equal(new DateTime(2026, 3, 29, 1, 59, 0), berlin.ToWallClock(new DateTimeOffset(2026, 3, 29, 0, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTime(2026, 3, 29, 3, 0, 0), berlin.ToWallClock(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), berlin.FromWallClock(new DateTime(2026, 3, 29, 2, 0, 0)));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), berlin.FromWallClock(new DateTime(2026, 10, 25, 2, 30, 0)));
    }

    [Fact]
    public void A_window_is_sent_as_widened_wall_clock_in_the_profile_zone()
    {
        var window = new TimeWindow(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 30, 0, 0, 0, TimeSpan.Zero));

        var (start, end) = window.ToWallClockFilter(new[] { ProfileZone.Find("Europe/Berlin") });

        // 00:00Z is 01:00 CET, 3 hours earlier is 22:00; the next midnight is 02:00 CEST, 3 hours later 05:00.
        Assert.Equal("2026-03-28T22:00:00Z", start);
        Assert.Equal("2026-03-30T05:00:00Z", end);
    }

    [Fact]
    public void A_window_covers_every_zone_that_may_read_it_and_unknown_zones_widely()
    {
        var window = new TimeWindow(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 1, 13, 0, 0, TimeSpan.Zero));

        var both = window.ToWallClockFilter(new[] { ProfileZone.Find("America/Los_Angeles"), ProfileZone.Find("Asia/Kolkata") });
        var unknown = window.ToWallClockFilter(new ProfileZone?[] { null });

        Assert.Equal("2026-06-01T02:00:00Z", both.Start);  // 05:00 PDT - 3h
        Assert.Equal("2026-06-01T21:30:00Z", both.End);    // 18:30 IST + 3h
        Assert.Equal("2026-05-31T21:00:00Z", unknown.Start);
        Assert.Equal("2026-06-02T04:00:00Z", unknown.End);
    }

    [Fact]
    public void A_window_holds_its_start_and_not_its_end()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var window = new TimeWindow(start, start.AddDays(1));

        Assert.True(window.Contains(start));
        Assert.True(window.Contains(start.AddDays(1).AddTicks(-TimeSpan.TicksPerSecond)));
        Assert.False(window.Contains(start.AddDays(1)));
        Assert.False(window.Contains(start.AddSeconds(-1)));
        Assert.Throws<ArgumentException>(() => new TimeWindow(start, start));
    }

    [Fact]
    public void Clockify_timestamps_round_trip_in_utc()
    {
        DateTimeOffset parsed = ClockifyTime.ParseUtc("2026-07-04T15:30:00Z")!.Value;

        Assert.Equal(TimeSpan.Zero, parsed.Offset);
        Assert.Equal("2026-07-04T15:30:00Z", ClockifyTime.FormatUtc(new DateTimeOffset(2026, 7, 4, 17, 30, 0, TimeSpan.FromHours(2))));
        Assert.Null(ClockifyTime.ParseUtc(null));
    }
}
