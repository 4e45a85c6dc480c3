using System;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Client
{
    /// <summary>
    /// <para type="synopsis">Gets the clients (customers) of a workspace: active ones unless -Archived, by name (wildcards allowed) or by id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyClient", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyClient))]
    public sealed class GetClockifyClientCommand : ClockifyWorkspaceCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary><para type="description">The ids of the clients to get.</para></summary>
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("ClientId")]
        [ArgumentCompleter(typeof(ClientIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary><para type="description">Only clients whose name contains this text, or matches it as a wildcard pattern (Ac*).</para></summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(ClientNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">-Name must match the whole name (case-insensitive).</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Exact { get; set; }

        /// <summary><para type="description">Archived clients instead of active ones.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Archived { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                foreach (string id in Id)
                {
                    RequireId(nameof(Id), id);
                    if (TrySend(ClientApi.Get(workspace, id), id, out ClientDto client))
                    {
                        WriteObject(new ClockifyClient(client));
                    }
                }

                return;
            }

            // The clients endpoint has no strict-name-search: it always matches part of the name, so -Exact is checked here.
            var filter = new NameFilter(Name, Exact);
            Func<ClientDto, bool>? keep = filter.Keep is { } matches
                ? client => matches(client.Name)
                : filter.Exact && filter.ApiName != null ? client => string.Equals(client.Name, filter.ApiName, StringComparison.OrdinalIgnoreCase) : null;
            WriteListing<ClientDto>(
                ClientApi.List(workspace, filter.ApiName, Archived.IsPresent),
                client => new ClockifyClient(client),
                "Get-ClockifyClient",
                keep);
        }
    }
}
