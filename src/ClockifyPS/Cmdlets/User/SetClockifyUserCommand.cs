using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.User
{
    /// <summary>
    /// <para type="synopsis">Activates or deactivates a member of a workspace, or sets the member's value of a user custom field.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ClockifyUser", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyMembership), typeof(ClockifyUserCustomFieldValue))]
    public sealed class SetClockifyUserCommand : ClockifyUserCmdlet
    {
        /// <summary><para type="description">The member's status in the workspace: ACTIVE or INACTIVE (an inactive member cannot track time but keeps their data).</para></summary>
        [Parameter]
        [ValidateSet("ACTIVE", "INACTIVE", IgnoreCase = true)]
        public string? Status { get; set; }

        /// <summary><para type="description">The user custom field to set (its id); give the value with -CustomFieldValue.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(CustomFieldIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? CustomFieldId { get; set; }

        /// <summary><para type="description">The custom field's new value: text, a number, $true/$false, or an array for a multiple-choice field; $null clears it.</para></summary>
        [Parameter]
        [AllowNull]
        public object? CustomFieldValue { get; set; }

        /// <summary><para type="description">Writes the member's workspace membership after a status change, and the custom field value as Clockify stored it.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            bool setField = CustomFieldId != null;
            if (setField != MyInvocation.BoundParameters.ContainsKey(nameof(CustomFieldValue)))
            {
                ThrowInvalidArgument("MissingCustomFieldValue", "Give -CustomFieldId and -CustomFieldValue together.", CustomFieldId);
            }

            if (Status is null && !setField)
            {
                ThrowInvalidArgument("NothingToChange", "Give -Status, or -CustomFieldId with -CustomFieldValue.", User);
            }

            if (setField)
            {
                RequireId(nameof(CustomFieldId), CustomFieldId!);
            }

            CheckUser();
            string? userId = ResolveUser(workspace);
            if (userId is null)
            {
                return;
            }

            if (Status != null && ShouldProcess(Describe(userId), "Set status " + Status.ToUpperInvariant())
                && TrySend(UserAdminApi.SetStatus(workspace, userId, Status.ToUpperInvariant()), userId, out WorkspaceDto answer))
            {
                CompletionCache.Clear();
                if (PassThru && answer.Memberships?.FirstOrDefault(m => m.UserId == userId && m.MembershipType == "WORKSPACE") is { } membership)
                {
                    WriteObject(new ClockifyMembership(membership));
                }
            }

            object? value = CustomFieldValue is PSObject wrapped ? wrapped.BaseObject : CustomFieldValue;
            if (setField && ShouldProcess(Describe(userId), "Set custom field " + CustomFieldId + " to '" + value + "'")
                && TrySend(UserAdminApi.SetCustomFieldValue(workspace, userId, CustomFieldId!, PowerShellToJson.Serialize(value)), userId, out UserCustomFieldValueDto stored)
                && PassThru)
            {
                WriteObject(new ClockifyUserCustomFieldValue(stored.CustomFieldId, stored.CustomFieldName, stored.CustomFieldType, stored.Value is { } json ? JsonToPowerShell.Convert(json) : null));
            }
        }
    }
}
