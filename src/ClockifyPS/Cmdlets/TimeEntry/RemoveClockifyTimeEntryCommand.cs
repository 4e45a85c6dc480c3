using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeEntry
{
    /// <summary>
    /// <para type="synopsis">Deletes time entries. Piped entries are deleted in bulk requests, up to 100 entries each.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyTimeEntry", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyTimeEntry))]
    public sealed class RemoveClockifyTimeEntryCommand : ClockifyWorkspaceCmdlet
    {
        private const int BatchSize = 100;
        private readonly Dictionary<(string Workspace, string User), List<string>> batches = new Dictionary<(string, string), List<string>>();
        private readonly List<(string Workspace, string Id)> singles = new List<(string, string)>();

        /// <summary><para type="description">The id of the entry to delete; binds from piped entries.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TimeEntryId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">The entry's user; binds from piped entries and lets the deletions go in bulk.</para></summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <summary><para type="description">Writes the deleted entries to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            if (UserId != null)
            {
                RequireId(nameof(UserId), UserId);
            }

            if (!ShouldProcess("time entry " + Id, "Delete"))
            {
                return;
            }

            if (UserId is null)
            {
                singles.Add((workspace, Id));
                return;
            }

            var key = (workspace, UserId);
            if (!batches.TryGetValue(key, out List<string>? ids))
            {
                batches[key] = ids = new List<string>();
            }

            ids.Add(Id);
            if (ids.Count == BatchSize)
            {
                DeleteBatch(workspace, UserId, ids);
                ids.Clear();
            }
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            foreach (var batch in batches.Where(b => b.Value.Count > 0))
            {
                DeleteBatch(batch.Key.Workspace, batch.Key.User, batch.Value);
            }

            foreach (var (workspace, id) in singles)
            {
                if (TrySend(TimeEntryApi.Delete(workspace, id), id))
                {
                    WriteVerbose("Deleted time entry " + id + ".");
                }
            }

            base.EndProcessing();
        }

        private void DeleteBatch(string workspace, string user, List<string> ids)
        {
            if (!TrySend(TimeEntryApi.DeleteMany(workspace, user, ids), user, out List<TimeEntryDto> deleted))
            {
                return;
            }

            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "Deleted {0} of {1} time entries of user {2} in one request.", deleted.Count, ids.Count, user));
            if (PassThru)
            {
                foreach (TimeEntryDto entry in deleted)
                {
                    WriteObject(new ClockifyTimeEntry(entry));
                }
            }

            // The answer lists what this request deleted. An id missing from it was either deleted by an
            // earlier try whose answer was lost, or could not be deleted: ask which, so nothing is misreported.
            var answered = new HashSet<string>(deleted.Select(e => e.Id), StringComparer.Ordinal);
            foreach (string id in ids.Where(i => !answered.Contains(i)))
            {
                try
                {
                    Await(ApiClient.SendAsync(TimeEntryApi.Get(workspace, id), Log, StopToken));
                    WriteError(new ErrorRecord(
                        new InvalidOperationException("Time entry " + id + " was not deleted: it does not belong to user " + user + " or is locked."),
                        "Clockify." + Operation + ".NotDeleted",
                        ErrorCategory.InvalidOperation,
                        id));
                }
                catch (ClockifyApiException ex) when (ex.StatusCode == 404)
                {
                    WriteVerbose("Time entry " + id + " is already gone.");
                }
                catch (ClockifyApiException ex)
                {
                    WriteApiError(ex, id);
                }
            }
        }
    }
}
