using System;
using System.Globalization;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Region
{
    /// <summary>
    /// <para type="synopsis">Moves a connection to another region's hosts, after checking that they accept its key.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyRegion", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyConnection))]
    public sealed class SetClockifyRegionCommand : ClockifyConnectedCmdlet
    {
        // A number, not an engine-typed field: see ClockifyRegionInfo.Region.
        private int region;

        /// <summary><para type="description">The region whose hosts the connection should use.</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        public ClockifyRegion Region { get => (ClockifyRegion)region; set => region = (int)value; }

        /// <summary><para type="description">The workspace's subdomain; reports then go to https://{subdomain}.clockify.me/report/v1.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Subdomain { get; set; }

        /// <summary><para type="description">A Clockify-shaped deployment serving that region: {BaseUri}/api/v1 and {BaseUri}/report/v1.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        /// <summary><para type="description">Writes the moved connection to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            RegionEndpoints endpoints;
            try
            {
                endpoints = BaseUri != null ? RegionEndpoints.ForDeployment(BaseUri, Region) : RegionEndpoints.ForRegion(Region, Subdomain);
            }
            catch (ArgumentException ex)
            {
                ThrowInvalidArgument("InvalidEndpoint", ClockifyErrors.MessageOf(ex), BaseUri ?? (object?)Subdomain);
                return;
            }

            ClockifyConnection connection = ActiveConnection;
            if (!ShouldProcess(connection.ToString(), string.Format(CultureInfo.InvariantCulture, "Move to region {0} ({1})", Region, endpoints.ApiBaseUri)))
            {
                return;
            }

            ClockifyApiClient moved = connection.ApiClient.WithEndpoints(endpoints);
            try
            {
                ClockifyIdentity identity = Await(ClockifyConnector.GetIdentityAsync(moved, Log, StopToken));
                if (!string.Equals(identity.Id, connection.UserId, StringComparison.Ordinal))
                {
                    WriteWarning("The key belongs to another user in region " + Region + " (" + identity.Email + ").");
                }
            }
            catch (ClockifyApiException ex)
            {
                // The connection stays where it was: a script keeps working if the move was a mistake.
                moved.Dispose();
                ThrowApiError(ex, Region);
                return;
            }
            catch
            {
                moved.Dispose();
                throw;
            }

            connection.MoveTo(moved);
            WriteVerbose("The connection now uses " + endpoints.ApiBaseUri + " and " + endpoints.ReportsBaseUri + ".");
            if (PassThru)
            {
                WriteObject(connection);
            }

            base.EndProcessing();
        }
    }
}
