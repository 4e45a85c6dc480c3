using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Region
{
    /// <summary>
    /// <para type="synopsis">Lists Clockify's data regions with their API and Reports hosts, marking the current connection's region.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyRegion")]
    [OutputType(typeof(ClockifyRegionInfo))]
    public sealed class GetClockifyRegionCommand : ClockifyCmdlet
    {
        /// <summary><para type="description">Only these regions.</para></summary>
        [Parameter(Position = 0)]
        public ClockifyRegion[]? Region { get; set; }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            ClockifyRegion? current = ConnectionRegistry.Current?.Region;
            foreach (ClockifyRegion region in Enum.GetValues(typeof(ClockifyRegion)).Cast<ClockifyRegion>())
            {
                if (Region is null || Region.Contains(region))
                {
                    WriteObject(new ClockifyRegionInfo(region, RegionEndpoints.ForRegion(region), region == current));
                }
            }
        }
    }
}
