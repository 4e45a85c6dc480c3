using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ClockifyPS.Engine;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// Runs the engine's async work from a synchronous cmdlet: the StopProcessing token reaches every request,
    /// and verbose lines that the engine reports from any thread are written on the pipeline thread, as
    /// PowerShell requires, while the work is still running.
    /// </summary>
    public abstract class ClockifyCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private readonly ConcurrentQueue<string> verboseLines = new ConcurrentQueue<string>();
        private readonly AutoResetEvent wake = new AutoResetEvent(false);
        private string? operation;

        /// <summary>Cancelled when the user presses Ctrl+C or a downstream Select-Object -First is satisfied.</summary>
        protected CancellationToken StopToken => stopping.Token;

        /// <summary>Where the engine reports progress and retries; safe from any thread.</summary>
        protected Action<string> Log => line =>
        {
            verboseLines.Enqueue(line);
            SignalSafely();
        };

        /// <summary>This cmdlet's part of error ids: Get-ClockifyProject => GetProject.</summary>
        protected string Operation => operation ??= OperationName(GetType());

        /// <inheritdoc />
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        internal static string OperationName(Type cmdletType)
        {
            var attribute = cmdletType.GetCustomAttribute<CmdletAttribute>();
            return attribute is null ? cmdletType.Name : attribute.VerbName + attribute.NounName.Replace("Clockify", string.Empty);
        }

        /// <summary>Waits for <paramref name="task"/> on the pipeline thread, writing verbose lines as they come.</summary>
        /// <exception cref="PipelineStoppedException">The pipeline is stopping.</exception>
        protected T Await<T>(Task<T> task)
        {
            task.ContinueWith(_ => SignalSafely(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            while (!task.IsCompleted)
            {
                wake.WaitOne();
                FlushVerbose();
            }

            FlushVerbose();
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>Waits for <paramref name="task"/> like <see cref="Await{T}(Task{T})"/>.</summary>
        protected void Await(Task task) => Await(Completed(task));

        /// <summary>Stops with a Clockify failure as a terminating error.</summary>
        protected void ThrowApiError(ClockifyApiException exception, object? target) =>
            ThrowTerminatingError(ClockifyErrors.FromApi(exception, Operation, target));

        /// <summary>Reports a Clockify failure for one input and goes on with the next.</summary>
        protected void WriteApiError(ClockifyApiException exception, object? target) =>
            WriteError(ClockifyErrors.FromApi(exception, Operation, target));

        /// <summary>Stops with a bad-argument error before any request is sent.</summary>
        protected void ThrowInvalidArgument(string reason, string message, object? target) =>
            ThrowTerminatingError(ClockifyErrors.InvalidArgument(Operation, reason, message, target));

        /// <inheritdoc />
        protected override void EndProcessing() => FlushVerbose();

        /// <inheritdoc />
        protected override void StopProcessing() => stopping.Cancel();

        /// <summary>Releases the stop token and wake-up event.</summary>
        protected virtual void Dispose(bool disposing)
        {
            if (disposing)
            {
                stopping.Dispose();
                wake.Dispose();
            }
        }

        private static async Task<bool> Completed(Task task)
        {
            await task.ConfigureAwait(false);
            return true;
        }

        private void FlushVerbose()
        {
            while (verboseLines.TryDequeue(out string? line))
            {
                WriteVerbose(line);
            }
        }

        private void SignalSafely()
        {
            try
            {
                wake.Set();
            }
            catch (ObjectDisposedException)
            {
                // A prefetch that outlived the cmdlet has nobody left to tell.
            }
        }
    }
}
