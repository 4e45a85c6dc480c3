using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class SharedReportCmdletTests : ConnectedCmdletTests
{
    private const string ListRoute = "/report/v1/workspaces/{workspaceId}/shared-reports";
    private const string ReportRoute = ListRoute + "/{id}";
    public SharedReportCmdletTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Get_lists_shared_reports_typed_with_link_and_author()
    {
        using PowerShellHost host = Connected();

        PSObject report = host.Run("Get-ClockifySharedReport -Name 'monthly*'").Succeeded().Single;
        var mine = host.Run("Get-ClockifySharedReport -Scope CreatedByMe").Succeeded().Output;
        var shared = host.Run("Get-ClockifySharedReport -Scope SharedWithMe").Succeeded().Output;

        Assert.Equal("ClockifyPS.Models.ClockifySharedReport", report.BaseObject.GetType().FullName);
        Assert.Equal("SUMMARY", report.Properties["Type"].Value);
        Assert.StartsWith("https://", (string)report.Properties["Link"].Value, StringComparison.Ordinal);
        Assert.Equal("Emulator Owner", report.Properties["Author"].Value);
        Assert.Equal(Fixture.EU.WorkspaceId, report.Properties["WorkspaceId"].Value);
        Assert.Contains(mine, r => Equals(r.Properties["Id"].Value, report.Properties["Id"].Value));
        Assert.Empty(shared);
    }

    [Fact]
    public void Invoke_runs_the_saved_report_or_another_window()
    {
        using PowerShellHost host = Connected();

        PSObject saved = host.Run("Get-ClockifySharedReport -Name Monthly | Invoke-ClockifySharedReport").Succeeded().Single;
        PSObject empty = host.Run("Get-ClockifySharedReport -Name Monthly | Invoke-ClockifySharedReport -Start '2030-01-01Z' -End '2030-01-02Z'").Succeeded().Single;

        var groups = ((object[])saved.Properties["groupOne"].Value).Select(PSObject.AsPSObject).ToList();
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.NotNull(g.Properties["name"].Value));
        Assert.Empty((object[])empty.Properties["groupOne"].Value);
        Assert.Equal(2, Fixture.Emulator.Counters.Count("GET", "/report/v1/shared-reports/{id}"));
    }

    [Fact]
    public void New_Set_Remove_round_trip_through_the_pipeline()
    {
        using PowerShellHost host = Connected();
        string name = "Team week " + Guid.NewGuid().ToString("N")[..6];
        string member = Fixture.EU.UserIds[2];

        PSObject created = host.Run("New-ClockifySharedReport -Name $args[0] -Type Detailed -Start '2026-01-05Z' -End '2026-01-12Z' -Billable -TimeZone Europe/Berlin", name).Succeeded().Single;
        PSObject changed = host.Run("Get-ClockifySharedReport -Name $args[0] | Set-ClockifySharedReport -Public -VisibleToUserId $args[1] -PassThru", name, member).Succeeded().Single;
        PSObject rows = host.Run("Invoke-ClockifySharedReport -Id $args[0]", created.Properties["Id"].Value).Succeeded().Single;
        host.Run("Get-ClockifySharedReport -Name $args[0] | Remove-ClockifySharedReport -Confirm:$false", name).Succeeded();
        ErrorRecord gone = host.Run("Get-ClockifySharedReport -Id $args[0]", created.Properties["Id"].Value).Error;

        Assert.Equal("DETAILED", created.Properties["Type"].Value);
        Assert.False((bool)created.Properties["IsPublic"].Value);
        Assert.True((bool)changed.Properties["IsPublic"].Value);
        Assert.Equal(name, changed.Properties["Name"].Value);
        Assert.Equal(new[] { member }, ((IReadOnlyList<string>)changed.Properties["VisibleToUserIds"].Value).ToArray());
        Assert.NotNull(rows.Properties["timeentries"]);
        Assert.Equal(1, Fixture.Emulator.Counters.DeletedEntities("sharedReport"));
        Assert.Equal("Clockify.GetSharedReport.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void The_list_pages_with_page_and_pageSize_until_a_short_page()
    {
        using PowerShellHost host = Connected();
        for (int i = 0; i < 3; i++)
        {
            host.Run("New-ClockifySharedReport -Name ('paging ' + $args[0]) -Type Summary -Start '2026-01-01Z' -End '2026-02-01Z'", i).Succeeded();
        }

        long before = Fixture.Emulator.Counters.Count("GET", ListRoute);
        var window = host.Run("Get-ClockifySharedReport -Name paging -Skip 1 -First 1").Succeeded().Output;

        Assert.Single(window);
        Assert.Equal("paging 1", window[0].Properties["Name"].Value);
        Assert.Equal(1, Fixture.Emulator.Counters.Count("GET", ListRoute) - before);
    }

    [Fact]
    public void WhatIf_shares_changes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(Get-ClockifySharedReport -Name Monthly).Id").Succeeded().Single.BaseObject;

        host.Run(
            "New-ClockifySharedReport -Name Nope -Type Summary -Start '2026-01-01Z' -End '2026-02-01Z' -WhatIf; "
            + "Set-ClockifySharedReport -Id $args[0] -Name Nope -WhatIf; Remove-ClockifySharedReport -Id $args[0] -WhatIf",
            id).Succeeded();

        Assert.Equal(0, Fixture.Emulator.Counters.CreatedEntities("sharedReport"));
        Assert.Equal(0, Fixture.Emulator.Counters.Count("PUT", ReportRoute) + Fixture.Emulator.Counters.Count("DELETE", ReportRoute));
    }

    [Theory]
    [InlineData("Get-ClockifySharedReport -Id nope", "Clockify.GetSharedReport.InvalidId")]
    [InlineData("Get-ClockifySharedReport -Scope Everybody", "ParameterArgumentValidationError")]
    [InlineData("New-ClockifySharedReport -Name x -Type Summary -Start '2026-02-01Z' -End '2026-01-01Z'", "Clockify.NewSharedReport.EndBeforeStart")]
    [InlineData("New-ClockifySharedReport -Name x -Type Summary -Start '2026-01-01Z' -End '2026-02-01Z' -VisibleToUserId nope", "Clockify.NewSharedReport.InvalidVisibleToUserId")]
    [InlineData("New-ClockifySharedReport -Name x -Type Summary -Start '2026-01-01Z' -End '2026-02-01Z' -GroupBy Project, Project", "Clockify.NewSharedReport.DuplicateGroup")]
    [InlineData("New-ClockifySharedReport -Name x -Type Invoices -Start '2026-01-01Z' -End '2026-02-01Z'", "ParameterArgumentValidationError")]
    [InlineData("Set-ClockifySharedReport -Id nope -Name x", "Clockify.SetSharedReport.InvalidId")]
    [InlineData("Remove-ClockifySharedReport -Id nope -Confirm:$false", "Clockify.RemoveSharedReport.InvalidId")]
    [InlineData("Invoke-ClockifySharedReport -Id nope", "Clockify.InvokeSharedReport.InvalidId")]
    [InlineData("Invoke-ClockifySharedReport -Id 830100000000000000000000 -Start '2026-02-01Z' -End '2026-01-01Z'", "Clockify.InvokeSharedReport.EndBeforeStart")]
    public void Bad_input_is_refused_before_any_request(string script, string errorId) => AssertRefusedBeforeAnyRequest(script, errorId);

    [Fact]
    public void Clockify_refusals_keep_their_error_ids()
    {
        using PowerShellHost host = Connected();
        using PowerShellHost member = ConnectedAs(Fixture.EU.UserIds[2]);
        string id = (string)host.Run("(Get-ClockifySharedReport -Name Monthly).Id").Succeeded().Single.BaseObject;

        ErrorRecord missing = host.Run("Invoke-ClockifySharedReport -Id 830100000000000000000fff").Error;
        ErrorRecord forbidden = member.Run("Invoke-ClockifySharedReport -Id $args[0]", id).Error;
        ErrorRecord stranger = host.Run("New-ClockifySharedReport -Name x -Type Summary -Start '2026-01-01Z' -End '2026-02-01Z' -VisibleToUserId 620100000000000000000fff").Error;

        Assert.Equal("Clockify.InvokeSharedReport.NotFound", missing.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.InvokeSharedReport.Forbidden", forbidden.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.NewSharedReport.BadRequest", stranger.FullyQualifiedErrorId.Split(',')[0]);
    }
}
