using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace ClockifyPS.Loader
{
    /// <summary>
    /// Loads the module's engine and its dependencies from the module's Dependencies folder into a load context of
    /// their own. PowerShell loads ClockifyPS.dll into the default context; when that context cannot find the engine
    /// (it lives only in Dependencies), it asks <see cref="Register"/>'s handler, which answers from here. From then
    /// on every reference the engine makes is bound here first, so Az's or Graph's Microsoft.Extensions.Http or
    /// Polly, already loaded in the default context at another version, is never used by us and never displaced.
    /// </summary>
    public sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private static readonly object Gate = new object();
        private static DependencyLoadContext? current;

        private readonly string dependencyDirectory;
        private readonly string frameworkDirectory = RuntimeEnvironment.GetRuntimeDirectory();

        private DependencyLoadContext(string dependencyDirectory)
            : base("ClockifyPS", isCollectible: false)
        {
            this.dependencyDirectory = dependencyDirectory;
        }

        /// <summary>
        /// Creates the context once per process and lets the default context resolve the engine through it.
        /// Called by ClockifyPS.dll's module initializer, by reflection, because ClockifyPS.dll targets netstandard2.0.
        /// A second import (another runspace, or Import-Module -Force) finds it registered and changes nothing:
        /// loaded assemblies cannot be unloaded, so one context must serve the whole process.
        /// </summary>
        public static void Register(string dependencyDirectory)
        {
            lock (Gate)
            {
                if (current != null)
                {
                    return;
                }

                current = new DependencyLoadContext(Path.GetFullPath(dependencyDirectory));
                Default.Resolving += ResolveForDefaultContext;
            }
        }

        /// <inheritdoc />
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string? path = PrivatePath(assemblyName);
            return path is null ? null : LoadFromAssemblyPath(path);
        }

        // The default context raises Resolving only for what neither it nor the host can supply: the engine,
        // and anything the cmdlet assembly shares with it. Answering only for assemblies this context loads itself
        // keeps a single copy of each type; answering for a deferred one would send the default context back here.
        private static Assembly? ResolveForDefaultContext(AssemblyLoadContext defaultContext, AssemblyName assemblyName)
        {
            DependencyLoadContext? context = current;
            return context?.PrivatePath(assemblyName) is null ? null : context.LoadFromAssemblyName(assemblyName);
        }

        /// <summary>
        /// The file in Dependencies to load privately, or null to let the default context bind it: assemblies we do not
        /// ship, and framework assemblies (System.Text.Json, System.Memory...) when the runtime's own version is at least
        /// the one asked for, since two copies of a framework type would not be interchangeable with the host's.
        /// </summary>
        private string? PrivatePath(AssemblyName assemblyName)
        {
            if (string.IsNullOrEmpty(assemblyName.Name))
            {
                return null;
            }

            string path = Path.Combine(dependencyDirectory, assemblyName.Name + ".dll");
            if (!File.Exists(path))
            {
                return null;
            }

            string frameworkPath = Path.Combine(frameworkDirectory, assemblyName.Name + ".dll");
            if (File.Exists(frameworkPath))
            {
                Version? framework = AssemblyName.GetAssemblyName(frameworkPath).Version;
                if (assemblyName.Version is null || (framework != null && framework >= assemblyName.Version))
                {
                    return null;
                }
            }

            return path;
        }
    }
}
