using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using Xunit;

namespace ClockifyPS.Tests.Engine;

public class PeopleApiTests
{
    [Theory]
    [InlineData("12.5", 1250)]
    [InlineData("0.01", 1)]
    [InlineData("0", 0)]
    [InlineData("95.00", 9500)]
    [InlineData("21474836.47", int.MaxValue)]
    public void Rates_become_exact_cents(string amount, int cents)
    {
        Assert.Equal(cents, Cents.FromMajorUnits(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "HourlyRate", int.MaxValue));
    }

    [Theory]
    [InlineData("1.005")]
    [InlineData("-1")]
    [InlineData("21474836.48")]
    [InlineData("79228162514264337593543950335")]
    public void Rates_that_cents_cannot_hold_are_refused_not_rounded(string amount)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Cents.FromMajorUnits(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "CostRate", int.MaxValue));
        Assert.Equal("CostRate", error.ParamName);
    }

    [Fact]
    public void A_user_rate_sends_cents_and_since_and_no_currency()
    {
        ClockifyRequest request = UserAdminApi.SetUserHourlyRate("w1", "u1", 1250, new DateTimeOffset(2026, 4, 1, 2, 0, 0, TimeSpan.FromHours(2)));

        Assert.Equal("PUT", request.Method.Method);
        Assert.Equal("/workspaces/w1/users/u1/hourly-rate", request.Path);
        Assert.Equal("{\"amount\":1250,\"since\":\"2026-04-01T00:00:00Z\"}", request.JsonBody);
    }

    [Fact]
    public void The_audit_log_query_is_a_retryable_post_on_its_own_host()
    {
        ClockifyRequest request = AuditLogApi.Query("w1", new[] { "CREATE_TAG" }, null, DateTimeOffset.Parse("2026-01-01T00:00:00Z"), DateTimeOffset.Parse("2026-01-02T00:00:00Z"), 2, 50);

        Assert.Equal(ClockifyApi.AuditLog, request.Api);
        Assert.True(request.IsSafeToRetry);
        using JsonDocument body = JsonDocument.Parse(request.JsonBody!);
        Assert.Equal(50, body.RootElement.GetProperty("page-size").GetInt32());
        Assert.Equal(2, body.RootElement.GetProperty("page").GetInt32());
        Assert.Equal("DOES_NOT_CONTAIN", body.RootElement.GetProperty("authors").GetProperty("contains").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("authors").GetProperty("authorIds").GetArrayLength());
        Assert.Equal("2026-01-01T00:00:00Z", body.RootElement.GetProperty("start").GetString());
    }

    [Fact]
    public void Entity_changes_page_from_zero_with_limit_and_repeat_the_type()
    {
        ClockifyRequest request = EntityChangeApi.List("w1", "deleted", new[] { "TAGS", "TIME_ENTRY" }, DateTimeOffset.Parse("2026-01-01T00:00:00Z"), DateTimeOffset.Parse("2026-01-02T00:00:00Z"), 0, 200);

        Assert.Equal("/workspaces/w1/entities/deleted", request.Path);
        Assert.Equal(new[] { "TAGS", "TIME_ENTRY" }, request.Query.Where(q => q.Key == "type").Select(q => q.Value));
        Assert.Contains(request.Query, q => q.Key == "page" && q.Value == "0");
        Assert.Contains(request.Query, q => q.Key == "limit" && q.Value == "200");
        Assert.DoesNotContain(request.Query, q => q.Key == "page-size");
    }

    [Theory]
    [InlineData("{\"response\":[{\"id\":\"a\",\"documentCode\":\"TAGS\",\"deletedAt\":\"2026-01-01T10:00:00Z\",\"document\":{\"name\":\"x\"}}]}")]
    [InlineData(" [{\"id\":\"a\",\"documentCode\":\"TAGS\",\"deletedAt\":\"2026-01-01T10:00:00Z\",\"document\":{\"name\":\"x\"}}]")]
    public void Entity_change_pages_are_read_in_either_shape(string json)
    {
        using var response = new ClockifyResponse(200, new ArraySegment<byte>(Encoding.UTF8.GetBytes(json)), "application/json", new System.Collections.Generic.Dictionary<string, string>());

        EntityChangeDto change = Assert.Single(EntityChangeApi.Parse(response));

        Assert.Equal("a", change.Id);
        Assert.Equal(DateTimeOffset.Parse("2026-01-01T10:00:00Z"), change.Time);
        Assert.Equal("x", change.Document!.Value.GetProperty("name").GetString());
    }
}
