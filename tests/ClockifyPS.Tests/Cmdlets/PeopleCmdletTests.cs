using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

/// <summary>Members, rates, roles, managers and member profiles against the emulator.</summary>
public class PeopleCmdletTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public PeopleCmdletTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void Set_user_deactivates_a_piped_member_and_the_status_filter_finds_it()
    {
        using PowerShellHost host = Connected();
        string email = NewMember(out string id);

        PSObject membership = host.Run("Get-ClockifyUser -Email $args[0] | Set-ClockifyUser -Status INACTIVE -PassThru", email).Succeeded().Single;
        var inactive = host.Run("Get-ClockifyUser -Status INACTIVE").Succeeded().Output;

        Assert.Equal("ClockifyPS.Models.ClockifyMembership", membership.BaseObject.GetType().FullName);
        Assert.Equal("INACTIVE", membership.Properties["MembershipStatus"].Value);
        Assert.Equal(id, membership.Properties["UserId"].Value);
        Assert.Contains(inactive, u => (string)u.Properties["Id"].Value == id);
        host.Run("Set-ClockifyUser -User $args[0] -Status ACTIVE", id).Succeeded();
        Assert.DoesNotContain(host.Run("Get-ClockifyUser -Status INACTIVE").Succeeded().Output, u => (string)u.Properties["Id"].Value == id);
    }

    [Fact]
    public void Set_user_writes_a_custom_field_value_that_the_profile_shows()
    {
        using PowerShellHost host = Connected();
        NewMember(out string id);
        string field = (string)host.Run("(Invoke-ClockifyRestMethod -Path ('/workspaces/' + $args[0] + '/custom-fields'))[0].id", fixture.EU.WorkspaceId).Succeeded().Single.BaseObject;

        PSObject value = host.Run("Set-ClockifyUser -User $args[0] -CustomFieldId $args[1] -CustomFieldValue 'T-42' -PassThru", id, field).Succeeded().Single;
        PSObject profile = host.Run("Get-ClockifyMemberProfile -User $args[0]", id).Succeeded().Single;

        Assert.Equal("ClockifyPS.Models.ClockifyUserCustomFieldValue", value.BaseObject.GetType().FullName);
        Assert.Equal("T-42", value.Properties["Value"].Value);
        var fields = (System.Collections.IEnumerable)profile.Properties["CustomFields"].Value;
        Assert.Contains(fields.Cast<object>(), f => PSObject.AsPSObject(f).Properties["CustomFieldId"].Value.Equals(field) && "T-42".Equals(PSObject.AsPSObject(f).Properties["Value"].Value));
    }

    [Fact]
    public void Add_invites_piped_addresses_and_Remove_takes_a_piped_member_out()
    {
        using PowerShellHost host = Connected();
        string a = "invite-" + Guid.NewGuid().ToString("N")[..8] + "@people.test";
        string b = "invite-" + Guid.NewGuid().ToString("N")[..8] + "@people.test";

        var added = host.Run("$args | Add-ClockifyUser -NoEmail", a, b).Succeeded().Output;
        host.Run("Get-ClockifyUser -Email $args[0] | Remove-ClockifyUser -Confirm:$false", a).Succeeded();
        var left = host.Run("Get-ClockifyUser -Email $args[0]", a).Succeeded().Output;

        Assert.Equal(new[] { a, b }, added.Select(u => (string)u.Properties["Email"].Value));
        Assert.All(added, u => Assert.Equal("ClockifyPS.Models.ClockifyUser", u.BaseObject.GetType().FullName));
        Assert.Empty(left);
        Assert.Equal(1, fixture.Emulator.Counters.Count("DELETE", "/api/v1/workspaces/{workspaceId}/users/{userId}"));
    }

    [Fact]
    public void An_invitation_whose_answer_is_lost_after_the_server_acted_is_found_not_repeated()
    {
        using PowerShellHost host = Connected();
        string email = "lost-" + Guid.NewGuid().ToString("N")[..8] + "@people.test";
        fixture.Emulator.Faults.FaultsAfterProcessing = true;
        fixture.Emulator.Faults.FailNext(1, 502);

        PowerShellResult result = host.Run("Add-ClockifyUser -Email $args[0] -NoEmail", email).Succeeded();
        fixture.Emulator.Faults.FaultsAfterProcessing = false;
        fixture.Emulator.Faults.FailNext(1, 500);
        PowerShellResult failed = host.Run("Add-ClockifyUser -Email $args[0] -NoEmail", "never-" + email);

        Assert.Equal(email, result.Single.Properties["Email"].Value);
        Assert.Contains(result.Warnings, w => w.Contains("was not sent again", StringComparison.Ordinal));
        Assert.Equal(2, fixture.Emulator.Counters.Count("POST", "/api/v1/workspaces/{workspaceId}/users"));
        Assert.Equal("Clockify.AddUser.InternalServerError", failed.Error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Empty(failed.Output);
    }

    [Fact]
    public void User_rates_go_out_in_cents_and_come_back_in_major_units()
    {
        using PowerShellHost host = Connected();
        string email = NewMember(out string id);

        PSObject membership = host.Run("Get-ClockifyUser -Email $args[0] | Set-ClockifyUserRate -HourlyRate 12.5 -CostRate 7.25 -Since '2026-01-01T00:00:00Z' -PassThru", email).Succeeded().Single;
        PSObject reread = host.Run("(Get-ClockifyUser -Id $args[0] -IncludeMemberships).Memberships | Where-Object MembershipType -eq WORKSPACE", id).Succeeded().Single;

        Assert.Equal(12.5m, PSObject.AsPSObject(membership.Properties["HourlyRate"].Value).Properties["Amount"].Value);
        Assert.Equal(7.25m, PSObject.AsPSObject(membership.Properties["CostRate"].Value).Properties["Amount"].Value);
        Assert.Equal(12.5m, PSObject.AsPSObject(reread.Properties["HourlyRate"].Value).Properties["Amount"].Value);
    }

    [Fact]
    public void Workspace_rates_keep_the_currency_given()
    {
        using PowerShellHost host = Connected();

        PSObject workspace = host.Run("Set-ClockifyWorkspaceRate -HourlyRate 55.5 -Currency EUR -CostRate 30 -PassThru").Succeeded().Single;

        Assert.Equal("ClockifyPS.Models.ClockifyWorkspace", workspace.BaseObject.GetType().FullName);
        PSObject hourly = PSObject.AsPSObject(workspace.Properties["HourlyRate"].Value);
        Assert.Equal(55.5m, hourly.Properties["Amount"].Value);
        Assert.Equal("EUR", hourly.Properties["Currency"].Value);
        Assert.Equal(30m, PSObject.AsPSObject(workspace.Properties["CostRate"].Value).Properties["Amount"].Value);
    }

    [Fact]
    public void A_team_manager_role_shows_in_the_managers_until_it_is_taken_away()
    {
        using PowerShellHost host = Connected();
        NewMember(out string member);
        string managerEmail = NewMember(out string manager);

        PSObject role = host.Run("Add-ClockifyUserRole -User $args[0] -Role TEAM_MANAGER -EntityId $args[1] -PassThru", managerEmail, member).Succeeded().Single;
        var managers = host.Run("Get-ClockifyUserManager -User $args[0]", member).Succeeded().Output;
        host.Run("Get-ClockifyUser -Email $args[0] | Remove-ClockifyUserRole -Role TEAM_MANAGER -EntityId $args[1] -Confirm:$false", managerEmail, member).Succeeded();
        var after = host.Run("Get-ClockifyUserManager -User $args[0]", member).Succeeded().Output;

        Assert.Equal("ClockifyPS.Models.ClockifyUserRole", role.BaseObject.GetType().FullName);
        Assert.Equal("TEAM_MANAGER", role.Properties["Role"].Value);
        Assert.Equal(member, role.Properties["EntityId"].Value);
        Assert.Equal(manager, Assert.Single(managers).Properties["Id"].Value);
        Assert.Empty(after);
    }

    [Fact]
    public void Member_profile_reads_and_changes_capacity_days_and_week_start()
    {
        using PowerShellHost host = Connected();
        string email = NewMember(out _);

        PSObject before = host.Run("Get-ClockifyUser -Email $args[0] | Get-ClockifyMemberProfile", email).Succeeded().Single;
        PSObject after = host.Run("Get-ClockifyUser -Email $args[0] | Set-ClockifyMemberProfile -WorkCapacity 7:30 -WorkingDays Monday,Tuesday,Thursday -WeekStart Sunday -PassThru", email).Succeeded().Single;

        Assert.Equal("ClockifyPS.Models.ClockifyMemberProfile", before.BaseObject.GetType().FullName);
        Assert.Equal(TimeSpan.FromHours(8), before.Properties["WorkCapacity"].Value);
        Assert.Equal(5, ((IReadOnlyList<DayOfWeek>)before.Properties["WorkingDays"].Value).Count);
        Assert.Equal(new TimeSpan(7, 30, 0), after.Properties["WorkCapacity"].Value);
        Assert.Equal(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday }, (IReadOnlyList<DayOfWeek>)after.Properties["WorkingDays"].Value);
        Assert.Equal(DayOfWeek.Sunday, after.Properties["WeekStart"].Value);
    }

    [Fact]
    public void The_seeded_admin_manages_the_second_member_and_has_rates()
    {
        using PowerShellHost host = Connected();
        string admin = fixture.EU.UserIds[1];
        string member = fixture.EU.UserIds[2];

        PSObject manager = host.Run("Get-ClockifyUser -Id $args[0] | Get-ClockifyUserManager", member).Succeeded().Single;
        PSObject profile = host.Run("Get-ClockifyMemberProfile -User $args[0]", member).Succeeded().Single;
        PSObject rates = host.Run("(Get-ClockifyUser -Id $args[0] -IncludeMemberships).Memberships | Where-Object MembershipType -eq WORKSPACE", admin).Succeeded().Single;

        Assert.Equal(admin, manager.Properties["Id"].Value);
        Assert.Equal(TimeSpan.FromHours(9), profile.Properties["WorkCapacity"].Value);
        Assert.Equal(4, ((IReadOnlyList<DayOfWeek>)profile.Properties["WorkingDays"].Value).Count);
        Assert.Equal(75m, PSObject.AsPSObject(rates.Properties["HourlyRate"].Value).Properties["Amount"].Value);
        Assert.Equal(40m, PSObject.AsPSObject(rates.Properties["CostRate"].Value).Properties["Amount"].Value);
    }

    [Fact]
    public void Profiles_memberships_and_workspaces_bind_by_property_name()
    {
        using PowerShellHost host = Connected();
        string member = fixture.EU.UserIds[2];

        PSObject viaProfile = host.Run("Get-ClockifyMemberProfile -User $args[0] | Get-ClockifyUserManager", member).Succeeded().Single;
        PSObject viaMembership = host.Run("(Get-ClockifyUser -Id $args[0] -IncludeMemberships).Memberships | Where-Object MembershipType -eq WORKSPACE | Get-ClockifyMemberProfile", member).Succeeded().Single;
        var viaWorkspace = host.Run("Get-ClockifyWorkspace -Id $args[0] | Get-ClockifyEntityChange -Since '2020-01-01T00:00:00Z' -Type Deleted", fixture.EU.SecondWorkspaceId).Succeeded().Output;

        Assert.Equal(fixture.EU.UserIds[1], viaProfile.Properties["Id"].Value);
        Assert.Equal(member, viaMembership.Properties["UserId"].Value);
        Assert.Empty(viaWorkspace);
        Assert.Equal(1, fixture.Emulator.Counters.Count("GET", "/api/v1/workspaces/{workspaceId}/entities/deleted"));
    }

    [Fact]
    public void Tab_completion_offers_users_role_targets_by_role_and_custom_fields()
    {
        using PowerShellHost host = Connected();
        string Complete(string line) => string.Join("|", host.Run("$line = $args[0]; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText", line).Succeeded().Output.Select(o => o.ToString()));

        string users = Complete("Set-ClockifyUserRate -User Emulator");
        string projects = Complete("Add-ClockifyUserRole -User x -Role PROJECT_MANAGER -EntityId ");
        string groups = Complete("Add-ClockifyUserRole -User x -Role TEAM_MANAGER -UserGroup -EntityId ");
        string fields = Complete("Set-ClockifyUser -User x -CustomFieldId ");

        Assert.Contains("'Emulator Owner'", users, StringComparison.Ordinal);
        Assert.StartsWith("64", projects, StringComparison.Ordinal);
        Assert.StartsWith("67", groups, StringComparison.Ordinal);
        Assert.StartsWith("69", fields, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Set-ClockifyUserRate -User $args[0] -HourlyRate 1.005", "Clockify.SetUserRate.InvalidRate")]
    [InlineData("Set-ClockifyUserRate -User $args[0] -CostRate -1", "Clockify.SetUserRate.InvalidRate")]
    [InlineData("Set-ClockifyUserRate -User $args[0]", "Clockify.SetUserRate.NothingToChange")]
    [InlineData("Set-ClockifyWorkspaceRate -HourlyRate 99999999.99", "Clockify.SetWorkspaceRate.InvalidRate")]
    [InlineData("Set-ClockifyUser -User $args[0]", "Clockify.SetUser.NothingToChange")]
    [InlineData("Set-ClockifyUser -User 'not an@email' -Status ACTIVE", "Clockify.SetUser.InvalidUser")]
    [InlineData("Add-ClockifyUser -Email 'nobody'", "Clockify.AddUser.InvalidEmail")]
    [InlineData("Add-ClockifyUserRole -User $args[0] -Role TEAM_MANAGER", "Clockify.AddUserRole.MissingEntityId")]
    [InlineData("Add-ClockifyUserRole -User $args[0] -Role PROJECT_MANAGER -EntityId 'p1'", "Clockify.AddUserRole.InvalidEntityId")]
    [InlineData("Set-ClockifyMemberProfile -User $args[0] -WorkCapacity 1.01:00:00", "Clockify.SetMemberProfile.InvalidWorkCapacity")]
    [InlineData("Set-ClockifyMemberProfile -User $args[0]", "Clockify.SetMemberProfile.NothingToChange")]
    [InlineData("Get-ClockifyMemberProfile -User 'x1'", "Clockify.GetMemberProfile.UserNotFound")]
    public void Bad_input_is_refused_before_any_request(string script, string errorId)
    {
        using PowerShellHost host = Connected();
        long requests = fixture.Emulator.Counters.TotalRequests;

        PowerShellResult result = host.Run(script, fixture.EU.UserId);

        Assert.Equal(errorId, result.Error.FullyQualifiedErrorId.Split(',')[0]);
        if (!errorId.EndsWith(".UserNotFound", StringComparison.Ordinal))
        {
            Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
        }
    }

    [Fact]
    public void WhatIf_changes_nothing()
    {
        using PowerShellHost host = Connected();
        NewMember(out string id);
        long requests = fixture.Emulator.Counters.TotalRequests;

        host.Run(
            "Set-ClockifyUser -User $args[0] -Status INACTIVE -WhatIf; Remove-ClockifyUser -User $args[0] -WhatIf; Set-ClockifyUserRate -User $args[0] -HourlyRate 10 -WhatIf; " +
            "Set-ClockifyWorkspaceRate -HourlyRate 10 -Currency USD -CostRate 5 -WhatIf; Add-ClockifyUserRole -User $args[0] -Role WORKSPACE_ADMIN -WhatIf; " +
            "Remove-ClockifyUserRole -User $args[0] -Role WORKSPACE_ADMIN -WhatIf; Set-ClockifyMemberProfile -User $args[0] -WeekStart Friday -WhatIf; Add-ClockifyUser -Email whatif@people.test -WhatIf",
            id).Succeeded();

        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void Clockify_answers_become_specific_error_ids()
    {
        using PowerShellHost host = Connected();
        string stranger = fixture.Emulator.Region("UK").UserId;

        ErrorRecord owner = host.Run("Remove-ClockifyUser -User $args[0] -Confirm:$false", fixture.EU.UserId).Error;
        ErrorRecord missing = host.Run("Get-ClockifyMemberProfile -User $args[0]", stranger).Error;
        ErrorRecord noRole = host.Run("Remove-ClockifyUserRole -User $args[0] -Role WORKSPACE_ADMIN -Confirm:$false", fixture.EU.UserId).Error;

        Assert.Equal("Clockify.RemoveUser.BadRequest", owner.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.GetMemberProfile.NotFound", missing.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
        Assert.Equal("Clockify.RemoveUserRole.NotFound", noRole.FullyQualifiedErrorId.Split(',')[0]);
    }

    private string NewMember(out string id)
    {
        string email = "member-" + Guid.NewGuid().ToString("N")[..8] + "@people.test";
        id = fixture.EU.AddUser("Member " + email[7..15], email, null);
        return email;
    }

    private PowerShellHost Connected()
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        return host;
    }
}
