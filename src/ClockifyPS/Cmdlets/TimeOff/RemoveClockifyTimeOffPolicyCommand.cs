using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.TimeOff
{
    /// <summary>
    /// <para type="synopsis">Deletes time-off policies.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyTimeOffPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyTimeOffPolicy))]
    public sealed class RemoveClockifyTimeOffPolicyCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the policy to delete; binds from piped policies.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("PolicyId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">Writes the deleted policy (as it was just before) to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);

            // Clockify's delete answers with no body: the policy is read first for the question and for -PassThru.
            if (TrySend(TimeOffPolicyApi.Get(workspace, Id), Id, out TimeOffPolicyDto policy)
                && ShouldProcess("time-off policy '" + policy.Name + "' (" + Id + ") in workspace " + workspace, "Delete")
                && TrySend(TimeOffPolicyApi.Delete(workspace, Id), Id)
                && PassThru)
            {
                WriteObject(new ClockifyTimeOffPolicy(policy));
            }
        }
    }
}
