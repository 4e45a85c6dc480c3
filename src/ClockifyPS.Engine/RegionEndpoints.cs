using System;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace ClockifyPS.Engine
{
    /// <summary>
    /// The base URIs one connection talks to. Built from a region (and optional subdomain), from a
    /// Clockify-shaped deployment (<c>{base}/api/v1</c>, <c>{base}/report/v1</c>), or given one by one.
    /// </summary>
    public sealed class RegionEndpoints
    {
        private static readonly Regex SubdomainPattern = new Regex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private RegionEndpoints(ClockifyRegion? region, string? subdomain, Uri apiBaseUri, Uri reportsBaseUri, Uri? auditLogBaseUri)
        {
            Region = region;
            Subdomain = subdomain;
            ApiBaseUri = apiBaseUri;
            ReportsBaseUri = reportsBaseUri;
            AuditLogBaseUri = auditLogBaseUri;
        }

        /// <summary>The region these endpoints belong to; null for a custom deployment.</summary>
        public ClockifyRegion? Region { get; }

        /// <summary>The workspace subdomain, when the workspace has one.</summary>
        public string? Subdomain { get; }

        /// <summary>Base URI of the main API, without a trailing slash.</summary>
        public Uri ApiBaseUri { get; }

        /// <summary>Base URI of the Reports API, without a trailing slash.</summary>
        public Uri ReportsBaseUri { get; }

        /// <summary>
        /// Base URI of the Audit log API, without a trailing slash; null where Clockify documents none (the
        /// regional hosts) until the user names one.
        /// </summary>
        public Uri? AuditLogBaseUri { get; }

        /// <summary>The region prefix of Clockify's regional hosts (euc1, use2, ...); null for Global.</summary>
        public static string? RegionPrefix(ClockifyRegion region) => region switch
        {
            ClockifyRegion.Global => null,
            ClockifyRegion.EU => "euc1",
            ClockifyRegion.USA => "use2",
            ClockifyRegion.UK => "euw2",
            ClockifyRegion.AU => "apse2",
            _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown Clockify region."),
        };

        /// <summary>The hosts Clockify documents for a region, with the reports host moved to the workspace's subdomain when one is given.</summary>
        public static RegionEndpoints ForRegion(ClockifyRegion region, string? subdomain = null)
        {
            string? prefix = RegionPrefix(region);
            Uri api = prefix is null
                ? new Uri("https://api.clockify.me/api/v1")
                : new Uri($"https://{prefix}.clockify.me/api/v1");
            Uri reports = prefix is null
                ? new Uri("https://reports.api.clockify.me/v1")
                : new Uri($"https://{prefix}.clockify.me/report/v1");
            if (!string.IsNullOrEmpty(subdomain))
            {
                ValidateSubdomain(subdomain!);
                reports = new Uri($"https://{subdomain!.ToLowerInvariant()}.clockify.me/report/v1");
            }

            // Clockify documents the audit-log host for Global only; guessing a regional one would send the key to a host nobody vouched for.
            Uri? auditLog = prefix is null ? new Uri("https://auditlog-api.api.clockify.me/v1") : null;
            return new RegionEndpoints(region, string.IsNullOrEmpty(subdomain) ? null : subdomain!.ToLowerInvariant(), api, reports, auditLog);
        }

        /// <summary>
        /// A Clockify-shaped deployment at <paramref name="baseUri"/>: a self-hosted server, a proxy or the emulator.
        /// The main API is <c>{base}/api/v1</c>, reports are <c>{base}/report/v1</c> and the audit log is <c>{base}/auditlog/v1</c>.
        /// </summary>
        public static RegionEndpoints ForDeployment(Uri baseUri, ClockifyRegion? region = null)
        {
            Uri root = RequireAllowed(baseUri, nameof(baseUri));
            string trimmed = root.GetLeftPart(UriPartial.Path).TrimEnd('/');
            return new RegionEndpoints(region, null, new Uri(trimmed + "/api/v1"), new Uri(trimmed + "/report/v1"), new Uri(trimmed + "/auditlog/v1"));
        }

        /// <summary>These endpoints with any base URI replaced; a null argument keeps the current one.</summary>
        public RegionEndpoints WithOverrides(Uri? apiBaseUri, Uri? reportsBaseUri, Uri? auditLogBaseUri = null)
        {
            Uri api = apiBaseUri is null ? ApiBaseUri : Normalise(RequireAllowed(apiBaseUri, nameof(apiBaseUri)));
            Uri reports = reportsBaseUri is null ? ReportsBaseUri : Normalise(RequireAllowed(reportsBaseUri, nameof(reportsBaseUri)));
            Uri? auditLog = auditLogBaseUri is null ? AuditLogBaseUri : Normalise(RequireAllowed(auditLogBaseUri, nameof(auditLogBaseUri)));
            return new RegionEndpoints(Region, Subdomain, api, reports, auditLog);
        }

        /// <summary>The audit-log base URI.</summary>
        /// <exception cref="InvalidOperationException">Clockify documents no audit-log host for this region and none was given.</exception>
        public Uri RequireAuditLogBaseUri() => AuditLogBaseUri ?? throw new InvalidOperationException(string.Format(
            CultureInfo.InvariantCulture,
            "Clockify documents no audit-log host for the {0} region (only https://auditlog-api.api.clockify.me/v1 for Global). Connect with Connect-Clockify -AuditLogBaseUri <uri> naming the audit-log host your workspace uses.",
            Region?.ToString() ?? ApiBaseUri.GetLeftPart(UriPartial.Authority)));

        /// <summary>The absolute URI of <paramref name="path"/> (e.g. <c>/workspaces/abc/projects</c>) on one of the APIs.</summary>
        /// <exception cref="InvalidOperationException">The audit log was asked for where it has no known host.</exception>
        public Uri Resolve(ClockifyApi api, string path)
        {
            Uri root = api switch
            {
                ClockifyApi.Reports => ReportsBaseUri,
                ClockifyApi.AuditLog => RequireAuditLogBaseUri(),
                _ => ApiBaseUri,
            };
            string relative = path.StartsWith("/", StringComparison.Ordinal) ? path : "/" + path;
            return new Uri(root.AbsoluteUri.TrimEnd('/') + relative);
        }

        /// <summary>
        /// Throws unless the URI is absolute https, or http on a loopback host. The key travels in a header:
        /// plain http to a remote host would hand it to anyone on the path.
        /// </summary>
        public static Uri RequireAllowed(Uri uri, string parameterName)
        {
            if (uri is null)
            {
                throw new ArgumentNullException(parameterName);
            }

            if (!uri.IsAbsoluteUri)
            {
                throw new ArgumentException($"'{uri}' is not an absolute URI. Give the scheme and host, e.g. https://clockify.example.com.", parameterName);
            }

            if (uri.Scheme == Uri.UriSchemeHttps)
            {
                return uri;
            }

            if (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri))
            {
                return uri;
            }

            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "'{0}' is not allowed: Clockify base URIs must use https (plain http is accepted only on this machine's loopback, e.g. http://127.0.0.1:5380).", uri.GetLeftPart(UriPartial.Authority)),
                parameterName);
        }

        /// <summary>Whether the URI's host is this machine's loopback (localhost, 127.0.0.0/8, ::1).</summary>
        public static bool IsLoopback(Uri uri)
        {
            if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            string host = uri.Host.Trim('[', ']');
            return IPAddress.TryParse(host, out IPAddress? address) && IPAddress.IsLoopback(address);
        }

        /// <summary>Throws when <paramref name="subdomain"/> is not a single DNS label.</summary>
        public static void ValidateSubdomain(string subdomain)
        {
            if (!SubdomainPattern.IsMatch(subdomain))
            {
                throw new ArgumentException($"'{subdomain}' is not a workspace subdomain: give only the first label, e.g. 'acme' for acme.clockify.me.", nameof(subdomain));
            }
        }

        private static Uri Normalise(Uri uri) => new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }
}
