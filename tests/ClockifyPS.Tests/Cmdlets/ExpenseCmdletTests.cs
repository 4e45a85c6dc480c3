using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

/// <summary>Expense categories, expenses with receipts and the expense report, in the hosted engine against the emulator.</summary>
public class ExpenseCmdletTests : MoneyCmdletTests
{
    private const string Categories = "/api/v1/workspaces/{workspaceId}/expenses/categories";
    private const string Expenses = "/api/v1/workspaces/{workspaceId}/expenses";

    public ExpenseCmdletTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Categories_come_typed_with_unit_prices_in_major_units()
    {
        using PowerShellHost host = Connected();

        var categories = host.Run("Get-ClockifyExpenseCategory").Succeeded().Output;
        PSObject mileage = host.Run("Get-ClockifyExpenseCategory -Name Mileage -Exact").Succeeded().Single;

        Assert.Contains(categories, c => (string)c.Properties["Name"].Value == "Travel");
        Assert.All(categories, c => Assert.Equal("ClockifyPS.Models.ClockifyExpenseCategory", c.BaseObject.GetType().FullName));
        Assert.Equal(0.30m, Money(mileage, "UnitPrice"));
        Assert.Equal("USD", (string)((dynamic)mileage.Properties["UnitPrice"].Value).Currency);
        Assert.Equal("km", mileage.Properties["Unit"].Value);
    }

