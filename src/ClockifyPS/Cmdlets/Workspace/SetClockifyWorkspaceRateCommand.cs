using System;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Workspace
{
    /// <summary>
    /// <para type="synopsis">Sets a workspace's default billable (hourly) rate and/or cost rate, in major units (12.50), from now or from a date.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyWorkspaceRate", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyWorkspace))]
    public sealed class SetClockifyWorkspaceRateCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The default billable rate per hour, at most two decimals (12.50 is sent as 1250 cents).</para></summary>
        [Parameter]
        public decimal? HourlyRate { get; set; }

        /// <summary><para type="description">The currency of -HourlyRate (ISO code such as EUR). Default: the workspace's current billable-rate currency.</para></summary>
        [Parameter]
        [ValidatePattern("^[A-Za-z]{3}$")]
        public string? Currency { get; set; }

        /// <summary><para type="description">The default cost rate per hour, at most two decimals.</para></summary>
        [Parameter]
        public decimal? CostRate { get; set; }

        /// <summary><para type="description">The rate applies to time from this moment on; without it, from now. Text without an offset is read in this machine's zone.</para></summary>
        [Parameter]
        public ClockifyDateTime? Since { get; set; }

        /// <summary><para type="description">Writes the workspace, with its rates in major units, after the change.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (RateArgument.Check(HourlyRate, CostRate, Operation, workspace, out int? hourly, out int? cost) is ErrorRecord error)
            {
                ThrowTerminatingError(error);
            }

            if (Currency != null && hourly is null)
            {
                ThrowInvalidArgument("CurrencyWithoutRate", "-Currency goes with -HourlyRate (Clockify's cost rate takes no currency).", Currency);
            }

            DateTimeOffset? since = Since?.Resolve(null);
            WorkspaceDto? answer = null;
            if (hourly is int hourlyCents)
            {
                // Clockify requires the currency with the billable rate: keep the workspace's when none is given.
                string currency = Currency?.ToUpperInvariant() ?? Send<WorkspaceDto>(WorkspaceApi.Get(workspace), workspace).HourlyRate?.Currency ?? "USD";
                if (ShouldProcess("workspace " + workspace, "Set default hourly rate " + HourlyRate + " " + currency)
                    && TrySend(UserAdminApi.SetWorkspaceHourlyRate(workspace, hourlyCents, currency, since), workspace, out WorkspaceDto afterHourly))
                {
                    answer = afterHourly;
                }
            }

            if (cost is int costCents && ShouldProcess("workspace " + workspace, "Set default cost rate " + CostRate)
                && TrySend(UserAdminApi.SetWorkspaceCostRate(workspace, costCents, since), workspace, out WorkspaceDto afterCost))
            {
                answer = afterCost;
            }

            if (PassThru && answer != null)
            {
                WriteObject(new ClockifyWorkspace(answer));
            }
        }
    }
}
