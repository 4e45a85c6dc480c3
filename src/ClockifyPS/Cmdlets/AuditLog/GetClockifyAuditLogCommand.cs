using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.AuditLog
{
    /// <summary>
    /// <para type="synopsis">Gets a workspace's audit log: who created, changed or deleted time entries, projects, tasks, clients, tags and expenses, and when.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyAuditLog", SupportsPaging = true)]
    [OutputType(typeof(ClockifyAuditLogEntry))]
    public sealed class GetClockifyAuditLogCommand : ClockifyBodyPagedCmdlet
    {
        /// <summary><para type="description">Records at or after this time. Text without an offset is read in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">Records at or before this time. Default: now (the end of the current second, as Clockify counts whole seconds).</para></summary>
        [Parameter(Position = 1)]
        public ClockifyDateTime? End { get; set; }

        /// <summary><para type="description">Only these actions, e.g. CREATE_PROJECT, DELETE_TIME_FOR_OTHER. Default: every action.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AuditLogActionCompleter))]
        public string[]? Action { get; set; }

        /// <summary><para type="description">Only what these users did: exact names, email addresses, ids or user objects. SYSTEM stands for Clockify's own changes. Default: everyone.</para></summary>
        [Parameter]
        [ClockifyReference]
        [ArgumentCompleter(typeof(UserReferenceCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? User { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            DateTimeOffset start = Resolve(Start);
            DateTimeOffset end = End is null ? UntilNow() : Resolve(End);
            if (end < start)
            {
                ThrowInvalidArgument("InvalidRange", string.Format(CultureInfo.InvariantCulture, "-End ({0:o}) is before -Start ({1:o}).", end, start), end);
            }

            foreach (string user in User ?? Array.Empty<string>())
            {
                if (UserReferenceResolver.IsEmail(user) && !EmailAddress.IsValid(user))
                {
                    ThrowInvalidArgument("InvalidUser", EmailAddress.Describe(nameof(User), user), user);
                }
            }

            string[] actions = FixedValues.Normalise(Action ?? AuditLogApi.Actions.ToArray(), AuditLogApi.Actions, out string? unknown);
            if (unknown != null)
            {
                ThrowInvalidArgument("InvalidAction", "'" + unknown + "' is not an audit-log action. Use one of: " + string.Join(", ", AuditLogApi.Actions) + ".", unknown);
            }

            if (AuditLogHost.Check(ApiClient.Endpoints, Operation) is ErrorRecord noHost)
            {
                ThrowTerminatingError(noHost);
            }

            IReadOnlyCollection<string>? authors = Authors(workspace);
            WriteBodyPages(
                page => AuditLogApi.Query(workspace, actions, authors, start, end, page, AuditLogApi.PageSize),
                AuditLogApi.PageSize,
                AuditLogApi.Parse,
                dto => new ClockifyAuditLogEntry(dto, workspace),
                "Get-ClockifyAuditLog");
        }

        private IReadOnlyCollection<string>? Authors(string workspace)
        {
            if (User is null)
            {
                return null;
            }

            var resolver = new UserReferenceResolver(ApiClient, Log);
            var ids = new List<string>();
            foreach (string user in User)
            {
                try
                {
                    ids.Add(string.Equals(user, "SYSTEM", StringComparison.OrdinalIgnoreCase) ? "SYSTEM" : Await(resolver.ResolveAsync(workspace, user, StopToken)));
                }
                catch (ClockifyUserReferenceException ex)
                {
                    ThrowTerminatingError(ex.ToErrorRecord(Operation));
                }
                catch (ClockifyApiException ex)
                {
                    ThrowApiError(ex, user);
                }
            }

            return ids.Distinct(StringComparer.Ordinal).ToList();
        }
    }
}
