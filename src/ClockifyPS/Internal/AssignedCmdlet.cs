using System;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Completion;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// Something that applies to everyone or to some users and groups (time-off policies, holidays): the
    /// parameters that say who, and the checks on them, for the New- and Set- cmdlets.
    /// </summary>
    public abstract class AssignedCmdlet : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">Applies to everyone, including users who join later.</para></summary>
        [Parameter]
        public SwitchParameter EveryoneIncludingNew { get; set; }

        /// <summary><para type="description">The colour, #RRGGBB.</para></summary>
        [Parameter]
        [ValidatePattern("^#[0-9a-fA-F]{6}$")]
        public string? Color { get; set; }

        /// <summary><para type="description">The users it applies to.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNull]
        public string[]? UserId { get; set; }

        /// <summary><para type="description">The user groups it applies to.</para></summary>
        [Parameter]
        [ArgumentCompleter(typeof(UserGroupIdCompleter))]
        [ValidateNotNull]
        public string[]? UserGroupId { get; set; }

        /// <summary>Whether a parameter was given at all (-X:$false counts): a switch not given keeps the current value.</summary>
        protected bool Given(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);

        /// <summary>The user and group ids, checked before any request; null where not given.</summary>
        protected (string[]? Users, string[]? Groups) Members()
        {
            foreach (string id in UserId ?? Array.Empty<string>())
            {
                RequireId(nameof(UserId), id);
            }

            foreach (string id in UserGroupId ?? Array.Empty<string>())
            {
                RequireId(nameof(UserGroupId), id);
            }

            return (UserId?.Distinct().ToArray(), UserGroupId?.Distinct().ToArray());
        }
    }
}
