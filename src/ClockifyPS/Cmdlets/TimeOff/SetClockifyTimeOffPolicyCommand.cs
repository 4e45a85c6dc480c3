using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeOff
{
    /// <summary>
    /// <para type="synopsis">Changes a time-off policy: name, rules, members, or archives and restores it.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyTimeOffPolicy", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTimeOffPolicy))]
    public sealed class SetClockifyTimeOffPolicyCommand : TimeOffPolicyCmdlet
    {
        /// <summary><para type="description">The id of the policy to change; binds from piped policies.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("PolicyId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The new name.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">Archives the policy; -Archived:$false restores it.</para></summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary><para type="description">Whether balances expire. Clockify needs it to replace a policy but does not send it back, so it must be given with any change but -Archived.</para></summary>
        [Parameter]
        public bool? HasExpiration { get; set; }

        /// <summary><para type="description">Writes the changed policy to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            (string[]? users, string[]? groups) = Members();
            string[] changes = { nameof(Name), nameof(AllowHalfDay), nameof(AllowNegativeBalance), nameof(RequiresApproval), nameof(EveryoneIncludingNew), nameof(Color), nameof(Icon), nameof(UserId), nameof(UserGroupId), nameof(HasExpiration) };
            bool replacing = changes.Any(Given);
            if (!replacing && !Given(nameof(Archived)))
            {
                ThrowInvalidArgument("NothingToChange", "Give what to change: -Name, -Archived, -AllowHalfDay, -RequiresApproval, -UserId... ", Id);
            }

            if (!replacing)
            {
                // Archiving alone has its own request, which leaves everything else untouched.
                if (ShouldProcess("time-off policy " + Id, Archived ? "Archive" : "Restore")
                    && TrySend(TimeOffPolicyApi.SetStatus(workspace, Id, Archived), Id, out TimeOffPolicyDto changed))
                {
                    Done(changed);
                }

                return;
            }

            // Clockify's PUT replaces the policy: start from what it is now so unnamed settings keep their values.
            if (!TrySend(TimeOffPolicyApi.Get(workspace, Id), Id, out TimeOffPolicyDto current))
            {
                return;
            }

            bool? expiration = HasExpiration ?? current.HasExpiration;
            if (expiration is null)
            {
                WriteError(ClockifyErrors.InvalidArgument(Operation, "ExpirationUnknown", "Clockify does not say whether policy '" + current.Name + "' has expiring balances, and replacing it needs that: add -HasExpiration $true or $false.", Id));
                return;
            }

            bool requiresApproval = Given(nameof(RequiresApproval)) ? RequiresApproval.IsPresent : current.Approve?.RequiresApproval ?? false;
            var policy = new TimeOffPolicyWrite
            {
                Name = Name ?? current.Name,
                Approve = Given(nameof(RequiresApproval)) ? new TimeOffApprovalDto { RequiresApproval = requiresApproval, TeamManagers = requiresApproval } : current.Approve ?? new TimeOffApprovalDto(),
                AllowHalfDay = Given(nameof(AllowHalfDay)) ? AllowHalfDay.IsPresent : current.AllowHalfDay,
                AllowNegativeBalance = Given(nameof(AllowNegativeBalance)) ? AllowNegativeBalance.IsPresent : current.AllowNegativeBalance,
                Archived = Given(nameof(Archived)) ? Archived.IsPresent : current.Archived,
                EveryoneIncludingNew = Given(nameof(EveryoneIncludingNew)) ? EveryoneIncludingNew.IsPresent : current.EveryoneIncludingNew,
                HasExpiration = expiration.Value,
                Color = Color ?? current.Color,
                Icon = Icon ?? current.Icon,
                UserIds = users ?? current.UserIds?.ToArray() ?? Array.Empty<string>(),
                UserGroupIds = groups ?? current.UserGroupIds?.ToArray() ?? Array.Empty<string>(),
                AutomaticAccrual = current.AutomaticAccrual,
                NegativeBalance = current.NegativeBalance,
            };
            if (ShouldProcess("time-off policy '" + current.Name + "' (" + Id + ")", "Replace settings (name '" + policy.Name + "', archived " + policy.Archived + ")")
                && TrySend(TimeOffPolicyApi.Update(workspace, Id, policy), Id, out TimeOffPolicyDto updated))
            {
                Done(updated);
            }
        }

        private void Done(TimeOffPolicyDto policy)
        {
            if (PassThru)
            {
                WriteObject(new ClockifyTimeOffPolicy(policy));
            }
        }
    }
}
