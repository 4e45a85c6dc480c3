using System;
using ClockifyPS.Engine;

namespace ClockifyPS.Models
{
    /// <summary>A Clockify region and the hosts that serve it.</summary>
    public sealed class ClockifyRegionInfo
    {
        internal ClockifyRegionInfo(ClockifyRegion region, RegionEndpoints endpoints, bool isCurrent)
        {
            Region = region;
            ApiBaseUri = endpoints.ApiBaseUri;
            ReportsBaseUri = endpoints.ReportsBaseUri;
            AuditLogBaseUri = endpoints.AuditLogBaseUri;
            IsCurrent = isCurrent;
        }

        /// <summary>The region.</summary>
        public ClockifyRegion Region { get; }

        /// <summary>Base URI of the main API in this region.</summary>
        public Uri ApiBaseUri { get; }

        /// <summary>Base URI of the Reports API in this region.</summary>
        public Uri ReportsBaseUri { get; }

        /// <summary>Base URI of the Audit log API in this region; null where Clockify documents none.</summary>
        public Uri? AuditLogBaseUri { get; }

        /// <summary>Whether the current connection uses this region.</summary>
        public bool IsCurrent { get; }
    }
}
