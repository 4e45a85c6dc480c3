using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

/// <summary>
/// Scheduling against the emulator's seed: in the week of Monday 2026-01-05 the owner has 6 h a day on one
/// project (Mon-Fri) and 2 h a day on another (Mon-Tue, repeated weekly three times); the admin has 4 h a
/// day for ten days.
/// </summary>
public class AssignmentCmdletTests : ConnectedCmdletTests
{
    private const string S = "/api/v1/workspaces/{workspaceId}/scheduling/assignments";
    public AssignmentCmdletTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    private string Owner => Fixture.EU.UserIds[0];

    private string Other => Fixture.EU.UserIds[3];

    [Fact]
    public void Get_lists_the_assignments_of_a_window_typed_with_names_and_utc_days()
    {
        using PowerShellHost host = Connected();

        var week = host.Run("Get-ClockifyAssignment -Start '2026-01-05T00:00:00Z' -End '2026-01-11T00:00:00Z'").Succeeded().Output;
        var owners = host.Run("Get-ClockifyUser -Id $args[0] | Get-ClockifyAssignment -Start '2026-01-05Z' -End '2026-01-11Z'", Owner).Succeeded().Output;

        Assert.Equal(3, week.Count);
        Assert.All(week, a => Assert.Equal("ClockifyPS.Models.ClockifyAssignment", a.BaseObject.GetType().FullName));
        Assert.All(week, a => Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)a.Properties["Start"].Value).Offset));
        Assert.All(week, a => Assert.NotNull(a.Properties["ProjectName"].Value));
        Assert.All(week, a => Assert.Null(a.Properties["Published"].Value));
        Assert.Equal(2, owners.Count);
        PSObject six = Assert.Single(owners, a => (double)a.Properties["HoursPerDay"].Value == 6);
        Assert.Equal(TimeSpan.FromHours(6), six.Properties["PerDay"].Value);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), six.Properties["Start"].Value);
    }

    [Fact]
    public void A_window_without_offset_is_read_in_the_time_zone()
    {
        using PowerShellHost host = Connected();

        // 20:00-23:00 on the 11th in Los Angeles is 04:00-07:00 UTC on the 12th, when the series' second week begins.
        var pacific = host.Run("Get-ClockifyAssignment -Start '2026-01-11 20:00' -End '2026-01-11 23:00' -TimeZone America/Los_Angeles").Succeeded().Output;
        var utc = host.Run("Get-ClockifyAssignment -Start '2026-01-11 20:00' -End '2026-01-11 23:00' -TimeZone UTC").Succeeded().Output;

        Assert.Equal(2, pacific.Count);
        Assert.Single(utc);
    }

    [Fact]
    public void A_repeating_assignment_is_created_changed_copied_and_removed_as_a_series()
    {
        using PowerShellHost host = Connected();
        string project = (string)host.Run("(Get-ClockifyProject -First 1).Name").Succeeded().Single.BaseObject;

        var series = host.Run("New-ClockifyAssignment -UserId $args[0] -Project $args[1] -Start '2026-03-02Z' -End '2026-03-03Z' -HoursPerDay 3 -Note 'Sprint help' -RepeatWeeks 2 -Occurrences 3", Owner, project).Succeeded().Output;
        string first = (string)series[0].Properties["Id"].Value;
        var changed = host.Run(
            "Get-ClockifyAssignment -Start '2026-03-01Z' -End '2026-03-04Z' -UserId $args[0] | Where-Object Note -EQ 'Sprint help' | Set-ClockifyAssignment -HoursPerDay 5 -Series All -PassThru",
            Owner).Succeeded().Output;
        var copies = host.Run("Get-ClockifyUser -Id $args[0] | Copy-ClockifyAssignment -AssignmentId $args[1] -Series All", Other, first).Succeeded().Output;
        var removed = host.Run("$args | Remove-ClockifyAssignment -Series All -Confirm:$false -PassThru", copies[0].BaseObject).Succeeded().Output;
        var left = host.Run("Get-ClockifyAssignment -Start '2026-03-01Z' -End '2026-04-30Z' -UserId $args[0]", Other).Succeeded().Output;

        Assert.Equal(3, series.Count);
        Assert.Single(series.Select(a => a.Properties["SeriesId"].Value).Distinct());
        Assert.Equal(new[] { 2, 16, 30 }, series.Select(a => ((DateTimeOffset)a.Properties["Start"].Value).DayOfYear - 59).ToArray());
        Assert.Equal(3, changed.Count);
        Assert.All(changed, a => Assert.Equal(5.0, a.Properties["HoursPerDay"].Value));
        Assert.Equal(3, copies.Count);
        Assert.All(copies, a => Assert.Equal(Other, a.Properties["UserId"].Value));
        Assert.Equal(3, removed.Count);
        Assert.Empty(left);
        Assert.Equal(6, Fixture.Emulator.Counters.CreatedEntities("assignment"));
    }

    [Fact]
    public void Publishing_marks_the_window_published()
    {
        using PowerShellHost host = Connected();

        host.Run("Publish-ClockifyAssignment -Start '2026-01-19Z' -End '2026-01-20Z' -UserId $args[0] -Confirm:$false", Owner).Succeeded();
        var touched = host.Run("Get-ClockifyAssignment -Start '2026-01-19Z' -End '2026-01-20Z' -UserId $args[0] | Set-ClockifyAssignment -PassThru", Owner).Succeeded().Output;

        Assert.Equal(1, Fixture.Emulator.Counters.Count("PUT", S + "/publish"));
        Assert.True((bool)Assert.Single(touched).Properties["Published"].Value);
    }

    [Fact]
    public void Capacity_sums_the_scheduled_hours_per_user_and_day_over_body_pages()
    {
        using PowerShellHost host = Connected();

        PSObject owner = host.Run("Get-ClockifyCapacity -Start '2026-01-05Z' -End '2026-01-09Z' -UserId $args[0]", Owner).Succeeded().Single;
        var everyone = host.Run("Get-ClockifyCapacity -Start '2026-01-05Z' -End '2026-01-05Z' -PageSize 2").Succeeded().Output;

        Assert.Equal("ClockifyPS.Models.ClockifyCapacity", owner.BaseObject.GetType().FullName);
        Assert.Equal(TimeSpan.FromHours(8), owner.Properties["CapacityPerDay"].Value);
        Assert.Equal(TimeSpan.FromHours(5 * 6 + 2 * 2), owner.Properties["Scheduled"].Value);
        Assert.False((bool)owner.Properties["Overbooked"].Value);
        Assert.Equal(5, ((System.Collections.ICollection)owner.Properties["Days"].Value).Count);
        Assert.Equal(Fixture.EU.UserIds.Count, everyone.Count);
        Assert.Equal(Fixture.EU.UserIds.Count / 2 + 1, Fixture.Emulator.Counters.Count("POST", S + "/user-filter/totals") - 1);
    }

    [Fact]
    public void Capacity_pages_with_First_and_Skip_and_stops_asking_once_they_are_met()
    {
        using PowerShellHost host = Connected();
        var everyone = host.Run("Get-ClockifyCapacity -Start '2026-01-05Z' -End '2026-01-05Z' -PageSize 2").Succeeded().Output;
        long before = Fixture.Emulator.Counters.Count("POST", S + "/user-filter/totals");

        var window = host.Run("Get-ClockifyCapacity -Start '2026-01-05Z' -End '2026-01-05Z' -PageSize 2 -Skip 1 -First 3").Succeeded().Output;

        Assert.Equal(everyone.Skip(1).Take(3).Select(u => u.Properties["UserId"].Value), window.Select(u => u.Properties["UserId"].Value));
        Assert.Equal(2L, Fixture.Emulator.Counters.Count("POST", S + "/user-filter/totals") - before);
    }

    [Fact]
    public void A_capacity_query_is_retried_after_a_transient_server_error_like_a_read()
    {
        using PowerShellHost host = Connected();
        Fixture.Emulator.Faults.FailNext(1, 503);

        host.Run("Get-ClockifyCapacity -Start '2026-01-05Z' -End '2026-01-06Z' -UserId $args[0]", Owner).Succeeded();

        Assert.Equal(1, Fixture.Emulator.Counters.Responses(503));
    }

    [Fact]
    public void WhatIf_schedules_changes_copies_publishes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(Get-ClockifyAssignment -Start '2026-01-05Z' -End '2026-01-06Z' -First 1).Id").Succeeded().Single.BaseObject;
        long before = Fixture.Emulator.Counters.TotalRequests;

        host.Run(
            "New-ClockifyAssignment -UserId $args[1] -Project $args[2] -Start '2026-05-04Z' -End '2026-05-05Z' -HoursPerDay 2 -WhatIf; "
            + "Set-ClockifyAssignment -Id $args[0] -Start '2026-05-04Z' -End '2026-05-05Z' -WhatIf; Copy-ClockifyAssignment -AssignmentId $args[0] -UserId $args[1] -WhatIf; "
            + "Publish-ClockifyAssignment -Start '2026-01-01Z' -End '2026-12-31Z' -WhatIf; Remove-ClockifyAssignment -Id $args[0] -WhatIf",
            id, Owner, "640100000000000000000000").Succeeded();

        Assert.Equal(before, Fixture.Emulator.Counters.TotalRequests);
        Assert.Equal(0, Fixture.Emulator.Counters.CreatedEntities("assignment"));
    }

    [Theory]
    [InlineData("Get-ClockifyAssignment -Start '2026-02-01Z' -End '2026-01-01Z'", "Clockify.GetAssignment.EndBeforeStart")]
    [InlineData("Get-ClockifyAssignment -Start '2026-01-01Z' -End '2026-02-01Z' -UserId nope", "Clockify.GetAssignment.InvalidUserId")]
    [InlineData("Get-ClockifyAssignment -Start '2026-01-01 09:00' -End '2026-02-01Z' -TimeZone Mars/Olympus", "Clockify.GetAssignment.UnknownTimeZone")]
    [InlineData("New-ClockifyAssignment -UserId nope -Project Apollo -Start '2026-01-01Z' -End '2026-01-02Z' -HoursPerDay 2", "Clockify.NewAssignment.InvalidUserId")]
    [InlineData("New-ClockifyAssignment -UserId 620100000000000000000000 -Project Apollo -Start '2026-01-03Z' -End '2026-01-02Z' -HoursPerDay 2", "Clockify.NewAssignment.EndBeforeStart")]
    [InlineData("New-ClockifyAssignment -UserId 620100000000000000000000 -Project Apollo -Start '2026-01-01Z' -End '2026-01-02Z' -HoursPerDay 2 -Occurrences 3", "Clockify.NewAssignment.RepeatEndNeedsRepeat")]
    [InlineData("New-ClockifyAssignment -UserId 620100000000000000000000 -Project Apollo -Start '2026-01-01Z' -End '2026-01-02Z' -HoursPerDay 2 -RepeatWeeks 1", "Clockify.NewAssignment.RepeatNeedsOneEnd")]
    [InlineData("New-ClockifyAssignment -UserId 620100000000000000000000 -Project Apollo -Start '2026-01-01Z' -End '2026-01-02Z' -HoursPerDay 2 -RepeatWeeks 3 -Occurrences 2", "ParameterArgumentValidationError")]
    [InlineData("New-ClockifyAssignment -UserId 620100000000000000000000 -Project Apollo -Start '2026-01-01Z' -End '2026-01-02Z' -HoursPerDay 25", "ParameterArgumentValidationError")]
    [InlineData("New-ClockifyAssignment -UserId 620100000000000000000000 -Project Apollo -Start '2026-01-01Z' -End '2026-01-02Z' -HoursPerDay 2 -StartTime 9am", "ParameterArgumentValidationError")]
    [InlineData("Set-ClockifyAssignment -Id nope -Start '2026-01-01Z' -End '2026-01-02Z'", "Clockify.SetAssignment.InvalidId")]
    [InlineData("Set-ClockifyAssignment -Id 820100000000000000000000 -Start '2026-01-01Z' -End '2026-01-02Z' -Series Some", "ParameterArgumentValidationError")]
    [InlineData("Remove-ClockifyAssignment -Id nope -Confirm:$false", "Clockify.RemoveAssignment.InvalidId")]
    [InlineData("Copy-ClockifyAssignment -AssignmentId nope -UserId 620100000000000000000000", "Clockify.CopyAssignment.InvalidAssignmentId")]
    [InlineData("Publish-ClockifyAssignment -Start '2026-02-01Z' -End '2026-01-01Z'", "Clockify.PublishAssignment.EndBeforeStart")]
    [InlineData("Get-ClockifyCapacity -Start '2026-01-01Z' -End '2026-01-02Z' -UserId nope", "Clockify.GetCapacity.InvalidUserId")]
    public void Bad_input_is_refused_before_any_request(string script, string errorId) => AssertRefusedBeforeAnyRequest(script, errorId);

    [Fact]
    public void Clockify_refusals_keep_their_error_ids()
    {
        using PowerShellHost host = Connected();
        string project = (string)host.Run("(Get-ClockifyProject -First 1).Id").Succeeded().Single.BaseObject;

        ErrorRecord stranger = host.Run("New-ClockifyAssignment -UserId 620100000000000000000fff -Project $args[0] -Start '2026-01-01Z' -End '2026-01-02Z' -HoursPerDay 2", project).Error;
        ErrorRecord missing = host.Run("Set-ClockifyAssignment -Id 820100000000000000000fff -Start '2026-01-01Z' -End '2026-01-02Z'").Error;

        Assert.Equal("Clockify.NewAssignment.BadRequest", stranger.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.SetAssignment.NotFound", missing.FullyQualifiedErrorId.Split(',')[0]);
    }
}
