using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Models
{
    /// <summary>A client (customer) of a workspace.</summary>
    public sealed class ClockifyClient
    {
        internal ClockifyClient(ClientDto dto)
        {
            Id = dto.Id;
            Name = dto.Name;
            WorkspaceId = dto.WorkspaceId;
            Archived = dto.Archived;
            Address = dto.Address;
            Email = dto.Email;
            Note = dto.Note;
            CurrencyCode = dto.CurrencyCode;
        }

        /// <summary>The client id.</summary>
        public string Id { get; }

        /// <summary>The client id again, so a piped client binds to -ClientId (Get-ClockifyProject, Set-ClockifyClient).</summary>
        public string ClientId => Id;

        /// <summary>The client name.</summary>
        public string Name { get; }

        /// <summary>The workspace the client belongs to.</summary>
        public string WorkspaceId { get; }

        /// <summary>Whether the client is archived.</summary>
        public bool Archived { get; }

        /// <summary>Postal address.</summary>
        public string? Address { get; }

        /// <summary>Contact email.</summary>
        public string? Email { get; }

        /// <summary>Free-text note.</summary>
        public string? Note { get; }

        /// <summary>Invoice currency code, e.g. EUR.</summary>
        public string? CurrencyCode { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
