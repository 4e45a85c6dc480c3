using System;
using System.Collections.Generic;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Models;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// What Add- and Remove-ClockifyUserGroupMember share: a group by id (-UserGroupId, binds from piped groups)
    /// or by name-or-id (-UserGroup), and users by id (-UserId, binds from piped users) or by name, email or id
    /// (-User). Everything is checked before the first request; names are looked up once per command.
    /// </summary>
    public abstract class UserGroupMemberCmdlet : ClockifyWorkspaceCmdlet
    {
        /// <summary>Parameter set: group id and user ids.</summary>
        protected const string GroupIdUserIdSet = "UserGroupIdUserId";

        /// <summary>Parameter set: group id and users by reference.</summary>
        protected const string GroupIdUserSet = "UserGroupIdUser";

        /// <summary>Parameter set: group by reference and user ids.</summary>
        protected const string GroupUserIdSet = "UserGroupUserId";

        /// <summary>Parameter set: group and users by reference.</summary>
        protected const string GroupUserSet = "UserGroupUser";

        private ReferenceResolver? groups;
        private UserReferenceResolver? users;

        /// <summary><para type="description">The id of the user group; binds from piped groups.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = GroupIdUserIdSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(Mandatory = true, ParameterSetName = GroupIdUserSet, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserGroupIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? UserGroupId { get; set; }

        /// <summary><para type="description">The user group by exact name, by id, or as a group object.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = GroupUserIdSet)]
        [Parameter(Mandatory = true, ParameterSetName = GroupUserSet)]
        [ClockifyReference]
        [ArgumentCompleter(typeof(UserGroupNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? UserGroup { get; set; }

        /// <summary><para type="description">The ids of the users; binds from piped users.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = GroupIdUserIdSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(Mandatory = true, ParameterSetName = GroupUserIdSet, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] UserId { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">The users by exact name, email address or id, or as user objects.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = GroupIdUserSet)]
        [Parameter(Mandatory = true, ParameterSetName = GroupUserSet)]
        [ClockifyReference]
        [ArgumentCompleter(typeof(UserReferenceCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] User { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Writes the group, with its members after the change, to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The ShouldProcess action for one user, e.g. "Add to user group X".</summary>
        protected abstract string Action(string userGroupId);

        /// <summary>The request that makes the change for one user.</summary>
        protected abstract ClockifyRequest Change(string workspaceId, string userGroupId, string userId);

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            bool usersById = ParameterSetName == GroupIdUserIdSet || ParameterSetName == GroupUserIdSet;
            if (UserGroupId != null)
            {
                RequireId(nameof(UserGroupId), UserGroupId);
            }

            foreach (string id in usersById ? UserId : Array.Empty<string>())
            {
                RequireId(nameof(UserId), id);
            }

            foreach (string reference in usersById ? Array.Empty<string>() : User)
            {
                if (UserReferenceResolver.IsEmail(reference) && !EmailAddress.IsValid(reference))
                {
                    ThrowInvalidArgument("InvalidUser", EmailAddress.Describe(nameof(User), reference), reference);
                }
            }

            string? groupId = UserGroupId ?? ResolveGroup(workspace, UserGroup!);
            if (groupId is null)
            {
                return;
            }

            UserGroupDto? last = null;
            foreach (string reference in usersById ? UserId : User)
            {
                string? userId = usersById ? reference : ResolveUser(workspace, reference);
                if (userId is null)
                {
                    continue;
                }

                string target = reference == userId ? "user " + userId : "user '" + reference + "' (" + userId + ")";
                if (ShouldProcess(target, Action(groupId)) && TrySend(Change(workspace, groupId, userId), userId, out UserGroupDto group))
                {
                    last = group;
                }
            }

            if (last != null)
            {
                CompletionCache.Clear();
                if (PassThru)
                {
                    WriteObject(new ClockifyUserGroup(last));
                }
            }
        }

        private string? ResolveGroup(string workspace, string reference)
        {
            groups ??= new ReferenceResolver(ApiClient, Log);
            try
            {
                return Await(groups.ResolveAsync("UserGroup", reference, name => UserGroupApi.List(workspace, name, null), StopToken));
            }
            catch (ClockifyReferenceException ex)
            {
                WriteError(ex.ToErrorRecord(Operation));
            }
            catch (ClockifyApiException ex)
            {
                WriteApiError(ex, reference);
            }

            return null;
        }

        private string? ResolveUser(string workspace, string reference)
        {
            users ??= new UserReferenceResolver(ApiClient, Log);
            try
            {
                return Await(users.ResolveAsync(workspace, reference, StopToken));
            }
            catch (ClockifyUserReferenceException ex)
            {
                WriteError(ex.ToErrorRecord(Operation));
            }
            catch (ClockifyApiException ex)
            {
                WriteApiError(ex, reference);
            }

            return null;
        }
    }
}
