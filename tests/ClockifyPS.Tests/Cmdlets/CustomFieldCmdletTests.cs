using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class CustomFieldCmdletTests : ConnectedCmdletTests
{
    private const string FieldRoute = "/api/v1/workspaces/{workspaceId}/custom-fields/{customFieldId}";
    private const string ProjectFieldRoute = "/api/v1/workspaces/{workspaceId}/projects/{projectId}/custom-fields/{customFieldId}";
    public CustomFieldCmdletTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Get_lists_every_field_typed_with_defaults_and_choices()
    {
        using PowerShellHost host = Connected();

        var fields = host.Run("Get-ClockifyCustomField").Succeeded().Output;
        PSObject location = host.Run("Get-ClockifyCustomField -Name Loc*").Succeeded().Single;
        PSObject inactive = host.Run("Get-ClockifyCustomField -Status Inactive").Succeeded().Single;

        Assert.True(fields.Count >= 3);
        Assert.All(fields, f => Assert.Equal("ClockifyPS.Models.ClockifyCustomField", f.BaseObject.GetType().FullName));
        Assert.All(fields, f => Assert.Equal(Fixture.EU.WorkspaceId, f.Properties["WorkspaceId"].Value));
        Assert.Equal("DROPDOWN_SINGLE", location.Properties["Type"].Value);
        Assert.Equal("Office", location.Properties["DefaultValue"].Value);
        Assert.Equal(new[] { "Office", "Home", "Client site" }, ((System.Collections.Generic.IReadOnlyList<string>)location.Properties["AllowedValues"].Value).ToArray());
        Assert.Equal("Mileage", inactive.Properties["Name"].Value);
    }

    [Fact]
    public void New_Set_Remove_round_trip_through_the_pipeline()
    {
        using PowerShellHost host = Connected();
        string name = "Phase " + Guid.NewGuid().ToString("N")[..6];

        PSObject created = host.Run("New-ClockifyCustomField -Name $args[0] -Type DROPDOWN_MULTIPLE -AllowedValue Plan, Build, Ship -DefaultValue Plan, Ship -Required", name).Succeeded().Single;
        PSObject changed = host.Run("Get-ClockifyCustomField -Name $args[0] -Exact | Set-ClockifyCustomField -Name ($args[0] + ' 2') -Description 'Where it stands' -Status Invisible -PassThru", name).Succeeded().Single;
        host.Run("Get-ClockifyCustomField -Id $args[0] | Remove-ClockifyCustomField -Confirm:$false", created.Properties["Id"].Value).Succeeded();
        ErrorRecord gone = host.Run("Get-ClockifyCustomField -Id $args[0]", created.Properties["Id"].Value).Error;

        Assert.Equal(new object[] { "Plan", "Ship" }, (object[])created.Properties["DefaultValue"].Value);
        Assert.True((bool)created.Properties["Required"].Value);
        Assert.Equal(name + " 2", changed.Properties["Name"].Value);
        Assert.Equal("INVISIBLE", changed.Properties["Status"].Value);
        Assert.Equal("Where it stands", changed.Properties["Description"].Value);
        Assert.True((bool)changed.Properties["Required"].Value);
        Assert.Equal(new object[] { "Plan", "Ship" }, (object[])changed.Properties["DefaultValue"].Value);
        Assert.Equal("Clockify.GetCustomField.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(1, Fixture.Emulator.Counters.DeletedEntities("customField"));
    }

    [Fact]
    public void A_project_default_is_set_listed_and_removed_by_project_name()
    {
        using PowerShellHost host = Connected();
        PSObject project = host.Run("Get-ClockifyProject -First 1").Succeeded().Single;
        string projectId = (string)project.Properties["Id"].Value;
        string projectName = (string)project.Properties["Name"].Value;

        PSObject set = host.Run("Get-ClockifyCustomField -Name Location -Exact | Set-ClockifyCustomField -Project $args[0] -DefaultValue Home -Status Invisible -PassThru", projectName).Succeeded().Single;
        PSObject listed = host.Run("Get-ClockifyProject -Id $args[0] | Get-ClockifyCustomField -Name Location -Exact", projectId).Succeeded().Single;
        host.Run("Get-ClockifyCustomField -Name Location -Exact | Remove-ClockifyCustomField -Project $args[0] -Confirm:$false", projectId).Succeeded();
        PSObject after = host.Run("Get-ClockifyCustomField -Project $args[0] -Name Location -Exact", projectName).Succeeded().Single;

        PSObject projectDefault = PSObject.AsPSObject(Assert.Single(((System.Collections.IEnumerable)set.Properties["ProjectDefaults"].Value).Cast<object>(), d => (string)PSObject.AsPSObject(d).Properties["ProjectId"].Value == projectId));
        Assert.Equal("Home", projectDefault.Properties["Value"].Value);
        Assert.Equal("INVISIBLE", projectDefault.Properties["Status"].Value);
        Assert.Equal("Office", set.Properties["DefaultValue"].Value);
        Assert.NotEmpty((System.Collections.IEnumerable)listed.Properties["ProjectDefaults"].Value);
        Assert.Empty((System.Collections.IEnumerable)after.Properties["ProjectDefaults"].Value);
        Assert.Equal(1, Fixture.Emulator.Counters.Count("PATCH", ProjectFieldRoute));
        Assert.Equal(1, Fixture.Emulator.Counters.Count("DELETE", ProjectFieldRoute));
    }

    [Fact]
    public void A_create_whose_answer_is_lost_after_the_server_acted_is_found_by_name_not_repeated()
    {
        using PowerShellHost host = Connected();
        Fixture.Emulator.Faults.FaultsAfterProcessing = true;
        Fixture.Emulator.Faults.FailNext(1, 502);

        PowerShellResult lost = host.Run("New-ClockifyCustomField -Name 'Lost answer' -Type TXT").Succeeded();
        Fixture.Emulator.Faults.FaultsAfterProcessing = false;
        Fixture.Emulator.Faults.FailNext(1, 500);
        PowerShellResult failed = host.Run("New-ClockifyCustomField -Name 'Never made' -Type TXT");

        Assert.Equal("Lost answer", lost.Single.Properties["Name"].Value);
        Assert.Contains(lost.Warnings, w => w.Contains("was not sent again", StringComparison.Ordinal));
        Assert.Equal("Clockify.NewCustomField.InternalServerError", failed.Error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(1, Fixture.Emulator.Counters.CreatedEntities("customField"));
        Assert.Equal(2, Fixture.Emulator.Counters.Count("POST", "/api/v1/workspaces/{workspaceId}/custom-fields"));
    }

    [Fact]
    public void WhatIf_creates_changes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(Get-ClockifyCustomField -Name Ticket -Exact).Id").Succeeded().Single.BaseObject;

        host.Run(
            "New-ClockifyCustomField -Name Nope -Type TXT -WhatIf; Set-ClockifyCustomField -Id $args[0] -Name Nope -WhatIf; "
            + "Set-ClockifyCustomField -Id $args[0] -Project (Get-ClockifyProject -First 1).Id -DefaultValue x -WhatIf; Remove-ClockifyCustomField -Id $args[0] -WhatIf",
            id).Succeeded();

        Assert.Equal(0, Fixture.Emulator.Counters.CreatedEntities("customField"));
        Assert.Equal(0, Fixture.Emulator.Counters.Count("PUT", FieldRoute) + Fixture.Emulator.Counters.Count("DELETE", FieldRoute) + Fixture.Emulator.Counters.Count("PATCH", ProjectFieldRoute));
        Assert.Equal("Ticket", host.Run("Get-ClockifyCustomField -Id $args[0]", id).Succeeded().Single.Properties["Name"].Value);
    }

    [Theory]
    [InlineData("New-ClockifyCustomField -Name Hours -Type NUMBER -DefaultValue lots", "Clockify.NewCustomField.InvalidDefaultValue")]
    [InlineData("New-ClockifyCustomField -Name Done -Type CHECKBOX -DefaultValue yes", "Clockify.NewCustomField.InvalidDefaultValue")]
    [InlineData("New-ClockifyCustomField -Name Size -Type DROPDOWN_SINGLE -AllowedValue S, M -DefaultValue XL", "Clockify.NewCustomField.InvalidDefaultValue")]
    [InlineData("New-ClockifyCustomField -Name Size -Type DROPDOWN_SINGLE", "Clockify.NewCustomField.AllowedValueRequired")]
    [InlineData("New-ClockifyCustomField -Name Note -Type TXT -AllowedValue a", "Clockify.NewCustomField.AllowedValueNeedsDropdown")]
    [InlineData("New-ClockifyCustomField -Name Note -Type TEXT", "ParameterArgumentValidationError")]
    [InlineData("Set-ClockifyCustomField -Id nope -Name Better", "Clockify.SetCustomField.InvalidId")]
    [InlineData("Set-ClockifyCustomField -Id 690100000000000000000000 -Project Apollo -Description x", "Clockify.SetCustomField.NotForProject")]
    [InlineData("Set-ClockifyCustomField -Id 690100000000000000000000 -Project Apollo", "Clockify.SetCustomField.NothingToSet")]
    [InlineData("Remove-ClockifyCustomField -Id nope -Confirm:$false", "Clockify.RemoveCustomField.InvalidId")]
    [InlineData("Get-ClockifyCustomField -Id nope", "Clockify.GetCustomField.InvalidId")]
    public void Bad_input_is_refused_before_any_request(string script, string errorId) => AssertRefusedBeforeAnyRequest(script, errorId);

    [Fact]
    public void A_duplicate_name_is_Clockifys_bad_request_and_a_foreign_workspace_is_forbidden()
    {
        using PowerShellHost host = Connected();

        ErrorRecord duplicate = host.Run("New-ClockifyCustomField -Name Ticket -Type TXT").Error;
        ErrorRecord forbidden = host.Run("Get-ClockifyCustomField -WorkspaceId $args[0]", Fixture.EU.ForeignWorkspaceId).Error;

        Assert.Equal("Clockify.NewCustomField.BadRequest", duplicate.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.InvalidArgument, duplicate.CategoryInfo.Category);
        Assert.Equal("Clockify.GetCustomField.Forbidden", forbidden.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void Tab_completion_offers_field_names()
    {
        using PowerShellHost host = Connected();

        var completions = host.Run("$line = 'Get-ClockifyCustomField -Name Mil'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText").Succeeded().Output.Select(o => o.ToString()).ToList();

        Assert.Contains("Mileage", completions);
    }
}
