using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Time;

namespace ClockifyPS.Internal
{
    /// <summary>A workspace cmdlet that takes times: -TimeZone says how to read times given without an offset.</summary>
    public abstract class ClockifyTimeCmdlet : ClockifyCatalogCmdlet
    {
        private ProfileZone? inputZone;

        /// <summary>
        /// <para type="description">The zone (IANA like Europe/Berlin, or Windows like W. Europe Standard Time) in which times given without an offset are read. Default: this machine's zone.</para>
        /// </summary>
        [Parameter]
        [ArgumentCompleter(typeof(TimeZoneCompleter))]
        [ValidateNotNullOrEmpty]
        public string? TimeZone { get; set; }

        /// <summary>The zone for times without an offset: -TimeZone, else this machine's.</summary>
        protected ProfileZone InputZone
        {
            get
            {
                if (inputZone is null)
                {
                    inputZone = TimeZone is null ? ProfileZone.Machine : ProfileZone.Find(TimeZone);
                    if (inputZone is null)
                    {
                        ThrowInvalidArgument("UnknownTimeZone", "'" + TimeZone + "' is not a time zone. Use an IANA id such as Europe/Berlin or America/New_York (Tab completes them).", TimeZone);
                    }
                }

                return inputZone!;
            }
        }

        /// <summary>The instant a time argument means.</summary>
        protected System.DateTimeOffset Resolve(ClockifyDateTime time) => time.Resolve(InputZone);
    }
}
