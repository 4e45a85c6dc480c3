using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

/// <summary>Invoices, their lines and payments, and time entries marked invoiced, in the hosted engine against the emulator.</summary>
public class InvoiceCmdletTests : MoneyCmdletTests
{
    private const string Invoices = "/api/v1/workspaces/{workspaceId}/invoices";
    private const string Invoiced = "/api/v1/workspaces/{workspaceId}/time-entries/invoiced";

    public InvoiceCmdletTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void The_seeded_invoice_lists_with_amounts_in_major_units_and_reads_with_items()
    {
        using PowerShellHost host = Connected();

        PSObject listed = host.Run("Get-ClockifyInvoice -Status PartiallyPaid | Where-Object Number -EQ 'INV-0001'").Succeeded().Single;
        PSObject read = host.Run("Get-ClockifyInvoice -Id $args[0]", listed.Properties["Id"].Value).Succeeded().Single;
        var payments = host.Run("Get-ClockifyInvoice -Id $args[0] | Get-ClockifyInvoicePayment", listed.Properties["Id"].Value).Succeeded().Output;

        Assert.Equal("ClockifyPS.Models.ClockifyInvoice", listed.BaseObject.GetType().FullName);
        Assert.Equal(1200m, Money(listed, "Amount"));
        Assert.Equal(700m, Money(listed, "Balance"));
        Assert.Equal("USD", (string)((dynamic)listed.Properties["Amount"].Value).Currency);
        Assert.Equal(2, ((System.Collections.ICollection)read.Properties["Items"].Value).Count);
        PSObject payment = Assert.Single(payments);
        Assert.Equal("ClockifyPS.Models.ClockifyInvoicePayment", payment.BaseObject.GetType().FullName);
        Assert.Equal(500m, Money(payment, "Amount"));
    }

