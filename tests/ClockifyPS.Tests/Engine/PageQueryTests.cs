using System.Linq;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using Xunit;

namespace ClockifyPS.Tests.Engine;

public class PageQueryTests
{
    private static readonly RegionEndpoints Global = RegionEndpoints.ForRegion(ClockifyRegion.Global);

    [Fact]
    public void Ordinary_lists_page_from_one_with_page_size()
    {
        ClockifyRequest second = TagApi.List("640000000000000000000001", null, false, null).ForPage(2, 50);

        Assert.EndsWith("?page=2&page-size=50", second.ResolveOn(Global).Query, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Webhook_logs_page_from_zero_with_size_and_keep_their_body_and_retry_flag()
    {
        ClockifyRequest logs = WebhookApi.Logs("640000000000000000000001", "800000000000000000000001", new WebhookLogFilter { Status = "FAILED" });

        ClockifyRequest first = logs.ForPage(1, 200).ForPage(1, 200);
        ClockifyRequest third = logs.ForPage(3, 50);

        Assert.Equal(new[] { "page=0", "size=200" }, first.Query.Select(p => p.Key + "=" + p.Value));
        Assert.Equal(new[] { "page=2", "size=50" }, third.Query.Select(p => p.Key + "=" + p.Value));
        Assert.Equal(logs.JsonBody, third.JsonBody);
        Assert.True(third.IsSafeToRetry);
    }

    [Fact]
    public void Shared_reports_page_from_one_with_pageSize_after_their_scope()
    {
        ClockifyRequest page = SharedReportApi.List("640000000000000000000001", "CREATED_BY_ME").ForPage(1, 200);

        Assert.Equal(ClockifyApi.Reports, page.Api);
        Assert.Equal(new[] { "sharedReportsFilter=CREATED_BY_ME", "page=1", "pageSize=200" }, page.Query.Select(p => p.Key + "=" + p.Value));
    }
}
