using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class TagCmdletTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public TagCmdletTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void Get_lists_active_tags_as_typed_objects()
    {
        using PowerShellHost host = Connected();

        var tags = host.Run("Get-ClockifyTag").Succeeded().Output;

        Assert.NotEmpty(tags);
        Assert.All(tags, t => Assert.Equal("ClockifyPS.Models.ClockifyTag", t.BaseObject.GetType().FullName));
        Assert.All(tags, t => Assert.False((bool)t.Properties["Archived"].Value));
        Assert.All(tags, t => Assert.Equal(fixture.EU.WorkspaceId, t.Properties["WorkspaceId"].Value));
    }

    [Fact]
    public void New_Set_Remove_round_trip_with_pipeline_binding()
    {
        using PowerShellHost host = Connected();
        string name = "round-trip-" + Guid.NewGuid().ToString("N")[..8];

        PSObject created = host.Run("New-ClockifyTag -Name $args[0]", name).Succeeded().Single;
        PSObject renamed = host.Run("Get-ClockifyTag -Name $args[0] -Exact | Set-ClockifyTag -Name ($args[0] + '-x') -Archived -PassThru", name).Succeeded().Single;
        var archived = host.Run("Get-ClockifyTag -Archived -Name ($args[0] + '-x') -Exact", name).Succeeded().Output;
        host.Run("Get-ClockifyTag -Id $args[0] | Remove-ClockifyTag -Confirm:$false", created.Properties["Id"].Value).Succeeded();
        ErrorRecord gone = host.Run("Get-ClockifyTag -Id $args[0]", created.Properties["Id"].Value).Error;

        Assert.Equal(name + "-x", renamed.Properties["Name"].Value);
        Assert.True((bool)renamed.Properties["Archived"].Value);
        Assert.Equal(created.Properties["Id"].Value, Assert.Single(archived).Properties["Id"].Value);
        Assert.Equal("Clockify.GetTag.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.ObjectNotFound, gone.CategoryInfo.Category);
    }

    [Fact]
    public void Wildcards_filter_here_and_plain_names_go_to_the_api()
    {
        using PowerShellHost host = Connected();
        string prefix = "wild" + Guid.NewGuid().ToString("N")[..6];
        host.Run("$p = $args[0]; 'a','b','c' | ForEach-Object { New-ClockifyTag -Name ($p + $_) }", prefix).Succeeded();

        var wild = host.Run("Get-ClockifyTag -Name ($args[0] + '*')", prefix).Succeeded().Output;
        var partial = host.Run("Get-ClockifyTag -Name $args[0]", prefix).Succeeded().Output;
        var exact = host.Run("Get-ClockifyTag -Name ($args[0] + 'b') -Exact", prefix).Succeeded().Output;

        Assert.Equal(3, wild.Count);
        Assert.Equal(3, partial.Count);
        Assert.Equal(prefix + "b", Assert.Single(exact).Properties["Name"].Value);
    }

    [Fact]
    public void WhatIf_creates_changes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(New-ClockifyTag -Name $args[0]).Id", "whatif-" + Guid.NewGuid().ToString("N")[..8]).Succeeded().Single.BaseObject;
        long created = fixture.Emulator.Counters.CreatedEntities("tag");
        long writes = fixture.Emulator.Counters.Count("PUT", "/api/v1/workspaces/{workspaceId}/tags/{id}") + fixture.Emulator.Counters.Count("DELETE", "/api/v1/workspaces/{workspaceId}/tags/{id}");

        host.Run("New-ClockifyTag -Name nope -WhatIf; Set-ClockifyTag -Id $args[0] -Name nope -WhatIf; Remove-ClockifyTag -Id $args[0] -WhatIf", id).Succeeded();

        Assert.Equal(created, fixture.Emulator.Counters.CreatedEntities("tag"));
        Assert.Equal(writes, fixture.Emulator.Counters.Count("PUT", "/api/v1/workspaces/{workspaceId}/tags/{id}") + fixture.Emulator.Counters.Count("DELETE", "/api/v1/workspaces/{workspaceId}/tags/{id}"));
        Assert.Single(host.Run("Get-ClockifyTag -Id $args[0]", id).Succeeded().Output);
    }

    [Fact]
    public void Paging_reads_several_pages_and_First_Skip_trim()
    {
        using PowerShellHost host = Connected();

        var all = host.Run("Get-ClockifyTag").Succeeded().Output.Select(t => t.Properties["Id"].Value).ToList();
        var window = host.Run("Get-ClockifyTag -Skip 1 -First 2").Succeeded().Output.Select(t => t.Properties["Id"].Value).ToList();

        Assert.Equal(all.Skip(1).Take(2), window);
    }

    [Fact]
    public void A_malformed_id_or_workspace_is_refused_before_any_request()
    {
        using PowerShellHost host = Connected();
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord badId = host.Run("Get-ClockifyTag -Id 'x1'").Error;
        ErrorRecord badWorkspace = host.Run("Get-ClockifyTag -WorkspaceId 'nope'").Error;

        Assert.Equal("Clockify.GetTag.InvalidId", badId.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.GetTag.InvalidWorkspaceId", badWorkspace.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void A_workspace_without_access_is_permission_denied()
    {
        using PowerShellHost host = Connected();

        ErrorRecord error = host.Run("Get-ClockifyTag -WorkspaceId $args[0]", fixture.EU.ForeignWorkspaceId).Error;

        Assert.Equal("Clockify.GetTag.Forbidden", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
    }

    [Fact]
    public void Tab_completion_offers_tag_names_from_the_live_connection()
    {
        using PowerShellHost host = Connected();
        string name = "complete me " + Guid.NewGuid().ToString("N")[..6];
        host.Run("New-ClockifyTag -Name $args[0]", name).Succeeded();

        var completions = host.Run("$line = 'Get-ClockifyTag -Name complete'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText").Succeeded().Output.Select(o => o.ToString()).ToList();

        Assert.Contains("'" + name + "'", completions);
    }

    private PowerShellHost Connected()
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        return host;
    }
}
