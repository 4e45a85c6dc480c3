using System;
using ClockifyPS.Engine;

namespace ClockifyPS.Models
{
    /// <summary>A Clockify region and the hosts that serve it.</summary>
    public sealed class ClockifyRegionInfo
    {
        // Kept as its number: a field of an engine type would make PowerShell load the engine while it scans the module,
        // before ModuleInitializer has pointed resolution at Dependencies/ (DependencyIsolationTests guards this).
        private readonly int region;

        internal ClockifyRegionInfo(ClockifyRegion region, RegionEndpoints endpoints, bool isCurrent)
        {
            this.region = (int)region;
            ApiBaseUri = endpoints.ApiBaseUri;
            ReportsBaseUri = endpoints.ReportsBaseUri;
            IsCurrent = isCurrent;
        }

        /// <summary>The region.</summary>
        public ClockifyRegion Region => (ClockifyRegion)region;

        /// <summary>Base URI of the main API in this region.</summary>
        public Uri ApiBaseUri { get; }

        /// <summary>Base URI of the Reports API in this region.</summary>
        public Uri ReportsBaseUri { get; }

        /// <summary>Whether the current connection uses this region.</summary>
        public bool IsCurrent { get; }
    }
}
