using System.Management.Automation;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Connection
{
    /// <summary>
    /// <para type="synopsis">Closes a Clockify connection (the current one by default) and wipes its key from memory.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Clockify", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class DisconnectClockifyCommand : ClockifyCmdlet
    {
        /// <summary><para type="description">The connection to close (e.g. one kept from Connect-Clockify -PassThru). Default: the current connection.</para></summary>
        [Parameter(Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public ClockifyConnection? Connection { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            ClockifyConnection? target = Connection ?? ConnectionRegistry.Current;
            if (target is null || target.IsClosed)
            {
                WriteVerbose("No open Clockify connection to close.");
                return;
            }

            if (ShouldProcess(target.ToString(), "Disconnect from Clockify"))
            {
                if (ReferenceEquals(target, ConnectionRegistry.Current))
                {
                    ConnectionRegistry.Current = null;
                }

                target.Close();
                WriteVerbose("Disconnected " + target + ".");
            }
        }
    }
}
