using System;

namespace ClockifyPS
{
    /// <summary>What a summary or weekly report groups by.</summary>
    public enum ClockifyReportGrouping
    {
        /// <summary>By project.</summary>
        Project,

        /// <summary>By client.</summary>
        Client,

        /// <summary>By task.</summary>
        Task,

        /// <summary>By tag (an entry with two tags counts in both).</summary>
        Tag,

        /// <summary>By day, in the report's zone.</summary>
        Date,

        /// <summary>By user.</summary>
        User,

        /// <summary>By user group.</summary>
        UserGroup,

        /// <summary>By description.</summary>
        TimeEntry,
    }
}

namespace ClockifyPS.Internal
{
    /// <summary>The Reports API's names for the groupings.</summary>
    internal static class ReportGroupings
    {
        public static string ApiName(ClockifyReportGrouping grouping) => grouping switch
        {
            ClockifyReportGrouping.UserGroup => "USER_GROUP",
            ClockifyReportGrouping.TimeEntry => "TIMEENTRY",
            _ => grouping.ToString().ToUpperInvariant(),
        };
    }
}
