using System.Linq;
using ClockifyPS.Tests.Support;
using Xunit;

namespace ClockifyPS.Tests.Cmdlets;

public class RegionCmdletTests
{
    [Fact]
    public void Get_ClockifyRegion_lists_every_region_with_its_hosts()
    {
        using var host = new PowerShellHost();

        var rows = host.Run("Get-ClockifyRegion").Succeeded().Output;

        Assert.Equal(new[] { "Global", "EU", "USA", "UK", "AU" }, rows.Select(r => r.Properties["Region"].Value.ToString()));
        var eu = rows.Single(r => r.Properties["Region"].Value.ToString() == "EU");
        Assert.Equal("https://euc1.clockify.me/api/v1", eu.Properties["ApiBaseUri"].Value.ToString());
        Assert.Equal("https://euc1.clockify.me/report/v1", eu.Properties["ReportsBaseUri"].Value.ToString());
        Assert.All(rows, r => Assert.False((bool)r.Properties["IsCurrent"].Value));
        Assert.Contains("ClockifyPS.Models.ClockifyRegionInfo", rows[0].TypeNames);
    }

    [Fact]
    public void Get_ClockifyRegion_filters_by_name_and_rejects_unknown_regions()
    {
        using var host = new PowerShellHost();

        Assert.Equal("AU", host.Run("Get-ClockifyRegion -Region AU").Succeeded().Single.Properties["Region"].Value.ToString());
        var bad = host.Run("Get-ClockifyRegion -Region Mars");
        Assert.StartsWith("CannotConvertArgument", bad.Error.FullyQualifiedErrorId, System.StringComparison.Ordinal);
        Assert.Contains("Global, EU, USA, UK, AU", bad.Error.ToString(), System.StringComparison.Ordinal);
    }
}
