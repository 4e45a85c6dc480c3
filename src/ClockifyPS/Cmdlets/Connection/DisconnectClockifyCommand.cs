using System.Management.Automation;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Connection
{
    /// <summary>
    /// <para type="synopsis">Ends the current Clockify connection of this session and wipes its key from memory.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Clockify", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class DisconnectClockifyCommand : ClockifyCmdlet
    {
        /// <inheritdoc />
        protected override void EndProcessing()
        {
            ClockifyConnection? current = ConnectionRegistry.Current;
            if (current is null)
            {
                WriteVerbose("Not connected to Clockify; nothing to do.");
                return;
            }

            if (ShouldProcess(current.ToString(), "Disconnect from Clockify"))
            {
                ConnectionRegistry.Current = null;
                current.Close();
                WriteVerbose("Disconnected from Clockify.");
            }

            base.EndProcessing();
        }
    }
}
