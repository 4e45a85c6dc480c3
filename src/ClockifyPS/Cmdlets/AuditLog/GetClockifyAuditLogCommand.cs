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
        [ValidateSet(
            "CREATE_TIME_PERSONAL_TIMER", "CREATE_TIME_PERSONAL_MANUAL", "CREATE_TIME_IMPORT", "CREATE_TIME_KIOSK", "CREATE_TIME_FOR_OTHER",
            "RESTORE_TIME", "RESTORE_TIME_FOR_OTHER", "UPDATE_TIME_PERSONAL", "UPDATE_TIME_FOR_OTHER", "DELETE_TIME_PERSONAL", "DELETE_TIME_FOR_OTHER",
            "CREATE_PROJECT", "CREATE_PROJECT_IMPORT", "CREATE_PROJECT_QUICKBOOKS", "UPDATE_PROJECT", "DELETE_PROJECT",
            "CREATE_TASK", "CREATE_TASK_IMPORT", "UPDATE_TASK", "DELETE_TASK",
            "CREATE_CLIENT", "CREATE_CLIENT_IMPORT", "CREATE_CLIENT_QUICKBOOKS", "UPDATE_CLIENT", "DELETE_CLIENT",
            "CREATE_TAG", "CREATE_TAG_IMPORT", "UPDATE_TAG", "DELETE_TAG",
            "CREATE_EXPENSE", "CREATE_EXPENSE_FOR_OTHER", "RESTORE_EXPENSE", "RESTORE_EXPENSE_FOR_OTHER", "UPDATE_EXPENSE", "UPDATE_EXPENSE_FOR_OTHER",
            "DELETE_EXPENSE", "DELETE_EXPENSE_FOR_OTHER", IgnoreCase = true)]
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

            try
            {
                ApiClient.Endpoints.RequireAuditLogBaseUri();
            }
            catch (InvalidOperationException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, "Clockify." + Operation + ".NoAuditLogHost", ErrorCategory.ResourceUnavailable, ActiveConnection.Region));
            }

            string[] actions = (Action ?? AuditLogApi.Actions.ToArray()).Select(a => a.ToUpperInvariant()).Distinct().ToArray();
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
