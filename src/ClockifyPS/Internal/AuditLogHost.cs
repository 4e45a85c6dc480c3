using System;
using System.Management.Automation;
using ClockifyPS.Engine;

namespace ClockifyPS.Internal
{
    /// <summary>Whether a connection knows where the audit log lives; Clockify documents the host for Global only.</summary>
    internal static class AuditLogHost
    {
        /// <summary>Null when <paramref name="endpoints"/> has an audit-log host, else the error that says how to give one.</summary>
        public static ErrorRecord? Check(RegionEndpoints endpoints, string operation)
        {
            try
            {
                endpoints.RequireAuditLogBaseUri();
                return null;
            }
            catch (InvalidOperationException ex)
            {
                var record = new ErrorRecord(ex, "Clockify." + operation + ".NoAuditLogHost", ErrorCategory.ResourceUnavailable, endpoints.Region);
                record.ErrorDetails = new ErrorDetails(ex.Message) { RecommendedAction = "Connect-Clockify -Region " + endpoints.Region + " -AuditLogBaseUri <the audit-log base URI of your workspace>" };
                return record;
            }
        }
    }
}
