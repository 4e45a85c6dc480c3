using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeOff
{
    /// <summary>
    /// <para type="synopsis">Gets the time-off policies of a workspace (vacation, sick leave...): active ones unless -Status says otherwise, by name or id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyTimeOffPolicy", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(ClockifyTimeOffPolicy))]
    public sealed class GetClockifyTimeOffPolicyCommand : ClockifyWorkspaceCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary><para type="description">The ids of the policies to get.</para></summary>
        // Not bound from piped objects: every Clockify object has an Id (see Get-ClockifyTag).
        [Parameter(Mandatory = true, ParameterSetName = IdSet)]
        [Alias("PolicyId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = System.Array.Empty<string>();

        /// <summary><para type="description">Only policies whose name contains this text, or matches it as a wildcard pattern.</para></summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary><para type="description">Active (default), Archived or All.</para></summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("Active", "Archived", "All")]
        public string Status { get; set; } = "Active";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            if (ParameterSetName == IdSet)
            {
                foreach (string id in Id)
                {
                    RequireId(nameof(Id), id);
                    if (TrySend(TimeOffPolicyApi.Get(workspace, id), id, out TimeOffPolicyDto policy))
                    {
                        WriteObject(new ClockifyTimeOffPolicy(policy));
                    }
                }

                return;
            }

            var filter = new NameFilter(Name, false);
            WriteListing<TimeOffPolicyDto>(
                TimeOffPolicyApi.List(workspace, filter.ApiName, Status.ToUpperInvariant()),
                policy => new ClockifyTimeOffPolicy(policy),
                "Get-ClockifyTimeOffPolicy",
                filter.Keep is null ? null : policy => filter.Keep(policy.Name),
                TimeOffPolicyApi.LargestPage);
        }
    }
}
