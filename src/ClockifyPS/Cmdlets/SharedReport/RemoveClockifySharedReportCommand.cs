using System.Management.Automation;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.SharedReport
{
    /// <summary>
    /// <para type="synopsis">Deletes shared reports. Their links stop working; the time data is untouched.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifySharedReport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveClockifySharedReportCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the shared report to delete; binds from piped shared reports.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("SharedReportId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            RequireId(nameof(Id), Id);

            // 204 with no body: nothing to write back.
            if (ShouldProcess("shared report " + Id + " in workspace " + workspace, "Delete"))
            {
                TrySend(SharedReportApi.Delete(workspace, Id), Id);
            }
        }
    }
}
