using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A user's membership of a workspace, project or user group, with the rates that apply there.</summary>
    public sealed class ClockifyMembership
    {
        internal ClockifyMembership(MembershipDto dto)
        {
            UserId = dto.UserId;
            TargetId = dto.TargetId;
            MembershipType = dto.MembershipType;
            MembershipStatus = dto.MembershipStatus;
            HourlyRate = ClockifyMoney.FromCents(dto.HourlyRate);
            CostRate = ClockifyMoney.FromCents(dto.CostRate);
        }

        /// <summary>The member.</summary>
        public string UserId { get; }

        /// <summary>The workspace, project or group.</summary>
        public string? TargetId { get; }

        /// <summary>WORKSPACE, PROJECT or USERGROUP.</summary>
        public string? MembershipType { get; }

        /// <summary>PENDING, ACTIVE, DECLINED or INACTIVE.</summary>
        public string? MembershipStatus { get; }

        /// <summary>The billable rate in major units, if set.</summary>
        public ClockifyMoney? HourlyRate { get; }

        /// <summary>The cost rate in major units, if set.</summary>
        public ClockifyMoney? CostRate { get; }
    }
}
