using System;
using System.Collections.Generic;
using System.Linq;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A project of a workspace.</summary>
    public sealed class ClockifyProject
    {
        internal ClockifyProject(ProjectDto dto, bool hydrated)
        {
            Id = dto.Id;
            Name = dto.Name;
            WorkspaceId = dto.WorkspaceId;
            ClientId = string.IsNullOrEmpty(dto.ClientId) ? null : dto.ClientId;
            ClientName = string.IsNullOrEmpty(dto.ClientName) ? null : dto.ClientName;
            Archived = dto.Archived;
            Billable = dto.Billable;
            Public = dto.Public;
            Color = dto.Color;
            Note = dto.Note;
            Duration = DurationText.ParseOrNull(dto.Duration);
            HourlyRate = ClockifyMoney.FromCents(dto.HourlyRate);
            CostRate = ClockifyMoney.FromCents(dto.CostRate);
            Memberships = hydrated ? (dto.Memberships ?? new List<MembershipDto>()).Select(m => new ClockifyMembership(m)).ToList() : null;
        }

        /// <summary>The project id.</summary>
        public string Id { get; }

        /// <summary>The project id again, so a piped project binds to -ProjectId (Get-ClockifyTask, New-ClockifyTask).</summary>
        public string ProjectId => Id;

        /// <summary>The project name.</summary>
        public string Name { get; }

        /// <summary>The workspace the project belongs to.</summary>
        public string WorkspaceId { get; }

        /// <summary>The client id; null when the project has no client.</summary>
        public string? ClientId { get; }

        /// <summary>The client name; null when the project has no client.</summary>
        public string? ClientName { get; }

        /// <summary>Whether the project is archived.</summary>
        public bool Archived { get; }

        /// <summary>Whether time on the project is billable by default.</summary>
        public bool Billable { get; }

        /// <summary>Whether every workspace member can track time on the project.</summary>
        public bool Public { get; }

        /// <summary>The colour, #RRGGBB.</summary>
        public string? Color { get; }

        /// <summary>Free-text note.</summary>
        public string? Note { get; }

        /// <summary>Time tracked on the project so far.</summary>
        public TimeSpan? Duration { get; }

        /// <summary>The project's billable rate in major units, if set.</summary>
        public ClockifyMoney? HourlyRate { get; }

        /// <summary>The project's cost rate in major units, if set.</summary>
        public ClockifyMoney? CostRate { get; }

        /// <summary>The members and their project rates; null unless read with -Hydrated.</summary>
        public IReadOnlyList<ClockifyMembership>? Memberships { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
