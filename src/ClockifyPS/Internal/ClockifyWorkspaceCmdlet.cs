using System.Management.Automation;
using ClockifyPS.Completion;

namespace ClockifyPS.Internal
{
    /// <summary>A cmdlet that works inside one workspace: -WorkspaceId, else the connection's workspace.</summary>
    public abstract class ClockifyWorkspaceCmdlet : ClockifyConnectedCmdlet
    {
        /// <summary>
        /// <para type="description">The workspace to work in. Default: the connection's workspace (Connect-Clockify -WorkspaceId). Binds from piped objects' WorkspaceId.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(WorkspaceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? WorkspaceId { get; set; }

        /// <summary>The workspace id this record works in, checked before any request.</summary>
        protected string Workspace
        {
            get
            {
                string? id = WorkspaceId ?? ActiveConnection.WorkspaceId;
                if (id is null)
                {
                    ThrowInvalidArgument("NoWorkspace", "No workspace: the key's user has none selected. Give -WorkspaceId (Get-ClockifyWorkspace lists them).", null);
                }

                RequireId("WorkspaceId", id!);
                return id!;
            }
        }
    }
}
