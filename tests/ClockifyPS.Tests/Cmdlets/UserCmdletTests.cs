using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class UserCmdletTests : IClassFixture<EmulatorFixture>
{
    private const string UsersPath = "/api/v1/workspaces/{workspaceId}/users";
    private readonly EmulatorFixture fixture;

    public UserCmdletTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void Get_lists_the_workspace_members_as_typed_objects_without_memberships()
    {
        using PowerShellHost host = Connected();

        var users = host.Run("Get-ClockifyUser").Succeeded().Output;

        Assert.Contains(users, u => (string)u.Properties["Id"].Value == fixture.EU.UserId);
        Assert.All(users, u => Assert.Equal("ClockifyPS.Models.ClockifyUser", u.BaseObject.GetType().FullName));
        Assert.All(users, u => Assert.Equal(u.Properties["Id"].Value, u.Properties["UserId"].Value));
        Assert.All(users, u => Assert.Equal(fixture.EU.WorkspaceId, u.Properties["WorkspaceId"].Value));
        Assert.All(users, u => Assert.Null(u.Properties["Memberships"].Value));
        Assert.All(users, u => Assert.Contains("@", (string)u.Properties["Email"].Value));
        PSObject owner = users.Single(u => (string)u.Properties["Id"].Value == fixture.EU.UserId);
        Assert.Equal(fixture.EU.UserEmail, owner.Properties["Email"].Value);
        Assert.Equal("ACTIVE", owner.Properties["Status"].Value);
        Assert.Equal(fixture.EU.WorkspaceId, owner.Properties["ActiveWorkspace"].Value);
        Assert.Equal(fixture.EU.WorkspaceId, owner.Properties["DefaultWorkspace"].Value);
    }

    [Fact]
    public void Time_zones_come_from_the_profile_settings_and_null_settings_give_null()
    {
        using PowerShellHost host = Connected();
        string london = fixture.EU.UserIds[1];
        string noSettings = fixture.EU.UserIds[4];

        var users = host.Run("Get-ClockifyUser -Id $args[0], $args[1]", london, noSettings).Succeeded().Output;

        Assert.Equal(2, users.Count);
        Assert.Equal(fixture.EU.UserTimeZone(london), users.Single(u => (string)u.Properties["Id"].Value == london).Properties["TimeZone"].Value);
        Assert.Equal("Europe/London", fixture.EU.UserTimeZone(london));
        Assert.Null(fixture.EU.UserTimeZone(noSettings));
        Assert.Null(users.Single(u => (string)u.Properties["Id"].Value == noSettings).Properties["TimeZone"].Value);
    }

    [Fact]
    public void Current_is_the_connections_own_user_with_its_time_zone()
    {
        using PowerShellHost host = Connected();

        PSObject me = host.Run("Get-ClockifyUser -Current").Succeeded().Single;

        Assert.Equal(fixture.EU.UserId, me.Properties["Id"].Value);
        Assert.Equal(fixture.EU.UserEmail, me.Properties["Email"].Value);
        Assert.Equal(fixture.EU.UserTimeZone(fixture.EU.UserId), me.Properties["TimeZone"].Value);
        Assert.Equal(fixture.EU.WorkspaceId, me.Properties["WorkspaceId"].Value);
        Assert.Null(me.Properties["Memberships"].Value);
    }

    [Fact]
    public void Current_user_without_profile_settings_has_no_time_zone()
    {
        string noSettings = fixture.EU.UserIds[4];
        using var host = new PowerShellHost();
        host.RunWith("Connect-Clockify -BaseUri $base -ApiKey $key", EmulatorFixture.ConnectVariables(fixture.EU, fixture.EU.ApiKeyFor(noSettings))).Succeeded();

        PSObject me = host.Run("Get-ClockifyUser -Current").Succeeded().Single;

        Assert.Equal(noSettings, me.Properties["Id"].Value);
        Assert.Null(me.Properties["TimeZone"].Value);
    }

    [Fact]
    public void IncludeMemberships_adds_typed_memberships_with_money_objects()
    {
        using PowerShellHost host = Connected();

        PSObject owner = host.Run("Get-ClockifyUser -Id $args[0] -IncludeMemberships", fixture.EU.UserId).Succeeded().Single;
        PSObject me = host.Run("Get-ClockifyUser -Current -IncludeMemberships").Succeeded().Single;

        var memberships = ((IEnumerable)owner.Properties["Memberships"].Value).Cast<object>().Select(PSObject.AsPSObject).ToList();
        Assert.NotEmpty(memberships);
        Assert.All(memberships, m => Assert.Equal("ClockifyPS.Models.ClockifyMembership", m.BaseObject.GetType().FullName));
        Assert.Contains(memberships, m => (string)m.Properties["MembershipType"].Value == "WORKSPACE" && (string)m.Properties["TargetId"].Value == fixture.EU.WorkspaceId);
        Assert.Contains(memberships, m => (string)m.Properties["MembershipType"].Value == "USERGROUP");
        var mine = ((IEnumerable)me.Properties["Memberships"].Value).Cast<object>().Select(PSObject.AsPSObject).ToList();
        Assert.Contains(mine, m => (string)m.Properties["TargetId"].Value == fixture.EU.SecondWorkspaceId);
    }

    [Fact]
    public void Email_matches_the_whole_address_though_the_api_matches_part_of_it()
    {
        using PowerShellHost host = Connected();
        string suffix = Guid.NewGuid().ToString("N")[..6];
        string email = "ann" + suffix + "@example.test";
        fixture.EU.AddUser("Ann " + suffix, email, "Europe/Berlin");
        fixture.EU.AddUser("Joann " + suffix, "jo" + email, null);

        PSObject exact = host.Run("Get-ClockifyUser -Email $args[0]", email.ToUpperInvariant()).Succeeded().Single;
        var wildcard = host.Run("Get-ClockifyUser -Email ('*' + $args[0])", email).Succeeded().Output;

        Assert.Equal(email, exact.Properties["Email"].Value);
        Assert.Equal("Europe/Berlin", exact.Properties["TimeZone"].Value);
        Assert.Equal(2, wildcard.Count);
    }

    [Fact]
    public void Name_filters_partially_and_with_wildcards_and_Status_filters()
    {
        using PowerShellHost host = Connected();

        var partial = host.Run("Get-ClockifyUser -Name 'emulator own'").Succeeded().Output;
        var wildcard = host.Run("Get-ClockifyUser -Name 'Emulator*'").Succeeded().Output;
        var active = host.Run("Get-ClockifyUser -Status ACTIVE").Succeeded().Output;
        var inactive = host.Run("Get-ClockifyUser -Status INACTIVE").Succeeded().Output;

        Assert.Equal(fixture.EU.UserId, Assert.Single(partial).Properties["Id"].Value);
        Assert.Equal(fixture.EU.UserId, Assert.Single(wildcard).Properties["Id"].Value);
        Assert.Contains(active, u => (string)u.Properties["Id"].Value == fixture.EU.UserId);
        Assert.Empty(inactive);
    }

    [Fact]
    public void ProjectId_lists_the_projects_members()
    {
        using PowerShellHost host = Connected();
        PSObject project = host.Run("Invoke-ClockifyRestMethod -Path ('/workspaces/' + $args[0] + '/projects') -Query @{ hydrated = 'true' } | Select-FirstObject 1", fixture.EU.WorkspaceId).Succeeded().Single;
        var expected = ((IEnumerable)project.Properties["memberships"].Value).Cast<object>().Select(m => (string)PSObject.AsPSObject(m).Properties["userId"].Value).OrderBy(x => x).ToList();

        var members = host.Run("Get-ClockifyUser -ProjectId $args[0]", project.Properties["id"].Value).Succeeded().Output;

        Assert.NotEmpty(expected);
        Assert.Equal(expected, members.Select(u => (string)u.Properties["Id"].Value).OrderBy(x => x).ToList());
    }

    [Fact]
    public void First_and_Skip_page_through_the_members()
    {
        using PowerShellHost host = Connected();

        var all = host.Run("Get-ClockifyUser").Succeeded().Output.Select(u => u.Properties["Id"].Value).ToList();
        var window = host.Run("Get-ClockifyUser -Skip 2 -First 2").Succeeded().Output.Select(u => u.Properties["Id"].Value).ToList();

        Assert.True(all.Count > 4);
        Assert.Equal(all.Skip(2).Take(2), window);
    }

    [Fact]
    public void PSDefaultParameterValues_picks_the_workspace()
    {
        using PowerShellHost host = Connected();

        var users = host.Run("$PSDefaultParameterValues['Get-ClockifyUser:WorkspaceId'] = $args[0]; Get-ClockifyUser", fixture.EU.SecondWorkspaceId).Succeeded().Output;

        Assert.Equal(2, users.Count);
        Assert.All(users, u => Assert.Equal(fixture.EU.SecondWorkspaceId, u.Properties["WorkspaceId"].Value));
        Assert.Contains(users, u => (string)u.Properties["Id"].Value == fixture.EU.UserId);
    }

    [Fact]
    public void Malformed_ids_and_emails_are_refused_before_any_request()
    {
        using PowerShellHost host = Connected();
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord badId = host.Run("Get-ClockifyUser -Id 'abc'").Error;
        ErrorRecord badEmail = host.Run("Get-ClockifyUser -Email 'not an email'").Error;
        ErrorRecord badProject = host.Run("Get-ClockifyUser -ProjectId 'nope'").Error;

        Assert.Equal("Clockify.GetUser.InvalidId", badId.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.GetUser.InvalidEmail", badEmail.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.InvalidArgument, badEmail.CategoryInfo.Category);
        Assert.Equal("Clockify.GetUser.InvalidProjectId", badProject.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void An_unknown_id_is_not_found_and_a_foreign_workspace_is_forbidden()
    {
        using PowerShellHost host = Connected();

        PowerShellResult mixed = host.Run("Get-ClockifyUser -Id $args[0], 'aaaaaaaaaaaaaaaaaaaaaaaa'", fixture.EU.UserId);
        ErrorRecord forbidden = host.Run("Get-ClockifyUser -WorkspaceId $args[0]", fixture.EU.ForeignWorkspaceId).Error;

        Assert.Equal(fixture.EU.UserId, Assert.Single(mixed.Output).Properties["Id"].Value);
        Assert.Equal("Clockify.GetUser.NotFound", mixed.Error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.ObjectNotFound, mixed.Error.CategoryInfo.Category);
        Assert.Equal("Clockify.GetUser.Forbidden", forbidden.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.PermissionDenied, forbidden.CategoryInfo.Category);
    }

    [Fact]
    public void Looking_up_ids_reads_the_member_list_once()
    {
        using PowerShellHost host = Connected();
        long before = fixture.Emulator.Counters.Count("GET", UsersPath);

        var users = host.Run("Get-ClockifyUser -Id $args[0], $args[1], $args[2]", fixture.EU.UserIds[0], fixture.EU.UserIds[1], fixture.EU.UserIds[2]).Succeeded().Output;

        Assert.Equal(3, users.Count);
        Assert.Equal(before + 1, fixture.Emulator.Counters.Count("GET", UsersPath));
    }

    [Theory]
    [InlineData("ClockifyPS.Models.ClockifyWorkspace")]
    [InlineData("ClockifyPS.Models.ClockifyUser")]
    [InlineData("ClockifyPS.Models.ClockifyUserGroup")]
    public void Each_output_type_has_a_table_view_over_its_real_properties(string typeName)
    {
        using PowerShellHost host = Connected();
        var format = System.Xml.Linq.XDocument.Load(System.IO.Path.Combine(PowerShellHost.ModuleDirectory, "ClockifyPS.Format.ps1xml"));
        var type = (Type)host.Run("[type]$args[0]", typeName).Succeeded().Single.BaseObject;

        var view = Assert.Single(format.Descendants("View"), v => v.Element("ViewSelectedBy")?.Element("TypeName")?.Value == typeName);
        var properties = view.Descendants("PropertyName").Select(p => p.Value).ToList();

        Assert.NotNull(view.Element("TableControl"));
        Assert.Contains("Name", properties);
        Assert.Contains("Id", properties);
        Assert.All(properties, p => Assert.NotNull(type.GetProperty(p)));
        Assert.Equal(view.Descendants("TableColumnHeader").Count(), view.Descendants("TableColumnItem").Count());
    }

    [Fact]
    public void Tab_completion_offers_user_names_and_emails()
    {
        using PowerShellHost host = Connected();

        var names = host.Run("$line = 'Get-ClockifyUser -Name Emulator'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText").Succeeded().Output.Select(o => o.ToString()).ToList();
        var emails = host.Run("$line = 'Get-ClockifyUser -Email owner@'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText").Succeeded().Output.Select(o => o.ToString()).ToList();
        var ids = host.Run("$line = 'Get-ClockifyUser -Id '; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText").Succeeded().Output.Select(o => o.ToString()).ToList();

        Assert.Contains("'Emulator Owner'", names);
        Assert.Contains(fixture.EU.UserEmail, emails);
        Assert.Contains(fixture.EU.UserId, ids);
    }

    private PowerShellHost Connected()
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        return host;
    }
}
