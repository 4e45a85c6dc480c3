using System;
using System.Collections;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class InvokeClockifyRestMethodTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public InvokeClockifyRestMethodTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void A_get_returns_the_json_as_objects()
    {
        using PowerShellHost host = Connected();

        PSObject user = host.Run("Invoke-ClockifyRestMethod /user").Succeeded().Single;

        Assert.Equal(fixture.EU.UserId, user.Properties["id"].Value);
        Assert.Equal(fixture.EU.UserEmail, user.Properties["email"].Value);
        Assert.Equal("America/New_York", ((PSObject)user.Properties["settings"].Value).Properties["timeZone"].Value);
    }

    [Fact]
    public void A_json_array_is_written_item_by_item_and_placeholders_are_filled()
    {
        using PowerShellHost host = Connected();

        var tags = host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -Query @{ 'page-size' = 500 }").Succeeded().Output;

        Assert.NotEmpty(tags);
        Assert.Equal(fixture.EU.EntityCount(fixture.EU.WorkspaceId, "tag"), tags.Count);
        Assert.All(tags, t => Assert.Equal(fixture.EU.WorkspaceId, t.Properties["workspaceId"].Value));
    }

    [Fact]
    public void All_reads_every_page_and_paging_parameters_trim_it()
    {
        using PowerShellHost host = Connected();
        int total = fixture.EU.EntityCount(fixture.EU.WorkspaceId, "tag");
        Assert.True(total >= 5, "the seed has enough tags to page");

        var all = host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -All -PageSize 2").Succeeded();
        var window = host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -All -PageSize 2 -Skip 3 -First 2").Succeeded();

        Assert.Equal(total, all.Output.Count);
        Assert.Equal(total, all.Output.Select(t => t.Properties["id"].Value).Distinct().Count());
        Assert.Equal(all.Output.Skip(3).Take(2).Select(t => t.Properties["id"].Value), window.Output.Select(t => t.Properties["id"].Value));
        Assert.NotEmpty(all.Progress);
    }

    [Fact]
    public void Skip_never_fetches_the_whole_pages_it_skips()
    {
        using PowerShellHost host = Connected();
        fixture.Emulator.Counters.Reset();

        host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -All -PageSize 2 -Skip 4 -First 1").Succeeded();

        // Page 3 holds items 5 and 6; pages 1 and 2 are never asked for. Page 4 may be prefetched.
        Assert.InRange(fixture.Emulator.Counters.Count("GET", "/api/v1/workspaces/{workspaceId}/tags"), 1, 2);
    }

    [Fact]
    public void A_downstream_stop_ends_paging_without_an_error()
    {
        using PowerShellHost host = Connected();

        var result = host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -All -PageSize 1 | Select-FirstObject 2").Succeeded();

        Assert.Equal(2, result.Output.Count);
    }

    [Fact]
    public void A_post_creates_once_and_WhatIf_sends_nothing()
    {
        using PowerShellHost host = Connected();
        long before = fixture.Emulator.Counters.CreatedEntities("tag");
        long requests = fixture.Emulator.Counters.TotalRequests;

        host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -Method POST -Body @{ name = 'whatif-tag' } -WhatIf").Succeeded();
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);

        PSObject created = host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -Method POST -Body @{ name = 'invoke-tag-' + [guid]::NewGuid() }").Succeeded().Single;

        Assert.StartsWith("invoke-tag-", (string)created.Properties["name"].Value, StringComparison.Ordinal);
        Assert.Equal(before + 1, fixture.Emulator.Counters.CreatedEntities("tag"));
    }

    [Fact]
    public void A_json_string_body_is_sent_as_it_is_and_bad_json_is_refused_before_sending()
    {
        using PowerShellHost host = Connected();
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord error = host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -Method POST -Body '{name: oops'").Error;

        Assert.Equal("Clockify.InvokeRestMethod.InvalidJsonBody", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
        PSObject created = host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -Method POST -Body ('{\"name\":\"raw-' + [guid]::NewGuid() + '\"}')").Succeeded().Single;
        Assert.StartsWith("raw-", (string)created.Properties["name"].Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/workspaces/{workspaceId}/projects/5b715612b0798751c7c6e8e1", "Clockify.InvokeRestMethod.NotFound", ErrorCategory.ObjectNotFound)]
    [InlineData("/workspaces/5b715612b0798751c7c6e8e1/projects", "Clockify.InvokeRestMethod.Forbidden", ErrorCategory.PermissionDenied)]
    public void Clockify_errors_map_to_stable_ids_and_categories(string path, string errorId, ErrorCategory category)
    {
        using PowerShellHost host = Connected();

        ErrorRecord error = host.Run("Invoke-ClockifyRestMethod $args[0]", path).Error;

        Assert.Equal(errorId, error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(category, error.CategoryInfo.Category);
    }

    [Fact]
    public void An_absolute_url_is_refused_so_the_key_never_leaves_the_connection()
    {
        using PowerShellHost host = Connected();
        long requests = fixture.Emulator.Counters.TotalRequests;

        ErrorRecord error = host.Run("Invoke-ClockifyRestMethod https://evil.example.com/collect").Error;

        Assert.Equal("Clockify.InvokeRestMethod.AbsolutePath", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(requests, fixture.Emulator.Counters.TotalRequests);
    }

    [Fact]
    public void Connection_parameter_talks_to_another_region_in_the_same_runspace()
    {
        using PowerShellHost host = Connected();
        var variables = EmulatorFixture.ConnectVariables(fixture.UK);

        PowerShellResult result = host.RunWith(
            "$eu = Get-ClockifyConnection; $null = Connect-Clockify -BaseUri $base -ApiKey $key; (Invoke-ClockifyRestMethod /user -Connection $eu).id; (Invoke-ClockifyRestMethod /user).id",
            variables).Succeeded();

        Assert.Equal(new object[] { fixture.EU.UserId, fixture.UK.UserId }, result.Output.Select(o => o.BaseObject));
    }

    [Fact]
    public void A_connection_closed_by_Disconnect_says_so_when_used_again()
    {
        using PowerShellHost host = Connected();

        ErrorRecord error = host.Run("$eu = Get-ClockifyConnection; Disconnect-Clockify; Invoke-ClockifyRestMethod /user -Connection $eu").Error;

        Assert.Equal("Clockify.InvokeRestMethod.ConnectionClosed", error.FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void Ctrl_C_stops_a_request_in_flight()
    {
        using PowerShellHost host = Connected();
        fixture.Emulator.Faults.SlowResponseDelay = TimeSpan.FromMinutes(2);
        fixture.Emulator.Faults.SlowResponseRate = 1;
        long before = fixture.Emulator.Counters.TotalRequests;
        using PowerShell shell = host.Begin("Invoke-ClockifyRestMethod /user");

        IAsyncResult running = shell.BeginInvoke();
        SpinWait.SpinUntil(() => fixture.Emulator.Counters.TotalRequests > before, TimeSpan.FromSeconds(30));
        var clock = Stopwatch.StartNew();
        shell.Stop();

        Assert.True(running.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30)), "the pipeline stopped");
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "it did not wait for the slow answer");
        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        fixture.Emulator.Faults.Reset();
    }

    private PowerShellHost Connected()
    {
        var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        return host;
    }
}

public class InvokeClockifyRestMethodFileTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture fixture;

    public InvokeClockifyRestMethodFileTests(EmulatorFixture fixture)
    {
        this.fixture = fixture;
        fixture.ResetFaults();
    }

    [Fact]
    public void OutFile_writes_the_bytes_served_and_refuses_to_overwrite_without_Force()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clockifyps-" + Guid.NewGuid().ToString("N") + ".csv");
        const string Body = "@{ dateRangeStart = '2025-01-01T00:00:00Z'; dateRangeEnd = '2025-12-31T23:59:59Z'; timeZone = 'UTC'; exportType = 'CSV'; summaryFilter = @{ groups = @('USER', 'PROJECT') } }";
        try
        {
            PSObject file = host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/reports/summary' -Api Reports -Method POST -Body (" + Body + ") -OutFile $args[0]", path).Succeeded().Single;
            ErrorRecord exists = host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/reports/summary' -Api Reports -Method POST -Body (" + Body + ") -OutFile $args[0]", path).Error;
            host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/reports/summary' -Api Reports -Method POST -Body (" + Body + ") -OutFile $args[0] -Force", path).Succeeded();

            Assert.Equal(path, ((System.IO.FileInfo)file.BaseObject).FullName);
            string text = System.IO.File.ReadAllText(path);
            Assert.Contains(",", text.Split('\n')[0], StringComparison.Ordinal);
            Assert.True(text.Split('\n').Length > 2, "the CSV has rows");
            Assert.Equal("Clockify.InvokeRestMethod.FileExists", exists.FullyQualifiedErrorId.Split(',')[0]);
            Assert.False(System.IO.File.Exists(path + ".partial"));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void First_and_Skip_trim_a_plain_list_answer()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);

        var all = host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags'").Succeeded().Output.Select(t => t.Properties["id"].Value).ToList();
        var window = host.Run("Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' -Skip 1 -First 2").Succeeded().Output.Select(t => t.Properties["id"].Value).ToList();

        Assert.Equal(all.Skip(1).Take(2), window);
    }

    [Fact]
    public void Disconnect_closes_a_given_connection_and_leaves_the_current_one()
    {
        using var host = new PowerShellHost();
        EmulatorFixture.Connect(host, fixture.EU);
        var variables = EmulatorFixture.ConnectVariables(fixture.UK);

        PowerShellResult result = host.RunWith(
            "$eu = Get-ClockifyConnection; $uk = Connect-Clockify -BaseUri $base -ApiKey $key -PassThru; $eu | Disconnect-Clockify; $eu.IsClosed; (Invoke-ClockifyRestMethod /user).id",
            variables).Succeeded();

        Assert.Equal(new object[] { true, fixture.UK.UserId }, result.Output.Select(o => o.BaseObject));
    }
}