    [Fact]
    public void Category_New_Set_archive_Remove_round_trip_through_the_pipeline()
    {
        using PowerShellHost host = Connected();
        string name = "cat-" + Guid.NewGuid().ToString("N")[..8];

        PSObject created = host.Run("New-ClockifyExpenseCategory -Name $args[0] -UnitPrice 1.25 -Unit night", name).Succeeded().Single;
        PSObject renamed = host.Run("Get-ClockifyExpenseCategory -Name $args[0] -Exact | Set-ClockifyExpenseCategory -Name ($args[0] + '-x') -UnitPrice 2 -PassThru", name).Succeeded().Single;
        PSObject archived = host.Run("Get-ClockifyExpenseCategory -Id $args[0] | Set-ClockifyExpenseCategory -Archived -PassThru", created.Properties["Id"].Value).Succeeded().Single;
        var listedArchived = host.Run("Get-ClockifyExpenseCategory -Archived -Name ($args[0] + '-x')", name).Succeeded().Output;
        host.Run("Get-ClockifyExpenseCategory -Id $args[0] | Remove-ClockifyExpenseCategory -Confirm:$false", created.Properties["Id"].Value).Succeeded();
        ErrorRecord gone = host.Run("Get-ClockifyExpenseCategory -Id $args[0]", created.Properties["Id"].Value).Error;

        Assert.Equal(1.25m, Money(created, "UnitPrice"));
        Assert.Equal(name + "-x", renamed.Properties["Name"].Value);
        Assert.Equal(2m, Money(renamed, "UnitPrice"));
        Assert.Equal("night", renamed.Properties["Unit"].Value);
        Assert.True((bool)archived.Properties["Archived"].Value);
        Assert.Single(listedArchived);
        Assert.Equal(1, Fixture.Emulator.Counters.Count("PATCH", Categories + "/{categoryId}/status"));
        Assert.Equal("Clockify.GetExpenseCategory.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void An_expense_with_a_receipt_is_created_read_changed_saved_and_removed()
    {
        using PowerShellHost host = Connected();
        string receipt = Path.Combine(Folder, "taxi.pdf");
        byte[] content = { 0x25, 0x50, 0x44, 0x46, 0x2d, 0x01, 0x02, 0xff };
        File.WriteAllBytes(receipt, content);

        PSObject created = host.Run("New-ClockifyExpense -Amount 12.34 -Date '2026-03-04' -Category Travel -Project Apollo -Task Design -Billable -Notes 'Taxi' -ReceiptPath $args[0]", receipt).Succeeded().Single;
        string id = (string)created.Properties["Id"].Value;
        PSObject read = host.Run("Get-ClockifyExpense -Id $args[0]", id).Succeeded().Single;
        PSObject listed = host.Run("Get-ClockifyExpense | Where-Object Id -EQ $args[0]", id).Succeeded().Single;
        PSObject changed = host.Run("Get-ClockifyExpense -Id $args[0] | Set-ClockifyExpense -Amount 20 -Notes 'Taxi home' -PassThru", id).Succeeded().Single;
        FileInfo saved = (FileInfo)host.Run("Get-ClockifyExpense -Id $args[0] | Save-ClockifyExpenseReceipt -Path $args[1]", id, Path.Combine(Folder, "copy.pdf")).Succeeded().Single.BaseObject;
        host.Run("Get-ClockifyExpense -Id $args[0] | Remove-ClockifyExpense -Confirm:$false", id).Succeeded();
        ErrorRecord gone = host.Run("Get-ClockifyExpense -Id $args[0]", id).Error;

        Assert.Equal("ClockifyPS.Models.ClockifyExpense", created.BaseObject.GetType().FullName);
        Assert.Equal(12.34m, Money(read, "Amount"));
        Assert.Equal("USD", (string)((dynamic)read.Properties["Amount"].Value).Currency);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), read.Properties["Date"].Value);
        Assert.True((bool)read.Properties["Billable"].Value);
        Assert.Equal("Travel", listed.Properties["Category"].Value);
        Assert.Equal("Apollo", listed.Properties["Project"].Value);
        Assert.Equal("Design", listed.Properties["Task"].Value);
        Assert.Equal("taxi.pdf", listed.Properties["FileName"].Value);
        Assert.Equal(20m, Money(changed, "Amount"));
        Assert.Equal("Taxi home", changed.Properties["Notes"].Value);
        Assert.Equal(read.Properties["TaskId"].Value, changed.Properties["TaskId"].Value);
        Assert.Equal(content, File.ReadAllBytes(saved.FullName));
        Assert.False(File.Exists(saved.FullName + ".partial"));
        Assert.Equal("Clockify.GetExpense.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void Expenses_from_csv_rows_are_created_by_property_name_and_a_missing_receipt_sends_nothing()
    {
        using PowerShellHost host = Connected();
        long created = Fixture.Emulator.Counters.CreatedEntities("expense");

        var rows = host.Run(
            "@([pscustomobject]@{ Amount = '5.50'; Date = '2026-02-01'; Category = 'Meals'; Project = 'Gemini'; Notes = 'Lunch' }," +
            " [pscustomobject]@{ Amount = '7'; Date = '2026-02-02'; Category = 'Meals'; Project = 'Gemini'; Notes = 'Dinner' }) | New-ClockifyExpense").Succeeded().Output;
        long requests = Fixture.Emulator.Counters.TotalRequests;
        ErrorRecord missing = host.Run("New-ClockifyExpense -Amount 1 -Date 2026-01-01 -Category Meals -Project Gemini -ReceiptPath $args[0]", Path.Combine(Folder, "nope.png")).Error;

        Assert.Equal(2, rows.Count);
        Assert.Equal(new[] { 5.5m, 7m }, rows.Select(r => Money(r, "Amount")));
        Assert.Equal(created + 2, Fixture.Emulator.Counters.CreatedEntities("expense"));
        Assert.Equal("Clockify.NewExpense.ReceiptNotFound", missing.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, Fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void A_create_whose_answer_is_lost_after_the_server_acted_is_found_not_repeated()
    {
        using PowerShellHost host = Connected();
        host.Run("$meals = (Get-ClockifyExpenseCategory -Name Meals -Exact).Id; $gemini = (Get-ClockifyProject -Name Gemini -Exact).Id").Succeeded();
        Fixture.Emulator.Faults.FaultsAfterProcessing = true;
        Fixture.Emulator.Faults.FailNext(1, 502);
        long created = Fixture.Emulator.Counters.CreatedEntities("expense");

        // Ids, not names: the create is the first request, so the failure falls on it.
        PowerShellResult result = host.Run("New-ClockifyExpense -Amount 8.80 -Date 2033-07-07 -Category $meals -Project $gemini -Notes 'lost answer'").Succeeded();

        Assert.Equal(created + 1, Fixture.Emulator.Counters.CreatedEntities("expense"));
        Assert.Equal(1, Fixture.Emulator.Counters.Count("POST", Expenses));
        Assert.Equal("lost answer", result.Single.Properties["Notes"].Value);
        Assert.Contains(result.Warnings, w => w.Contains("was not sent again", StringComparison.Ordinal));
    }

    [Fact]
    public void A_create_that_failed_before_the_server_acted_is_reported_and_not_repeated()
    {
        using PowerShellHost host = Connected();
        host.Run("$meals = (Get-ClockifyExpenseCategory -Name Meals -Exact).Id; $gemini = (Get-ClockifyProject -Name Gemini -Exact).Id").Succeeded();
        Fixture.Emulator.Faults.FailNext(1, 503);
        long created = Fixture.Emulator.Counters.CreatedEntities("expense");

        ErrorRecord error = host.Run("New-ClockifyExpense -Amount 9.90 -Date 2033-07-08 -Category $meals -Project $gemini -Notes 'never made'").Error;

        Assert.Equal("Clockify.NewExpense.ServiceUnavailable", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(created, Fixture.Emulator.Counters.CreatedEntities("expense"));
        Assert.Equal(1, Fixture.Emulator.Counters.Count("POST", Expenses));
    }

    [Fact]
    public void Piped_users_bind_UserId_and_category_names_complete()
    {
        using PowerShellHost host = Connected();

        var mine = host.Run("Get-ClockifyUser -Current | Get-ClockifyExpense").Succeeded().Output;
        var completions = host.Run("$line = 'New-ClockifyExpense -Category Mil'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText").Succeeded().Output.Select(o => o.ToString()).ToList();

        Assert.NotEmpty(mine);
        Assert.All(mine, e => Assert.Equal(Fixture.EU.UserId, e.Properties["UserId"].Value));
        Assert.Equal(new[] { "Mileage" }, completions);
    }

    [Fact]
    public void Listing_pages_and_First_Skip_trim()
    {
        using PowerShellHost host = Connected();

        var all = host.Run("Get-ClockifyExpense").Succeeded().Output.Select(e => e.Properties["Id"].Value).ToList();
        var window = host.Run("Get-ClockifyExpense -Skip 1 -First 3").Succeeded().Output.Select(e => e.Properties["Id"].Value).ToList();
        var mine = host.Run("Get-ClockifyExpense -UserId $args[0]", Fixture.EU.UserId).Succeeded().Output;

        Assert.True(all.Count >= 6);
        Assert.Equal(all.Skip(1).Take(3), window);
        Assert.NotEmpty(mine);
        Assert.All(mine, e => Assert.Equal(Fixture.EU.UserId, e.Properties["UserId"].Value));
    }

    [Fact]
    public void WhatIf_creates_changes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(Get-ClockifyExpense -First 1).Id").Succeeded().Single.BaseObject;
        string categoryId = (string)host.Run("(Get-ClockifyExpenseCategory -Name Meals -Exact).Id").Succeeded().Single.BaseObject;
        long writes = Writes();

        host.Run(
            "New-ClockifyExpense -Amount 1 -Date 2026-01-01 -Category Meals -Project Gemini -WhatIf; Set-ClockifyExpense -Id $args[0] -Amount 99 -WhatIf; Remove-ClockifyExpense -Id $args[0] -WhatIf;" +
            " New-ClockifyExpenseCategory -Name nope -WhatIf; Set-ClockifyExpenseCategory -Id $args[1] -Name nope -Archived -WhatIf; Remove-ClockifyExpenseCategory -Id $args[1] -WhatIf",
            id,
            categoryId).Succeeded();

        Assert.Equal(writes, Writes());
    }

    [Theory]
    [InlineData("New-ClockifyExpense -Amount 1.005 -Date 2026-01-01 -Category Meals -Project Gemini", "Clockify.NewExpense.InvalidAmount")]
    [InlineData("New-ClockifyExpense -Amount -3 -Date 2026-01-01 -Category Meals -Project Gemini", "Clockify.NewExpense.InvalidAmount")]
    [InlineData("New-ClockifyExpense -Amount 1 -Date 2026-01-01 -Category Meals -Project Gemini -UserId nope", "Clockify.NewExpense.InvalidUserId")]
    [InlineData("Set-ClockifyExpense -Id nope -Amount 1", "Clockify.SetExpense.InvalidId")]
    [InlineData("Set-ClockifyExpense -Id 0123456789abcdef01234567 -Amount 0.001", "Clockify.SetExpense.InvalidAmount")]
    [InlineData("Get-ClockifyExpense -Id nope", "Clockify.GetExpense.InvalidId")]
    [InlineData("Remove-ClockifyExpense -Id nope -Confirm:$false", "Clockify.RemoveExpense.InvalidId")]
    [InlineData("Save-ClockifyExpenseReceipt -Id nope -Path x.pdf", "Clockify.SaveExpenseReceipt.InvalidId")]
    [InlineData("New-ClockifyExpenseCategory -Name x -UnitPrice 0.333 -Unit km", "Clockify.NewExpenseCategory.InvalidAmount")]
    [InlineData("New-ClockifyExpenseCategory -Name x -UnitPrice 1", "Clockify.NewExpenseCategory.IncompleteUnitPrice")]
    [InlineData("Get-ClockifyExpenseCategory -Id nope", "Clockify.GetExpenseCategory.InvalidId")]
    [InlineData("Get-ClockifyExpenseReport -Start 2026-02-01Z -End 2026-01-01Z", "Clockify.GetExpenseReport.EndBeforeStart")]
    [InlineData("Get-ClockifyExpenseReport -Start 2026-01-01Z -End 2026-02-01Z -TagId 0123456789abcdef01234567", "Clockify.GetExpenseReport.TagsNotSupported")]
    public void Bad_input_is_refused_before_any_request(string script, string errorId) => AssertRefusedBeforeAnyRequest(script, errorId);

    [Fact]
    public void Clockify_refusals_become_error_ids()
    {
        using PowerShellHost host = Connected();

        ErrorRecord forbidden = host.Run("Get-ClockifyExpense -WorkspaceId $args[0]", Fixture.EU.ForeignWorkspaceId).Error;
        ErrorRecord unknownCategory = host.Run("New-ClockifyExpense -Amount 1 -Date 2026-01-01 -Category 'No such category' -Project Gemini").Error;
        ErrorRecord badCategory = host.Run("New-ClockifyExpense -Amount 1 -Date 2026-01-01 -Category 0123456789abcdef01234567 -Project Gemini").Error;
        ErrorRecord noReceipt = host.Run("Get-ClockifyExpense | Where-Object { -not $_.FileId } | Select-FirstObject 1 | Save-ClockifyExpenseReceipt -Path $args[0]", Folder).Error;

        Assert.Equal("Clockify.GetExpense.Forbidden", forbidden.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.NewExpense.ExpenseCategoryNotFound", unknownCategory.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.NewExpense.BadRequest", badCategory.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.SaveExpenseReceipt.NoReceipt", noReceipt.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void The_expense_report_sends_its_zone_filters_by_category_and_converts_cents()
    {
        using PowerShellHost host = Connected();
        host.Run("New-ClockifyExpense -Amount 42.42 -Date 2031-05-10 -Category Mileage -Project Apollo -Notes 'report row'").Succeeded();
        host.Run("New-ClockifyExpense -Amount 3 -Date 2031-05-11 -Category Meals -Project Apollo").Succeeded();

        var rows = host.Run("Get-ClockifyExpenseReport -Start '2031-05-01' -End '2031-06-01' -TimeZone Europe/Berlin -Category Mileage").Succeeded().Output;
        var all = host.Run("Get-ClockifyExpenseReport -Start '2031-05-01' -End '2031-06-01'").Succeeded().Output;

        PSObject row = Assert.Single(rows);
        Assert.Equal("ClockifyPS.Models.ClockifyExpenseReportRow", row.BaseObject.GetType().FullName);
        Assert.Equal("Mileage", row.Properties["Category"].Value);
        Assert.Equal("Apollo", row.Properties["Project"].Value);
        Assert.Equal(new DateTimeOffset(2031, 5, 10, 0, 0, 0, TimeSpan.Zero), row.Properties["Date"].Value);
        Assert.Equal(42.42m * 0.30m, Money(row, "Amount"), 2);
        Assert.Equal(2, all.Count);
        Assert.Equal(2, Fixture.Emulator.Counters.Count("POST", "/report/v1/workspaces/{workspaceId}/reports/expenses/detailed"));
    }

    private long Writes() =>
        Fixture.Emulator.Counters.Count("POST", Expenses) + Fixture.Emulator.Counters.Count("PUT", Expenses + "/{expenseId}") + Fixture.Emulator.Counters.Count("DELETE", Expenses + "/{expenseId}")
        + Fixture.Emulator.Counters.Count("POST", Categories) + Fixture.Emulator.Counters.Count("PUT", Categories + "/{categoryId}")
        + Fixture.Emulator.Counters.Count("PATCH", Categories + "/{categoryId}/status") + Fixture.Emulator.Counters.Count("DELETE", Categories + "/{categoryId}");
}
