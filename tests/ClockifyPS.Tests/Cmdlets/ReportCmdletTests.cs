using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using ClockifyPS.Emulator;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class ReportCmdletTests : IClassFixture<EmulatorFixture>
{
    private const string DetailedTemplate = "/report/v1/workspaces/{workspaceId}/reports/detailed";
    private const string WeeklyTemplate = "/report/v1/workspaces/{workspaceId}/reports/weekly";
    private const string Year = "-Start '2025-01-01T00:00:00Z' -End '2026-01-01T00:00:00Z'";
    private readonly EmulatorFixture fixture;

    public ReportCmdletTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    private static T P<T>(PSObject o, string name) => (T)o.Properties[name].Value;

    private static List<dynamic> Detailed(PowerShellHost host, string arguments) => Rows(host.Run("Get-ClockifyDetailedReport " + arguments));

    /// <summary>The output's objects, for reading their properties by name (the module is not referenced: it is imported as a user would).</summary>
    internal static List<dynamic> Rows(PowerShellResult result) => result.Succeeded().Output.Select(o => (dynamic)o.BaseObject).ToList();

    internal static TimeSpan Sum(IEnumerable<dynamic> rows, Func<dynamic, TimeSpan> duration) => TimeSpan.FromTicks(rows.Sum(r => ((TimeSpan)duration(r)).Ticks));

    private static string KeyOf(dynamic row, string kind) => (string?)row.GetType().GetProperty(kind + "Id").GetValue(row) ?? "-";

    [Theory]
    [InlineData("Project")]
    [InlineData("User,Project")]
    [InlineData("Client,Project,Task")]
    public void Summary_groupings_one_to_three_levels_deep_flatten_to_leaves_that_match_the_detailed_report(string groupBy)
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.Global);
        string[] kinds = groupBy.Split(',');

        var rows = host.Run($"Get-ClockifySummaryReport {Year} -GroupBy {groupBy}").Succeeded().Output;
        var detailed = Detailed(host, Year);

        Assert.NotEmpty(detailed);
        Assert.All(rows, r => Assert.Equal(kinds, ((IEnumerable<object>)((dynamic)r.BaseObject).Groups).Select(g => (string)((dynamic)g).Kind)));
        Assert.All(rows, r => Assert.All(kinds, k => Assert.NotNull(r.Properties[k]?.Value)));
        Assert.All(rows, r => Assert.All(kinds, k => Assert.NotNull(r.Properties[k + "Id"])));
        var expected = detailed.GroupBy(d => string.Join("|", kinds.Select(k => KeyOf(d, k))))
            .ToDictionary(g => g.Key, g => (Duration: Sum(g, d => d.Duration), Billable: Sum(g.Where(d => (bool)d.Billable), d => d.Duration), Amount: g.Sum(d => (decimal)(d.Amount ?? 0m))));
        var got = rows.ToDictionary(
            r => string.Join("|", kinds.Select(k => (string?)r.Properties[k + "Id"].Value ?? "-")),
            r => (Duration: P<TimeSpan>(r, "Duration"), Billable: P<TimeSpan?>(r, "BillableDuration")!.Value, Amount: P<decimal>(r, "Amount")));
        Assert.Equal(expected.Keys.OrderBy(k => k), got.Keys.OrderBy(k => k));
        foreach (var (key, value) in expected)
        {
            Assert.Equal(value.Duration, got[key].Duration);
            Assert.Equal(value.Billable, got[key].Billable);
            Assert.InRange(got[key].Amount, value.Amount - 0.05m, value.Amount + 0.05m);
        }
    }

    [Fact]
    public void Summary_totals_equal_the_sum_of_the_detailed_report_for_the_same_filter()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.Global);
        string user = fixture.Global.UserIds[1];
        string filter = $"{Year} -UserId {user} -Billable";

        var rows = Rows(host.Run($"Get-ClockifySummaryReport {filter} -IncludeTotals"));
        var detailed = Detailed(host, filter);

        dynamic total = Assert.Single(rows, r => (bool)r.IsTotal);
        Assert.Same(total, rows[^1]);
        Assert.NotEmpty(detailed);
        Assert.All(detailed, d => Assert.Equal(user, (string)d.UserId));
        Assert.All(detailed, d => Assert.True((bool)d.Billable));
        Assert.Equal(Sum(detailed, d => d.Duration), (TimeSpan)total.Duration);
        Assert.Equal((TimeSpan?)total.Duration, (TimeSpan?)total.BillableDuration);
        Assert.Equal((long)detailed.Count, (long?)total.EntryCount);
        decimal amount = detailed.Sum(d => (decimal)(d.Amount ?? 0m));
        Assert.InRange((decimal)total.Amount, amount - 0.05m, amount + 0.05m);
        Assert.Equal((TimeSpan)total.Duration, Sum(rows.Where(r => !(bool)r.IsTotal), r => r.Duration));
        Assert.Equal("USD", (string)total.Currency);
    }

    [Fact]
    public void The_users_filter_is_sent_with_contains_and_status_and_names_and_emails_resolve()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.Global);
        string id = fixture.Global.UserIds[2];
        string email = (string)host.Run("Get-ClockifyUser | Where-Object Id -eq $args[0] | ForEach-Object Email", id).Succeeded().Single.BaseObject;

        var rows = host.Run($"Get-ClockifySummaryReport {Year} -UserId $args[0] -GroupBy User", email).Succeeded().Output;
        var piped = host.Run($"Get-ClockifyUser | Where-Object Id -eq $args[0] | Get-ClockifySummaryReport {Year} -GroupBy User,Project", id).Succeeded().Output;

        Assert.Equal(id, P<string>(Assert.Single(rows), "UserId"));
        Assert.NotEmpty(piped);
        Assert.All(piped, r => Assert.Equal(id, P<string>(r, "UserId")));
    }

    [Fact]
    public void The_detailed_report_streams_every_page_in_the_request_body_and_converts_to_utc()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.Global);
        var all = Detailed(host, Year);
        fixture.Emulator.Counters.Reset();

        var paged = Detailed(host, Year + " -PageSize 7");

        Assert.True(all.Count > 14);
        Assert.Equal(all.Select(r => (string)r.Id), paged.Select(r => (string)r.Id));
        Assert.Equal(all.Count, paged.Select(r => (string)r.Id).Distinct().Count());
        Assert.Equal(all.Count / 7 + 1, fixture.Emulator.Counters.Count("POST", DetailedTemplate));
        Assert.All(paged, r => Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)r.Start).Offset));
        Assert.All(paged, r => Assert.Equal((DateTimeOffset)r.End - (DateTimeOffset)r.Start, (TimeSpan)r.Duration));
        Assert.Contains(paged, r => r.Project != null && r.Client != null && r.User != null && (int)r.Tags.Count > 0);
    }

    [Fact]
    public void A_report_query_is_retried_after_a_transient_server_error()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.Global);
        fixture.Emulator.Faults.FailNext(1, 503);

        var rows = host.Run($"Get-ClockifySummaryReport {Year} -GroupBy Project -Billable").Succeeded().Output;

        Assert.NotEmpty(rows);
        Assert.Equal(1, fixture.Emulator.Counters.Responses(503));
    }

    [Fact]
    public void Time_zones_set_the_window_and_the_days_and_times_come_back_in_utc()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.Global);
        string marker = "tz-report-" + Guid.NewGuid().ToString("N")[..8];

        // Tokyo is +09:00: its 2041-03-10 runs from 2041-03-09T15:00Z to 2041-03-10T15:00Z.
        // New York repeats 01:00-02:00 on 2041-11-03: 05:30Z and 06:30Z are both 01:30 there.
        foreach (string s in new[] { "2041-03-09T14:59:00Z", "2041-03-09T15:00:00Z", "2041-03-09T23:30:00Z", "2041-03-10T14:58:00Z", "2041-03-10T15:00:00Z", "2041-11-03T05:30:00Z", "2041-11-03T06:30:00Z" })
        {
            string end = DateTimeOffset.Parse(s, CultureInfo.InvariantCulture).AddMinutes(1).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/time-entries' -Method POST -Body @{ start = $args[0]; end = $args[1]; description = $args[2] } | Out-Null", s, end, marker).Succeeded();
        }

        var tokyo = Detailed(host, $"-Start '2041-03-10' -End '2041-03-11' -TimeZone Asia/Tokyo -Description {marker}");
        var newYork = Detailed(host, $"-Start '2041-11-03' -End '2041-11-04' -TimeZone America/New_York -Description {marker}");
        var utc = Detailed(host, $"-Start '2041-03-10T00:00:00Z' -End '2041-03-11T00:00:00Z' -Description {marker}");
        var days = host.Run($"Get-ClockifySummaryReport -Start '2041-03-09' -End '2041-03-12' -TimeZone Asia/Tokyo -GroupBy Date -Description {marker}").Succeeded().Output;

        Assert.Equal(
            new[] { "2041-03-09T15:00:00.0000000+00:00", "2041-03-09T23:30:00.0000000+00:00", "2041-03-10T14:58:00.0000000+00:00" },
            tokyo.Select(r => ((DateTimeOffset)r.Start).ToString("o", CultureInfo.InvariantCulture)));
        Assert.Equal(new[] { "2041-03-10T14:58:00.0000000+00:00", "2041-03-10T15:00:00.0000000+00:00" }, utc.Select(r => ((DateTimeOffset)r.Start).ToString("o", CultureInfo.InvariantCulture)));
        Assert.Equal(new[] { "2041-11-03T05:30:00.0000000+00:00", "2041-11-03T06:30:00.0000000+00:00" }, newYork.Select(r => ((DateTimeOffset)r.Start).ToString("o", CultureInfo.InvariantCulture)));
        Assert.All(tokyo, r => Assert.Equal(TimeSpan.FromMinutes(1), (TimeSpan)r.Duration));
        var byDate = days.ToDictionary(d => P<DateTime?>(d, "Date")!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d => P<TimeSpan>(d, "Duration"));
        Assert.Equal(TimeSpan.FromMinutes(1), byDate["2041-03-09"]);
        Assert.Equal(TimeSpan.FromMinutes(3), byDate["2041-03-10"]);
        Assert.Equal(TimeSpan.FromMinutes(1), byDate["2041-03-11"]);
        Assert.All(days, d => Assert.Equal("Asia/Tokyo", P<string>(d, "TimeZone")));
    }

    [Theory]
    [InlineData("2025-06-11")]
    [InlineData("2025-06-09")]
    [InlineData("2025-06-15T23:59:59Z")]
    public void The_weekly_report_takes_any_date_in_the_week_and_sends_exactly_seven_days(string date)
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.Global);

        var rows = Rows(host.Run("Get-ClockifyWeeklyReport $args[0] -WeekStart Monday", date));
        var detailed = Detailed(host, "-Start '2025-06-09T00:00:00Z' -End '2025-06-16T00:00:00Z'");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(new DateTime(2025, 6, 9), (DateTime)r.WeekStart));
        Assert.All(rows, r => Assert.Equal(Enumerable.Range(0, 7).Select(i => new DateTime(2025, 6, 9).AddDays(i)), ((IEnumerable<object>)r.Days).Select(d => (DateTime)((dynamic)d).Date)));
        Assert.All(rows, r => Assert.Equal((TimeSpan)r.Duration, Sum(((IEnumerable<object>)r.Days).Cast<dynamic>(), d => d.Duration)));
        Assert.Equal(Sum(detailed, d => d.Duration), Sum(rows, r => r.Duration));
        Assert.Equal(1, fixture.Emulator.Counters.Count("POST", WeeklyTemplate));
        Assert.Equal(0, fixture.Emulator.Counters.Responses(400));
    }

    [Fact]
    public void The_attendance_report_has_one_row_per_user_and_day_summing_to_the_detailed_report()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.Global);
        string window = "-Start '2025-03-01T00:00:00Z' -End '2025-05-01T00:00:00Z'";

        var rows = Rows(host.Run("Get-ClockifyAttendanceReport " + window + " -PageSize 5"));
        var detailed = Detailed(host, window);

        Assert.True(rows.Count > 5);
        Assert.Equal(rows.Count, rows.Select(r => (string)r.UserId + (DateTime)r.Date).Distinct().Count());
        Assert.Equal(Sum(detailed, d => d.Duration), Sum(rows, r => r.Duration));
        Assert.All(rows, r => Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)r.FirstStart).Offset));
        Assert.All(rows, r => Assert.True((DateTimeOffset)r.FirstStart <= (DateTimeOffset)r.LastEnd));
    }

    [Theory]
    [InlineData("Csv", "CSV")]
    [InlineData("Pdf", "PDF")]
    [InlineData("Xlsx", "XLSX")]
    [InlineData("Json", "JSON")]
    public async Task Export_writes_the_bytes_the_server_rendered_and_returns_the_file(string format, string exportType)
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.Global);
        string dir = Directory.CreateTempSubdirectory("clockifyps-export-").FullName;
        string path = Path.Combine(dir, "june." + format.ToLowerInvariant());
        string body = "{\"dateRangeStart\":\"2025-06-01T00:00:00.000Z\",\"dateRangeEnd\":\"2025-06-30T23:59:59.999Z\",\"timeZone\":\"UTC\",\"exportType\":\"" + exportType + "\",\"amountShown\":\"EARNED\",\"summaryFilter\":{\"groups\":[\"USER\",\"PROJECT\"],\"sortColumn\":\"GROUP\"}}";
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Global.ReportsUri + "/workspaces/" + fixture.Global.WorkspaceId + "/reports/summary")) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", fixture.Global.ApiKey);
        byte[] served = await (await http.SendAsync(request)).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();

        var file = host.Run("Export-ClockifyReport -Type Summary -Format $args[0] -Path $args[1] -Start '2025-06-01T00:00:00Z' -End '2025-07-01T00:00:00Z'", format, path).Succeeded().Single;

        Assert.Equal(path, ((FileInfo)file.BaseObject).FullName);
        Assert.True(served.Length > 0);
        Assert.Equal(served, File.ReadAllBytes(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(dir));
        Directory.Delete(dir, true);
    }

    [Fact]
    public void Export_refuses_to_overwrite_without_Force_and_WhatIf_sends_nothing()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.Global);
        string dir = Directory.CreateTempSubdirectory("clockifyps-export-").FullName;
        string path = Path.Combine(dir, "week.csv");
        File.WriteAllText(path, "keep me");
        fixture.Emulator.Counters.Reset();

        ErrorRecord exists = host.Run("Export-ClockifyReport -Type Weekly -Format Csv -Path $args[0] -Start '2025-06-11'", path).Error;
        var whatIf = host.Run("Export-ClockifyReport -Type Detailed -Format Csv -Path $args[0] -Start '2025-06-01Z' -End '2025-07-01Z' -Force -WhatIf", path).Succeeded();
        Assert.Equal("keep me", File.ReadAllText(path));
        Assert.Equal(0, fixture.Emulator.Counters.TotalRequests);

        var forced = host.Run("Export-ClockifyReport -Type Weekly -Format Csv -Path $args[0] -Start '2025-06-11' -Force", path).Succeeded().Single;

        Assert.Equal("Clockify.ExportReport.FileExists", exists.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Empty(whatIf.Output);
        Assert.StartsWith("Group,2025-06-09,", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(path, ((FileInfo)forced.BaseObject).FullName);
        Assert.Equal(new[] { path }, Directory.GetFiles(dir));
        Directory.Delete(dir, true);
    }
}

