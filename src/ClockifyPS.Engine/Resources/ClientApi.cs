using System.Collections.Generic;
using System.Net.Http;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A client (customer) as Clockify sends it (ClientWithCurrencyDtoV1).</summary>
    public sealed class ClientDto
    {
        /// <summary>The client id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The client name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>The workspace the client belongs to.</summary>
        public string WorkspaceId { get; set; } = string.Empty;

        /// <summary>Whether the client is archived.</summary>
        public bool Archived { get; set; }

        /// <summary>Postal address.</summary>
        public string? Address { get; set; }

        /// <summary>Contact email.</summary>
        public string? Email { get; set; }

        /// <summary>Free-text note.</summary>
        public string? Note { get; set; }

        /// <summary>Invoice currency code, e.g. EUR.</summary>
        public string? CurrencyCode { get; set; }

        /// <summary>Invoice currency id.</summary>
        public string? CurrencyId { get; set; }

        /// <summary>Extra invoice recipients.</summary>
        public List<string>? CcEmails { get; set; }
    }

    /// <summary>The writable fields of a client; null leaves a field out.</summary>
    public sealed class ClientFields
    {
        /// <summary>The client name.</summary>
        public string? Name { get; set; }

        /// <summary>Postal address.</summary>
        public string? Address { get; set; }

        /// <summary>Contact email.</summary>
        public string? Email { get; set; }

        /// <summary>Free-text note.</summary>
        public string? Note { get; set; }

        /// <summary>Whether the client is archived (update only).</summary>
        public bool? Archived { get; set; }
    }

    /// <summary>Requests for <c>/workspaces/{workspaceId}/clients</c>.</summary>
    public static class ClientApi
    {
        /// <summary>Lists clients; <paramref name="archived"/> null asks for both.</summary>
        public static ClockifyRequest List(string workspaceId, string? name, bool? archived)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "clients"));
            if (!string.IsNullOrEmpty(name))
            {
                request.With("name", name!);
            }

            if (archived is bool flag)
            {
                request.With("archived", ApiPath.Flag(flag));
            }

            return request;
        }

        /// <summary>One client.</summary>
        public static ClockifyRequest Get(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "clients", id));

        /// <summary>Creates a client.</summary>
        public static ClockifyRequest Create(string workspaceId, ClientFields fields) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "clients")) { JsonBody = ClockifyJson.Serialize(new { fields.Name, fields.Address, fields.Email, fields.Note }) };

        /// <summary>Replaces a client's fields (send them all: Clockify's PUT replaces).</summary>
        public static ClockifyRequest Update(string workspaceId, string id, ClientFields fields) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "clients", id)) { JsonBody = ClockifyJson.Serialize(fields) };

        /// <summary>Deletes a client.</summary>
        public static ClockifyRequest Delete(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "clients", id));
    }
}
