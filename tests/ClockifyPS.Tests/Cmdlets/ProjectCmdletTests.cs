using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class ProjectCmdletTests : IClassFixture<EmulatorFixture>
{
    private const string ProjectsPath = "/api/v1/workspaces/{workspaceId}/projects";
    private const string ProjectPath = "/api/v1/workspaces/{workspaceId}/projects/{projectId}";
    private readonly EmulatorFixture fixture;

    public ProjectCmdletTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void Get_returns_active_projects_unless_Archived_is_given()
    {
        using PowerShellHost host = Connected();

        var active = host.Run("Get-ClockifyProject").Succeeded().Output;
        var archived = host.Run("Get-ClockifyProject -Archived").Succeeded().Output;

        Assert.NotEmpty(active);
        Assert.All(active, p => Assert.Equal("ClockifyPS.Models.ClockifyProject", p.BaseObject.GetType().FullName));
        Assert.All(active, p => Assert.False((bool)p.Properties["Archived"].Value));
        Assert.All(active, p => Assert.Equal(fixture.EU.WorkspaceId, p.Properties["WorkspaceId"].Value));
        Assert.All(active, p => Assert.Equal(p.Properties["Id"].Value, p.Properties["ProjectId"].Value));
        Assert.NotEmpty(archived);
        Assert.All(archived, p => Assert.True((bool)p.Properties["Archived"].Value));
        Assert.Empty(active.Select(p => p.Properties["Id"].Value).Intersect(archived.Select(p => p.Properties["Id"].Value)));
    }

    [Fact]
    public void Hydrated_adds_memberships_and_money_is_in_major_units()
    {
        using PowerShellHost host = Connected();

        PSObject plain = host.Run("Get-ClockifyProject -Name Apollo -Exact").Succeeded().Single;
        PSObject hydrated = host.Run("Get-ClockifyProject -Name Apollo -Exact -Hydrated").Succeeded().Single;
        PSObject byId = host.Run("Get-ClockifyProject -Id $args[0] -Hydrated", plain.Properties["Id"].Value).Succeeded().Single;
        PSObject rate = host.Run("(Get-ClockifyProject -Name Apollo -Exact).HourlyRate").Succeeded().Single;

        Assert.Null(plain.Properties["Memberships"].Value);
        var memberships = ((IEnumerable)hydrated.Properties["Memberships"].Value).Cast<object>().ToList();
        Assert.NotEmpty(memberships);
        Assert.All(memberships, m => Assert.Equal("ClockifyPS.Models.ClockifyMembership", m.GetType().FullName));
        Assert.NotEmpty(((IEnumerable)byId.Properties["Memberships"].Value).Cast<object>());
        Assert.Equal(50.00m, rate.Properties["Amount"].Value);
        Assert.Equal("USD", rate.Properties["Currency"].Value);
        Assert.IsType<TimeSpan>(plain.Properties["Duration"].Value);
        Assert.Equal("Acme Corp", plain.Properties["ClientName"].Value);
    }

    [Fact]
    public void Billable_filters_both_ways_and_UserId_filters_by_membership()
    {
        using PowerShellHost host = Connected();

        var billable = host.Run("Get-ClockifyProject -Billable").Succeeded().Output;
        var notBillable = host.Run("Get-ClockifyProject -Billable:$false").Succeeded().Output;
        var mine = host.Run("Get-ClockifyProject -UserId $args[0]", fixture.EU.UserId).Succeeded().Output;

        Assert.NotEmpty(billable);
        Assert.NotEmpty(notBillable);
        Assert.All(billable, p => Assert.True((bool)p.Properties["Billable"].Value));
        Assert.All(notBillable, p => Assert.False((bool)p.Properties["Billable"].Value));
        Assert.NotEmpty(mine);
    }

    [Fact]
    public void New_takes_a_client_name_colour_and_rate_and_Set_merges_with_what_is_there()
    {
        using PowerShellHost host = Connected();
        string name = "proj-" + Guid.NewGuid().ToString("N")[..8];

        PSObject created = host.Run("New-ClockifyProject -Name $args[0] -Client 'Globex' -Color '#FF0000' -Note 'keep me' -HourlyRate 12.5 -Billable:$false", name).Succeeded().Single;
        PSObject changed = host.Run("Get-ClockifyProject -Name $args[0] -Exact | Set-ClockifyProject -Color '#00FF00' -Public -PassThru", name).Succeeded().Single;
        PSObject noClient = host.Run("Set-ClockifyProject -Id $args[0] -Client '' -PassThru", created.Properties["Id"].Value).Succeeded().Single;

        Assert.Equal("Globex", created.Properties["ClientName"].Value);
        Assert.Equal(12.5m, ((dynamic)created.Properties["HourlyRate"].Value).Amount);
        Assert.False((bool)created.Properties["Billable"].Value);
        Assert.Equal("#00FF00", changed.Properties["Color"].Value);
        Assert.True((bool)changed.Properties["Public"].Value);
        Assert.Equal("keep me", changed.Properties["Note"].Value);
        Assert.Equal("Globex", changed.Properties["ClientName"].Value);
        Assert.False((bool)changed.Properties["Billable"].Value);
        Assert.Equal(12.5m, ((dynamic)changed.Properties["HourlyRate"].Value).Amount);
        Assert.Null(noClient.Properties["ClientId"].Value);
        Assert.Equal("keep me", noClient.Properties["Note"].Value);
    }

    [Fact]
    public void A_project_name_under_two_clients_is_ambiguous_and_the_error_lists_both()
    {
        using PowerShellHost host = Connected();
        string suffix = Guid.NewGuid().ToString("N")[..6];
        string name = "Web " + suffix;
        host.Run(
            "$a = New-ClockifyClient -Name ('North ' + $args[1]); $b = New-ClockifyClient -Name ('South ' + $args[1]); New-ClockifyProject -Name $args[0] -Client $a; New-ClockifyProject -Name $args[0] -Client $b",
            name,
            suffix).Succeeded();

        ErrorRecord tasks = host.Run("Get-ClockifyTask -Project $args[0]", name).Error;
        ErrorRecord newTask = host.Run("New-ClockifyTask -Project $args[0] -Name Build", name).Error;
        ErrorRecord unknown = host.Run("Get-ClockifyTask -Project 'No such project here'").Error;

        Assert.Equal("Clockify.GetTask.AmbiguousProject", tasks.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.NewTask.AmbiguousProject", newTask.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("North " + suffix, tasks.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("South " + suffix, tasks.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("Clockify.GetTask.ProjectNotFound", unknown.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.ObjectNotFound, unknown.CategoryInfo.Category);
    }

    [Fact]
    public void Unknown_ids_are_not_found_and_foreign_workspaces_forbidden()
    {
        using PowerShellHost host = Connected();

        ErrorRecord missing = host.Run("Get-ClockifyProject -Id 0123456789abcdef01234567").Error;
        ErrorRecord foreign = host.Run("Get-ClockifyProject -WorkspaceId $args[0]", fixture.EU.ForeignWorkspaceId).Error;

        Assert.Equal("Clockify.GetProject.NotFound", missing.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
        Assert.Equal("Clockify.GetProject.Forbidden", foreign.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.PermissionDenied, foreign.CategoryInfo.Category);
    }

    [Fact]
    public void Bad_names_colours_and_ids_are_refused_before_any_request()
    {
        using PowerShellHost host = Connected();
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord shortName = host.Run("New-ClockifyProject -Name 'x'").Error;
        ErrorRecord longName = host.Run("New-ClockifyProject -Name ('x' * 251)").Error;
        ErrorRecord colour = host.Run("New-ClockifyProject -Name 'Fine name' -Color 'red'").Error;
        ErrorRecord setColour = host.Run("Set-ClockifyProject -Id 0123456789abcdef01234567 -Color '#12345'").Error;
        ErrorRecord badId = host.Run("Set-ClockifyProject -Id 'nope' -Name 'Fine name'").Error;
        ErrorRecord badUser = host.Run("Get-ClockifyProject -UserId 'nope'").Error;

        Assert.All(new[] { shortName, longName, colour, setColour }, e => Assert.StartsWith("ParameterArgumentValidationError", e.FullyQualifiedErrorId, StringComparison.Ordinal));
        Assert.Equal("Clockify.SetProject.InvalidId", badId.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.GetProject.InvalidUserId", badUser.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void WhatIf_creates_changes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(New-ClockifyProject -Name $args[0]).Id", "whatif-" + Guid.NewGuid().ToString("N")[..8]).Succeeded().Single.BaseObject;
        long created = fixture.Emulator.Counters.CreatedEntities("project");
        long writes = Writes();

        host.Run("New-ClockifyProject -Name nope -WhatIf; Set-ClockifyProject -Id $args[0] -Name nope -Archived -WhatIf; Remove-ClockifyProject -Id $args[0] -Force -WhatIf", id).Succeeded();

        Assert.Equal(created, fixture.Emulator.Counters.CreatedEntities("project"));
        Assert.Equal(writes, Writes());
        Assert.False((bool)host.Run("Get-ClockifyProject -Id $args[0]", id).Succeeded().Single.Properties["Archived"].Value);
    }

    [Fact]
    public void Remove_refuses_an_active_project_clearly_and_Force_archives_it_first()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(New-ClockifyProject -Name $args[0]).Id", "remove-" + Guid.NewGuid().ToString("N")[..8]).Succeeded().Single.BaseObject;

        ErrorRecord active = host.Run("Remove-ClockifyProject -Id $args[0] -Confirm:$false", id).Error;
        long deletesAfterRefusal = fixture.Emulator.Counters.Count("DELETE", ProjectPath);
        PSObject removed = host.Run("Get-ClockifyProject -Id $args[0] | Remove-ClockifyProject -Force -PassThru -Confirm:$false", id).Succeeded().Single;
        ErrorRecord gone = host.Run("Get-ClockifyProject -Id $args[0]", id).Error;

        Assert.Equal("Clockify.RemoveProject.ProjectActive", active.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("archived", active.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, deletesAfterRefusal);
        Assert.Equal(id, removed.Properties["Id"].Value);
        Assert.Equal(1, fixture.Emulator.Counters.DeletedEntities("project"));
        Assert.Equal("Clockify.GetProject.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void Paging_First_and_Skip_trim_the_listing()
    {
        using PowerShellHost host = Connected();

        var all = host.Run("Get-ClockifyProject").Succeeded().Output.Select(p => p.Properties["Id"].Value).ToList();
        var window = host.Run("Get-ClockifyProject -Skip 1 -First 2").Succeeded().Output.Select(p => p.Properties["Id"].Value).ToList();

        Assert.True(all.Count > 3);
        Assert.Equal(all.Skip(1).Take(2), window);
    }

    [Fact]
    public void Tab_completion_offers_project_names_and_client_names()
    {
        using PowerShellHost host = Connected();

        var projects = Complete(host, "Get-ClockifyProject -Name Apo");
        var clients = Complete(host, "New-ClockifyProject -Name x -Client Glo");

        Assert.Contains("Apollo", projects);
        Assert.Contains("Globex", clients);
    }

    internal static System.Collections.Generic.List<string> Complete(PowerShellHost host, string line) =>
        host.Run("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object CompletionText", line)
            .Succeeded().Output.Select(o => o.ToString()).ToList();

    private long Writes() =>
        fixture.Emulator.Counters.Count("POST", ProjectsPath) + fixture.Emulator.Counters.Count("PUT", ProjectPath) + fixture.Emulator.Counters.Count("DELETE", ProjectPath);

    private PowerShellHost Connected()
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        return host;
    }
}
