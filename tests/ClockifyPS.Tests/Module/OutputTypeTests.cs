using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Module;

/// <summary>Every cmdlet says what it writes, and every ClockifyPS type it writes has a view in the format file.</summary>
public class OutputTypeTests
{
    [Fact]
    public void Every_exported_cmdlet_declares_an_output_type_and_every_module_output_type_has_a_view()
    {
        using var host = new PowerShellHost();
        var views = XDocument.Load(RepoPaths.FormatFile).Descendants("ViewSelectedBy").Elements("TypeName")
            .Select(e => e.Value.Trim()).ToHashSet(StringComparer.Ordinal);
        var failures = new List<string>();

        foreach (string cmdlet in HelpTests.ExportedCmdlets(host))
        {
            var types = host.Run("(Get-Command $args[0]).OutputType.Name", cmdlet).Succeeded().Output.Select(o => o.ToString()).ToList();
            if (types.Count == 0)
            {
                failures.Add(cmdlet + " declares no [OutputType]");
            }

            failures.AddRange(types
                .Where(t => t.StartsWith("ClockifyPS.", StringComparison.Ordinal) && !views.Contains(t))
                .Select(t => cmdlet + " writes " + t + ", which has no view in ClockifyPS.Format.ps1xml"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_objects_on_the_pipeline_carry_their_type_name_so_the_views_apply()
    {
        using var host = new PowerShellHost();

        var names = host.Run("@(Get-ClockifyRegion)[0].PSObject.TypeNames").Succeeded().Output.Select(o => o.ToString()).ToList();

        Assert.Equal("ClockifyPS.Models.ClockifyRegionInfo", names[0]);
    }

    [Fact]
    public void Every_view_names_a_type_the_module_defines()
    {
        using var host = new PowerShellHost();
        var defined = host.Run("[ClockifyPS.Models.ClockifyConnection].Assembly.GetExportedTypes().FullName").Succeeded().Output
            .Select(o => o.ToString()).ToHashSet(StringComparer.Ordinal);

        var stale = XDocument.Load(RepoPaths.FormatFile).Descendants("ViewSelectedBy").Elements("TypeName")
            .Select(e => e.Value.Trim()).Where(t => !defined.Contains(t)).ToList();

        Assert.Empty(stale);
    }
}
