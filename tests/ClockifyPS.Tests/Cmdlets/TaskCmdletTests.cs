using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class TaskCmdletTests : IClassFixture<EmulatorFixture>
{
    private const string TasksPath = "/api/v1/workspaces/{workspaceId}/projects/{projectId}/tasks";
    private const string TaskPath = "/api/v1/workspaces/{workspaceId}/projects/{projectId}/tasks/{taskId}";
    private readonly EmulatorFixture fixture;

    public TaskCmdletTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void Piped_projects_bind_to_ProjectId()
    {
        using PowerShellHost host = Connected();
        string projectId = ProjectId(host, "Apollo");

        var tasks = host.Run("Get-ClockifyProject -Name Apollo -Exact | Get-ClockifyTask").Succeeded().Output;

        Assert.Equal(new[] { "Build", "Design", "Review" }, tasks.Select(t => (string)t.Properties["Name"].Value).OrderBy(n => n));
        Assert.All(tasks, t => Assert.Equal("ClockifyPS.Models.ClockifyTask", t.BaseObject.GetType().FullName));
        Assert.All(tasks, t => Assert.Equal(projectId, t.Properties["ProjectId"].Value));
        Assert.All(tasks, t => Assert.Equal(fixture.EU.WorkspaceId, t.Properties["WorkspaceId"].Value));
        Assert.All(tasks, t => Assert.Equal(t.Properties["Id"].Value, t.Properties["TaskId"].Value));
        Assert.All(tasks, t => Assert.IsType<TimeSpan>(t.Properties["Estimate"].Value));
    }

    [Fact]
    public void Project_takes_a_name_an_id_or_an_object()
    {
        using PowerShellHost host = Connected();
        string projectId = ProjectId(host, "Gemini");

        var byName = host.Run("Get-ClockifyTask -Project Gemini -Name Build -Exact").Succeeded().Output;
        var byId = host.Run("Get-ClockifyTask $args[0] Build -Exact", projectId).Succeeded().Output;
        var typed = host.Run("Get-ClockifyTask -Project " + projectId + " -Name Build -Exact").Succeeded().Output;
        var byObject = host.Run("Get-ClockifyTask -Project (Get-ClockifyProject -Id $args[0]) -Name Build -Exact", projectId).Succeeded().Output;

        string id = (string)Assert.Single(byName).Properties["Id"].Value;
        Assert.Equal(id, Assert.Single(byId).Properties["Id"].Value);
        Assert.Equal(id, Assert.Single(byObject).Properties["Id"].Value);
        Assert.Equal(id, Assert.Single(typed).Properties["Id"].Value);
    }

    [Fact]
    public void Status_filters_active_and_done_tasks()
    {
        using PowerShellHost host = Connected();

        var done = host.Run("Get-ClockifyTask -Project Voyager -Status Done").Succeeded().Output;
        var active = host.Run("Get-ClockifyTask -Project Voyager -Status Active").Succeeded().Output;

        Assert.Equal("Review", Assert.Single(done).Properties["Name"].Value);
        Assert.Equal("DONE", done[0].Properties["Status"].Value);
        Assert.Equal(2, active.Count);
        Assert.All(active, t => Assert.Equal("ACTIVE", t.Properties["Status"].Value));
    }

    [Fact]
    public void New_Set_Remove_round_trip_keeps_unnamed_fields()
    {
        using PowerShellHost host = Connected();
        string projectId = ProjectId(host, "Mercury");
        string name = "task-" + Guid.NewGuid().ToString("N")[..8];

        PSObject created = host.Run("New-ClockifyTask -Project Mercury -Name $args[0] -Estimate '01:30:00' -Billable:$false -AssigneeId $args[1]", name, fixture.EU.UserId).Succeeded().Single;
        PSObject changed = host.Run("Get-ClockifyTask -ProjectId $args[0] -Name $args[1] -Exact | Set-ClockifyTask -Status Done -Name ($args[1] + '-x') -PassThru", projectId, name).Succeeded().Single;
        host.Run("Get-ClockifyTask -ProjectId $args[0] -Id $args[1] | Remove-ClockifyTask -Confirm:$false", projectId, created.Properties["Id"].Value).Succeeded();
        ErrorRecord gone = host.Run("Get-ClockifyTask -ProjectId $args[0] -Id $args[1]", projectId, created.Properties["Id"].Value).Error;

        Assert.Equal(TimeSpan.FromMinutes(90), created.Properties["Estimate"].Value);
        Assert.False((bool)created.Properties["Billable"].Value);
        Assert.Equal(projectId, created.Properties["ProjectId"].Value);
        Assert.Equal(name + "-x", changed.Properties["Name"].Value);
        Assert.Equal("DONE", changed.Properties["Status"].Value);
        Assert.Equal(TimeSpan.FromMinutes(90), changed.Properties["Estimate"].Value);
        Assert.False((bool)changed.Properties["Billable"].Value);
        Assert.Equal(new[] { fixture.EU.UserId }, ((System.Collections.IEnumerable)changed.Properties["AssigneeIds"].Value).Cast<object>().Select(o => o.ToString()));
        Assert.Equal(1, fixture.Emulator.Counters.DeletedEntities("task"));
        Assert.Equal("Clockify.GetTask.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.ObjectNotFound, gone.CategoryInfo.Category);
    }

    [Fact]
    public void Names_piped_as_strings_create_one_task_each()
    {
        using PowerShellHost host = Connected();
        string prefix = "piped" + Guid.NewGuid().ToString("N")[..6];

        var created = host.Run("$p = $args[0]; 'a','b' | ForEach-Object { $p + $_ } | New-ClockifyTask -Project Pioneer", prefix).Succeeded().Output;

        Assert.Equal(new[] { prefix + "a", prefix + "b" }, created.Select(t => (string)t.Properties["Name"].Value));
        Assert.Equal(2, fixture.Emulator.Counters.CreatedEntities("task"));
    }

    [Fact]
    public void WhatIf_creates_changes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string projectId = ProjectId(host, "Apollo");
        string id = (string)host.Run("(Get-ClockifyTask -ProjectId $args[0] -Name Design -Exact).Id", projectId).Succeeded().Single.BaseObject;
        long writes = Writes();

        host.Run("New-ClockifyTask -ProjectId $args[0] -Name nope -WhatIf; Set-ClockifyTask -ProjectId $args[0] -Id $args[1] -Name nope -WhatIf; Remove-ClockifyTask -ProjectId $args[0] -Id $args[1] -WhatIf", projectId, id).Succeeded();

        Assert.Equal(0, fixture.Emulator.Counters.CreatedEntities("task"));
        Assert.Equal(writes, Writes());
        Assert.Equal("Design", host.Run("Get-ClockifyTask -ProjectId $args[0] -Id $args[1]", projectId, id).Succeeded().Single.Properties["Name"].Value);
    }

    [Fact]
    public void Malformed_ids_are_refused_before_any_request()
    {
        using PowerShellHost host = Connected();
        string projectId = ProjectId(host, "Apollo");
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord badTask = host.Run("Get-ClockifyTask -ProjectId $args[0] -Id 'x1'", projectId).Error;
        ErrorRecord badAssignee = host.Run("New-ClockifyTask -ProjectId $args[0] -Name ok -AssigneeId 'nobody'", projectId).Error;
        ErrorRecord negative = host.Run("Set-ClockifyTask -ProjectId $args[0] -Id 0123456789abcdef01234567 -Estimate '-01:00:00'", projectId).Error;

        Assert.Equal("Clockify.GetTask.InvalidId", badTask.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.NewTask.InvalidAssigneeId", badAssignee.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.SetTask.InvalidEstimate", negative.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void Foreign_workspaces_are_forbidden_and_unknown_projects_not_found()
    {
        using PowerShellHost host = Connected();
        string projectId = ProjectId(host, "Apollo");

        ErrorRecord foreign = host.Run("Get-ClockifyTask -WorkspaceId $args[0] -ProjectId $args[1]", fixture.EU.ForeignWorkspaceId, projectId).Error;
        ErrorRecord missing = host.Run("Get-ClockifyTask -ProjectId 0123456789abcdef01234567").Error;

        Assert.Equal("Clockify.GetTask.Forbidden", foreign.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.PermissionDenied, foreign.CategoryInfo.Category);
        Assert.Equal("Clockify.GetTask.NotFound", missing.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void Tab_completion_offers_the_tasks_of_the_bound_project()
    {
        using PowerShellHost host = Connected();
        string projectId = ProjectId(host, "Apollo");

        var names = ProjectCmdletTests.Complete(host, "Get-ClockifyTask -ProjectId " + projectId + " -Name Bu");
        var projects = ProjectCmdletTests.Complete(host, "Get-ClockifyTask -ProjectId Apol");

        Assert.Equal(new[] { "Build" }, names);
        Assert.Equal(new[] { projectId }, projects);
    }

    private static string ProjectId(PowerShellHost host, string name) =>
        (string)host.Run("(Get-ClockifyProject -Name $args[0] -Exact).Id", name).Succeeded().Single.BaseObject;

    private long Writes() =>
        fixture.Emulator.Counters.Count("POST", TasksPath) + fixture.Emulator.Counters.Count("PUT", TaskPath) + fixture.Emulator.Counters.Count("DELETE", TaskPath);

    private PowerShellHost Connected()
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        return host;
    }
}
