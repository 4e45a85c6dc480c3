using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using ClockifyPS.Models;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// The current connection of each runspace. Runspaces of one process (ForEach-Object -Parallel, jobs,
    /// hosted engines) each keep their own, so one runspace's Connect-Clockify never redirects another's work.
    /// </summary>
    internal static class ConnectionRegistry
    {
        private static readonly ConditionalWeakTable<Runspace, Holder> Connections = new ConditionalWeakTable<Runspace, Holder>();
        private static readonly Holder NoRunspace = new Holder();

        public static ClockifyConnection? Current
        {
            get => HolderOfThisRunspace().Connection;
            set => HolderOfThisRunspace().Connection = value;
        }

        private static Holder HolderOfThisRunspace()
        {
            Runspace? runspace = Runspace.DefaultRunspace;
            return runspace is null ? NoRunspace : Connections.GetValue(runspace, _ => new Holder());
        }

        private sealed class Holder
        {
            public ClockifyConnection? Connection { get; set; }
        }
    }
}
