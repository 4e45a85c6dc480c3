using System.Management.Automation;

namespace ClockifyPS.Internal
{
    /// <summary>The group-name rule Clockify enforces, checked before a request is spent on it.</summary>
    internal static class UserGroupNames
    {
        /// <summary>The trimmed name; a blank name stops the cmdlet with Clockify.&lt;Operation&gt;.InvalidName.</summary>
        public static string Require(ClockifyConnectedCmdlet cmdlet, string? name)
        {
            string trimmed = name?.Trim() ?? string.Empty;
            if (trimmed.Length == 0)
            {
                cmdlet.ThrowTerminatingError(ClockifyErrors.InvalidArgument(
                    ClockifyCmdlet.OperationName(cmdlet.GetType()), "InvalidName", "A user group name cannot be blank.", name));
            }

            return trimmed;
        }
    }
}
