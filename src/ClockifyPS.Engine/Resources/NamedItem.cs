namespace ClockifyPS.Engine.Resources
{
    /// <summary>The id and name every Clockify entity has: enough for name lookups and tab completion.</summary>
    public sealed class NamedItem
    {
        /// <summary>The entity id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The entity name.</summary>
        public string? Name { get; set; }

        /// <summary>The client's name, on projects (lets an ambiguous project name be told apart).</summary>
        public string? ClientName { get; set; }
    }
}
