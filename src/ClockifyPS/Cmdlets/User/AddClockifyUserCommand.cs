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
                if (ShouldProcess("workspace " + workspace, "Invite " + email + (NoEmail ? " (no email)" : string.Empty)))
                {
                    Invite(workspace, email);
                }
            }
        }

        /// <summary>
        /// Invites one address and writes the new member. When the answer is lost in a way that leaves open whether
        /// Clockify acted (a 5xx, a broken connection, a time-out), the member is looked up instead of invited again.
        /// </summary>
        private void Invite(string workspace, string email)
        {
            ClockifyApiException? lost = null;
            try
            {
                Await(ApiClient.SendAsync(UserAdminApi.Invite(workspace, email, !NoEmail), Log, StopToken)).Dispose();
            }
            catch (ClockifyApiException ex) when (ex.Failure == ClockifyFailure.Connection || ex.Failure == ClockifyFailure.Timeout || ex.StatusCode >= 500)
            {
                lost = ex;
            }
            catch (ClockifyApiException ex)
            {
                WriteApiError(ex, email);
                return;
            }

            // Clockify answers with the workspace, which lists members by id only: find the new member by email.
            UserDto? added = null;
            try
            {
                var filter = new UserFilter { Email = email, Status = "ALL" };
                added = Await(ListReader.ReadAllAsync<UserDto>(ApiClient, UserApi.List(workspace, filter), Log, StopToken))
                    .FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase));
            }
            catch (ClockifyApiException ex) when (lost is null)
            {
                WriteApiError(ex, email);
            }
            catch (ClockifyApiException)
            {
                // The invitation's own failure, reported below, says more than the failed check.
            }

            if (added is null)
            {
                if (lost != null)
                {
                    WriteApiError(lost, email);
                }

                return;
            }

            if (lost != null)
            {
                WriteWarning("Clockify's answer to the invitation of " + email + " was lost (" + lost.StatusName + "), but " + email + " is a member now: the invitation was not sent again.");
            }

            CompletionCache.Clear();
            WriteObject(new ClockifyUser(added, workspace, false));
        }
    }
}
