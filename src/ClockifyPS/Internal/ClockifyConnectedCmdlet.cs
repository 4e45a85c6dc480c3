using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Models;

namespace ClockifyPS.Internal
{
    /// <summary>A cmdlet that talks to Clockify: it uses -Connection when given, else the runspace's current connection.</summary>
    public abstract class ClockifyConnectedCmdlet : ClockifyCmdlet
    {
        private ClockifyConnection? resolved;

        /// <summary>
        /// <para type="description">The connection to use instead of the current one (from Connect-Clockify -PassThru or Get-ClockifyConnection).</para>
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public ClockifyConnection? Connection { get; set; }

        /// <summary>The connection this invocation works through.</summary>
        protected ClockifyConnection ActiveConnection
        {
            get
            {
                if (resolved is null)
                {
                    resolved = Connection ?? ConnectionRegistry.Current;
                    if (resolved is null)
                    {
                        ThrowTerminatingError(ClockifyErrors.NotConnected(Operation));
                    }

                    if (resolved!.IsClosed)
                    {
                        ThrowTerminatingError(ClockifyErrors.ConnectionClosed(Operation, resolved));
                    }
                }

                return resolved!;
            }
        }

        /// <summary>The engine client of <see cref="ActiveConnection"/>.</summary>
        protected ClockifyApiClient Client => ActiveConnection.Client;
    }
}
