using System.Globalization;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeOff
{
    /// <summary>
    /// <para type="synopsis">Adjusts users' time-off balances under a policy by an amount (days or hours, as the policy counts), with a note.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyTimeOffBalance", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTimeOffBalance))]
    public sealed class SetClockifyTimeOffBalanceCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The policy whose balances change; binds from piped policies and balances.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string PolicyId { get; set; } = string.Empty;

        /// <summary><para type="description">The users whose balance changes; binds from piped users and balances.</para></summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] UserId { get; set; } = System.Array.Empty<string>();

        /// <summary><para type="description">How much to add (negative: take away), -10000 to 10000, in the policy's unit.</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateRange(-10000.0, 10000.0)]
        public double Adjustment { get; set; }

        /// <summary><para type="description">Why, for the balance history.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Note { get; set; }

        /// <summary><para type="description">Writes each user's balance under the policy afterwards.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(PolicyId), PolicyId);
            foreach (string id in UserId)
            {
                RequireId(nameof(UserId), id);
            }

            string[] users = UserId.Distinct().ToArray();
            string change = Adjustment.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture);
            if (!ShouldProcess("balance of " + string.Join(", ", users) + " under policy " + PolicyId, "Adjust by " + change)
                || !TrySend(TimeOffBalanceApi.Adjust(workspace, PolicyId, users, Adjustment, Note), PolicyId)
                || !PassThru)
            {
                return;
            }

            foreach (string user in users)
            {
                if (TrySend(TimeOffBalanceApi.ForUser(workspace, user).ForPage(1, GetClockifyTimeOffBalanceCommand.PageSize), user, out TimeOffBalancePageDto page))
                {
                    foreach (TimeOffBalanceDto balance in (page.Balances ?? Enumerable.Empty<TimeOffBalanceDto>()).Where(b => b.PolicyId == PolicyId))
                    {
                        WriteObject(new ClockifyTimeOffBalance(balance));
                    }
                }
            }
        }
    }
}
