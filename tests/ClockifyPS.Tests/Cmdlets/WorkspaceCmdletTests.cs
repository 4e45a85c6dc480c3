using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class WorkspaceCmdletTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public WorkspaceCmdletTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void Get_lists_the_users_workspaces_as_typed_objects_with_money_in_major_units()
    {
        using PowerShellHost host = Connected();

        var workspaces = host.Run("Get-ClockifyWorkspace").Succeeded().Output;

        var ids = workspaces.Select(w => (string)w.Properties["Id"].Value).ToList();
        Assert.Contains(fixture.EU.WorkspaceId, ids);
        Assert.Contains(fixture.EU.SecondWorkspaceId, ids);
        Assert.DoesNotContain(fixture.EU.ForeignWorkspaceId, ids);
        Assert.All(workspaces, w => Assert.Equal("ClockifyPS.Models.ClockifyWorkspace", w.BaseObject.GetType().FullName));
        Assert.All(workspaces, w => Assert.Equal(w.Properties["Id"].Value, w.Properties["WorkspaceId"].Value));
        PSObject rate = Assert.IsType<PSObject>(PSObject.AsPSObject(workspaces[0].Properties["HourlyRate"].Value));
        Assert.Equal("ClockifyPS.Models.ClockifyMoney", rate.BaseObject.GetType().FullName);
        Assert.Equal(0m, rate.Properties["Amount"].Value);
        Assert.Equal("USD", rate.Properties["Currency"].Value);
    }

    [Fact]
    public void Id_gets_one_workspace_through_its_own_endpoint()
    {
        using PowerShellHost host = Connected();
        long before = fixture.Emulator.Counters.Count("GET", "/api/v1/workspaces/{workspaceId}");

        PSObject workspace = host.Run("Get-ClockifyWorkspace -Id $args[0]", fixture.EU.SecondWorkspaceId).Succeeded().Single;

        Assert.Equal(fixture.EU.SecondWorkspaceId, workspace.Properties["Id"].Value);
        Assert.False(string.IsNullOrEmpty((string)workspace.Properties["Name"].Value));
        Assert.Equal(before + 1, fixture.Emulator.Counters.Count("GET", "/api/v1/workspaces/{workspaceId}"));
    }

    [Fact]
    public void Name_filters_with_wildcards_and_partial_text()
    {
        using PowerShellHost host = Connected();
        string name = (string)host.Run("(Get-ClockifyWorkspace -Id $args[0]).Name", fixture.EU.SecondWorkspaceId).Succeeded().Single.BaseObject;

        var partial = host.Run("Get-ClockifyWorkspace -Name $args[0]", name.Substring(1, name.Length - 2)).Succeeded().Output;
        var wildcard = host.Run("Get-ClockifyWorkspace -Name ($args[0] + '*')", name.Substring(0, 3)).Succeeded().Output;
        var none = host.Run("Get-ClockifyWorkspace -Name 'no such workspace*'").Succeeded().Output;

        Assert.Contains(partial, w => (string)w.Properties["Id"].Value == fixture.EU.SecondWorkspaceId);
        Assert.Contains(wildcard, w => (string)w.Properties["Id"].Value == fixture.EU.SecondWorkspaceId);
        Assert.Empty(none);
    }

    [Fact]
    public void First_and_Skip_trim_the_list()
    {
        using PowerShellHost host = Connected();

        var all = host.Run("Get-ClockifyWorkspace").Succeeded().Output.Select(w => w.Properties["Id"].Value).ToList();
        var window = host.Run("Get-ClockifyWorkspace -Skip 1 -First 1").Succeeded().Output.Select(w => w.Properties["Id"].Value).ToList();

        Assert.True(all.Count >= 2);
        Assert.Equal(all.Skip(1).Take(1), window);
    }

    [Fact]
    public void Role_filter_is_sent_to_the_api()
    {
        using PowerShellHost host = Connected();

        var owned = host.Run("Get-ClockifyWorkspace -Role Owner").Succeeded().Output;
        var managed = host.Run("Get-ClockifyWorkspace -Role PROJECT_MANAGER").Succeeded().Output;

        Assert.Contains(owned, w => (string)w.Properties["Id"].Value == fixture.EU.WorkspaceId);
        Assert.Empty(managed);
    }

    [Fact]
    public void Piped_workspaces_bind_WorkspaceId_of_the_next_cmdlet()
    {
        using PowerShellHost host = Connected();
        string tagName = "piped-" + Guid.NewGuid().ToString("N")[..8];
        host.Run("New-ClockifyTag -Name $args[0] -WorkspaceId $args[1]", tagName, fixture.EU.SecondWorkspaceId).Succeeded();

        var tags = host.Run("Get-ClockifyWorkspace -Id $args[0] | Get-ClockifyTag", fixture.EU.SecondWorkspaceId).Succeeded().Output;

        Assert.Contains(tags, t => (string)t.Properties["Name"].Value == tagName);
        Assert.All(tags, t => Assert.Equal(fixture.EU.SecondWorkspaceId, t.Properties["WorkspaceId"].Value));
    }

    [Fact]
    public void A_workspace_without_access_is_permission_denied_and_a_malformed_id_is_refused_before_any_request()
    {
        using PowerShellHost host = Connected();

        ErrorRecord denied = host.Run("Get-ClockifyWorkspace -Id $args[0]", fixture.EU.ForeignWorkspaceId).Error;
        long requests = fixture.Emulator.Counters.TotalRequests;
        ErrorRecord malformed = host.Run("Get-ClockifyWorkspace -Id 'not-an-id'").Error;

        Assert.Equal("Clockify.GetWorkspace.Forbidden", denied.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.PermissionDenied, denied.CategoryInfo.Category);
        Assert.Equal("Clockify.GetWorkspace.InvalidId", malformed.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void Tab_completion_offers_workspace_ids_for_WorkspaceId()
    {
        using PowerShellHost host = Connected();

        var completions = host.Run("$line = 'Get-ClockifyUserGroup -WorkspaceId '; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText").Succeeded().Output.Select(o => o.ToString()).ToList();

        Assert.Contains(fixture.EU.WorkspaceId, completions);
        Assert.Contains(fixture.EU.SecondWorkspaceId, completions);
    }

    private PowerShellHost Connected()
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        return host;
    }
}
