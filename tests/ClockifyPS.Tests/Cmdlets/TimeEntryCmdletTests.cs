using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class TimeEntryWindowTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public TimeEntryWindowTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    public static IEnumerable<object[]> Cases() => new[]
    {
        // profile zone, window start (UTC), window end (UTC): windows straddle DST changes where the zone has them.
        new object[] { "UTC", "2031-03-29T00:00:00Z", "2031-03-30T00:00:00Z" },
        new object[] { "Europe/Berlin", "2031-03-30T00:00:00Z", "2031-03-31T00:00:00Z" },
        new object[] { "Europe/Berlin", "2031-10-26T00:00:00Z", "2031-10-26T02:00:00Z" },
        new object[] { "America/Los_Angeles", "2031-03-09T08:00:00Z", "2031-03-10T07:00:00Z" },
        new object[] { "America/Los_Angeles", "2031-11-02T08:00:00Z", "2031-11-02T10:00:00Z" },
        new object[] { "Asia/Kolkata", "2031-06-01T18:30:00Z", "2031-06-02T18:30:00Z" },
        new object[] { "Pacific/Chatham", "2031-04-05T00:00:00Z", "2031-04-06T00:00:00Z" },
        new object[] { "Pacific/Chatham", "2031-09-27T12:00:00Z", "2031-09-28T12:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_utc_window_returns_exactly_the_entries_that_started_in_it(string profileZone, string from, string to)
    {
        using var host = new PowerShellHost();
        fixture.EU.SetUserTimeZone(fixture.EU.UserId, profileZone);
        EmulatorFixture.Connect(host, fixture.EU);
        DateTimeOffset start = DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        DateTimeOffset end = DateTimeOffset.Parse(to, System.Globalization.CultureInfo.InvariantCulture);
        string marker = "window-" + Guid.NewGuid().ToString("N")[..8];

        // Entries one second outside and inside each edge, and every 20 minutes across the window.
        var starts = new List<DateTimeOffset> { start.AddSeconds(-1), start, start.AddSeconds(1), end.AddSeconds(-1), end, end.AddSeconds(1) };
        for (DateTimeOffset t = start.AddMinutes(20); t < end; t = t.AddMinutes(20))
        {
            starts.Add(t);
        }

        foreach (DateTimeOffset s in starts)
        {
            host.Run(
                "Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/time-entries' -Method POST -Body @{ start = $args[0]; end = $args[1]; description = $args[2] } | Out-Null",
                s.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), s.AddSeconds(30).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), marker).Succeeded();
        }

        var expected = starts.Where(s => s >= start && s < end).OrderBy(s => s).ToList();
        var got = host.Run("Get-ClockifyTimeEntry -Start $args[0] -End $args[1] -Description $args[2]", start, end, marker).Succeeded().Output
            .Select(o => (DateTimeOffset)o.Properties["Start"].Value).OrderBy(s => s).ToList();

        Assert.Equal(expected, got);
        Assert.All(got, s => Assert.Equal(TimeSpan.Zero, s.Offset));
    }

    [Fact]
    public void Wall_clock_input_is_read_in_TimeZone_and_the_profile_zone_is_announced_once()
    {
        using var host = new PowerShellHost();
        fixture.EU.SetUserTimeZone(fixture.EU.UserId, "Asia/Kolkata");
        EmulatorFixture.Connect(host, fixture.EU);
        string marker = "tz-" + Guid.NewGuid().ToString("N")[..8];

        // 09:00 in Berlin (CEST, +02:00) is 07:00Z; an entry at 06:59Z is outside, one at 07:00Z inside.
        foreach (string s in new[] { "2032-07-01T06:59:00Z", "2032-07-01T07:00:00Z", "2032-07-01T08:59:00Z", "2032-07-01T09:00:00Z" })
        {
            host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/time-entries' -Method POST -Body @{ start = $args[0]; end = $args[0]; description = $args[1] } | Out-Null", s, marker).Succeeded();
        }

        PowerShellResult result = host.Run("Get-ClockifyTimeEntry -Start '2032-07-01 09:00' -End '2032-07-01 11:00' -TimeZone Europe/Berlin -Description $args[0] -Verbose", marker).Succeeded();

        Assert.Equal(
            new[] { "2032-07-01T07:00:00.0000000+00:00", "2032-07-01T08:59:00.0000000+00:00" },
            result.Output.Select(o => ((DateTimeOffset)o.Properties["Start"].Value).ToString("o")).OrderBy(s => s));
        Assert.Single(result.Verbose, v => v.Contains("Asia/Kolkata", StringComparison.Ordinal));
    }

    [Fact]
    public void A_null_settings_profile_reads_filters_in_utc()
    {
        using var host = new PowerShellHost();
        fixture.EU.SetUserTimeZone(fixture.EU.UserId, null);
        EmulatorFixture.Connect(host, fixture.EU);
        string marker = "null-" + Guid.NewGuid().ToString("N")[..8];
        foreach (string s in new[] { "2033-01-01T23:59:59Z", "2033-01-02T00:00:00Z", "2033-01-02T23:59:59Z", "2033-01-03T00:00:00Z" })
        {
            host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/time-entries' -Method POST -Body @{ start = $args[0]; end = $args[0]; description = $args[1] } | Out-Null", s, marker).Succeeded();
        }

        var got = host.Run("Get-ClockifyTimeEntry -Start '2033-01-02T00:00:00Z' -End '2033-01-03T00:00:00Z' -Description $args[0]", marker).Succeeded().Output;

        Assert.Equal(2, got.Count);
    }

    [Fact]
    public void End_before_start_and_unknown_zones_are_refused_before_any_request()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord backwards = host.Run("Get-ClockifyTimeEntry -Start '2030-01-02Z' -End '2030-01-01Z'").Error;
        ErrorRecord zone = host.Run("Get-ClockifyTimeEntry -Start '2030-01-01 09:00' -TimeZone Mars/Base").Error;
        ErrorRecord badDate = host.Run("Get-ClockifyTimeEntry -Start 'next tuesday-ish'").Error;

        Assert.Equal("Clockify.GetTimeEntry.EndBeforeStart", backwards.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.GetTimeEntry.UnknownTimeZone", zone.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("not a date and time", badDate.ToString(), StringComparison.Ordinal);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }
}

