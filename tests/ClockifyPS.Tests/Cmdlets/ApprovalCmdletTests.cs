using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class ApprovalCmdletTests : ConnectedCmdletTests
{
    private const string Patch = "/api/v1/workspaces/{workspaceId}/approval-requests/{approvalRequestId}";

    public ApprovalCmdletTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Get_lists_typed_requests_filtered_by_status_with_durations()
    {
        using PowerShellHost host = Connected();

        var all = host.Run("Get-ClockifyApprovalRequest").Succeeded().Output;
        var approved = host.Run("Get-ClockifyApprovalRequest -Status APPROVED").Succeeded().Output;

        Assert.True(all.Count >= 4);
        Assert.All(all, a => Assert.Equal("ClockifyPS.Models.ClockifyApprovalRequest", a.BaseObject.GetType().FullName));
        Assert.NotEmpty(approved);
        Assert.All(approved, a => Assert.Equal("APPROVED", a.Properties["Status"].Value));
        PSObject first = approved[0];
        Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)first.Properties["Start"].Value).Offset);
        Assert.IsType<TimeSpan>(first.Properties["TrackedTime"].Value);
        Assert.Equal(first.Properties["TrackedTime"].Value, first.Properties["ApprovedTime"].Value);
        Assert.Equal(first.Properties["Id"].Value, first.Properties["ApprovalRequestId"].Value);
    }

    [Fact]
    public void Sorting_paging_and_the_user_filter_apply()
    {
        using PowerShellHost host = Connected();

        var byStart = host.Run("Get-ClockifyApprovalRequest -SortBy START -Descending").Succeeded().Output.Select(a => (DateTimeOffset)a.Properties["Start"].Value).ToList();
        var window = host.Run("Get-ClockifyApprovalRequest -SortBy START -Descending -Skip 1 -First 2").Succeeded().Output.Select(a => (DateTimeOffset)a.Properties["Start"].Value).ToList();
        string user = Fixture.EU.UserIds[2];
        var mine = host.Run("Get-ClockifyApprovalRequest -UserId $args[0]", user).Succeeded().Output;

        Assert.Equal(byStart.OrderByDescending(s => s), byStart);
        Assert.Equal(byStart.Skip(1).Take(2), window);
        Assert.NotEmpty(mine);
        Assert.All(mine, a => Assert.Equal(user, a.Properties["UserId"].Value));
    }

    [Fact]
    public void Submit_for_a_user_then_approve_and_withdraw_the_approval_through_the_pipeline()
    {
        using PowerShellHost host = Connected();
        string user = Fixture.EU.UserIds[4];

        PSObject submitted = host.Run("Submit-ClockifyApproval -Date '2025-06-11' -TimeZone UTC -UserId $args[0]", user).Succeeded().Single;
        PSObject approved = host.Run("Get-ClockifyApprovalRequest -Status PENDING -UserId $args[0] | Approve-ClockifyApprovalRequest -Note 'Looks good' -PassThru", user).Succeeded().Single;
        PSObject withdrawn = host.Run("Get-ClockifyApprovalRequest -Status APPROVED -UserId $args[0] | Undo-ClockifyApproval -PassThru", user).Succeeded().Single;

        Assert.Equal("PENDING", submitted.Properties["Status"].Value);
        Assert.Equal(user, submitted.Properties["UserId"].Value);
        Assert.Equal(Fixture.EU.UserId, submitted.Properties["SubmittedById"].Value);
        Assert.Equal(DayOfWeek.Monday, ((DateTimeOffset)submitted.Properties["Start"].Value).DayOfWeek);
        Assert.Equal(submitted.Properties["Id"].Value, approved.Properties["Id"].Value);
        Assert.Equal("APPROVED", approved.Properties["Status"].Value);
        Assert.Equal("Looks good", approved.Properties["Note"].Value);
        Assert.Equal("WITHDRAWN_APPROVAL", withdrawn.Properties["Status"].Value);
    }

    [Fact]
    public void Submitting_a_period_twice_is_a_bad_request_and_a_pending_one_is_withdrawn_by_id()
    {
        using PowerShellHost host = Connected();

        PSObject mine = host.Run("Submit-ClockifyApproval -Date '2025-03-05 12:00' -TimeZone Europe/Berlin").Succeeded().Single;
        ErrorRecord twice = host.Run("Submit-ClockifyApproval -Date '2025-03-06 12:00' -TimeZone Europe/Berlin").Error;
        PSObject withdrawn = host.Run("Undo-ClockifyApproval -Id $args[0] -PassThru", mine.Properties["Id"].Value).Succeeded().Single;

        Assert.Equal(Fixture.EU.UserId, mine.Properties["UserId"].Value);
        Assert.Equal("Clockify.SubmitApproval.BadRequest", twice.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(ErrorCategory.InvalidArgument, twice.CategoryInfo.Category);
        Assert.Equal("WITHDRAWN_SUBMISSION", withdrawn.Properties["Status"].Value);
    }

    [Fact]
    public void Deny_rejects_with_a_note_and_a_second_decision_is_refused_by_Clockify()
    {
        using PowerShellHost host = Connected();
        string user = Fixture.EU.UserIds[3];
        string id = (string)host.Run("(Submit-ClockifyApproval -Date '2025-08-20Z' -UserId $args[0]).ApprovalRequestId", user).Succeeded().Single.BaseObject;

        PSObject denied = host.Run("Deny-ClockifyApprovalRequest -Id $args[0] -Note 'Tuesday is missing' -PassThru", id).Succeeded().Single;
        ErrorRecord again = host.Run("Approve-ClockifyApprovalRequest -Id $args[0]", id).Error;
        ErrorRecord notWithdrawable = host.Run("Get-ClockifyApprovalRequest -UserId $args[0] | Where-Object Id -EQ $args[1] | Undo-ClockifyApproval", user, id).Error;

        Assert.Equal("REJECTED", denied.Properties["Status"].Value);
        Assert.Equal("Tuesday is missing", denied.Properties["Note"].Value);
        Assert.Equal("Clockify.ApproveApprovalRequest.BadRequest", again.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.UndoApproval.NotWithdrawable", notWithdrawable.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void Resubmit_and_a_period_that_does_not_match_the_workspace_setting()
    {
        using PowerShellHost host = Connected();
        string user = Fixture.EU.UserIds[2];
        host.Run("Submit-ClockifyApproval -Date '2025-09-10Z' -UserId $args[0]", user).Succeeded();

        PSObject again = host.Run("Submit-ClockifyApproval -Date '2025-09-12Z' -UserId $args[0] -Resubmit", user).Succeeded().Single;
        ErrorRecord monthly = host.Run("Submit-ClockifyApproval -Date '2025-09-10Z' -Period Monthly").Error;

        Assert.Equal("PENDING", again.Properties["Status"].Value);
        Assert.Equal("Clockify.SubmitApproval.BadRequest", monthly.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(1L, Fixture.Emulator.Counters.Count("POST", "/api/v1/workspaces/{workspaceId}/approval-requests/users/{userId}/resubmit-entries-for-approval"));
    }

    [Fact]
    public void WhatIf_submits_and_changes_nothing()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(Get-ClockifyApprovalRequest -Status PENDING -First 1).Id").Succeeded().Single.BaseObject;
        long created = Fixture.Emulator.Counters.CreatedEntities("approval-request");

        host.Run(
            "Submit-ClockifyApproval -Date '2024-02-01Z' -WhatIf; Approve-ClockifyApprovalRequest -Id $args[0] -WhatIf; Deny-ClockifyApprovalRequest -Id $args[0] -WhatIf; Undo-ClockifyApproval -Id $args[0] -Status PENDING -WhatIf",
            id).Succeeded();

        Assert.Equal(created, Fixture.Emulator.Counters.CreatedEntities("approval-request"));
        Assert.Equal(0L, Fixture.Emulator.Counters.Count("PATCH", Patch));
        Assert.Equal("PENDING", host.Run("(Get-ClockifyApprovalRequest -Status PENDING | Where-Object Id -EQ $args[0]).Status", id).Succeeded().Single.BaseObject);
    }

    [Theory]
    [InlineData("Approve-ClockifyApprovalRequest -Id nope", "Clockify.ApproveApprovalRequest.InvalidId")]
    [InlineData("Deny-ClockifyApprovalRequest -Id nope", "Clockify.DenyApprovalRequest.InvalidId")]
    [InlineData("Undo-ClockifyApproval -Id nope", "Clockify.UndoApproval.InvalidId")]
    [InlineData("Get-ClockifyApprovalRequest -UserId nope", "Clockify.GetApprovalRequest.InvalidUserId")]
    [InlineData("Get-ClockifyApprovalRequest -Status DONE", "ParameterArgumentValidationError")]
    [InlineData("Submit-ClockifyApproval -UserId nope", "Clockify.SubmitApproval.InvalidUserId")]
    [InlineData("Submit-ClockifyApproval -Resubmit -Type TimesheetAndExpense", "Clockify.SubmitApproval.ResubmitType")]
    [InlineData("Submit-ClockifyApproval -Date '2025-01-01 10:00' -TimeZone Mars/Base", "Clockify.SubmitApproval.UnknownTimeZone")]
    public void Bad_input_is_refused_before_any_request(string script, string errorId) => AssertRefusedBeforeAnyRequest(script, errorId);
}
