namespace ClockifyPS.Models
{
    /// <summary>One level of a report row's grouping: what it groups by, and the group's id and name.</summary>
    public sealed class ClockifyReportGroup
    {
        internal ClockifyReportGroup(string kind, string? id, string? name)
        {
            Kind = kind;
            Id = string.IsNullOrEmpty(id) ? null : id;
            Name = name;
        }

        /// <summary>Project, Client, Task, Tag, Date, User, UserGroup or TimeEntry.</summary>
        public string Kind { get; }

        /// <summary>The group's id (the date for Date, the description for TimeEntry); null for "Without project" and the like.</summary>
        public string? Id { get; }

        /// <summary>The group's name as Clockify shows it.</summary>
        public string? Name { get; }

        /// <inheritdoc />
        public override string ToString() => Kind + "=" + Name;
    }
}
