using System;
using System.IO;
using System.Threading.Tasks;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// Writes a download to <c>path.partial</c> and moves it into place only once complete, so a broken download
    /// never leaves a truncated file under the real name (report exports, receipts, invoice PDFs).
    /// </summary>
    internal static class PartialFile
    {
        /// <summary>Runs <paramref name="write"/> into the partial file, then replaces <paramref name="path"/> with it. On any failure the partial file is removed and the failure rethrown.</summary>
        public static async Task WriteAsync(string path, Func<Stream, Task> write)
        {
            string partial = path + ".partial";
            try
            {
                using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                {
                    await write(file).ConfigureAwait(false);
                }

                if (File.Exists(path))
                {
                    File.Delete(path);
                }

                File.Move(partial, path);
            }
            catch
            {
                TryDelete(partial);
                throw;
            }
        }

        private static void TryDelete(string file)
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Left behind; the next download overwrites it.
            }
            catch (UnauthorizedAccessException)
            {
                // Same.
            }
        }
    }
}
