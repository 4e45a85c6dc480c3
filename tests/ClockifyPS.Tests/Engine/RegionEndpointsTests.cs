using System;
using ClockifyPS.Engine;
using Xunit;

namespace ClockifyPS.Tests.Engine;

public class RegionEndpointsTests
{
    [Theory]
    [InlineData(ClockifyRegion.Global, "https://api.clockify.me/api/v1", "https://reports.api.clockify.me/v1")]
    [InlineData(ClockifyRegion.EU, "https://euc1.clockify.me/api/v1", "https://euc1.clockify.me/report/v1")]
    [InlineData(ClockifyRegion.USA, "https://use2.clockify.me/api/v1", "https://use2.clockify.me/report/v1")]
    [InlineData(ClockifyRegion.UK, "https://euw2.clockify.me/api/v1", "https://euw2.clockify.me/report/v1")]
    [InlineData(ClockifyRegion.AU, "https://apse2.clockify.me/api/v1", "https://apse2.clockify.me/report/v1")]
    public void Each_region_resolves_to_the_documented_hosts(ClockifyRegion region, string api, string reports)
    {
        RegionEndpoints endpoints = RegionEndpoints.ForRegion(region);

        Assert.Equal(api, endpoints.ApiBaseUri.AbsoluteUri.TrimEnd('/'));
        Assert.Equal(reports, endpoints.ReportsBaseUri.AbsoluteUri.TrimEnd('/'));
        Assert.Equal(region, endpoints.Region);
    }

    [Fact]
    public void A_subdomain_moves_only_the_reports_host()
    {
        RegionEndpoints endpoints = RegionEndpoints.ForRegion(ClockifyRegion.EU, "Acme");

        Assert.Equal("https://euc1.clockify.me/api/v1", endpoints.ApiBaseUri.AbsoluteUri);
        Assert.Equal("https://acme.clockify.me/report/v1", endpoints.ReportsBaseUri.AbsoluteUri);
        Assert.Equal("acme", endpoints.Subdomain);
    }

    [Fact]
    public void A_deployment_base_serves_api_and_reports_beneath_it()
    {
        RegionEndpoints endpoints = RegionEndpoints.ForDeployment(new Uri("http://127.0.0.1:5380/"));

        Assert.Equal("http://127.0.0.1:5380/api/v1", endpoints.ApiBaseUri.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5380/report/v1", endpoints.ReportsBaseUri.AbsoluteUri);
        Assert.Null(endpoints.Region);
        Assert.Equal("http://127.0.0.1:5380/api/v1/workspaces/w1/projects", endpoints.Resolve(ClockifyApi.Main, "/workspaces/w1/projects").AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5380/report/v1/workspaces/w1/reports/summary", endpoints.Resolve(ClockifyApi.Reports, "workspaces/w1/reports/summary").AbsoluteUri);
    }

    [Fact]
    public void Each_base_uri_can_be_overridden_alone()
    {
        RegionEndpoints endpoints = RegionEndpoints.ForRegion(ClockifyRegion.UK)
            .WithOverrides(null, new Uri("https://reports.example.com/v1/"));

        Assert.Equal("https://euw2.clockify.me/api/v1", endpoints.ApiBaseUri.AbsoluteUri);
        Assert.Equal("https://reports.example.com/v1", endpoints.ReportsBaseUri.AbsoluteUri);
    }

    [Fact]
    public void Global_has_the_documented_audit_log_host()
    {
        RegionEndpoints endpoints = RegionEndpoints.ForRegion(ClockifyRegion.Global);

        Assert.Equal("https://auditlog-api.api.clockify.me/v1", endpoints.AuditLogBaseUri!.AbsoluteUri);
        Assert.Equal("https://auditlog-api.api.clockify.me/v1/workspaces/w1/audit-log", endpoints.Resolve(ClockifyApi.AuditLog, "/workspaces/w1/audit-log").AbsoluteUri);
    }

    [Theory]
    [InlineData(ClockifyRegion.EU)]
    [InlineData(ClockifyRegion.USA)]
    [InlineData(ClockifyRegion.UK)]
    [InlineData(ClockifyRegion.AU)]
    public void A_region_has_no_audit_log_host_until_one_is_given(ClockifyRegion region)
    {
        RegionEndpoints endpoints = RegionEndpoints.ForRegion(region);

        Assert.Null(endpoints.AuditLogBaseUri);
        var error = Assert.Throws<InvalidOperationException>(() => endpoints.Resolve(ClockifyApi.AuditLog, "/workspaces/w1/audit-log"));
        Assert.Contains(region.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("-AuditLogBaseUri", error.Message, StringComparison.Ordinal);

        RegionEndpoints given = endpoints.WithOverrides(null, null, new Uri("https://audit.example.com/v1/"));
        Assert.Equal("https://audit.example.com/v1", given.AuditLogBaseUri!.AbsoluteUri);
        Assert.Equal(endpoints.ApiBaseUri, given.ApiBaseUri);
    }

    [Fact]
    public void A_deployment_serves_the_audit_log_beneath_it_and_its_override_must_be_safe()
    {
        RegionEndpoints endpoints = RegionEndpoints.ForDeployment(new Uri("http://127.0.0.1:5380/"));

        Assert.Equal("http://127.0.0.1:5380/auditlog/v1", endpoints.AuditLogBaseUri!.AbsoluteUri);
        Assert.Throws<ArgumentException>(() => endpoints.WithOverrides(null, null, new Uri("http://audit.example.com/v1")));
    }

    [Theory]
    [InlineData("http://clockify.example.com")]
    [InlineData("http://10.0.0.5:8080")]
    [InlineData("ftp://127.0.0.1")]
    public void Plain_http_to_a_remote_host_is_refused(string uri)
    {
        var error = Assert.Throws<ArgumentException>(() => RegionEndpoints.ForDeployment(new Uri(uri)));
        Assert.Contains("https", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5380")]
    [InlineData("http://localhost:5380")]
    [InlineData("http://[::1]:5380")]
    [InlineData("https://clockify.example.com")]
    public void Https_and_loopback_http_are_accepted(string uri)
    {
        Assert.NotNull(RegionEndpoints.ForDeployment(new Uri(uri)));
    }

    [Theory]
    [InlineData("acme.clockify.me")]
    [InlineData("-bad")]
    [InlineData("a b")]
    public void A_subdomain_must_be_one_dns_label(string subdomain)
    {
        Assert.Throws<ArgumentException>(() => RegionEndpoints.ForRegion(ClockifyRegion.Global, subdomain));
    }
}
