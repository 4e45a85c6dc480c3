using System;
using System.Collections.Generic;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.User
{
    /// <summary>
    /// <para type="synopsis">Gets the users of a workspace (by name, email, status, project or id), or the connection's own user with -Current.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyUser", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyUser))]
    public sealed class GetClockifyUserCommand : ClockifyWorkspaceCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";
        private const string CurrentSet = "Current";

        private Dictionary<string, UserDto>? byId;

        /// <summary><para type="description">The ids of the users to get.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Only users whose name contains this text, or matches it as a wildcard pattern (Ann*).</para></summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(UserNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">Only the user with this email address (case-insensitive), or the users matching a wildcard pattern (*@example.com).</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(UserEmailCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Email { get; set; }

        /// <summary><para type="description">Only users with this workspace membership status. Default: every status.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("ACTIVE", "PENDING", "DECLINED", "INACTIVE", "ALL", IgnoreCase = true)]
        public string? Status { get; set; }

        /// <summary><para type="description">Only users who are members of this project.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? ProjectId { get; set; }

        /// <summary><para type="description">The connection's own user (GET /user), whatever workspace.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = CurrentSet)]
        public SwitchParameter Current { get; set; }

        /// <summary><para type="description">Adds the users' workspace, project and user-group memberships, with rates in major units.</para></summary>
        [Parameter]
        public SwitchParameter IncludeMemberships { get; set; }

        private string MembershipsToAsk => IncludeMemberships ? "ALL" : "NONE";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (ParameterSetName == CurrentSet)
            {
                UserDto me = Send<UserDto>(UserApi.Current(IncludeMemberships), "/user");
                WriteObject(new ClockifyUser(me, WorkspaceId ?? ActiveConnection.WorkspaceId, IncludeMemberships));
                return;
            }

            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                WriteById(workspace);
                return;
            }

            Func<UserDto, bool>? keep = EmailFilter(out string? apiEmail);
            if (ProjectId != null)
            {
                RequireId(nameof(ProjectId), ProjectId);
            }

            var name = new NameFilter(Name, false);
            Func<string?, bool>? keepName = name.Keep;
            if (keepName != null)
            {
                Func<UserDto, bool>? byEmail = keep;
                keep = user => keepName(user.Name) && (byEmail is null || byEmail(user));
            }

            var filter = new UserFilter { Name = name.ApiName, Email = apiEmail, Status = Status?.ToUpperInvariant(), ProjectId = ProjectId, Memberships = MembershipsToAsk };
            WriteListing<UserDto>(UserApi.List(workspace, filter), user => new ClockifyUser(user, workspace, IncludeMemberships), "Get-ClockifyUser", keep);
        }

        /// <summary>Checks -Email and says how to filter by it: an address goes to the API and must match whole here; a pattern is matched here.</summary>
        private Func<UserDto, bool>? EmailFilter(out string? apiEmail)
        {
            apiEmail = null;
            if (string.IsNullOrEmpty(Email))
            {
                return null;
            }

            string email = Email!;
            if (WildcardPattern.ContainsWildcardCharacters(email))
            {
                var pattern = new WildcardPattern(email, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
                return user => pattern.IsMatch(user.Email ?? string.Empty);
            }

            if (!EmailAddress.IsValid(email))
            {
                ThrowInvalidArgument("InvalidEmail", EmailAddress.Describe(nameof(Email), email), email);
            }

            // Clockify's email filter is "contains": ann@x.com would also find joann@x.com.
            apiEmail = email;
            return user => string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase);
        }

        private void WriteById(string workspace)
        {
            foreach (string id in Id)
            {
                RequireId(nameof(Id), id);
            }

            // Clockify has no request for one member of a workspace: read the member list once and pick from it.
            var filter = new UserFilter { Status = "ALL", Memberships = MembershipsToAsk };
            List<UserDto> found = PickByIds(ref byId, UserApi.List(workspace, filter), user => user.Id, Id, "user");

            foreach (UserDto user in ListWindow.Apply(PagingParameters, found))
            {
                WriteObject(new ClockifyUser(user, workspace, IncludeMemberships));
            }
        }
    }
}
