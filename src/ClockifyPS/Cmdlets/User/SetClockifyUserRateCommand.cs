using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.User
{
    /// <summary>
    /// <para type="synopsis">Sets a member's billable (hourly) rate and/or cost rate in a workspace, in major units (12.50), from now or from a date.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyUserRate", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyMembership))]
    public sealed class SetClockifyUserRateCommand : ClockifyUserCmdlet
    {
        /// <summary><para type="description">The billable rate per hour in the workspace's currency, at most two decimals (12.50 is sent as 1250 cents).</para></summary>
        [Parameter]
        public decimal? HourlyRate { get; set; }

        /// <summary><para type="description">The cost rate per hour in the workspace's currency, at most two decimals.</para></summary>
        [Parameter]
        public decimal? CostRate { get; set; }

        /// <summary><para type="description">The rate applies to time from this moment on (Clockify's historic rates); without it, from now. Text without an offset is read in this machine's zone.</para></summary>
        [Parameter]
        public ClockifyDateTime? Since { get; set; }

        /// <summary><para type="description">Writes the member's workspace membership, with both rates in major units, after the change.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (RateArgument.Check(HourlyRate, CostRate, Operation, User, out int? hourly, out int? cost) is ErrorRecord error)
            {
                ThrowTerminatingError(error);
            }

            DateTimeOffset? since = Since?.Resolve(null);
            CheckUser();
            string? userId = ResolveUser(workspace);
            if (userId is null)
            {
                return;
            }

            string from = since is DateTimeOffset at ? " from " + at.UtcDateTime.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
            WorkspaceDto? answer = null;
            if (hourly is int hourlyCents && ShouldProcess(Describe(userId), "Set hourly rate " + HourlyRate + from)
                && TrySend(UserAdminApi.SetUserHourlyRate(workspace, userId, hourlyCents, since), userId, out WorkspaceDto afterHourly))
            {
                answer = afterHourly;
            }

            if (cost is int costCents && ShouldProcess(Describe(userId), "Set cost rate " + CostRate + from)
                && TrySend(UserAdminApi.SetUserCostRate(workspace, userId, costCents, since), userId, out WorkspaceDto afterCost))
            {
                answer = afterCost;
            }

            if (PassThru && answer?.Memberships?.FirstOrDefault(m => m.UserId == userId && m.MembershipType == "WORKSPACE") is { } membership)
            {
                WriteObject(new ClockifyMembership(membership));
            }
        }
    }
}
