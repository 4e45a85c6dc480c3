using System;
using ClockifyPS.Engine;

namespace ClockifyPS.Models
{
    /// <summary>
    /// A live connection: who is signed in, to which region's hosts, in which workspace. Pass it to any
    /// cmdlet's -Connection to work against several keys or regions at once (e.g. in parallel runspaces).
    /// </summary>
    public sealed class ClockifyConnection
    {
        internal ClockifyConnection(ClockifyApiClient client, ClockifyIdentity identity, string? workspaceId, string? workspaceName)
        {
            ApiClient = client;
            UserId = identity.Id;
            UserName = identity.Name;
            Email = identity.Email;
            TimeZone = identity.TimeZone;
            WeekStart = identity.Settings?.WeekStart;
            WorkspaceId = workspaceId;
            WorkspaceName = workspaceName;
            ConnectedAt = DateTimeOffset.UtcNow;
        }

        /// <summary>The signed-in user's id.</summary>
        public string UserId { get; }

        /// <summary>The signed-in user's name.</summary>
        public string? UserName { get; }

        /// <summary>The signed-in user's email.</summary>
        public string? Email { get; }

        /// <summary>The region, or null for a custom deployment (-BaseUri).</summary>
        public ClockifyRegion? Region => ApiClient.Endpoints.Region;

        /// <summary>The workspace subdomain, if any.</summary>
        public string? Subdomain => ApiClient.Endpoints.Subdomain;

        /// <summary>The workspace cmdlets use when -WorkspaceId is not given.</summary>
        public string? WorkspaceId { get; internal set; }

        /// <summary>That workspace's name.</summary>
        public string? WorkspaceName { get; internal set; }

        /// <summary>Base URI of the main API.</summary>
        public Uri ApiBaseUri => ApiClient.Endpoints.ApiBaseUri;

        /// <summary>Base URI of the Reports API.</summary>
        public Uri ReportsBaseUri => ApiClient.Endpoints.ReportsBaseUri;

        /// <summary>Base URI of the Audit log API; null where Clockify documents none and Connect-Clockify -AuditLogBaseUri gave none.</summary>
        public Uri? AuditLogBaseUri => ApiClient.Endpoints.AuditLogBaseUri;

        /// <summary>The user's profile time zone (IANA id); Clockify reads time-entry filters in it.</summary>
        public string? TimeZone { get; }

        /// <summary>The first day of the user's week (MONDAY, SUNDAY...), used by -ThisWeek and -LastWeek.</summary>
        public string? WeekStart { get; }

        /// <summary>ApiKey or AddonToken.</summary>
        public ClockifyCredentialKind AuthenticationType => ApiClient.Credential.Kind;

        /// <summary>Requests per <see cref="RateLimitPeriod"/> the client allows itself; 0 when unlimited.</summary>
        public int RateLimit => ApiClient.Options.RateLimit;

        /// <summary>The period the rate limit counts over.</summary>
        public TimeSpan RateLimitPeriod => ApiClient.Options.RateLimitPeriod;

        /// <summary>When the connection was made (UTC).</summary>
        public DateTimeOffset ConnectedAt { get; }

        /// <summary>Whether Disconnect-Clockify closed this connection and wiped its key.</summary>
        public bool IsClosed { get; private set; }

        /// <summary>The engine client behind the connection.</summary>
        internal ClockifyApiClient ApiClient { get; private set; }

        /// <inheritdoc />
        public override string ToString() => $"{Email ?? UserId} @ {Region?.ToString() ?? ApiBaseUri.GetLeftPart(UriPartial.Authority)}";

        /// <summary>Wipes the key; the connection cannot be used again.</summary>
        internal void Close()
        {
            IsClosed = true;
            ApiClient.Dispose();
        }

        /// <summary>Points the connection at other hosts; the old client's key is released.</summary>
        internal void MoveTo(ClockifyApiClient client)
        {
            ClockifyApiClient old = ApiClient;
            ApiClient = client;
            old.Dispose();
        }
    }
}
