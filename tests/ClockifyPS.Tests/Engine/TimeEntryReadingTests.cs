using System.Collections.Generic;
using System.Text.Json;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using Xunit;

namespace ClockifyPS.Tests.Engine;

public class TimeEntryReadingTests
{
    [Fact]
    public void Every_field_Clockify_sends_is_read_and_unknown_ones_are_skipped()
    {
        const string Json = """
            [{"id":"680100000000000000000013","description":"Code review","tagIds":["660100000000000000000000","660100000000000000000001"],
              "userId":"620100000000000000000000","billable":true,"taskId":null,"projectId":"640100000000000000000004",
              "workspaceId":"610100000000000000000000","timeInterval":{"start":"2025-12-13T13:43:00Z","end":"2025-12-13T15:30:00Z","duration":"PT1H47M","extra":1},
              "customFieldValues":[{"customFieldId":"6a0100000000000000000000","name":"Ticket","type":"TXT","value":"OPS-1"}],
              "type":"REGULAR","kioskId":null,"hourlyRate":{"amount":7000,"currency":"USD"},"costRate":null,"isLocked":true,
              "somethingNew":{"nested":[1,2,{"x":null}]}}]
            """;

        TimeEntryDto entry = Assert.Single(JsonSerializer.Deserialize<List<TimeEntryDto>>(Json, ClockifyJson.Options)!);

        Assert.Equal("680100000000000000000013", entry.Id);
        Assert.Equal("Code review", entry.Description);
        Assert.Equal(new[] { "660100000000000000000000", "660100000000000000000001" }, entry.TagIds);
        Assert.True(entry.Billable);
        Assert.True(entry.IsLocked);
        Assert.Null(entry.TaskId);
        Assert.Equal("640100000000000000000004", entry.ProjectId);
        Assert.Equal("2025-12-13T15:30:00Z", entry.TimeInterval.End);
        Assert.Equal("PT1H47M", entry.TimeInterval.Duration);
        Assert.Equal(7000, entry.HourlyRate!.Amount);
        Assert.Null(entry.CostRate);
        Assert.Equal("OPS-1", Assert.Single(entry.CustomFieldValues!).Value.GetString());
        Assert.Equal("REGULAR", entry.Type);
    }

    [Fact]
    public void A_running_entry_has_no_end_or_duration()
    {
        TimeEntryDto entry = JsonSerializer.Deserialize<TimeEntryDto>("""{"id":"a","timeInterval":{"start":"2026-01-01T09:00:00Z","end":null,"duration":null},"tagIds":null}""", ClockifyJson.Options)!;

        Assert.Null(entry.TimeInterval.End);
        Assert.Null(entry.TimeInterval.Duration);
        Assert.Null(entry.TagIds);
    }

    [Fact]
    public void A_malformed_entry_is_a_json_error()
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<List<TimeEntryDto>>("""[{"id":"a","tagIds":{}}]""", ClockifyJson.Options));
    }
}
