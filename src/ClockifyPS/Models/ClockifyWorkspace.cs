using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A workspace the key's user belongs to.</summary>
    public sealed class ClockifyWorkspace
    {
        internal ClockifyWorkspace(WorkspaceDto dto)
        {
            Id = dto.Id;
            Name = dto.Name ?? string.Empty;
            HourlyRate = ClockifyMoney.FromCents(dto.HourlyRate);
            CostRate = ClockifyMoney.FromCents(dto.CostRate);
            ImageUrl = string.IsNullOrEmpty(dto.ImageUrl) ? null : dto.ImageUrl;
            Subdomain = dto.Subdomain is { Enabled: true } subdomain && !string.IsNullOrEmpty(subdomain.Name) ? subdomain.Name : null;
            MemberCount = dto.Memberships?.Count ?? 0;
        }

        /// <summary>The workspace id.</summary>
        public string Id { get; }

        /// <summary>The workspace id again, so a piped workspace binds to -WorkspaceId.</summary>
        public string WorkspaceId => Id;

        /// <summary>The workspace name.</summary>
        public string Name { get; }

        /// <summary>The default billable rate in major units, if set.</summary>
        public ClockifyMoney? HourlyRate { get; }

        /// <summary>The default cost rate in major units, if set.</summary>
        public ClockifyMoney? CostRate { get; }

        /// <summary>The workspace image's URL, if any.</summary>
        public string? ImageUrl { get; }

        /// <summary>The subdomain (name.clockify.me) when one is enabled; such a workspace needs its own key.</summary>
        public string? Subdomain { get; }

        /// <summary>How many workspace memberships Clockify listed (all statuses).</summary>
        public int MemberCount { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