public class TimeEntryCmdletTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public TimeEntryCmdletTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void First_stops_the_listing_across_users()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);

        var entries = host.Run("Get-ClockifyTimeEntry -AllUsers -Start '2025-01-01Z' -End '2026-01-01Z' -First 3").Succeeded().Output;

        Assert.Equal(3, entries.Count);
    }

    [Fact]
    public void Timer_round_trip_and_stopping_with_no_timer_is_not_an_error()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        host.Run("Stop-ClockifyTimer").Succeeded();
        Assert.Empty(host.Run("Get-ClockifyTimer").Succeeded().Output);

        host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/time-entries' -Method POST -Body @{ start = [DateTimeOffset]::UtcNow.AddMinutes(-5); description = 'timer' } | Out-Null").Succeeded();
        PSObject running = host.Run("Get-ClockifyTimer").Succeeded().Single;
        var first = (TimeSpan)running.Properties["Duration"].Value;
        System.Threading.Thread.Sleep(1100);
        var later = (TimeSpan)running.Properties["Duration"].Value;
        PSObject stopped = host.Run("Stop-ClockifyTimer -PassThru").Succeeded().Single;
        PowerShellResult again = host.Run("Stop-ClockifyTimer -Verbose").Succeeded();

        Assert.True((bool)running.Properties["IsRunning"].Value);
        Assert.True(later > first, "a running entry's duration grows");
        Assert.False((bool)stopped.Properties["IsRunning"].Value);
        Assert.Equal(running.Properties["Id"].Value, stopped.Properties["Id"].Value);
        Assert.Contains(again.Verbose, v => v.StartsWith("No timer was running", StringComparison.Ordinal));
        Assert.Empty(host.Run("Get-ClockifyTimer").Succeeded().Output);
    }

    [Fact]
    public void Piped_entries_are_deleted_in_bulk_requests()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        string marker = "bulk-" + Guid.NewGuid().ToString("N")[..8];
        host.Run("$m = $args[0]; 1..5 | ForEach-Object { Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/time-entries' -Method POST -Body @{ start = ([DateTimeOffset]'2034-01-01T00:00:00Z').AddHours($_); end = ([DateTimeOffset]'2034-01-01T00:30:00Z').AddHours($_); description = $m } } | Out-Null", marker).Succeeded();
        long before = fixture.Emulator.Counters.Count("DELETE", "/api/v1/workspaces/{workspaceId}/user/{userId}/time-entries");

        var removed = host.Run("Get-ClockifyTimeEntry -Start '2034-01-01Z' -End '2034-01-02Z' -Description $args[0] | Remove-ClockifyTimeEntry -Confirm:$false -PassThru", marker).Succeeded().Output;

        Assert.Equal(5, removed.Count);
        Assert.Equal(before + 1, fixture.Emulator.Counters.Count("DELETE", "/api/v1/workspaces/{workspaceId}/user/{userId}/time-entries"));
        Assert.Empty(host.Run("Get-ClockifyTimeEntry -Start '2034-01-01Z' -End '2034-01-02Z' -Description $args[0]", marker).Succeeded().Output);
    }

    [Fact]
    public void Remove_WhatIf_deletes_nothing()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        long requests = fixture.Emulator.Counters.TotalRequests;

        host.Run("Remove-ClockifyTimeEntry -Id 5b715612b0798751c7c6e8e1 -UserId $args[0] -WhatIf", fixture.EU.UserId).Succeeded();

        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void Entries_by_id_and_a_missing_one_is_not_found()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        string id = (string)host.Run("(Get-ClockifyTimeEntry -Start '2025-01-01Z' -End '2026-01-01Z' -First 1).Id").Succeeded().Single.BaseObject;

        PowerShellResult result = host.Run("Get-ClockifyTimeEntry -Id $args[0], 5b715612b0798751c7c6e8e1", id);

        Assert.Equal(id, Assert.Single(result.Output).Properties["Id"].Value);
        Assert.Equal("Clockify.GetTimeEntry.NotFound", result.Error.FullyQualifiedErrorId.Split(',')[0]);
    }
}

/// <summary>Its own emulator, so the workspace holds only the seeded entries.</summary>
public class TimeEntryAllUsersTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public TimeEntryAllUsersTests(EmulatorFixture fixture) => this.fixture = fixture;

    [Fact]
    public void All_users_streams_every_users_entries_with_typed_utc_objects()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);

        var entries = host.Run("Get-ClockifyTimeEntry -AllUsers -Start '2025-01-01Z' -End '2026-01-01Z'").Succeeded().Output;

        Assert.Equal(fixture.EU.TimeEntryCount(fixture.EU.WorkspaceId), entries.Count);
        Assert.True(entries.Select(e => e.Properties["UserId"].Value).Distinct().Count() > 1);
        Assert.All(entries, e => Assert.Equal(fixture.EU.WorkspaceId, e.Properties["WorkspaceId"].Value));
        Assert.All(entries, e => Assert.IsType<TimeSpan>(e.Properties["Duration"].Value));
    }

}