    [Fact]
    public void An_invoice_is_created_filled_paid_exported_copied_and_removed_through_the_pipeline()
    {
        using PowerShellHost host = Connected();
        string number = "T-" + Guid.NewGuid().ToString("N")[..6];

        PSObject created = host.Run("New-ClockifyInvoice -Number $args[0] -Client 'Acme Corp' -IssuedDate 2026-04-01 -DueDate 2026-05-01", number).Succeeded().Single;
        string id = (string)created.Properties["Id"].Value;
        host.Run("Get-ClockifyInvoice -Id $args[0] | Add-ClockifyInvoiceItem -Description 'Design work' -Quantity 3 -UnitPrice 95.50 -ApplyTaxes Tax1", id).Succeeded();
        PSObject withTwo = host.Run("Add-ClockifyInvoiceItem -InvoiceId $args[0] -Description Hosting -UnitPrice 10 -PassThru", id).Succeeded().Single;
        PSObject taxed = host.Run("Get-ClockifyInvoice -Id $args[0] | Set-ClockifyInvoice -TaxPercent 10 -Subject 'April' -Status Sent -PassThru", id).Succeeded().Single;
        PSObject withoutHosting = host.Run("(Get-ClockifyInvoice -Id $args[0]).Items | Where-Object Description -EQ Hosting | Remove-ClockifyInvoiceItem -Confirm:$false -PassThru", id).Succeeded().Single;
        PSObject paid = host.Run("Get-ClockifyInvoice -Id $args[0] | Add-ClockifyInvoicePayment -Amount 100.05 -Note 'Wire' -PassThru", id).Succeeded().Single;
        PSObject unpaid = host.Run("Get-ClockifyInvoicePayment -InvoiceId $args[0] | Remove-ClockifyInvoicePayment -Confirm:$false -PassThru", id).Succeeded().Single;
        FileInfo pdf = (FileInfo)host.Run("Get-ClockifyInvoice -Id $args[0] | Export-ClockifyInvoice -Path $args[1] -Locale de", id, Folder).Succeeded().Single.BaseObject;
        PSObject copy = host.Run("Copy-ClockifyInvoice -Id $args[0]", id).Succeeded().Single;
        host.Run("Get-ClockifyInvoice -Id $args[0], $args[1] | Remove-ClockifyInvoice -Confirm:$false", id, copy.Properties["Id"].Value).Succeeded();
        ErrorRecord gone = host.Run("Get-ClockifyInvoice -Id $args[0]", id).Error;

        Assert.Equal(number, created.Properties["Number"].Value);
        Assert.Equal("Acme Corp", copy.Properties["Client"].Value);
        Assert.Equal(296.50m, Money(withTwo, "Amount"));
        Assert.Equal(2, ((System.Collections.ICollection)withTwo.Properties["Items"].Value).Count);
        Assert.Equal(296.50m + 28.65m, Money(taxed, "Amount"));
        Assert.Equal("SENT", taxed.Properties["Status"].Value);
        Assert.Equal("April", taxed.Properties["Subject"].Value);
        Assert.Equal(286.50m + 28.65m, Money(withoutHosting, "Amount"));
        Assert.Equal(315.15m - 100.05m, Money(paid, "Balance"));
        Assert.Equal("PARTIALLY_PAID", paid.Properties["Status"].Value);
        Assert.Equal(0m, Money(unpaid, "Paid"));
        Assert.Equal(Path.Combine(Folder, "invoice-" + number + ".pdf"), pdf.FullName);
        Assert.StartsWith("%PDF", File.ReadAllText(pdf.FullName), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Folder, "*.partial"));
        Assert.Single((System.Collections.IEnumerable)copy.Properties["Items"].Value);
        Assert.Equal("Clockify.GetInvoice.NotFound", gone.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void Piped_clients_bind_ClientId_and_invoice_ids_complete_with_their_numbers()
    {
        using PowerShellHost host = Connected();

        var acme = host.Run("Get-ClockifyClient -Name 'Acme Corp' -Exact | Get-ClockifyInvoice").Succeeded().Output;
        var globex = host.Run("Get-ClockifyClient -Name Globex -Exact | Get-ClockifyInvoice -Status Paid").Succeeded().Output;
        var completions = host.Run("$line = 'Get-ClockifyInvoice -Id '; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object ListItemText").Succeeded().Output.Select(o => o.ToString()).ToList();

        Assert.Contains(acme, i => (string)i.Properties["Number"].Value == "INV-0001");
        Assert.All(acme, i => Assert.Equal("Acme Corp", i.Properties["Client"].Value));
        Assert.Empty(globex);
        Assert.Contains(completions, c => c.StartsWith("INV-0001 [Acme Corp] (", StringComparison.Ordinal));
    }

    [Fact]
    public void A_payment_whose_answer_is_lost_after_the_server_acted_is_found_not_repeated()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("$i = New-ClockifyInvoice -Number ('LOST-' + [guid]::NewGuid().ToString('N').Substring(0, 6)) -Client 'Acme Corp'; $i | Add-ClockifyInvoiceItem -Description x -UnitPrice 50; $i.Id").Succeeded().Single.BaseObject;
        Fixture.Emulator.Faults.FaultsAfterProcessing = true;
        Fixture.Emulator.Faults.FailNext(1, 500);
        long posts = Fixture.Emulator.Counters.Count("POST", Invoices + "/{invoiceId}/payments");

        PowerShellResult result = host.Run("Add-ClockifyInvoicePayment -InvoiceId $args[0] -Amount 20 -Date 2026-06-01 -Note lost -PassThru", id).Succeeded();

        Assert.Equal(posts + 1, Fixture.Emulator.Counters.Count("POST", Invoices + "/{invoiceId}/payments"));
        Assert.Equal(30m, Money(result.Single, "Balance"));
        Assert.Contains(result.Warnings, w => w.Contains("was not sent again", StringComparison.Ordinal));
        Assert.Single(host.Run("Get-ClockifyInvoicePayment -InvoiceId $args[0]", id).Succeeded().Output);
    }

    [Fact]
    public void Importing_time_adds_lines_priced_at_the_project_rate()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(New-ClockifyInvoice -Number ('IMP-' + [guid]::NewGuid().ToString('N').Substring(0, 6)) -Client 'Acme Corp').Id").Succeeded().Single.BaseObject;
        host.Run("New-ClockifyTimeEntry -Start '2036-01-05T09:00Z' -End '2036-01-05T12:00Z' -Project Apollo -Billable -Description 'to invoice'").Succeeded();

        PSObject invoice = host.Run("Import-ClockifyInvoiceItem -InvoiceId $args[0] -Start '2036-01-01' -End '2036-02-01' -TimeZone UTC -Project Apollo -PassThru", id).Succeeded().Single;

