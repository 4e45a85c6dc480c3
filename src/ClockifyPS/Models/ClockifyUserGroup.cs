using System;
using System.Collections.Generic;
using System.Linq;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A user group of a workspace.</summary>
    public sealed class ClockifyUserGroup
    {
        internal ClockifyUserGroup(UserGroupDto dto)
        {
            Id = dto.Id;
            Name = dto.Name;
            WorkspaceId = dto.WorkspaceId;
            UserIds = dto.UserIds?.ToArray() ?? Array.Empty<string>();
        }

        /// <summary>The group id.</summary>
        public string Id { get; }

        /// <summary>The group id again, so a piped group binds to -UserGroupId.</summary>
        public string UserGroupId => Id;

        /// <summary>The group name.</summary>
        public string Name { get; }

        /// <summary>The workspace the group belongs to.</summary>
        public string WorkspaceId { get; }

        /// <summary>The members' user ids.</summary>
        public IReadOnlyList<string> UserIds { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
