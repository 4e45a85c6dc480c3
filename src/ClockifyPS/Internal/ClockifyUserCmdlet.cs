using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// A cmdlet about one member of a workspace: -User takes a name, an email address, an id or a user object,
    /// and binds from piped objects' UserId (users, memberships, profiles).
    /// </summary>
    public abstract class ClockifyUserCmdlet : ClockifyWorkspaceCmdlet
    {
        private UserReferenceResolver? users;

        /// <summary><para type="description">The user: exact name, email address or id, or a user object. Binds from piped objects' UserId.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId")]
        [ClockifyReference]
        [ArgumentCompleter(typeof(UserReferenceCompleter))]
        [ValidateNotNullOrEmpty]
        public string User { get; set; } = string.Empty;

        /// <summary>Stops before any request when -User is a malformed email address.</summary>
        protected void CheckUser()
        {
            if (UserReferenceResolver.IsEmail(User) && !EmailAddress.IsValid(User))
            {
                ThrowInvalidArgument("InvalidUser", EmailAddress.Describe(nameof(User), User), User);
            }
        }

        /// <summary>The id -User means, or null after a non-terminating error (no such member, several, or a failure).</summary>
        protected string? ResolveUser(string workspace)
        {
            users ??= new UserReferenceResolver(ApiClient, Log);
            try
            {
                return Await(users.ResolveAsync(workspace, User, StopToken));
            }
            catch (ClockifyUserReferenceException ex)
            {
                WriteError(ex.ToErrorRecord(Operation));
            }
            catch (ClockifyApiException ex)
            {
                WriteApiError(ex, User);
            }

            return null;
        }

        /// <summary>How a target user is named in ShouldProcess messages.</summary>
        protected string Describe(string userId) => User == userId ? "user " + userId : "user '" + User + "' (" + userId + ")";
    }
}
