using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A tag of a workspace.</summary>
    public sealed class ClockifyTag
    {
        internal ClockifyTag(TagDto dto)
        {
            Id = dto.Id;
            Name = dto.Name;
            WorkspaceId = dto.WorkspaceId;
            Archived = dto.Archived;
        }

        /// <summary>The tag id.</summary>
        public string Id { get; }

        /// <summary>The tag id again, so a piped tag binds to -TagId.</summary>
        public string TagId => Id;

        /// <summary>The tag name.</summary>
        public string Name { get; }

        /// <summary>The workspace the tag belongs to.</summary>
        public string WorkspaceId { get; }

        /// <summary>Whether the tag is archived.</summary>
        public bool Archived { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
