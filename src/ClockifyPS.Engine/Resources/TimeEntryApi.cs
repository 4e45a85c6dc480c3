using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>A time entry as Clockify sends it (TimeEntryWithRatesDtoV1 / TimeEntryDtoImplV1).</summary>
    [JsonConverter(typeof(TimeEntryDtoConverter))]
    public sealed class TimeEntryDto
    {
        /// <summary>The entry id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>What was done.</summary>
        public string? Description { get; set; }

        /// <summary>The workspace.</summary>
        public string WorkspaceId { get; set; } = string.Empty;

        /// <summary>Whose time it is.</summary>
        public string UserId { get; set; } = string.Empty;

        /// <summary>The project, if any.</summary>
        public string? ProjectId { get; set; }

        /// <summary>The task, if any.</summary>
        public string? TaskId { get; set; }

        /// <summary>The tags.</summary>
        public List<string>? TagIds { get; set; }

        /// <summary>Whether the time is billable.</summary>
        public bool Billable { get; set; }

        /// <summary>REGULAR, BREAK, HOLIDAY or TIME_OFF.</summary>
        public string? Type { get; set; }

        /// <summary>Whether approval or a lock date froze the entry.</summary>
        public bool IsLocked { get; set; }

        /// <summary>Start, end (UTC text) and ISO duration; end and duration are null while running.</summary>
        public TimeIntervalDto TimeInterval { get; set; } = new TimeIntervalDto();

        /// <summary>Custom field values (read side).</summary>
        public List<CustomFieldValueDto>? CustomFieldValues { get; set; }

        /// <summary>The billable rate applied, in cents.</summary>
        public RateDto? HourlyRate { get; set; }

        /// <summary>The cost rate applied, in cents.</summary>
        public RateDto? CostRate { get; set; }
    }

    /// <summary>When an entry ran.</summary>
    public sealed class TimeIntervalDto
    {
        /// <summary>Start, UTC.</summary>
        public string? Start { get; set; }

        /// <summary>End, UTC; null while running.</summary>
        public string? End { get; set; }

        /// <summary>ISO-8601 duration; null while running.</summary>
        public string? Duration { get; set; }
    }

    /// <summary>A custom field's value on an entry.</summary>
    public sealed class CustomFieldValueDto
    {
        /// <summary>The custom field.</summary>
        public string CustomFieldId { get; set; } = string.Empty;

        /// <summary>The field's name, when sent.</summary>
        public string? Name { get; set; }

        /// <summary>The field's type, when sent.</summary>
        public string? Type { get; set; }

        /// <summary>The value, whatever JSON it is.</summary>
        public JsonElement Value { get; set; }
    }

    /// <summary>The fields of a time entry to write. Times are already Clockify's UTC text.</summary>
    public sealed class TimeEntryWrite
    {
        /// <summary>Start, UTC text.</summary>
        public string Start { get; set; } = string.Empty;

        /// <summary>End, UTC text; null starts a timer.</summary>
        public string? End { get; set; }

        /// <summary>What was done.</summary>
        public string? Description { get; set; }

        /// <summary>The project.</summary>
        public string? ProjectId { get; set; }

        /// <summary>The task.</summary>
        public string? TaskId { get; set; }

        /// <summary>The tags.</summary>
        public List<string>? TagIds { get; set; }

        /// <summary>Whether billable; null leaves it to the project's default.</summary>
        public bool? Billable { get; set; }

        /// <summary>Custom field values, written under the key Clockify reads on write (customFields).</summary>
        public List<CustomFieldWrite>? CustomFields { get; set; }
    }

    /// <summary>One custom field value to write.</summary>
    public sealed class CustomFieldWrite
    {
        /// <summary>The custom field.</summary>
        public string CustomFieldId { get; set; } = string.Empty;

        /// <summary>The value.</summary>
        public object? Value { get; set; }
    }

    /// <summary>The filters of the per-user time-entry list.</summary>
    public sealed class TimeEntryQuery
    {
        /// <summary>Wall-clock start filter (already converted for the profile zone).</summary>
        public string? Start { get; set; }

        /// <summary>Wall-clock end filter (already converted for the profile zone).</summary>
        public string? End { get; set; }

        /// <summary>Only this project.</summary>
        public string? ProjectId { get; set; }

        /// <summary>Only this task.</summary>
        public string? TaskId { get; set; }

        /// <summary>Only entries with these tags.</summary>
        public IReadOnlyList<string>? TagIds { get; set; }

        /// <summary>Only entries whose description contains this.</summary>
        public string? Description { get; set; }

        /// <summary>Only the running entry.</summary>
        public bool InProgress { get; set; }
    }

    /// <summary>Requests for time entries.</summary>
    public static class TimeEntryApi
    {
        /// <summary>Lists one user's entries, newest first.</summary>
        public static ClockifyRequest List(string workspaceId, string userId, TimeEntryQuery query)
        {
            var request = new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "user", userId, "time-entries"));
            Add(request, "start", query.Start);
            Add(request, "end", query.End);
            Add(request, "project", query.ProjectId);
            Add(request, "task", query.TaskId);
            Add(request, "description", query.Description);
            foreach (string tag in query.TagIds ?? Enumerable.Empty<string>())
            {
                request.With("tags", tag);
            }

            if (query.InProgress)
            {
                request.With("in-progress", "true");
            }

            return request;
        }

        /// <summary>One entry.</summary>
        public static ClockifyRequest Get(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "time-entries", id));

        /// <summary>Creates an entry (or starts a timer, without End) for the key's user or, given <paramref name="userId"/>, another user.</summary>
        public static ClockifyRequest Create(string workspaceId, string? userId, TimeEntryWrite entry) =>
            new ClockifyRequest(HttpMethod.Post, userId is null ? ApiPath.Workspace(workspaceId, "time-entries") : ApiPath.Workspace(workspaceId, "user", userId, "time-entries"))
            {
                JsonBody = ClockifyJson.Serialize(entry),
            };

        /// <summary>Replaces an entry's fields.</summary>
        public static ClockifyRequest Update(string workspaceId, string id, TimeEntryWrite entry) =>
            new ClockifyRequest(HttpMethod.Put, ApiPath.Workspace(workspaceId, "time-entries", id)) { JsonBody = ClockifyJson.Serialize(entry) };

        /// <summary>Deletes one entry.</summary>
        public static ClockifyRequest Delete(string workspaceId, string id) => new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "time-entries", id));

        /// <summary>Deletes many entries of one user in one request.</summary>
        public static ClockifyRequest DeleteMany(string workspaceId, string userId, IEnumerable<string> ids)
        {
            var request = new ClockifyRequest(HttpMethod.Delete, ApiPath.Workspace(workspaceId, "user", userId, "time-entries"));
            foreach (string id in ids)
            {
                request.With("time-entry-ids", id);
            }

            return request;
        }

        /// <summary>Stops the user's running timer at <paramref name="end"/> (UTC text); a no-op when none runs.</summary>
        public static ClockifyRequest Stop(string workspaceId, string userId, string end) =>
            new ClockifyRequest(ClockifyRequest.Patch, ApiPath.Workspace(workspaceId, "user", userId, "time-entries")) { JsonBody = ClockifyJson.Serialize(new { end }) };

        /// <summary>Running entries of the whole workspace (admin).</summary>
        public static ClockifyRequest InProgress(string workspaceId) => new ClockifyRequest(HttpMethod.Get, ApiPath.Workspace(workspaceId, "time-entries", "status", "in-progress"));

        /// <summary>Duplicates an entry.</summary>
        public static ClockifyRequest Duplicate(string workspaceId, string userId, string id) =>
            new ClockifyRequest(HttpMethod.Post, ApiPath.Workspace(workspaceId, "user", userId, "time-entries", id, "duplicate"));

        private static void Add(ClockifyRequest request, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                request.With(name, value!);
            }
        }
    }
}