        dynamic line = Assert.Single(((System.Collections.IEnumerable)invoice.Properties["Items"].Value).Cast<object>());
        Assert.Equal("Apollo", (string)line.Description);
        Assert.Equal(3L, (long)line.Quantity);
        Assert.Equal("TIME_ENTRY_IMPORT", (string)line.ImportType);
        Assert.True((decimal)line.UnitPrice.Amount > 0);
    }

    [Fact]
    public void Piped_entries_are_marked_invoiced_in_one_request()
    {
        using PowerShellHost host = Connected();
        var ids = Enumerable.Range(0, 3).Select(i => (string)host.Run("(New-ClockifyTimeEntry -Start $args[0] -Duration 00:30:00 -Description 'bill me').Id", $"2036-02-0{i + 1}T09:00Z").Succeeded().Single.BaseObject).ToList();
        long before = Fixture.Emulator.Counters.Count("PATCH", Invoiced);
        long puts = Fixture.Emulator.Counters.Count("PUT", "/api/v1/workspaces/{workspaceId}/time-entries/{id}");

        host.Run("Get-ClockifyTimeEntry -Start '2036-02-01Z' -End '2036-02-04Z' | Set-ClockifyTimeEntry -Invoiced $true").Succeeded();
        bool afterMark = ids.All(id => Fixture.EU.IsInvoiced(Fixture.EU.WorkspaceId, id));
        PSObject passed = host.Run("Set-ClockifyTimeEntry -Id $args[0] -Invoiced $false -PassThru", ids[0]).Succeeded().Single;

        Assert.True(afterMark);
        Assert.Equal(before + 2, Fixture.Emulator.Counters.Count("PATCH", Invoiced));
        Assert.Equal(puts, Fixture.Emulator.Counters.Count("PUT", "/api/v1/workspaces/{workspaceId}/time-entries/{id}"));
        Assert.False(Fixture.EU.IsInvoiced(Fixture.EU.WorkspaceId, ids[0]));
        Assert.True(Fixture.EU.IsInvoiced(Fixture.EU.WorkspaceId, ids[1]));
        Assert.Equal(ids[0], passed.Properties["Id"].Value);
    }

    [Fact]
    public void Invoiced_with_other_changes_updates_each_entry_then_marks_them_together()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(New-ClockifyTimeEntry -Start '2036-03-01T09:00Z' -Duration 01:00:00 -Description before).Id").Succeeded().Single.BaseObject;
        long before = Fixture.Emulator.Counters.Count("PATCH", Invoiced);

        PSObject changed = host.Run("Set-ClockifyTimeEntry -Id $args[0] -Description after -Invoiced $true -PassThru", id).Succeeded().Single;

        Assert.Equal("after", changed.Properties["Description"].Value);
        Assert.True(Fixture.EU.IsInvoiced(Fixture.EU.WorkspaceId, id));
        Assert.Equal(before + 1, Fixture.Emulator.Counters.Count("PATCH", Invoiced));
    }

    [Fact]
    public void WhatIf_creates_changes_and_deletes_nothing()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(Get-ClockifyInvoice | Where-Object Number -EQ 'INV-0001').Id").Succeeded().Single.BaseObject;
        string entry = (string)host.Run("(New-ClockifyTimeEntry -Start '2036-04-01T09:00Z' -Duration 00:10:00).Id").Succeeded().Single.BaseObject;
        long writes = Writes();

        host.Run(
            "New-ClockifyInvoice -Number X -Client 'Acme Corp' -WhatIf; Set-ClockifyInvoice -Id $args[0] -Note x -Status Void -WhatIf; Remove-ClockifyInvoice -Id $args[0] -WhatIf;" +
            " Copy-ClockifyInvoice -Id $args[0] -WhatIf; Add-ClockifyInvoiceItem -InvoiceId $args[0] -Description x -UnitPrice 1 -WhatIf; Remove-ClockifyInvoiceItem -InvoiceId $args[0] -Order 1 -WhatIf;" +
            " Import-ClockifyInvoiceItem -InvoiceId $args[0] -Start 2026-01-01Z -End 2026-02-01Z -WhatIf; Add-ClockifyInvoicePayment -InvoiceId $args[0] -Amount 1 -WhatIf;" +
            " Get-ClockifyInvoicePayment -InvoiceId $args[0] | Remove-ClockifyInvoicePayment -WhatIf; Export-ClockifyInvoice -Id $args[0] -Path $args[2] -WhatIf; Set-ClockifyTimeEntry -Id $args[1] -Invoiced $true -WhatIf",
            id,
            entry,
            Path.Combine(Folder, "x.pdf")).Succeeded();

        Assert.Equal(writes, Writes());
        Assert.False(File.Exists(Path.Combine(Folder, "x.pdf")));
        Assert.False(Fixture.EU.IsInvoiced(Fixture.EU.WorkspaceId, entry));
    }

    [Theory]
    [InlineData("Add-ClockifyInvoiceItem -InvoiceId 0123456789abcdef01234567 -Description x -UnitPrice 9.999", "Clockify.AddInvoiceItem.InvalidAmount")]
    [InlineData("Add-ClockifyInvoicePayment -InvoiceId 0123456789abcdef01234567 -Amount 0.001", "Clockify.AddInvoicePayment.InvalidAmount")]
    [InlineData("Add-ClockifyInvoicePayment -InvoiceId 0123456789abcdef01234567 -Amount 0", "Clockify.AddInvoicePayment.InvalidAmount")]
    [InlineData("Add-ClockifyInvoicePayment -InvoiceId nope -Amount 1", "Clockify.AddInvoicePayment.InvalidInvoiceId")]
    [InlineData("Get-ClockifyInvoice -Id nope", "Clockify.GetInvoice.InvalidId")]
    [InlineData("Get-ClockifyInvoice -ClientId nope", "Clockify.GetInvoice.InvalidClientId")]
    [InlineData("Set-ClockifyInvoice -Id nope -Note x", "Clockify.SetInvoice.InvalidId")]
    [InlineData("Remove-ClockifyInvoice -Id nope -Confirm:$false", "Clockify.RemoveInvoice.InvalidId")]
    [InlineData("Copy-ClockifyInvoice -Id nope", "Clockify.CopyInvoice.InvalidId")]
    [InlineData("Export-ClockifyInvoice -Id nope -Path x.pdf", "Clockify.ExportInvoice.InvalidId")]
    [InlineData("Remove-ClockifyInvoiceItem -InvoiceId nope -Order 1 -Confirm:$false", "Clockify.RemoveInvoiceItem.InvalidInvoiceId")]
    [InlineData("Remove-ClockifyInvoicePayment -InvoiceId 0123456789abcdef01234567 -Id nope -Confirm:$false", "Clockify.RemoveInvoicePayment.InvalidId")]
    [InlineData("Get-ClockifyInvoicePayment -InvoiceId nope", "Clockify.GetInvoicePayment.InvalidInvoiceId")]
    [InlineData("New-ClockifyInvoice -Number x -Client 'Acme Corp' -IssuedDate 2026-05-01 -DueDate 2026-04-01", "Clockify.NewInvoice.DueBeforeIssued")]
    [InlineData("Import-ClockifyInvoiceItem -InvoiceId 0123456789abcdef01234567 -Start 2026-02-01Z -End 2026-01-01Z", "Clockify.ImportInvoiceItem.EndBeforeStart")]
    [InlineData("Set-ClockifyTimeEntry -Id nope -Invoiced $true", "Clockify.SetTimeEntry.InvalidId")]
    public void Bad_input_is_refused_before_any_request(string script, string errorId) => AssertRefusedBeforeAnyRequest(script, errorId);

    [Fact]
    public void Clockify_refusals_become_error_ids()
    {
        using PowerShellHost host = Connected();
        string id = (string)host.Run("(Get-ClockifyInvoice | Where-Object Number -EQ 'INV-0001').Id").Succeeded().Single.BaseObject;

        ErrorRecord forbidden = host.Run("Get-ClockifyInvoice -WorkspaceId $args[0]", Fixture.EU.ForeignWorkspaceId).Error;
        ErrorRecord overpaid = host.Run("Add-ClockifyInvoicePayment -InvoiceId $args[0] -Amount 1000000", id).Error;
        ErrorRecord noItem = host.Run("Remove-ClockifyInvoiceItem -InvoiceId $args[0] -Order 99 -Confirm:$false", id).Error;
        ErrorRecord unknownEntry = host.Run("Set-ClockifyTimeEntry -Id 0123456789abcdef01234567 -Invoiced $true").Error;

        Assert.Equal("Clockify.GetInvoice.Forbidden", forbidden.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.AddInvoicePayment.BadRequest", overpaid.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.RemoveInvoiceItem.NotFound", noItem.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("Clockify.SetTimeEntry.BadRequest", unknownEntry.FullyQualifiedErrorId.Split(',')[0]);
    }

    private long Writes()
    {
        var c = Fixture.Emulator.Counters;
        return c.Count("POST", Invoices) + c.Count("PUT", Invoices + "/{invoiceId}") + c.Count("DELETE", Invoices + "/{invoiceId}") + c.Count("PATCH", Invoices + "/{invoiceId}/status")
            + c.Count("POST", Invoices + "/{invoiceId}/duplicate") + c.Count("POST", Invoices + "/{invoiceId}/items") + c.Count("POST", Invoices + "/{invoiceId}/items/import")
            + c.Count("DELETE", Invoices + "/{invoiceId}/items/{order}") + c.Count("POST", Invoices + "/{invoiceId}/payments") + c.Count("DELETE", Invoices + "/{invoiceId}/payments/{paymentId}")
            + c.Count("GET", Invoices + "/{invoiceId}/export") + c.Count("PATCH", Invoiced);
    }
}
