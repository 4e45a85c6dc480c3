using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>An expense category of a workspace.</summary>
    public sealed class ClockifyExpenseCategory
    {
        internal ClockifyExpenseCategory(ExpenseCategoryDto dto, string? workspaceId, string? currency)
        {
            Id = dto.Id;
            Name = dto.Name;
            WorkspaceId = dto.WorkspaceId ?? workspaceId;
            Archived = dto.Archived;
            Unit = dto.HasUnitPrice ? dto.Unit : null;
            UnitPrice = dto.HasUnitPrice && dto.PriceInCents is long cents ? new ClockifyMoney(cents / 100m, currency) : null;
        }

        /// <summary>The category id.</summary>
        public string Id { get; }

        /// <summary>The category id again, so a piped category binds to -CategoryId.</summary>
        public string CategoryId => Id;

        /// <summary>The category name.</summary>
        public string Name { get; }

        /// <summary>The workspace it belongs to.</summary>
        public string? WorkspaceId { get; }

        /// <summary>Whether the category is archived.</summary>
        public bool Archived { get; }

        /// <summary>The price of one unit in major units, for a category counted in units; null otherwise.</summary>
        public ClockifyMoney? UnitPrice { get; }

        /// <summary>The unit's name (km, piece), for a category counted in units.</summary>
        public string? Unit { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
