using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeEntry
{
    /// <summary>
    /// <para type="synopsis">Gets time entries whose start lies in a UTC window, exactly, whatever the users' profile time zones.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyTimeEntry", DefaultParameterSetName = WindowSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyTimeEntry))]
    public sealed class GetClockifyTimeEntryCommand : ClockifyTimeCmdlet
    {
        private const string WindowSet = "Window";
        private const string PeriodSet = "Period";
        private const string IdSet = "Id";
        private const int LargestInProgressPage = 1000;
        private readonly HashSet<string> announcedZones = new HashSet<string>(StringComparer.Ordinal);
        private Dictionary<string, string?>? userZones;
        private TimeWindow? window;
        private bool? billable;
        private bool done;

        /// <summary><para type="description">The ids of the entries to get.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("TimeEntryId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Whose entries: user ids; binds from piped users. Default: the connected user.</para></summary>
        [Parameter(ParameterSetName = WindowSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = PeriodSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[]? UserId { get; set; }

        /// <summary><para type="description">Every user of the workspace (needs an admin key).</para></summary>
        [Parameter(ParameterSetName = WindowSet)]
        [Parameter(ParameterSetName = PeriodSet)]
        public SwitchParameter AllUsers { get; set; }

        /// <summary><para type="description">Entries that started at or after this time. Text without an offset is read in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(Position = 0, ParameterSetName = WindowSet)]
        public ClockifyDateTime? Start { get; set; }

        /// <summary><para type="description">Entries that started before this time.</para></summary>
        [Parameter(Position = 1, ParameterSetName = WindowSet)]
        public ClockifyDateTime? End { get; set; }

        /// <summary><para type="description">Entries that started today, in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(ParameterSetName = PeriodSet)]
        public SwitchParameter Today { get; set; }

        /// <summary><para type="description">Entries that started yesterday, in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(ParameterSetName = PeriodSet)]
        public SwitchParameter Yesterday { get; set; }

        /// <summary><para type="description">Entries that started this week (from the profile's first day of the week), in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(ParameterSetName = PeriodSet)]
        public SwitchParameter ThisWeek { get; set; }

        /// <summary><para type="description">Entries that started last week, in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(ParameterSetName = PeriodSet)]
        public SwitchParameter LastWeek { get; set; }

        /// <summary><para type="description">Entries that started this calendar month, in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(ParameterSetName = PeriodSet)]
        public SwitchParameter ThisMonth { get; set; }

        /// <summary><para type="description">Entries that started last calendar month, in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(ParameterSetName = PeriodSet)]
        public SwitchParameter LastMonth { get; set; }

        /// <summary><para type="description">Only entries on this project.</para></summary>
        [Parameter(ParameterSetName = WindowSet)]
        [Parameter(ParameterSetName = PeriodSet)]
        [ValidateNotNullOrEmpty]
        public string? ProjectId { get; set; }

        /// <summary><para type="description">Only entries on this task.</para></summary>
        [Parameter(ParameterSetName = WindowSet)]
        [Parameter(ParameterSetName = PeriodSet)]
        [ValidateNotNullOrEmpty]
        public string? TaskId { get; set; }

        /// <summary><para type="description">Only entries with these tags.</para></summary>
        [Parameter(ParameterSetName = WindowSet)]
        [Parameter(ParameterSetName = PeriodSet)]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? TagId { get; set; }

        /// <summary><para type="description">Only entries whose description contains this text.</para></summary>
        [Parameter(ParameterSetName = WindowSet)]
        [Parameter(ParameterSetName = PeriodSet)]
        [ValidateNotNullOrEmpty]
        public string? Description { get; set; }

        /// <summary><para type="description">Only billable entries; -Billable:$false only non-billable ones.</para></summary>
        [Parameter(ParameterSetName = WindowSet)]
        [Parameter(ParameterSetName = PeriodSet)]
        public SwitchParameter Billable { get; set; }

        /// <summary><para type="description">Only running entries.</para></summary>
        [Parameter(ParameterSetName = WindowSet)]
        public SwitchParameter InProgress { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                foreach (string id in Id)
                {
                    RequireId(nameof(Id), id);
                    if (TrySend(TimeEntryApi.Get(workspace, id), id, out TimeEntryDto entry))
                    {
                        WriteObject(new ClockifyTimeEntry(entry));
                    }
                }

                return;
            }

            ValidateFilters();
            window ??= BuildWindow();

            // Keep runs on the thread that fetched each page: it reads only fields set here.
            billable = MyInvocation.BoundParameters.ContainsKey(nameof(Billable)) ? Billable.IsPresent : (bool?)null;
            if (done)
            {
                return;
            }

            if (AllUsers && InProgress)
            {
                WriteListing<TimeEntryDto>(TimeEntryApi.InProgress(workspace), dto => new ClockifyTimeEntry(dto), "Get-ClockifyTimeEntry", Keep, LargestInProgressPage);
                done = true;
                return;
            }

            IReadOnlyList<string> users = AllUsers ? WorkspaceUsers(workspace).Keys.ToList() : (UserId ?? new[] { ActiveConnection.UserId });
            var progress = new ProgressRecord(1, "Get-ClockifyTimeEntry", "Users");
            for (int i = 0; i < users.Count && !done; i++)
            {
                RequireId(nameof(UserId), users[i]);
                if (users.Count > 1)
                {
                    progress.StatusDescription = string.Format(CultureInfo.InvariantCulture, "User {0} of {1}", i + 1, users.Count);
                    progress.PercentComplete = i * 100 / users.Count;
                    WriteProgress(progress);
                }

                TimeEntryQuery query = Query(workspace, users[i]);
                done = !WriteListing<TimeEntryDto>(TimeEntryApi.List(workspace, users[i], query), dto => new ClockifyTimeEntry(dto), "Get-ClockifyTimeEntry", Keep);
            }

            if (users.Count > 1)
            {
                progress.RecordType = ProgressRecordType.Completed;
                WriteProgress(progress);
            }
        }

        private void ValidateFilters()
        {
            if (ProjectId != null)
            {
                RequireId(nameof(ProjectId), ProjectId);
            }

            if (TaskId != null)
            {
                RequireId(nameof(TaskId), TaskId);
            }

            foreach (string tag in TagId ?? Array.Empty<string>())
            {
                RequireId(nameof(TagId), tag);
            }
        }

        private TimeWindow BuildWindow()
        {
            if (ParameterSetName == PeriodSet)
            {
                string[] periods = new[] { nameof(Today), nameof(Yesterday), nameof(ThisWeek), nameof(LastWeek), nameof(ThisMonth), nameof(LastMonth) }
                    .Where(p => MyInvocation.BoundParameters.TryGetValue(p, out object? value) && ((SwitchParameter)value).IsPresent).ToArray();
                if (periods.Length != 1)
                {
                    ThrowInvalidArgument("AmbiguousPeriod", "Give exactly one of -Today, -Yesterday, -ThisWeek, -LastWeek, -ThisMonth, -LastMonth.", string.Join(",", periods));
                }

                return TimePeriods.Window(periods[0], DateTimeOffset.UtcNow, InputZone, TimePeriods.WeekStart(ActiveConnection.WeekStart));
            }

            DateTimeOffset? from = Start is null ? (DateTimeOffset?)null : Resolve(Start);
            DateTimeOffset? to = End is null ? (DateTimeOffset?)null : Resolve(End);
            if (from is DateTimeOffset f && to is DateTimeOffset t && t <= f)
            {
                ThrowInvalidArgument("EndBeforeStart", string.Format(CultureInfo.InvariantCulture, "-End ({0:u}) must be after -Start ({1:u}).", t.UtcDateTime, f.UtcDateTime), End);
            }

            return new TimeWindow(from, to);
        }

        private bool Keep(TimeEntryDto entry)
        {
            DateTimeOffset? start = ClockifyTime.ParseUtc(entry.TimeInterval.Start);
            if (start is null || !window!.Contains(start.Value))
            {
                return false;
            }

            return billable is null || entry.Billable == billable.Value;
        }

        private TimeEntryQuery Query(string workspace, string userId)
        {
            var readers = new List<ProfileZone?> { ReaderZone(ActiveConnection.TimeZone, "your") };
            if (!string.Equals(userId, ActiveConnection.UserId, StringComparison.Ordinal))
            {
                // Whose profile zone Clockify reads the filter in is not documented: cover the target user's too.
                WorkspaceUsers(workspace).TryGetValue(userId, out string? zone);
                readers.Add(ReaderZone(zone, "user " + userId + "'s"));
            }

            (string? start, string? end) = window!.ToWallClockFilter(readers);
            return new TimeEntryQuery
            {
                Start = start,
                End = end,
                ProjectId = ProjectId,
                TaskId = TaskId,
                TagIds = TagId,
                Description = Description,
                InProgress = InProgress,
            };
        }

        /// <summary>The zone Clockify reads filters in for a profile; null settings mean UTC, an unknown id means "any".</summary>
        private ProfileZone? ReaderZone(string? profileZone, string whose)
        {
            if (string.IsNullOrEmpty(profileZone))
            {
                return ProfileZone.Utc;
            }

            ProfileZone? zone = ProfileZone.Find(profileZone);
            if (announcedZones.Add(profileZone!))
            {
                if (zone is null)
                {
                    WriteVerbose("The profile time zone '" + profileZone + "' is unknown here; asking Clockify for a wider window and keeping only the entries inside the one requested.");
                }
                else if (zone.Id != ProfileZone.Machine.Id)
                {
                    WriteVerbose("Clockify reads time filters in " + whose + " profile time zone, " + zone.Id + ", not this machine's (" + ProfileZone.Machine.Id + "); the window is converted so the entries are exactly those that started in it.");
                }
            }

            return zone;
        }

        /// <summary>Every user of the workspace with their profile zone, read once per invocation.</summary>
        private Dictionary<string, string?> WorkspaceUsers(string workspace)
        {
            if (userZones is null)
            {
                userZones = new Dictionary<string, string?>(StringComparer.Ordinal);

                // Every status: a year's export must include the entries of people who have since left.
                ClockifyRequest request = UserApi.List(workspace, new UserFilter { Status = "ALL" });
                try
                {
                    foreach (UserDto user in Await(ListReader.ReadAllAsync<UserDto>(ApiClient, request, Log, StopToken)))
                    {
                        userZones[user.Id] = user.Settings?.TimeZone;
                    }
                }
                catch (ClockifyApiException ex)
                {
                    ThrowApiError(ex, workspace);
                }
            }

            return userZones;
        }
    }
}