/// <summary>A free-plan workspace (31-day cap) that spells the detailed array as the spec does.</summary>
public sealed class FreePlanReportTests : IAsyncLifetime
{
    private ClockifyEmulator emulator = null!;

    private EmulatedRegion Region => emulator.Region("Global");

    public async Task InitializeAsync() => emulator = await ClockifyEmulator.StartAsync(new EmulatorOptions
    {
        Regions = new[] { "Global" },
        RequestsPerSecond = 0,
        TimeEntryCount = 300,
        FreePlan = true,
        DetailedReportArrayName = "timeEntries",
    });

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public void A_report_longer_than_the_plan_allows_fails_with_an_error_naming_the_31_day_limit()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, Region);

        string path = Path.Combine(Path.GetTempPath(), "clockifyps-" + Guid.NewGuid().ToString("N") + ".csv");

        ErrorRecord summary = host.Run("Get-ClockifySummaryReport -Start '2025-01-01Z' -End '2025-03-01Z'").Error;
        ErrorRecord export = host.Run("Export-ClockifyReport -Type Summary -Format Csv -Path $args[0] -Start '2025-01-01Z' -End '2025-03-01Z'", path).Error;

        Assert.Equal("Clockify.GetSummaryReport.DateRangeLimit", summary.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("31 days", summary.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("-Chunk", summary.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("Clockify.ExportReport.DateRangeLimit", export.FullyQualifiedErrorId.Split(',')[0]);
        Assert.DoesNotContain("-Chunk", export.Exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public void Chunk_splits_a_long_range_into_31_day_windows_and_merges_them()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, Region);
        const string Range = "-Start '2025-01-01Z' -End '2025-07-01Z' -Chunk";

        var detailed = ReportCmdletTests.Rows(host.Run("Get-ClockifyDetailedReport " + Range));
        var summary = ReportCmdletTests.Rows(host.Run("Get-ClockifySummaryReport " + Range + " -GroupBy Project -IncludeTotals"));

        Assert.True(detailed.Count > 50);
        Assert.Equal(detailed.Count, detailed.Select(d => d.Id).Distinct().Count());
        Assert.All(detailed, d => Assert.InRange(d.Start, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        dynamic total = summary[^1];
        Assert.True((bool)total.IsTotal);
        Assert.Equal((long)detailed.Count, (long?)total.EntryCount);
        Assert.Equal(ReportCmdletTests.Sum(detailed, d => d.Duration), (TimeSpan)total.Duration);
        var leaves = summary.Where(r => !(bool)r.IsTotal).ToList();
        Assert.Equal(leaves.Count, leaves.Select(r => (string)(r.Groups[0].Id + "|" + r.Groups[0].Name)).Distinct().Count());
        Assert.Equal((TimeSpan)total.Duration, ReportCmdletTests.Sum(leaves, r => r.Duration));
        Assert.Equal(ReportCmdletTests.Sum(detailed.Where(d => (bool)d.Billable), d => d.Duration), ReportCmdletTests.Sum(leaves, r => (TimeSpan)r.BillableDuration));
    }
}
