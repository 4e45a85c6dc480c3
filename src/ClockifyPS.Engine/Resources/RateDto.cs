namespace ClockifyPS.Engine.Resources
{
    /// <summary>A rate or amount as Clockify sends it: an integer in cents (minor units) and a currency code.</summary>
    public sealed class RateDto
    {
        /// <summary>The amount in minor units (cents).</summary>
        public long Amount { get; set; }

        /// <summary>The currency code, e.g. USD.</summary>
        public string? Currency { get; set; }
    }

    /// <summary>A user's membership of a workspace, project or group, with the rates that apply there.</summary>
    public sealed class MembershipDto
    {
        /// <summary>The member.</summary>
        public string UserId { get; set; } = string.Empty;

        /// <summary>The workspace, project or group the membership is in.</summary>
        public string? TargetId { get; set; }

        /// <summary>WORKSPACE, PROJECT or USERGROUP.</summary>
        public string? MembershipType { get; set; }

        /// <summary>PENDING, ACTIVE, DECLINED or INACTIVE.</summary>
        public string? MembershipStatus { get; set; }

        /// <summary>The billable rate for this membership, if set.</summary>
        public RateDto? HourlyRate { get; set; }

        /// <summary>The cost rate for this membership, if set.</summary>
        public RateDto? CostRate { get; set; }
    }
}
