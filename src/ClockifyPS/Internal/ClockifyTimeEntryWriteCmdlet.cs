using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// The fields New-, Set- and Start- cmdlets write on a time entry. Project, task, tags and custom fields
    /// take names or ids; piped objects (entries, projects, CSV rows) bind by property name.
    /// </summary>
    public abstract class ClockifyTimeEntryWriteCmdlet : ClockifyTimeCmdlet
    {
        private const int LookupAttempts = 5;

        /// <summary><para type="description">What was done.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string? Description { get; set; }

        /// <summary><para type="description">The project: a name, an id or a project object.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ProjectId")]
        [ClockifyReference]
        [ArgumentCompleter(typeof(ProjectNameCompleter))]
        [AllowNull]
        [AllowEmptyString]
        public string? Project { get; set; }

        /// <summary><para type="description">The task of that project: a name, an id or a task object.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("TaskId")]
        [ClockifyReference]
        [ArgumentCompleter(typeof(TaskNameCompleter))]
        [AllowNull]
        [AllowEmptyString]
        public string? Task { get; set; }

        /// <summary><para type="description">Tags: names, ids or tag objects.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("TagIds")]
        [ClockifyReference]
        [ArgumentCompleter(typeof(TagNameCompleter))]
        [AllowEmptyCollection]
        public string[]? Tag { get; set; }

        /// <summary><para type="description">Marks the time billable; -Billable:$false non-billable. Default: the project's setting.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter Billable { get; set; }

        /// <summary><para type="description">Custom field values by field name or id, e.g. @{ Ticket = 'OPS-12' }.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? CustomField { get; set; }

        /// <summary>
        /// The entry to write: what the parameters say, over <paramref name="current"/> when updating (Clockify's
        /// PUT replaces every field, so unnamed ones must be sent as they are).
        /// </summary>
        protected TimeEntryWrite Fields(string workspace, DateTimeOffset start, DateTimeOffset? end, TimeEntryDto? current)
        {
            if (end is DateTimeOffset e && e <= start)
            {
                ThrowInvalidArgument("EndBeforeStart", string.Format(CultureInfo.InvariantCulture, "The end ({0:u}) must be after the start ({1:u}).", e.UtcDateTime, start.UtcDateTime), e);
            }

            // Empty values arrive from piped rows and objects that have none: they mean "not given".
            string? project = Blank(Project);
            string? task = Blank(Task);
            string? projectId = project is null ? Blank(current?.ProjectId) : ResolveProject(workspace, project);
            string? taskId = Blank(current?.TaskId);
            if (task != null)
            {
                if (projectId is null)
                {
                    ThrowInvalidArgument("TaskNeedsProject", "-Task needs a project: give -Project too.", task);
                }

                taskId = ResolveTask(workspace, projectId!, task);
            }
            else if (project != null && !string.Equals(projectId, current?.ProjectId, StringComparison.Ordinal))
            {
                // A task belongs to its project: moving the entry to another project drops the old task.
                taskId = null;
            }

            return new TimeEntryWrite
            {
                Start = Engine.Time.ClockifyTime.FormatUtc(start),
                End = end is DateTimeOffset stop ? Engine.Time.ClockifyTime.FormatUtc(stop) : null,
                Description = MyInvocation.BoundParameters.ContainsKey(nameof(Description)) ? Description : current?.Description,
                ProjectId = projectId,
                TaskId = taskId,
                TagIds = Tag is null ? current?.TagIds : Tag.Where(t => !string.IsNullOrEmpty(t)).Select(t => ResolveTag(workspace, t)).Distinct(StringComparer.Ordinal).ToList(),
                Billable = MyInvocation.BoundParameters.ContainsKey(nameof(Billable)) ? Billable.IsPresent : current?.Billable,
                CustomFields = CustomFieldValues(workspace, current),
            };
        }

        /// <summary>
        /// Creates an entry and writes it to the pipeline. When the answer is lost in a way that leaves open
        /// whether Clockify acted (a 5xx, a broken connection, a time-out), the entry is looked up instead of
        /// sent again: if it is there it is reported as created, with a warning; if not, the failure is.
        /// Either way the caller's view matches Clockify's, and nothing is ever created twice.
        /// </summary>
        protected void CreateEntry(string workspace, string? userId, TimeEntryWrite fields, object target)
        {
            try
            {
                WriteObject(new Models.ClockifyTimeEntry(Await(ApiClient.SendAsync<TimeEntryDto>(TimeEntryApi.Create(workspace, userId, fields), Log, StopToken))));
            }
            catch (ClockifyApiException ex) when (MayHaveActed(ex))
            {
                TimeEntryDto? found = FindCreated(workspace, userId ?? ActiveConnection.UserId, fields);
                if (found is null)
                {
                    WriteApiError(ex, target);
                    return;
                }

                WriteWarning("Clockify's answer to the create was lost (" + ex.StatusName + "), but the entry is there (" + found.Id + "): it was not sent again.");
                WriteObject(new Models.ClockifyTimeEntry(found));
            }
            catch (ClockifyApiException ex)
            {
                WriteApiError(ex, target);
            }
        }

        private static bool MayHaveActed(ClockifyApiException ex) =>
            ex.Failure == ClockifyFailure.Connection || ex.Failure == ClockifyFailure.Timeout || (ex.StatusCode is int status && status >= 500);

        /// <summary>The entry just created with <paramref name="fields"/>, if Clockify has it.</summary>
        private TimeEntryDto? FindCreated(string workspace, string userId, TimeEntryWrite fields)
        {
            DateTimeOffset start = ClockifyTime.ParseUtc(fields.Start)!.Value;
            var window = new TimeWindow(start, start.AddSeconds(1));
            ProfileZone? targetZone = string.Equals(userId, ActiveConnection.UserId, StringComparison.Ordinal) ? ProfileZone.Find(ActiveConnection.TimeZone) ?? ProfileZone.Utc : null;
            (string? from, string? to) = window.ToWallClockFilter(new[] { ProfileZone.Find(ActiveConnection.TimeZone) ?? ProfileZone.Utc, targetZone });
            var query = new TimeEntryQuery { Start = from, End = to, ProjectId = fields.ProjectId, Description = fields.Description };
            // The lookup decides what the caller is told, so a failed lookup is tried again before giving up.
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    List<TimeEntryDto> candidates = Await(ApiClient.SendAsync<List<TimeEntryDto>>(TimeEntryApi.List(workspace, userId, query).ForPage(1, 5000), Log, StopToken));
                    List<TimeEntryDto> matches = candidates.Where(c =>
                            window.Contains(ClockifyTime.ParseUtc(c.TimeInterval.Start)!.Value)
                            && c.TimeInterval.End == fields.End
                            && string.Equals(c.Description ?? string.Empty, fields.Description ?? string.Empty, StringComparison.Ordinal)
                            && string.Equals(Blank(c.ProjectId), fields.ProjectId, StringComparison.Ordinal)
                            && string.Equals(Blank(c.TaskId), fields.TaskId, StringComparison.Ordinal))
                        .ToList();
                    return matches.Count == 1 ? matches[0] : null;
                }
                catch (ClockifyApiException lookup) when (attempt < LookupAttempts)
                {
                    WriteVerbose("Checking whether the entry was created failed (" + lookup.StatusName + "); asking again.");
                }
                catch (ClockifyApiException lookup)
                {
                    WriteVerbose("Could not check whether the entry was created: " + lookup.Message);
                    return null;
                }
            }
        }

        private List<CustomFieldWrite>? CustomFieldValues(string workspace, TimeEntryDto? current)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (CustomFieldValueDto existing in current?.CustomFieldValues ?? Enumerable.Empty<CustomFieldValueDto>())
            {
                values[existing.CustomFieldId] = existing.Value;
            }

            foreach (DictionaryEntry entry in CustomField ?? new Hashtable())
            {
                string key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                object? value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
                values[ResolveCustomField(workspace, key)] = value;
            }

            return values.Count == 0 ? null : values.Select(v => new CustomFieldWrite { CustomFieldId = v.Key, Value = v.Value }).ToList();
        }

        /// <summary>An optional id or name from a piped object: empty means none.</summary>
        protected static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
