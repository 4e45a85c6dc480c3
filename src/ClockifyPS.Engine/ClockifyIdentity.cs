using System.Text.Json.Serialization;

namespace ClockifyPS.Engine
{
    /// <summary>Who a key belongs to, from <c>GET /user</c>.</summary>
    public sealed class ClockifyIdentity
    {
        /// <summary>The user's id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The user's display name.</summary>
        public string? Name { get; set; }

        /// <summary>The user's email.</summary>
        public string? Email { get; set; }

        /// <summary>The workspace the user last worked in.</summary>
        public string? ActiveWorkspace { get; set; }

        /// <summary>The user's default workspace.</summary>
        public string? DefaultWorkspace { get; set; }

        /// <summary>Profile settings; Clockify may send null.</summary>
        public ClockifyUserSettings? Settings { get; set; }

        /// <summary>The profile time zone (IANA id), or null when the profile has none.</summary>
        [JsonIgnore]
        public string? TimeZone => Settings?.TimeZone;
    }

    /// <summary>The part of a user's settings the module needs.</summary>
    public sealed class ClockifyUserSettings
    {
        /// <summary>The profile time zone, an IANA id such as Europe/Berlin.</summary>
        public string? TimeZone { get; set; }

        /// <summary>The first day of the user's week: MONDAY, SUNDAY...</summary>
        public string? WeekStart { get; set; }
    }

    /// <summary>A workspace's id and name, from <c>GET /workspaces</c>.</summary>
    public sealed class ClockifyWorkspaceSummary
    {
        /// <summary>The workspace id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The workspace name.</summary>
        public string? Name { get; set; }
    }
}
