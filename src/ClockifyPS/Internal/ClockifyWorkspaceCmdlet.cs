using System;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
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

        /// <summary>
        /// Deletes one entity by id after ShouldProcess, forgets cached completions, and with
        /// <paramref name="passThru"/> writes what Clockify says it deleted. Failures are non-terminating.
        /// </summary>
        protected void RemoveById<TDto>(string what, string id, Func<string, string, ClockifyRequest> delete, Func<TDto, object> toOutput, bool passThru)
        {
            string workspace = Workspace;
            RequireId("Id", id);
            if (ShouldProcess(what + " " + id + " in workspace " + workspace, "Delete") && TrySend(delete(workspace, id), id, out TDto removed))
            {
                CompletionCache.Clear();
                if (passThru)
                {
                    WriteObject(toOutput(removed));
                }
            }
        }

        /// <summary>The workspace's currency (of its default rate), or null when it cannot be read.</summary>
        protected string? WorkspaceCurrency(string workspace)
        {
            try
            {
                return Await(ApiClient.SendAsync<WorkspaceDto>(WorkspaceApi.Get(workspace), Log, StopToken)).HourlyRate?.Currency;
            }
            catch (ClockifyApiException ex)
            {
                WriteVerbose("The workspace's currency could not be read (" + ex.Message + "); amounts come without a currency.");
                return null;
            }
        }

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
