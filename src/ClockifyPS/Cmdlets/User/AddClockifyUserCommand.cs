using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.User
{
    /// <summary>
    /// <para type="synopsis">Invites people to a workspace by email address and writes each new member (pending until they accept).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "ClockifyUser", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyUser))]
    public sealed class AddClockifyUserCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The email addresses to invite; binds from piped text or objects' Email.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Email { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Adds the users without Clockify's invitation email.</para></summary>
        [Parameter]
        public SwitchParameter NoEmail { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            foreach (string email in Email)
            {
                if (!EmailAddress.IsValid(email))
                {
                    ThrowInvalidArgument("InvalidEmail", EmailAddress.Describe(nameof(Email), email), email);
                }
            }

            foreach (string email in Email)
            {
                if (!ShouldProcess("workspace " + workspace, "Invite " + email + (NoEmail ? " (no email)" : string.Empty))
                    || !TrySend(UserAdminApi.Invite(workspace, email, !NoEmail), email, out WorkspaceDto _))
                {
                    continue;
                }

                CompletionCache.Clear();

                // Clockify answers with the workspace, which lists members by id only: find the new member by email.
                var filter = new UserFilter { Email = email, Status = "ALL" };
                try
                {
                    UserDto? added = Await(ListReader.ReadAllAsync<UserDto>(ApiClient, UserApi.List(workspace, filter), Log, StopToken))
                        .FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase));
                    if (added != null)
                    {
                        WriteObject(new ClockifyUser(added, workspace, false));
                    }
                }
                catch (ClockifyApiException ex)
                {
                    WriteApiError(ex, email);
                }
            }
        }
    }
}
