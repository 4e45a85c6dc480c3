using System;
using System.Globalization;
using System.Linq;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>Builds API paths from ids, escaping each segment so an id can never change the route.</summary>
    public static class ApiPath
    {
        /// <summary>Joins <c>/workspaces/{workspaceId}</c> and further segments, e.g. Workspace(ws, "tags", id).</summary>
        public static string Workspace(string workspaceId, params string[] segments) =>
            "/workspaces/" + Escape(workspaceId) + string.Concat(segments.Select(s => "/" + Escape(s)));

        /// <summary>A boolean as Clockify's query strings spell it.</summary>
        public static string Flag(bool value) => value ? "true" : "false";

        /// <summary>An integer in invariant form.</summary>
        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Escape(string segment)
        {
            if (string.IsNullOrEmpty(segment))
            {
                throw new ArgumentException("A path segment (an id) is empty.", nameof(segment));
            }

            return Uri.EscapeDataString(segment);
        }
    }
}
