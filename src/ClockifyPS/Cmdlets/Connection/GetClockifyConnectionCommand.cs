using System.Management.Automation;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Connection
{
    /// <summary>
    /// <para type="synopsis">Gets the current Clockify connection of this session, or nothing when not connected.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ClockifyConnection")]
    [OutputType(typeof(ClockifyConnection))]
    public sealed class GetClockifyConnectionCommand : ClockifyCmdlet
    {
        /// <inheritdoc />
        protected override void EndProcessing()
        {
            ClockifyConnection? current = ConnectionRegistry.Current;
            if (current != null)
            {
                WriteObject(current);
            }
        }
    }
}
