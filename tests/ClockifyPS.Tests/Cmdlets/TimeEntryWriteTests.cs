using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class TimeEntryWriteTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public TimeEntryWriteTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void New_takes_names_for_project_task_tags_and_custom_fields()
    {
        using PowerShellHost host = Connected();
        PSObject project = host.Run("Get-ClockifyProject | Where-Object { (Get-ClockifyTask -ProjectId $_.Id) } | ForEach-Object { $_ } | Select-FirstObject 1").Succeeded().Single;
        PSObject task = host.Run("Get-ClockifyTask -ProjectId $args[0] | Select-FirstObject 1", project.Properties["Id"].Value).Succeeded().Single;
        PSObject tag = host.Run("Get-ClockifyTag | Select-FirstObject 1").Succeeded().Single;

        PSObject entry = host.Run(
            "New-ClockifyTimeEntry -Start '2035-02-03T09:00:00Z' -Duration '01:30:00' -Description 'names' -Project $args[0] -Task $args[1] -Tag $args[2] -Billable -CustomField @{ Ticket = 'OPS-12' }",
            project.Properties["Name"].Value, task.Properties["Name"].Value, tag.Properties["Name"].Value).Succeeded().Single;

        Assert.Equal(project.Properties["Id"].Value, entry.Properties["ProjectId"].Value);
        Assert.Equal(task.Properties["Id"].Value, entry.Properties["TaskId"].Value);
        Assert.Equal(new[] { tag.Properties["Id"].Value }, ((System.Collections.IEnumerable)entry.Properties["TagIds"].Value).Cast<object>());
        Assert.True((bool)entry.Properties["Billable"].Value);
        Assert.Equal(TimeSpan.FromMinutes(90), entry.Properties["Duration"].Value);
        Assert.Equal(new DateTimeOffset(2035, 2, 3, 9, 0, 0, TimeSpan.Zero), entry.Properties["Start"].Value);
        Assert.Equal("OPS-12", host.Run("(Get-ClockifyTimeEntry -Id $args[0]).CustomFieldValues[0].Value", entry.Properties["Id"].Value).Succeeded().Single.BaseObject);
    }

    [Fact]
    public void Rows_piped_by_property_name_become_entries_read_in_TimeZone()
    {
        using PowerShellHost host = Connected();

        var entries = host.Run(
            "@([pscustomobject]@{ Start = '2035-03-01 09:00'; End = '2035-03-01 10:00'; Description = 'row 1' }, [pscustomobject]@{ Start = '2035-03-01 10:00'; End = '2035-03-01 12:15'; Description = 'row 2' }) | New-ClockifyTimeEntry -TimeZone Europe/Berlin")
            .Succeeded().Output;

        Assert.Equal(new[] { new DateTimeOffset(2035, 3, 1, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2035, 3, 1, 9, 0, 0, TimeSpan.Zero) }, entries.Select(e => (DateTimeOffset)e.Properties["Start"].Value));
        Assert.Equal(TimeSpan.FromMinutes(135), entries[1].Properties["Duration"].Value);
    }

    [Fact]
    public void Bad_input_is_refused_before_any_request()
    {
        using PowerShellHost host = Connected();
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord backwards = host.Run("New-ClockifyTimeEntry -Start '2035-01-02T10:00Z' -End '2035-01-02T09:00Z'").Error;
        ErrorRecord duration = host.Run("New-ClockifyTimeEntry -Start '2035-01-02T10:00Z' -Duration '-00:10:00'").Error;
        ErrorRecord user = host.Run("New-ClockifyTimeEntry -Start '2035-01-02T10:00Z' -Duration 01:00:00 -UserId nope").Error;
        ErrorRecord zone = host.Run("New-ClockifyTimeEntry -Start '2035-01-02 10:00' -Duration 01:00:00 -TimeZone Nowhere/Town").Error;

        Assert.Equal("Clockify.NewTimeEntry.EndBeforeStart", backwards.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.NewTimeEntry.InvalidDuration", duration.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.NewTimeEntry.InvalidUserId", user.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.NewTimeEntry.UnknownTimeZone", zone.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void WhatIf_creates_nothing()
    {
        using PowerShellHost host = Connected();
        long created = fixture.Emulator.Counters.CreatedEntities("timeEntry");

        host.Run("New-ClockifyTimeEntry -Start '2035-04-01T09:00Z' -Duration 01:00:00 -WhatIf; Start-ClockifyTimer -Description x -WhatIf").Succeeded();

        Assert.Equal(created, fixture.Emulator.Counters.CreatedEntities("timeEntry"));
    }

    [Fact]
    public void A_create_whose_answer_is_lost_after_the_server_acted_is_found_not_repeated()
    {
        using PowerShellHost host = Connected();
        fixture.Emulator.Faults.FaultsAfterProcessing = true;
        fixture.Emulator.Faults.FailNext(1, 500);
        long created = fixture.Emulator.Counters.CreatedEntities("timeEntry");
        long posts = fixture.Emulator.Counters.Count("POST", "/api/v1/workspaces/{workspaceId}/time-entries");

        PowerShellResult result = host.Run("New-ClockifyTimeEntry -Start '2035-05-01T09:00Z' -Duration 01:00:00 -Description 'five hundred'").Succeeded();

        Assert.Equal(posts + 1, fixture.Emulator.Counters.Count("POST", "/api/v1/workspaces/{workspaceId}/time-entries"));
        Assert.Equal(created + 1, fixture.Emulator.Counters.CreatedEntities("timeEntry"));
        Assert.Equal("five hundred", result.Single.Properties["Description"].Value);
        Assert.Contains(result.Warnings, w => w.Contains("was not sent again", StringComparison.Ordinal));
        Assert.Single(host.Run("Get-ClockifyTimeEntry -Start '2035-05-01Z' -End '2035-05-02Z' -Description 'five hundred'").Succeeded().Output);
    }

    [Fact]
    public void A_create_that_failed_before_the_server_acted_is_reported_and_not_repeated()
    {
        using PowerShellHost host = Connected();
        fixture.Emulator.Faults.FaultsAfterProcessing = false;
        fixture.Emulator.Faults.FailNext(1, 500);
        long created = fixture.Emulator.Counters.CreatedEntities("timeEntry");

        PowerShellResult result = host.Run("New-ClockifyTimeEntry -Start '2035-05-03T09:00Z' -Duration 01:00:00 -Description 'not made'");

        Assert.Equal("Clockify.NewTimeEntry.InternalServerError", result.Error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Empty(result.Output);
        Assert.Equal(created, fixture.Emulator.Counters.CreatedEntities("timeEntry"));
    }

    [Fact]
    public void A_create_that_meets_a_429_is_retried_and_made_once()
    {
        using PowerShellHost host = Connected();
        fixture.Emulator.Faults.FailNext(2, 429);
        long created = fixture.Emulator.Counters.CreatedEntities("timeEntry");

        host.Run("New-ClockifyTimeEntry -Start '2035-05-02T09:00Z' -Duration 01:00:00 -Description 'four twenty nine'").Succeeded();

        Assert.Equal(created + 1, fixture.Emulator.Counters.CreatedEntities("timeEntry"));
    }

    [Fact]
    public void Set_changes_what_is_named_and_keeps_the_rest()
    {
        using PowerShellHost host = Connected();
        PSObject tag = host.Run("Get-ClockifyTag | Select-FirstObject 1").Succeeded().Single;
        PSObject entry = host.Run("New-ClockifyTimeEntry -Start '2035-06-01T09:00Z' -End '2035-06-01T10:00Z' -Description before -Tag $args[0]", tag.Properties["Id"].Value).Succeeded().Single;

        PSObject changed = host.Run("$args[0] | Set-ClockifyTimeEntry -Description after -End '2035-06-01T11:00Z' -PassThru", entry).Succeeded().Single;

        Assert.Equal("after", changed.Properties["Description"].Value);
        Assert.Equal(TimeSpan.FromHours(2), changed.Properties["Duration"].Value);
        Assert.Equal(new[] { tag.Properties["Id"].Value }, ((System.Collections.IEnumerable)changed.Properties["TagIds"].Value).Cast<object>());
        Assert.Equal(entry.Properties["Start"].Value, changed.Properties["Start"].Value);
    }

    [Fact]
    public void Copy_keeps_the_duration_at_a_new_start()
    {
        using PowerShellHost host = Connected();
        PSObject entry = host.Run("New-ClockifyTimeEntry -Start '2035-07-01T09:00Z' -Duration 00:45:00 -Description copied").Succeeded().Single;

        PSObject moved = host.Run("$args[0] | Copy-ClockifyTimeEntry -Start '2035-07-02T13:00Z'", entry).Succeeded().Single;
        PSObject same = host.Run("Copy-ClockifyTimeEntry -Id $args[0]", entry.Properties["Id"].Value).Succeeded().Single;

        Assert.Equal(new DateTimeOffset(2035, 7, 2, 13, 0, 0, TimeSpan.Zero), moved.Properties["Start"].Value);
        Assert.Equal(TimeSpan.FromMinutes(45), moved.Properties["Duration"].Value);
        Assert.Equal("copied", moved.Properties["Description"].Value);
        Assert.Equal(entry.Properties["Start"].Value, same.Properties["Start"].Value);
        Assert.NotEqual(entry.Properties["Id"].Value, same.Properties["Id"].Value);
    }

    [Fact]
    public void Start_then_Stop_timer_round_trip()
    {
        using PowerShellHost host = Connected();

        PSObject started = host.Run("Start-ClockifyTimer -Description 'timed' -At ([DateTimeOffset]::UtcNow.AddMinutes(-10))").Succeeded().Single;
        PSObject stopped = host.Run("Stop-ClockifyTimer -PassThru").Succeeded().Single;

        Assert.True((bool)started.Properties["IsRunning"].Value);
        Assert.Equal(started.Properties["Id"].Value, stopped.Properties["Id"].Value);
        Assert.InRange((TimeSpan)stopped.Properties["Duration"].Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(12));
    }

    [Fact]
    public void An_ambiguous_or_unknown_project_name_is_an_error_naming_the_problem()
    {
        using PowerShellHost host = Connected();

        ErrorRecord unknown = host.Run("New-ClockifyTimeEntry -Start '2035-08-01T09:00Z' -Duration 01:00:00 -Project 'No Such Project'").Error;
        ErrorRecord task = host.Run("New-ClockifyTimeEntry -Start '2035-08-01T09:00Z' -Duration 01:00:00 -Task 'Design'").Error;

        Assert.Equal("Clockify.NewTimeEntry.ProjectNotFound", unknown.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.NewTimeEntry.TaskNeedsProject", task.FullyQualifiedErrorId.Split(',')[0]);
    }

    private PowerShellHost Connected()
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        return host;
    }
}
