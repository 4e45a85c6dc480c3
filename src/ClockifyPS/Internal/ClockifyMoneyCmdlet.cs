using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// A cmdlet for expenses and invoices: deletes that Clockify
    /// answers without a body, and files (receipts, invoice PDFs) saved through a .partial file.
    /// </summary>
    public abstract class ClockifyMoneyCmdlet : ClockifyCatalogCmdlet
    {
        /// <summary>
        /// Expenses and invoices per page. The spec names no maximum for these lists; they page with Last-Page,
        /// so a modest size only costs requests, never rows.
        /// </summary>
        protected const int MoneyPage = 200;

        private readonly Dictionary<string, string?> currencies = new Dictionary<string, string?>(StringComparer.Ordinal);
        private List<ExpenseCategoryDto>? categories;

        /// <summary>
        /// The receipt at <paramref name="path"/>, read whole, or null for none. A missing file stops the cmdlet with
        /// ReceiptNotFound before any request.
        /// </summary>
        protected ReceiptFile? ReadReceipt(string? path)
        {
            if (path is null)
            {
                return null;
            }

            string full = GetUnresolvedProviderPathFromPSPath(path);
            if (!File.Exists(full))
            {
                ThrowTerminatingError(new ErrorRecord(new FileNotFoundException("The receipt file '" + full + "' does not exist.", full), "Clockify." + Operation + ".ReceiptNotFound", ErrorCategory.ObjectNotFound, path));
            }

            try
            {
                return new ReceiptFile(System.IO.Path.GetFileName(full), File.ReadAllBytes(full));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                ThrowTerminatingError(new ErrorRecord(ex, "Clockify." + Operation + ".ReceiptUnreadable", ErrorCategory.ReadError, path));
                throw;
            }
        }

        /// <summary>The workspace's currency, read once per command (expenses carry none of their own).</summary>
        protected string? CurrencyOf(string workspace)
        {
            if (!currencies.TryGetValue(workspace, out string? currency))
            {
                currency = WorkspaceCurrency(workspace);
                currencies[workspace] = currency;
            }

            return currency;
        }

        /// <summary>The category with id <paramref name="id"/>, or null. Clockify has no request for one category, so the list is read once per command.</summary>
        protected ExpenseCategoryDto? FindCategory(string workspace, string id)
        {
            if (categories is null)
            {
                try
                {
                    categories = ReadAll(ExpenseApi.ListCategories(workspace, null, null), ExpenseApi.ParseCategories);
                }
                catch (ClockifyApiException ex)
                {
                    ThrowApiError(ex, id);
                    throw;
                }
            }

            return categories.Find(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// Sends a create (a POST: never repeated once Clockify may have acted). When the answer is lost in a way that
        /// leaves open whether Clockify acted (a 5xx, a broken connection, a time-out), <paramref name="findCreated"/>
        /// looks for the result instead of sending again: found, it is reported as created with a warning; not found,
        /// the failure is. Either way nothing is created twice. Other failures are non-terminating errors.
        /// </summary>
        protected bool TryCreate<T>(ClockifyRequest request, object target, Func<T?> findCreated, out T created)
            where T : class
        {
            try
            {
                created = Await(ApiClient.SendAsync<T>(request, Log, StopToken));
                return true;
            }
            catch (ClockifyApiException ex) when (ex.Failure == ClockifyFailure.Connection || ex.Failure == ClockifyFailure.Timeout || ex.StatusCode >= 500)
            {
                T? found = null;
                try
                {
                    found = findCreated();
                }
                catch (ClockifyApiException lookup)
                {
                    WriteVerbose("Looking for what the lost create made failed too: " + lookup.Message);
                }

                if (found is null)
                {
                    WriteApiError(ex, target);
                    created = null!;
                    return false;
                }

                WriteWarning("Clockify's answer to the create was lost (" + ex.StatusName + "), but what it created is there: it was not sent again.");
                created = found;
                return true;
            }
            catch (ClockifyApiException ex)
            {
                WriteApiError(ex, target);
                created = null!;
                return false;
            }
        }

        /// <summary>Every item of a paged list, read in the lookup after a lost create.</summary>
        protected List<TDto> ReadAll<TDto>(ClockifyRequest list, Func<ClockifyResponse, IReadOnlyList<TDto>> parse)
        {
            var all = new List<TDto>();
            using PageReader<TDto> pages = ApiClient.ReadPages(list, MoneyPage, parse, Log, StopToken);
            while (Await(pages.NextAsync()) is { } page)
            {
                all.AddRange(page);
            }

            return all;
        }

        /// <summary>Writes a not-found error for one input and goes on with the next.</summary>
        protected void WriteNotFound(string what, string id) =>
            WriteError(new ErrorRecord(new ItemNotFoundException("No " + what + " with id " + id + " is in this workspace."), "Clockify." + Operation + ".NotFound", ErrorCategory.ObjectNotFound, id));

        /// <summary>Deletes after ShouldProcess a thing Clockify deletes without answering with it. Failures are non-terminating.</summary>
        protected void RemoveQuietly(string what, string id, Func<string, string, ClockifyRequest> delete)
        {
            string workspace = Workspace;
            RequireId("Id", id);
            if (ShouldProcess(what + " " + id + " in workspace " + workspace, "Delete") && TrySend(delete(workspace, id), id))
            {
                CompletionCache.Clear();
            }
        }

        /// <summary>
        /// The file to write for <paramref name="path"/>: the path itself, or <paramref name="fileName"/> inside it when
        /// it is an existing folder. Checked before any request: the folder must exist, and an existing file is
        /// refused unless <paramref name="force"/>.
        /// </summary>
        protected string OutputPath(string path, string fileName, bool force)
        {
            string full = GetUnresolvedProviderPathFromPSPath(path);
            if (Directory.Exists(full))
            {
                foreach (char bad in System.IO.Path.GetInvalidFileNameChars())
                {
                    fileName = fileName.Replace(bad, '_');
                }

                full = System.IO.Path.Combine(full, fileName);
            }

            string? directory = System.IO.Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
            {
                ThrowTerminatingError(new ErrorRecord(new DirectoryNotFoundException("The folder '" + directory + "' does not exist."), "Clockify." + Operation + ".DirectoryNotFound", ErrorCategory.ObjectNotFound, directory));
            }

            if (File.Exists(full) && !force)
            {
                ThrowTerminatingError(new ErrorRecord(new IOException("'" + full + "' exists already. Add -Force to overwrite it."), "Clockify." + Operation + ".FileExists", ErrorCategory.ResourceExists, full));
            }

            return full;
        }

        /// <summary>
        /// Streams the answer to <paramref name="request"/> into <paramref name="path"/> through a .partial file moved
        /// into place only when complete, so a broken download never leaves a truncated file under the real name.
        /// Returns the file, or null after a non-terminating error.
        /// </summary>
        protected FileInfo? Download(ClockifyRequest request, string path)
        {
            try
            {
                Await(PartialFile.WriteAsync(path, file => ApiClient.SendToStreamAsync(request, file, Log, StopToken)));
                return new FileInfo(path);
            }
            catch (ClockifyApiException ex)
            {
                WriteApiError(ex, path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                WriteError(new ErrorRecord(ex, "Clockify." + Operation + ".WriteFailed", ErrorCategory.WriteError, path));
            }

            return null;
        }
    }
}
