using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class ClientCmdletTests : IClassFixture<EmulatorFixture>
{
    private const string ClientsPath = "/api/v1/workspaces/{workspaceId}/clients";
    private const string ClientPath = "/api/v1/workspaces/{workspaceId}/clients/{id}";
    private readonly EmulatorFixture fixture;

    public ClientCmdletTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void Get_lists_active_clients_as_typed_objects()
    {
        using PowerShellHost host = Connected();

        var clients = host.Run("Get-ClockifyClient").Succeeded().Output;

        Assert.NotEmpty(clients);
        Assert.All(clients, c => Assert.Equal("ClockifyPS.Models.ClockifyClient", c.BaseObject.GetType().FullName));
        Assert.All(clients, c => Assert.False((bool)c.Properties["Archived"].Value));
        Assert.All(clients, c => Assert.Equal(fixture.EU.WorkspaceId, c.Properties["WorkspaceId"].Value));
        Assert.All(clients, c => Assert.Equal(c.Properties["Id"].Value, c.Properties["ClientId"].Value));
        Assert.Contains(clients, c => (string)c.Properties["Name"].Value == "Acme Corp");
    }

    [Fact]
    public void New_Set_Remove_round_trip_with_pipeline_binding_keeps_unnamed_fields()
    {
        using PowerShellHost host = Connected();
        string name = "client-" + Guid.NewGuid().ToString("N")[..8];

        PSObject created = host.Run("New-ClockifyClient -Name $args[0] -Email 'ap@example.test' -Address '1 Main St'", name).Succeeded().Single;
        PSObject changed = host.Run("Get-ClockifyClient -Name $args[0] -Exact | Set-ClockifyClient -Name ($args[0] + '-x') -Archived -PassThru", name).Succeeded().Single;
        var archived = host.Run("Get-ClockifyClient -Archived -Name ($args[0] + '-x') -Exact", name).Succeeded().Output;
        var active = host.Run("Get-ClockifyClient -Name ($args[0] + '-x') -Exact", name).Succeeded().Output;
        host.Run("Get-ClockifyClient -Id $args[0] | Remove-ClockifyClient -Confirm:$false", created.Properties["Id"].Value).Succeeded();
        ErrorRecord gone = host.Run("Get-ClockifyClient -Id $args[0]", created.Properties["Id"].Value).Error;

        Assert.Equal(name + "-x", changed.Properties["Name"].Value);
        Assert.True((bool)changed.Properties["Archived"].Value);
        Assert.Equal("ap@example.test", changed.Properties["Email"].Value);
        Assert.Equal("1 Main St", changed.Properties["Address"].Value);
        Assert.Equal(created.Properties["Id"].Value, Assert.Single(archived).Properties["Id"].Value);
        Assert.Empty(active);
        Assert.Equal("Clockify.GetClient.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.ObjectNotFound, gone.CategoryInfo.Category);
    }

    [Fact]
    public void Exact_is_checked_here_because_the_clients_endpoint_only_matches_partially()
    {
        using PowerShellHost host = Connected();
        string name = "exact" + Guid.NewGuid().ToString("N")[..6];
        host.Run("New-ClockifyClient -Name $args[0]; New-ClockifyClient -Name ($args[0] + 'more')", name).Succeeded();

        var partial = host.Run("Get-ClockifyClient -Name $args[0]", name).Succeeded().Output;
        var exact = host.Run("Get-ClockifyClient -Name $args[0].ToUpperInvariant() -Exact", name).Succeeded().Output;
        var wild = host.Run("Get-ClockifyClient -Name ($args[0] + '*e')", name).Succeeded().Output;

        Assert.Equal(2, partial.Count);
        Assert.Equal(name, Assert.Single(exact).Properties["Name"].Value);
        Assert.Equal(name + "more", Assert.Single(wild).Properties["Name"].Value);
    }

    [Fact]
    public void A_piped_client_lists_its_projects()
    {
        using PowerShellHost host = Connected();

        var projects = host.Run("Get-ClockifyClient -Name 'Acme Corp' -Exact | Get-ClockifyProject").Succeeded().Output;
        var byName = host.Run("Get-ClockifyProject -Client 'Acme Corp'").Succeeded().Output;

        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.Equal("Acme Corp", p.Properties["ClientName"].Value));
        Assert.Equal(projects.Select(p => p.Properties["Id"].Value), byName.Select(p => p.Properties["Id"].Value));
    }

    [Fact]
    public void WhatIf_creates_changes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(New-ClockifyClient -Name $args[0]).Id", "whatif-" + Guid.NewGuid().ToString("N")[..8]).Succeeded().Single.BaseObject;
        long created = fixture.Emulator.Counters.CreatedEntities("client");
        long writes = Writes();

        host.Run("New-ClockifyClient -Name nope -WhatIf; Set-ClockifyClient -Id $args[0] -Name nope -WhatIf; Remove-ClockifyClient -Id $args[0] -WhatIf", id).Succeeded();

        Assert.Equal(created, fixture.Emulator.Counters.CreatedEntities("client"));
        Assert.Equal(writes, Writes());
        Assert.Single(host.Run("Get-ClockifyClient -Id $args[0]", id).Succeeded().Output);
    }

    [Fact]
    public void A_malformed_id_is_refused_before_any_request()
    {
        using PowerShellHost host = Connected();
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord set = host.Run("Set-ClockifyClient -Id 'x1' -Name y").Error;
        ErrorRecord remove = host.Run("Remove-ClockifyClient -Id 'x1' -Confirm:$false").Error;
        ErrorRecord tooLong = host.Run("New-ClockifyClient -Name ('n' * 101)").Error;

        Assert.Equal("Clockify.SetClient.InvalidId", set.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.RemoveClient.InvalidId", remove.FullyQualifiedErrorId.Split(',')[0]);
        Assert.StartsWith("ParameterArgumentValidationError", tooLong.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void A_workspace_without_access_is_permission_denied()
    {
        using PowerShellHost host = Connected();

        ErrorRecord error = host.Run("Get-ClockifyClient -WorkspaceId $args[0]", fixture.EU.ForeignWorkspaceId).Error;

        Assert.Equal("Clockify.GetClient.Forbidden", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
    }

    private long Writes() =>
        fixture.Emulator.Counters.Count("POST", ClientsPath) + fixture.Emulator.Counters.Count("PUT", ClientPath) + fixture.Emulator.Counters.Count("DELETE", ClientPath);

    private PowerShellHost Connected()
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        return host;
    }
}
