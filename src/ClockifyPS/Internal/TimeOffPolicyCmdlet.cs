using System.Management.Automation;

namespace ClockifyPS.Internal
{
    /// <summary>The policy rules New- and Set-ClockifyTimeOffPolicy share.</summary>
    public abstract class TimeOffPolicyCmdlet : AssignedCmdlet
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

        /// <summary><para type="description">The icon.</para></summary>
        [Parameter]
        [ValidateSet("UMBRELLA", "SNOWFLAKE", "FAMILY", "PLANE", "STETHOSCOPE", "HEALTH_METRICS", "CHILDCARE", "LUGGAGE", "MONETIZATION", "CALENDAR")]
        public string? Icon { get; set; }
    }
}
