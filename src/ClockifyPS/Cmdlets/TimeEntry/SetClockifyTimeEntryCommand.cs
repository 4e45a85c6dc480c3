using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Engine.Time;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeEntry
{
    /// <summary>
    /// <para type="synopsis">Changes a time entry: times, description, project, task, tags, billable, custom fields, invoiced. Unnamed fields keep their values.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyTimeEntry", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyTimeEntry))]
    public sealed class SetClockifyTimeEntryCommand : ClockifyTimeEntryWriteCmdlet
    {
        /// <summary><para type="description">The entry to change; binds from piped entries.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TimeEntryId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">A new start.</para></summary>
        [Parameter]
        public ClockifyDateTime? Start { get; set; }

        /// <summary><para type="description">A new end.</para></summary>
        [Parameter]
        public ClockifyDateTime? End { get; set; }

        /// <summary><para type="description">Marks the entry invoiced ($true) or not ($false). Piped entries are marked in bulk requests.</para></summary>
        [Parameter]
        public bool? Invoiced { get; set; }

        /// <summary><para type="description">Writes the changed entry to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private static readonly string[] FieldParameters = { "Start", "End", "Description", "Project", "Task", "Tag", "Billable", "CustomField" };

        /// <summary>The largest number of ids sent in one invoiced-flag request.</summary>
        private const int InvoicedBatch = 1000;

        private readonly Dictionary<string, List<string>> toMark = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        private bool invoicedOnly;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            // Decided on the command line: piped entries bind their own description, project... by property name,
            // which would otherwise turn a bulk flag change into a read and a replace per entry.
            invoicedOnly = Invoiced.HasValue && !FieldParameters.Any(MyInvocation.BoundParameters.ContainsKey);
            base.BeginProcessing();
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);
            if (invoicedOnly)
            {
                QueueInvoiced(workspace);
                return;
            }

            // Clockify's PUT replaces the entry: start from what it is now.
            if (!TrySend(TimeEntryApi.Get(workspace, Id), Id, out TimeEntryDto current))
            {
                return;
            }

            DateTimeOffset start = Start is null ? ClockifyTime.ParseUtc(current.TimeInterval.Start)!.Value : Resolve(Start);
            DateTimeOffset? end = End is null ? ClockifyTime.ParseUtc(current.TimeInterval.End) : Resolve(End);
            TimeEntryWrite fields = Fields(workspace, start, end, current);
            if (ShouldProcess("time entry " + Id, "Update") && TrySend(TimeEntryApi.Update(workspace, Id, fields), Id, out TimeEntryDto updated))
            {
                if (Invoiced.HasValue)
                {
                    QueueInvoiced(workspace);
                }

                if (PassThru)
                {
                    WriteObject(new ClockifyTimeEntry(updated));
                }
            }
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            foreach (KeyValuePair<string, List<string>> workspace in toMark)
            {
                List<string> ids = workspace.Value.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                for (int from = 0; from < ids.Count; from += InvoicedBatch)
                {
                    List<string> batch = ids.GetRange(from, Math.Min(InvoicedBatch, ids.Count - from));
                    string what = batch.Count == 1 ? "time entry " + batch[0] : batch.Count + " time entries in workspace " + workspace.Key;
                    if (ShouldProcess(what, Invoiced == true ? "Mark invoiced" : "Mark not invoiced")
                        && TrySend(InvoiceApi.MarkInvoiced(workspace.Key, batch, Invoiced == true), what)
                        && PassThru && invoicedOnly)
                    {
                        WriteMarked(workspace.Key, batch);
                    }
                }
            }

            base.EndProcessing();
        }

        private void QueueInvoiced(string workspace)
        {
            if (!toMark.TryGetValue(workspace, out List<string>? ids))
            {
                ids = toMark[workspace] = new List<string>();
            }

            ids.Add(Id);
        }

        private void WriteMarked(string workspace, IEnumerable<string> ids)
        {
            foreach (string id in ids)
            {
                if (TrySend(TimeEntryApi.Get(workspace, id), id, out TimeEntryDto entry))
                {
                    WriteObject(new ClockifyTimeEntry(entry));
                }
            }
        }
    }
}
