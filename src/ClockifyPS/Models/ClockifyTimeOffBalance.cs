using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>One user's time-off balance under one policy.</summary>
    public sealed class ClockifyTimeOffBalance
    {
        internal ClockifyTimeOffBalance(TimeOffBalanceDto dto)
        {
            Id = dto.Id;
            WorkspaceId = dto.WorkspaceId;
            UserId = dto.UserId;
            UserName = dto.UserName;
            PolicyId = dto.PolicyId;
            PolicyName = dto.PolicyName;
            PolicyArchived = dto.PolicyArchived;
            TimeUnit = dto.PolicyTimeUnit;
            Balance = dto.Balance;
            Used = dto.Used;
            Total = dto.Total;
            NegativeBalanceLimit = dto.NegativeBalanceAmount;
            NegativeBalanceUsed = dto.NegativeBalanceUsed;
        }

        /// <summary>The balance id.</summary>
        public string Id { get; }

        /// <summary>The id again, in the name the other models use.</summary>
        public string TimeOffBalanceId => Id;

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; }

        /// <summary>The user.</summary>
        public string? UserId { get; }

        /// <summary>The user's name.</summary>
        public string? UserName { get; }

        /// <summary>The policy; a piped balance binds to -PolicyId.</summary>
        public string? PolicyId { get; }

        /// <summary>The policy's name.</summary>
        public string? PolicyName { get; }

        /// <summary>Whether the policy is archived.</summary>
        public bool PolicyArchived { get; }

        /// <summary>DAYS or HOURS: the unit of the amounts.</summary>
        public string? TimeUnit { get; }

        /// <summary>What is left.</summary>
        public double Balance { get; }

        /// <summary>What was used.</summary>
        public double Used { get; }

        /// <summary>What was granted in all.</summary>
        public double Total { get; }

        /// <summary>How far below zero the balance may go.</summary>
        public double? NegativeBalanceLimit { get; }

        /// <summary>What was used below zero.</summary>
        public double? NegativeBalanceUsed { get; }

        /// <inheritdoc />
        public override string ToString() => (UserName ?? UserId) + " " + PolicyName + " " + Balance.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
