namespace ClockifyPS.Engine
{
    /// <summary>Which of Clockify's hosts a request goes to.</summary>
    public enum ClockifyApi
    {
        /// <summary>The main REST API (.../api/v1).</summary>
        Main,

        /// <summary>The Reports API (.../report/v1 or reports.api.clockify.me/v1).</summary>
        Reports,

        /// <summary>The Audit log API (auditlog-api.api.clockify.me/v1 on Global; no documented regional host).</summary>
        AuditLog,
    }
}
