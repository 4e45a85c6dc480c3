using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;

namespace ClockifyPS.Internal
{
    /// <summary>The policy settings New- and Set-ClockifyTimeOffPolicy share, with their checks.</summary>
    public abstract class TimeOffPolicyCmdlet : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">Whether half days may be requested.</para></summary>
        [Parameter]
        public SwitchParameter AllowHalfDay { get; set; }

        /// <summary><para type="description">Whether balances may go below zero.</para></summary>
        [Parameter]
        public SwitchParameter AllowNegativeBalance { get; set; }

        /// <summary><para type="description">Whether requests need approval (by the team managers).</para></summary>
        [Parameter]
        public SwitchParameter RequiresApproval { get; set; }

        /// <summary><para type="description">Applies the policy to everyone, including users who join later.</para></summary>
        [Parameter]
        public SwitchParameter EveryoneIncludingNew { get; set; }

        /// <summary><para type="description">The colour, #RRGGBB.</para></summary>
        [Parameter]
        [ValidatePattern("^#[0-9a-fA-F]{6}$")]
        public string? Color { get; set; }

        /// <summary><para type="description">The icon.</para></summary>
        [Parameter]
        [ValidateSet("UMBRELLA", "SNOWFLAKE", "FAMILY", "PLANE", "STETHOSCOPE", "HEALTH_METRICS", "CHILDCARE", "LUGGAGE", "MONETIZATION", "CALENDAR")]
        public string? Icon { get; set; }

        /// <summary><para type="description">The users the policy applies to.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNull]
        public string[]? UserId { get; set; }

        /// <summary><para type="description">The user groups the policy applies to.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(UserGroupIdCompleter))]
        [ValidateNotNull]
        public string[]? UserGroupId { get; set; }

        /// <summary>Whether a switch was given at all (-X:$false counts): unset switches keep the current value.</summary>
        protected bool Given(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);

        /// <summary>The user and group ids, checked before any request.</summary>
        protected (string[]? Users, string[]? Groups) Members()
        {
            foreach (string id in UserId ?? System.Array.Empty<string>())
            {
                RequireId(nameof(UserId), id);
            }

            foreach (string id in UserGroupId ?? System.Array.Empty<string>())
            {
                RequireId(nameof(UserGroupId), id);
            }

            return (UserId?.Distinct().ToArray(), UserGroupId?.Distinct().ToArray());
        }
    }
}
