using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace ClockifyPS
{
    /// <summary>
    /// Runs when the module is imported, before any cmdlet touches the engine, and points assembly resolution at the
    /// module's Dependencies folder: on PowerShell 7 through a private AssemblyLoadContext (ClockifyPS.Loader.dll),
    /// on Windows PowerShell 5.1 through AppDomain.AssemblyResolve. The engine and its dependencies live only in that
    /// folder, so without this nothing finds them, and with it other modules' versions of the same libraries coexist.
    /// This class must not mention an engine type: it runs before they can be resolved.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer
    {
        private const string DependencyFolder = "Dependencies";
        private const string LoaderAssembly = "ClockifyPS.Loader.dll";
        private const string LoaderType = "ClockifyPS.Loader.DependencyLoadContext";
        private static readonly object Gate = new object();
        private static bool registered;

        /// <inheritdoc />
        public void OnImport()
        {
            string moduleDirectory = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? string.Empty;
            string dependencyDirectory = Path.Combine(moduleDirectory, DependencyFolder);
            lock (Gate)
            {
                // A flat build output (bin/) has everything beside ClockifyPS.dll and needs no help.
                if (registered || !Directory.Exists(dependencyDirectory))
                {
                    return;
                }

                if (IsNetFramework)
                {
                    AppDomain.CurrentDomain.AssemblyResolve += new FrameworkResolver(dependencyDirectory).Resolve;
                }
                else
                {
                    RegisterLoadContext(moduleDirectory, dependencyDirectory);
                }

                registered = true;
            }
        }

        private static bool IsNetFramework => string.Equals(typeof(object).Assembly.GetName().Name, "mscorlib", StringComparison.Ordinal);

        private static void RegisterLoadContext(string moduleDirectory, string dependencyDirectory)
        {
            // The loader targets .NET 8 (AssemblyLoadContext is not in netstandard2.0); PowerShell 7.4 is the oldest 7.x on it.
            if (Environment.Version.Major < 8)
            {
                throw new PSInvalidOperationException("ClockifyPS needs PowerShell 7.4 or later, or Windows PowerShell 5.1. This is .NET " + Environment.Version + ".");
            }

            Assembly loader = Assembly.LoadFrom(Path.Combine(moduleDirectory, LoaderAssembly));
            MethodInfo register = loader.GetType(LoaderType, throwOnError: true)!.GetMethod("Register", BindingFlags.Public | BindingFlags.Static)!;
            register.Invoke(null, new object[] { dependencyDirectory });
        }

        /// <summary>
        /// Windows PowerShell has one load context, so the best it allows is to serve our copies when nothing else
        /// answers: the engine (found nowhere else), and our dependencies when the version asked for is not loaded. That
        /// also stands in for the binding redirects a module cannot ship (System.Memory asks for an older
        /// System.Runtime.CompilerServices.Unsafe than Microsoft.Extensions does). Strong-named assemblies of different
        /// versions load side by side, so another module's older Polly stays its own.
        /// </summary>
        private sealed class FrameworkResolver
        {
            private readonly string dependencyDirectory;

            public FrameworkResolver(string dependencyDirectory)
            {
                this.dependencyDirectory = dependencyDirectory;
            }

            public Assembly? Resolve(object? sender, ResolveEventArgs args)
            {
                var wanted = new AssemblyName(args.Name);
                string path = Path.Combine(dependencyDirectory, wanted.Name + ".dll");
                if (!File.Exists(path))
                {
                    return null;
                }

                AssemblyName ours = AssemblyName.GetAssemblyName(path);
                if (wanted.Version != null && ours.Version != null && ours.Version < wanted.Version)
                {
                    return null;
                }

                foreach (Assembly loaded in AppDomain.CurrentDomain.GetAssemblies())
                {
                    if (!loaded.IsDynamic && string.Equals(loaded.Location, path, StringComparison.OrdinalIgnoreCase))
                    {
                        return loaded;
                    }
                }

                return Assembly.LoadFrom(path);
            }
        }
    }
}
