using System.Linq;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

/// <summary>Every Clockify object has an Id: pipelines must bind the foreign keys, never the piped object's own Id.</summary>
public class PipelineBindingTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public PipelineBindingTests(EmulatorFixture fixture) => this.fixture = fixture;

    [Theory]
    [InlineData("Get-ClockifyProject")]
    [InlineData("Get-ClockifyClient")]
    [InlineData("Get-ClockifyTag")]
    [InlineData("Get-ClockifyUser")]
    [InlineData("Get-ClockifyUserGroup")]
    public void A_piped_workspace_binds_WorkspaceId(string command)
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);

        var viaPipe = host.Run("Get-ClockifyWorkspace -Id $args[0] | " + command, fixture.EU.WorkspaceId).Succeeded().Output;
        var direct = host.Run(command + " -WorkspaceId $args[0]", fixture.EU.WorkspaceId).Succeeded().Output;

        Assert.NotEmpty(direct);
        Assert.Equal(direct.Select(o => o.Properties["Id"].Value), viaPipe.Select(o => o.Properties["Id"].Value));
    }

    [Fact]
    public void Piped_users_bind_UserId_for_their_time_entries()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        string userId = fixture.EU.UserIds[1];

        var entries = host.Run("Get-ClockifyUser -Id $args[0] | Get-ClockifyTimeEntry -Start '2025-01-01Z' -End '2026-01-01Z'", userId).Succeeded().Output;

        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(userId, e.Properties["UserId"].Value));
    }

    [Fact]
    public void Piped_projects_bind_ProjectId_for_their_tasks()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);

        var tasks = host.Run("Get-ClockifyProject -First 1 | Get-ClockifyTask").Succeeded().Output;
        string projectId = (string)host.Run("(Get-ClockifyProject -First 1).Id").Succeeded().Single.BaseObject;

        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Equal(projectId, t.Properties["ProjectId"].Value));
    }
}
