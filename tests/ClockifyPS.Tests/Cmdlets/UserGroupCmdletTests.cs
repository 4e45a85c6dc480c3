using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class UserGroupCmdletTests : IClassFixture<EmulatorFixture>
{
    private const string GroupPath = "/api/v1/workspaces/{workspaceId}/user-groups/{id}";
    private const string MembersPath = "/api/v1/workspaces/{workspaceId}/user-groups/{userGroupId}/users";
    private const string MemberPath = "/api/v1/workspaces/{workspaceId}/user-groups/{userGroupId}/users/{userId}";
    private readonly EmulatorFixture fixture;

    public UserGroupCmdletTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void Get_lists_the_groups_as_typed_objects_with_their_members()
    {
        using PowerShellHost host = Connected();

        var groups = host.Run("Get-ClockifyUserGroup").Succeeded().Output;

        Assert.Contains(groups, g => (string)g.Properties["Name"].Value == "Engineering");
        Assert.All(groups, g => Assert.Equal("ClockifyPS.Models.ClockifyUserGroup", g.BaseObject.GetType().FullName));
        Assert.All(groups, g => Assert.Equal(g.Properties["Id"].Value, g.Properties["UserGroupId"].Value));
        Assert.All(groups, g => Assert.Equal(fixture.EU.WorkspaceId, g.Properties["WorkspaceId"].Value));
        PSObject engineering = groups.Single(g => (string)g.Properties["Name"].Value == "Engineering");
        Assert.NotEmpty(UserIds(engineering));
        Assert.All(UserIds(engineering), id => Assert.Contains(id, fixture.EU.UserIds));
    }

    [Fact]
    public void Name_filters_partially_exactly_and_with_wildcards_and_Id_picks_from_the_list()
    {
        using PowerShellHost host = Connected();

        var partial = host.Run("Get-ClockifyUserGroup -Name gineer").Succeeded().Output;
        var exactMiss = host.Run("Get-ClockifyUserGroup -Name gineer -Exact").Succeeded().Output;
        PSObject exact = host.Run("Get-ClockifyUserGroup -Name engineering -Exact").Succeeded().Single;
        var wildcard = host.Run("Get-ClockifyUserGroup -Name 'S*'").Succeeded().Output;
        PSObject byId = host.Run("Get-ClockifyUserGroup -Id $args[0]", exact.Properties["Id"].Value).Succeeded().Single;

        Assert.Equal("Engineering", Assert.Single(partial).Properties["Name"].Value);
        Assert.Empty(exactMiss);
        Assert.Equal(new[] { "Sales", "Support" }, wildcard.Select(g => (string)g.Properties["Name"].Value).Where(n => n is "Sales" or "Support").OrderBy(n => n));
        Assert.All(wildcard, g => Assert.StartsWith("S", (string)g.Properties["Name"].Value, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Engineering", byId.Properties["Name"].Value);
    }

    [Fact]
    public void New_Set_Remove_round_trip_with_pipeline_binding()
    {
        using PowerShellHost host = Connected();
        string name = "team-" + Guid.NewGuid().ToString("N")[..8];

        PSObject created = host.Run("New-ClockifyUserGroup -Name $args[0]", name).Succeeded().Single;
        PSObject renamed = host.Run("Get-ClockifyUserGroup -Name $args[0] -Exact | Set-ClockifyUserGroup -Name ($args[0] + '-x') -PassThru", name).Succeeded().Single;
        PSObject removed = host.Run("Get-ClockifyUserGroup -Name ($args[0] + '-x') -Exact | Remove-ClockifyUserGroup -Confirm:$false -PassThru", name).Succeeded().Single;
        ErrorRecord gone = host.Run("Get-ClockifyUserGroup -Id $args[0]", created.Properties["Id"].Value).Error;
        ErrorRecord setGone = host.Run("Set-ClockifyUserGroup -Id $args[0] -Name again", created.Properties["Id"].Value).Error;
        ErrorRecord removeGone = host.Run("Remove-ClockifyUserGroup -Id $args[0] -Confirm:$false", created.Properties["Id"].Value).Error;

        Assert.Equal(name, created.Properties["Name"].Value);
        Assert.Empty(UserIds(created));
        Assert.Equal(created.Properties["Id"].Value, renamed.Properties["Id"].Value);
        Assert.Equal(name + "-x", renamed.Properties["Name"].Value);
        Assert.Equal(created.Properties["Id"].Value, removed.Properties["Id"].Value);
        Assert.Equal("Clockify.GetUserGroup.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.ObjectNotFound, gone.CategoryInfo.Category);
        Assert.Equal("Clockify.SetUserGroup.NotFound", setGone.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.RemoveUserGroup.NotFound", removeGone.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void Piped_users_join_and_leave_a_group()
    {
        using PowerShellHost host = Connected();
        string groupId = NewGroup(host);
        string email = (string)host.Run("(Get-ClockifyUser -Id $args[0]).Email", fixture.EU.UserIds[2]).Succeeded().Single.BaseObject;

        PSObject joined = host.Run("Get-ClockifyUser -Email $args[0] | Add-ClockifyUserGroupMember -UserGroupId $args[1] -PassThru", email, groupId).Succeeded().Single;
        PSObject both = host.Run("Get-ClockifyUser -Id $args[0] | Add-ClockifyUserGroupMember -UserGroupId $args[1] -PassThru", fixture.EU.UserIds[3], groupId).Succeeded().Single;
        PSObject left = host.Run("Get-ClockifyUser -Email $args[0] | Remove-ClockifyUserGroupMember -UserGroupId $args[1] -Confirm:$false -PassThru", email, groupId).Succeeded().Single;

        Assert.Equal(new[] { fixture.EU.UserIds[2] }, UserIds(joined));
        Assert.Equal(new[] { fixture.EU.UserIds[2], fixture.EU.UserIds[3] }.OrderBy(x => x), UserIds(both).OrderBy(x => x));
        Assert.Equal(new[] { fixture.EU.UserIds[3] }, UserIds(left));
    }

    [Fact]
    public void Piped_groups_bind_UserGroupId_and_users_are_found_by_name_or_email()
    {
        using PowerShellHost host = Connected();
        string groupId = NewGroup(host);
        string groupName = (string)host.Run("(Get-ClockifyUserGroup -Id $args[0]).Name", groupId).Succeeded().Single.BaseObject;

        host.Run("Get-ClockifyUserGroup -Id $args[0] | Add-ClockifyUserGroupMember -UserId $args[1]", groupId, fixture.EU.UserIds[1]).Succeeded();
        host.Run("Add-ClockifyUserGroupMember -UserGroup $args[0] -User 'Emulator Owner', $args[1]", groupName, fixture.EU.UserIds[2]).Succeeded();
        PSObject afterEmail = host.Run("Add-ClockifyUserGroupMember -UserGroup (Get-ClockifyUserGroup -Id $args[0]) -User $args[1] -PassThru", groupId, fixture.EU.UserEmail).Succeeded().Single;
        PSObject afterObjects = host.Run("Remove-ClockifyUserGroupMember -UserGroupId $args[0] -User (Get-ClockifyUser -Id $args[1], $args[2]) -Confirm:$false -PassThru", groupId, fixture.EU.UserIds[1], fixture.EU.UserIds[2]).Succeeded().Single;

        Assert.Equal(new[] { fixture.EU.UserId, fixture.EU.UserIds[1], fixture.EU.UserIds[2] }.OrderBy(x => x), UserIds(afterEmail).OrderBy(x => x));
        Assert.Equal(new[] { fixture.EU.UserId }, UserIds(afterObjects));
    }

    [Fact]
    public void A_new_group_piped_into_Add_finds_users_by_name_email_or_id()
    {
        using PowerShellHost host = Connected();
        string name = "piped-new-" + Guid.NewGuid().ToString("N")[..8];

        PSObject group = host.Run("New-ClockifyUserGroup -Name $args[0] | Add-ClockifyUserGroupMember -User 'Emulator Owner', $args[1] -PassThru", name, fixture.EU.UserEmail).Succeeded().Single;
        PSObject again = host.Run("New-ClockifyUserGroup -Name ($args[0] + '-2') | Add-ClockifyUserGroupMember -User $args[1] -PassThru", name, fixture.EU.UserIds[1]).Succeeded().Single;

        Assert.Equal(new[] { fixture.EU.UserId }, UserIds(group));
        Assert.Equal(new[] { fixture.EU.UserIds[1] }, UserIds(again));
    }

    [Fact]
    public void An_ambiguous_user_name_is_an_error_listing_the_candidates_and_nothing_changes()
    {
        using PowerShellHost host = Connected();
        string groupId = NewGroup(host);
        string twin = "Sam Twin " + Guid.NewGuid().ToString("N")[..6];
        string first = fixture.EU.AddUser(twin, "sam1." + Guid.NewGuid().ToString("N")[..6] + "@example.test", "UTC");
        string second = fixture.EU.AddUser(twin, "sam2." + Guid.NewGuid().ToString("N")[..6] + "@example.test", null);
        long adds = fixture.Emulator.Counters.Count("POST", MembersPath);

        ErrorRecord ambiguous = host.Run("Add-ClockifyUserGroupMember -UserGroupId $args[0] -User $args[1]", groupId, twin).Error;
        ErrorRecord missing = host.Run("Add-ClockifyUserGroupMember -UserGroupId $args[0] -User 'Nobody At All'", groupId).Error;
        ErrorRecord noGroup = host.Run("Add-ClockifyUserGroupMember -UserGroup 'No Such Group' -UserId $args[0]", fixture.EU.UserId).Error;

        Assert.Equal("Clockify.AddUserGroupMember.AmbiguousUser", ambiguous.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.InvalidArgument, ambiguous.CategoryInfo.Category);
        Assert.Contains(first, ambiguous.Exception.Message);
        Assert.Contains(second, ambiguous.Exception.Message);
        Assert.Equal("Clockify.AddUserGroupMember.UserNotFound", missing.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
        Assert.Equal("Clockify.AddUserGroupMember.UserGroupNotFound", noGroup.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(adds, fixture.Emulator.Counters.Count("POST", MembersPath));
    }

    [Fact]
    public void WhatIf_creates_changes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string groupId = NewGroup(host);
        host.Run("Add-ClockifyUserGroupMember -UserGroupId $args[0] -UserId $args[1]", groupId, fixture.EU.UserIds[1]).Succeeded();
        long created = fixture.Emulator.Counters.CreatedEntities("userGroup");
        long writes = Writes();

        host.Run(
            "New-ClockifyUserGroup -Name nope -WhatIf; Set-ClockifyUserGroup -Id $args[0] -Name nope -WhatIf; Remove-ClockifyUserGroup -Id $args[0] -WhatIf; "
            + "Add-ClockifyUserGroupMember -UserGroupId $args[0] -UserId $args[1] -WhatIf; Remove-ClockifyUserGroupMember -UserGroupId $args[0] -UserId $args[2] -WhatIf",
            groupId, fixture.EU.UserIds[2], fixture.EU.UserIds[1]).Succeeded();

        Assert.Equal(created, fixture.Emulator.Counters.CreatedEntities("userGroup"));
        Assert.Equal(writes, Writes());
        PSObject group = host.Run("Get-ClockifyUserGroup -Id $args[0]", groupId).Succeeded().Single;
        Assert.Equal(new[] { fixture.EU.UserIds[1] }, UserIds(group));
    }

    [Fact]
    public void Validation_happens_before_any_request()
    {
        using PowerShellHost host = Connected();
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord blank = host.Run("New-ClockifyUserGroup -Name '   '").Error;
        ErrorRecord empty = host.Run("New-ClockifyUserGroup -Name ''").Error;
        ErrorRecord badGroupId = host.Run("Add-ClockifyUserGroupMember -UserGroupId 'zz' -UserId $args[0]", fixture.EU.UserId).Error;
        ErrorRecord badUserId = host.Run("Remove-ClockifyUserGroupMember -UserGroupId $args[0] -UserId 'nope' -Confirm:$false", fixture.EU.UserId).Error;
        ErrorRecord badEmail = host.Run("Add-ClockifyUserGroupMember -UserGroupId $args[0] -User 'someone@'", fixture.EU.UserId).Error;
        ErrorRecord badSetId = host.Run("Set-ClockifyUserGroup -Id 'x' -Name y").Error;
        ErrorRecord badRemoveId = host.Run("Remove-ClockifyUserGroup -Id 'x' -Confirm:$false").Error;

        Assert.Equal("Clockify.NewUserGroup.InvalidName", blank.FullyQualifiedErrorId.Split(',')[0]);
        Assert.StartsWith("ParameterArgumentValidationError", empty.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal("Clockify.AddUserGroupMember.InvalidUserGroupId", badGroupId.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.RemoveUserGroupMember.InvalidUserId", badUserId.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.AddUserGroupMember.InvalidUser", badEmail.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.SetUserGroup.InvalidId", badSetId.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.RemoveUserGroup.InvalidId", badRemoveId.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void A_foreign_workspace_is_forbidden()
    {
        using PowerShellHost host = Connected();

        ErrorRecord list = host.Run("Get-ClockifyUserGroup -WorkspaceId $args[0]", fixture.EU.ForeignWorkspaceId).Error;
        ErrorRecord create = host.Run("New-ClockifyUserGroup -Name x -WorkspaceId $args[0]", fixture.EU.ForeignWorkspaceId).Error;

        Assert.Equal("Clockify.GetUserGroup.Forbidden", list.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.PermissionDenied, list.CategoryInfo.Category);
        Assert.Equal("Clockify.NewUserGroup.Forbidden", create.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void PSDefaultParameterValues_picks_the_workspace()
    {
        using PowerShellHost host = Connected();
        string name = "second-ws-" + Guid.NewGuid().ToString("N")[..8];
        host.Run("New-ClockifyUserGroup -Name $args[0] -WorkspaceId $args[1]", name, fixture.EU.SecondWorkspaceId).Succeeded();

        var groups = host.Run("$PSDefaultParameterValues['Get-ClockifyUserGroup:WorkspaceId'] = $args[0]; Get-ClockifyUserGroup", fixture.EU.SecondWorkspaceId).Succeeded().Output;
        var primary = host.Run("Get-ClockifyUserGroup -WorkspaceId $args[0]", fixture.EU.WorkspaceId).Succeeded().Output;

        Assert.Contains(groups, g => (string)g.Properties["Name"].Value == name);
        Assert.All(groups, g => Assert.Equal(fixture.EU.SecondWorkspaceId, g.Properties["WorkspaceId"].Value));
        Assert.DoesNotContain(primary, g => (string)g.Properties["Name"].Value == name);
    }

    [Fact]
    public void First_and_Skip_page_through_the_groups()
    {
        using PowerShellHost host = Connected();

        var all = host.Run("Get-ClockifyUserGroup").Succeeded().Output.Select(g => g.Properties["Id"].Value).ToList();
        var window = host.Run("Get-ClockifyUserGroup -Skip 1 -First 2").Succeeded().Output.Select(g => g.Properties["Id"].Value).ToList();

        Assert.True(all.Count >= 3);
        Assert.Equal(all.Skip(1).Take(2), window);
    }

    [Fact]
    public void Tab_completion_offers_group_names_ids_and_users()
    {
        using PowerShellHost host = Connected();

        var names = Complete(host, "Add-ClockifyUserGroupMember -UserId x -UserGroup Engin");
        var ids = Complete(host, "Remove-ClockifyUserGroup -Id ");
        var users = Complete(host, "Add-ClockifyUserGroupMember -UserGroupId x -User owner@");
        var userNames = Complete(host, "Add-ClockifyUserGroupMember -UserGroupId x -User Emulator");

        Assert.Contains("Engineering", names);
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{24}$", id));
        Assert.Contains(fixture.EU.UserEmail, users);
        Assert.Contains("'Emulator Owner'", userNames);
    }

    private static System.Collections.Generic.List<string> Complete(PowerShellHost host, string line) =>
        host.Run("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object CompletionText", line).Succeeded().Output.Select(o => o.ToString()).ToList();

    private static string[] UserIds(PSObject group) => ((IEnumerable)group.Properties["UserIds"].Value).Cast<object>().Select(o => o.ToString()!).ToArray();

    private long Writes() =>
        fixture.Emulator.Counters.Count("PUT", GroupPath) + fixture.Emulator.Counters.Count("DELETE", GroupPath)
        + fixture.Emulator.Counters.Count("POST", MembersPath) + fixture.Emulator.Counters.Count("DELETE", MemberPath);

    private string NewGroup(PowerShellHost host) =>
        (string)host.Run("(New-ClockifyUserGroup -Name $args[0]).Id", "group-" + Guid.NewGuid().ToString("N")[..8]).Succeeded().Single.BaseObject;

    private PowerShellHost Connected()
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        return host;
    }
}
