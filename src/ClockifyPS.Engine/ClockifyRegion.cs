namespace ClockifyPS.Engine
{
    /// <summary>The Clockify data regions. A workspace's data, and its API keys, live in exactly one.</summary>
    public enum ClockifyRegion
    {
        /// <summary>The default region (api.clockify.me, reports.api.clockify.me).</summary>
        Global,

        /// <summary>European Union, Germany (euc1.clockify.me).</summary>
        EU,

        /// <summary>United States (use2.clockify.me).</summary>
        USA,

        /// <summary>United Kingdom (euw2.clockify.me).</summary>
        UK,

        /// <summary>Australia (apse2.clockify.me).</summary>
        AU,
    }
}
