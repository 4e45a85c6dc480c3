using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Security;
using ClockifyPS.Engine;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Connection
{
    /// <summary>
    /// <para type="synopsis">Connects to Clockify with an API key or add-on token, in the key's region.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "Clockify")]
    [OutputType(typeof(ClockifyConnection))]
    public sealed class ConnectClockifyCommand : ClockifyCmdlet
    {
        internal const string AutoRegion = "Auto";
        private const string ApiKeyVariable = "CLOCKIFY_API_KEY";
        private const string RegionVariable = "CLOCKIFY_REGION";
        private const string WorkspaceVariable = "CLOCKIFY_WORKSPACE_ID";
        private const string BaseUriVariable = "CLOCKIFY_BASE_URI";

        /// <summary><para type="description">A personal API key (Clockify: Profile settings > API). Read from CLOCKIFY_API_KEY when neither -ApiKey nor -AddonToken is given.</para></summary>
        [Parameter(Position = 0)]
        [ValidateNotNull]
        public SecureString? ApiKey { get; set; }

        /// <summary><para type="description">An add-on token, sent as X-Addon-Token, instead of a personal key.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public SecureString? AddonToken { get; set; }

        /// <summary><para type="description">The workspace's data region: Global, EU, USA, UK, AU, or Auto to ask every region at once which accepts the key. Default: CLOCKIFY_REGION (with CLOCKIFY_BASE_URI) when no -Region, -BaseUri or -RegionBaseUri is given, else Global.</para></summary>
        [Parameter]
        [ValidateSet("Global", "EU", "USA", "UK", "AU", AutoRegion, IgnoreCase = true)]
        public string? Region { get; set; }

        /// <summary><para type="description">The workspace's subdomain (acme for acme.clockify.me); reports then go to https://acme.clockify.me/report/v1.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Subdomain { get; set; }

        /// <summary><para type="description">A Clockify-shaped deployment (self-hosted server, proxy, the emulator): the API is {BaseUri}/api/v1 and reports {BaseUri}/report/v1. https only, except on loopback. Default: CLOCKIFY_BASE_URI.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        /// <summary><para type="description">Overrides the main API's base URI alone, e.g. https://euc1.clockify.me/api/v1.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? ApiBaseUri { get; set; }

        /// <summary><para type="description">Overrides the Reports API's base URI alone, e.g. https://acme.clockify.me/report/v1.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? ReportsBaseUri { get; set; }

        /// <summary><para type="description">Overrides the Audit log API's base URI alone. Clockify documents https://auditlog-api.api.clockify.me/v1 for Global only; give the host here for a regional workspace. https only, except on loopback.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? AuditLogBaseUri { get; set; }

        /// <summary><para type="description">Clockify-shaped deployments per region, e.g. @{ Global = 'https://proxy/global'; EU = 'https://proxy/eu' }: -Region picks one and -Region Auto asks them all.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? RegionBaseUri { get; set; }

        /// <summary><para type="description">The workspace cmdlets use by default. Default: CLOCKIFY_WORKSPACE_ID, else the user's active workspace.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? WorkspaceId { get; set; }

        /// <summary><para type="description">Requests per -RateLimitPeriod this connection allows itself (default 50, Clockify's paid-plan limit); 0 turns the limiter off.</para></summary>
        [Parameter]
        [ValidateRange(0, 100000)]
        public int RateLimit { get; set; } = 50;

        /// <summary><para type="description">The period -RateLimit counts over (default one second; 01:00:00 for new free workspaces, limited to 30 an hour).</para></summary>
        [Parameter]
        public TimeSpan RateLimitPeriod { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary><para type="description">How long one try of a request may take before it counts as failed (reads are then retried). Default: 100 seconds.</para></summary>
        [Parameter]
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary><para type="description">Writes the new connection to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            // Everything that can be checked without the network is checked first, so bad input never costs a request.
            List<RegionEndpoints> candidates = ValidatedCandidates();
            ClockifyClientOptions options = ValidatedOptions();
            string? workspaceId = WorkspaceId ?? Environment(WorkspaceVariable);
            if (workspaceId != null && !ClockifyIds.IsValid(workspaceId))
            {
                ThrowInvalidArgument("InvalidWorkspaceId", ClockifyIds.Describe("WorkspaceId", workspaceId), workspaceId);
            }

            ClockifyCredential credential = ResolveCredential();
            ClockifyApiClient client;
            ClockifyIdentity identity;
            try
            {
                if (candidates.Count == 1)
                {
                    client = new ClockifyApiClient(candidates[0], credential, options);
                    identity = AwaitIdentity(client);
                }
                else
                {
                    WriteVerbose("Asking " + string.Join(", ", candidates.Select(c => c.Region?.ToString() ?? c.ApiBaseUri.Host)) + " at once which region accepts the key.");
                    (client, identity) = Await(ClockifyConnector.DiscoverAsync(candidates, credential, options, null, Log, StopToken));
                    credential.Dispose();
                }
            }
            catch (ClockifyApiException ex)
            {
                credential.Dispose();
                ThrowApiError(ex, null);
                return;
            }

            // The previous current connection is left open on purpose: a script may still hold it for -Connection.
            ClockifyConnection connection = Establish(client, identity, workspaceId);
            ConnectionRegistry.Current = connection;
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "Connected as {0} to {1} ({2}); workspace '{3}' ({4}); profile time zone {5}.",
                connection.Email ?? connection.UserId, connection.Region?.ToString() ?? "a custom deployment", connection.ApiBaseUri, connection.WorkspaceName, connection.WorkspaceId, connection.TimeZone ?? "not set (UTC)"));
            if (PassThru)
            {
                WriteObject(connection);
            }

            base.EndProcessing();
        }

        private ClockifyClientOptions ValidatedOptions()
        {
            var options = new ClockifyClientOptions { RateLimit = RateLimit, RateLimitPeriod = RateLimitPeriod, PerTryTimeout = RequestTimeout };
            try
            {
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                bool timeout = ex.ParamName == nameof(ClockifyClientOptions.PerTryTimeout);
                ThrowInvalidArgument(timeout ? "InvalidRequestTimeout" : "InvalidRateLimit", ClockifyErrors.MessageOf(ex), timeout ? (object)RequestTimeout : RateLimitPeriod);
            }

            return options;
        }

        private List<RegionEndpoints> ValidatedCandidates()
        {
            bool explicitEndpoint = Region != null || BaseUri != null || RegionBaseUri != null;
            string? baseText = BaseUri?.OriginalString ?? (explicitEndpoint ? null : Environment(BaseUriVariable));
            if (baseText != null && RegionBaseUri != null)
            {
                ThrowInvalidArgument("ConflictingParameters", "Give -BaseUri (one deployment) or -RegionBaseUri (one per region), not both.", null);
            }

            if (Subdomain != null && (baseText != null || RegionBaseUri != null))
            {
                ThrowInvalidArgument("ConflictingParameters", "-Subdomain moves Clockify's own reports host; with -BaseUri or -RegionBaseUri give -ReportsBaseUri instead.", Subdomain);
            }

            try
            {
                return ResolveCandidates(Region ?? (explicitEndpoint ? null : Environment(RegionVariable)), baseText);
            }
            catch (ArgumentException ex)
            {
                ThrowInvalidArgument(ex.ParamName == nameof(Region) ? "InvalidRegion" : "InvalidEndpoint", ClockifyErrors.MessageOf(ex), null);
            }
            catch (UriFormatException ex)
            {
                ThrowInvalidArgument("InvalidEndpoint", "A base URI is not a valid URI: " + ex.Message, null);
            }

            return new List<RegionEndpoints>();
        }

        private ClockifyIdentity AwaitIdentity(ClockifyApiClient client)
        {
            try
            {
                return Await(ClockifyConnector.GetIdentityAsync(client, Log, StopToken));
            }
            catch
            {
                client.Dispose();
                throw;
            }
        }

        private ClockifyConnection Establish(ClockifyApiClient client, ClockifyIdentity identity, string? workspaceId)
        {
            IReadOnlyList<ClockifyWorkspaceSummary> workspaces;
            try
            {
                workspaces = Await(ClockifyConnector.GetWorkspacesAsync(client, Log, StopToken));
            }
            catch (ClockifyApiException ex)
            {
                client.Dispose();
                ThrowApiError(ex, null);
                throw;
            }

            string? chosen = workspaceId ?? identity.ActiveWorkspace ?? identity.DefaultWorkspace ?? workspaces.FirstOrDefault()?.Id;
            ClockifyWorkspaceSummary? workspace = workspaces.FirstOrDefault(w => string.Equals(w.Id, chosen, StringComparison.OrdinalIgnoreCase));
            if (workspaceId != null && workspace is null)
            {
                client.Dispose();
                ThrowTerminatingError(new ErrorRecord(
                    new ItemNotFoundException(string.Format(CultureInfo.InvariantCulture, "The key's user is not a member of workspace {0}. Its workspaces: {1}.", workspaceId, string.Join(", ", workspaces.Select(w => w.Name + " (" + w.Id + ")")))),
                    "Clockify." + Operation + ".WorkspaceNotFound",
                    ErrorCategory.ObjectNotFound,
                    workspaceId));
            }

            return new ClockifyConnection(client, identity, workspace?.Id ?? chosen, workspace?.Name);
        }

        private ClockifyCredential ResolveCredential()
        {
            if (ApiKey != null && AddonToken != null)
            {
                ThrowInvalidArgument("AmbiguousCredential", "Give either -ApiKey or -AddonToken, not both: Clockify refuses a request that carries both headers.", null);
            }

            try
            {
                if (ApiKey != null)
                {
                    return new ClockifyCredential(ClockifyCredentialKind.ApiKey, ApiKey);
                }

                if (AddonToken != null)
                {
                    return new ClockifyCredential(ClockifyCredentialKind.AddonToken, AddonToken);
                }

                string? fromEnvironment = Environment(ApiKeyVariable);
                if (fromEnvironment is null)
                {
                    ThrowTerminatingError(new ErrorRecord(
                        new ArgumentException("No Clockify key: give -ApiKey (or -AddonToken), or set the environment variable " + ApiKeyVariable + " for unattended scripts."),
                        "Clockify." + Operation + ".MissingCredential",
                        ErrorCategory.AuthenticationError,
                        null));
                }

                WriteVerbose("Using the API key from " + ApiKeyVariable + ".");
                return ClockifyCredential.FromPlainText(ClockifyCredentialKind.ApiKey, fromEnvironment!);
            }
            catch (ArgumentException ex)
            {
                ThrowInvalidArgument("EmptyCredential", ClockifyErrors.MessageOf(ex), null);
                throw;
            }
        }

        private List<RegionEndpoints> ResolveCandidates(string? regionText, string? baseText)
        {
            bool auto = string.Equals(regionText, AutoRegion, StringComparison.OrdinalIgnoreCase);
            ClockifyRegion? region = null;
            if (regionText != null && !auto)
            {
                if (!Enum.TryParse(regionText, true, out ClockifyRegion parsed) || !Enum.IsDefined(typeof(ClockifyRegion), parsed))
                {
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "'{0}' is not a Clockify region. Use one of: {1}, {2}.", regionText, string.Join(", ", Enum.GetNames(typeof(ClockifyRegion))), AutoRegion), nameof(Region));
                }

                region = parsed;
            }

            if (Subdomain != null)
            {
                RegionEndpoints.ValidateSubdomain(Subdomain);
            }

            Dictionary<ClockifyRegion, Uri>? deployments = RegionDeployments();
            Uri? baseUri = baseText is null ? null : new Uri(baseText, UriKind.RelativeOrAbsolute);
            List<RegionEndpoints> candidates;
            if (baseUri != null)
            {
                candidates = new List<RegionEndpoints> { RegionEndpoints.ForDeployment(baseUri, region) };
            }
            else if (deployments != null)
            {
                IEnumerable<KeyValuePair<ClockifyRegion, Uri>> chosen = auto || region is null ? deployments : deployments.Where(d => d.Key == region);
                candidates = chosen.OrderBy(d => d.Key).Select(d => RegionEndpoints.ForDeployment(d.Value, d.Key)).ToList();
                if (candidates.Count == 0)
                {
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "-RegionBaseUri has no entry for region {0}.", region), nameof(RegionBaseUri));
                }
            }
            else if (auto)
            {
                candidates = Enum.GetValues(typeof(ClockifyRegion)).Cast<ClockifyRegion>().Select(r => RegionEndpoints.ForRegion(r, Subdomain)).ToList();
            }
            else
            {
                candidates = new List<RegionEndpoints> { RegionEndpoints.ForRegion(region ?? ClockifyRegion.Global, Subdomain) };
            }

            return candidates.Select(c => c.WithOverrides(ApiBaseUri, ReportsBaseUri, AuditLogBaseUri)).ToList();
        }

        private Dictionary<ClockifyRegion, Uri>? RegionDeployments()
        {
            if (RegionBaseUri is null)
            {
                return null;
            }

            var result = new Dictionary<ClockifyRegion, Uri>();
            foreach (DictionaryEntry entry in RegionBaseUri)
            {
                string name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                if (!Enum.TryParse(name, true, out ClockifyRegion region) || !Enum.IsDefined(typeof(ClockifyRegion), region))
                {
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "-RegionBaseUri key '{0}' is not a Clockify region. Use: {1}.", name, string.Join(", ", Enum.GetNames(typeof(ClockifyRegion)))), nameof(Region));
                }

                object? value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
                Uri uri = value as Uri ?? new Uri(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, UriKind.RelativeOrAbsolute);
                result[region] = RegionEndpoints.RequireAllowed(uri, nameof(RegionBaseUri));
            }

            return result;
        }

        private static string? Environment(string name)
        {
            string? value = System.Environment.GetEnvironmentVariable(name);
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
    }
}
