using System;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeOff
{
    /// <summary>
    /// <para type="synopsis">Creates a time-off policy (a kind of leave with its rules) and writes it to the pipeline.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyTimeOffPolicy", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTimeOffPolicy))]
    public sealed class NewClockifyTimeOffPolicyCommand : TimeOffPolicyCmdlet
    {
        /// <summary><para type="description">The new policy's name.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary><para type="description">Days (default) or Hours: the unit of balances and requests. Clockify cannot change it later.</para></summary>
        [Parameter]
        [ValidateSet("Days", "Hours")]
        public string TimeUnit { get; set; } = "Days";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            (string[]? users, string[]? groups) = Members();
            var policy = new TimeOffPolicyWrite
            {
                Name = Name,
                TimeUnit = TimeUnit.ToUpperInvariant(),
                Approve = new TimeOffApprovalDto { RequiresApproval = RequiresApproval, TeamManagers = RequiresApproval },
                AllowHalfDay = AllowHalfDay,
                AllowNegativeBalance = AllowNegativeBalance,
                EveryoneIncludingNew = EveryoneIncludingNew,
                Color = Color,
                Icon = Icon,
                UserIds = users ?? Array.Empty<string>(),
                UserGroupIds = groups ?? Array.Empty<string>(),
            };
            if (ShouldProcess("workspace " + workspace, "Create time-off policy '" + Name + "'")
                && TrySend(TimeOffPolicyApi.Create(workspace, policy), Name, out TimeOffPolicyDto created))
            {
                WriteObject(new ClockifyTimeOffPolicy(created));
            }
        }
    }
}
