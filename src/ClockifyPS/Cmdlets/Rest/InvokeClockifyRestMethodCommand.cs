using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json;
using ClockifyPS.Engine;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.Rest
{
    /// <summary>
    /// <para type="synopsis">Calls any Clockify endpoint through the connection's region, key, retries, rate limit and paging.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "ClockifyRestMethod", SupportsShouldProcess = true, SupportsPaging = true)]
    [OutputType(typeof(PSObject), typeof(string), typeof(FileInfo))]
    public sealed class InvokeClockifyRestMethodCommand : ClockifyWorkspaceCmdlet
    {
        // A number, not an engine-typed field: see ClockifyRegionInfo.Region. Zero is ClockifyApi.Main.
        private int api;

        /// <summary><para type="description">The path under the API's base URI, e.g. /workspaces/{workspaceId}/projects. {workspaceId} is filled from -WorkspaceId or the connection, {userId} with the connected user's id.</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary><para type="description">The HTTP method (default GET).</para></summary>
        [Parameter(Position = 1)]
        [ValidateSet("GET", "POST", "PUT", "PATCH", "DELETE", IgnoreCase = true)]
        public string Method { get; set; } = "GET";

        /// <summary><para type="description">The body: a hashtable or object (sent as JSON) or a JSON string (sent as it is).</para></summary>
        [Parameter]
        public object? Body { get; set; }

        /// <summary><para type="description">Query parameters; an array value repeats the parameter (Clockify takes repeated ids).</para></summary>
        [Parameter]
        [ValidateNotNull]
        public IDictionary? Query { get; set; }

        /// <summary><para type="description">Main (default) for the main API, Reports for the Reports API.</para></summary>
        [Parameter]
        public ClockifyApi Api { get => (ClockifyApi)api; set => api = (int)value; }

        /// <summary><para type="description">Reads every page of a paged GET list (page and page-size are added) and writes the items as they arrive.</para></summary>
        [Parameter]
        public SwitchParameter All { get; set; }

        /// <summary><para type="description">Items per page with -All (default 5000, Clockify's largest).</para></summary>
        [Parameter]
        [ValidateRange(1, LargestPage)]
        public int PageSize { get; set; } = LargestPage;

        /// <summary><para type="description">Writes the answer's bytes to this file instead of the pipeline (for CSV, XLSX or PDF exports). Overwrites only with -Force.</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? OutFile { get; set; }

        /// <summary><para type="description">Lets -OutFile replace an existing file.</para></summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            // One request per pipeline input: Get-ClockifyWorkspace | Invoke-ClockifyRestMethod '/workspaces/{workspaceId}/tags' asks each workspace.
            ClockifyRequest request = BuildRequest();
            string? outFile = OutFile is null ? null : ValidatedOutFile(OutFile);
            if (All && outFile != null)
            {
                ThrowInvalidArgument("ConflictingParameters", "-All writes items to the pipeline; -OutFile writes one answer to a file. Choose one.", OutFile);
            }

            bool isRead = request.Method == HttpMethod.Get;
            if (All && !isRead)
            {
                ThrowInvalidArgument("AllNeedsGet", "-All pages through a list, which Clockify serves only to GET; leave -All out for " + Method + ".", Method);
            }

            Uri target = request.ResolveOn(ApiClient.Endpoints);
            if (!isRead && !ShouldProcess(target.AbsoluteUri, Method.ToUpperInvariant()))
            {
                return;
            }

            if (outFile != null && !ShouldProcess(outFile, "Write the answer of " + Method.ToUpperInvariant() + " " + target.AbsoluteUri))
            {
                return;
            }

            try
            {
                if (All)
                {
                    WriteListing<JsonElement>(request, item => JsonToPowerShell.Convert(item)!, "Invoke-ClockifyRestMethod " + target.AbsolutePath, pageSize: PageSize);
                }
                else if (outFile != null)
                {
                    WriteFile(Await(ApiClient.SendAsync(request, Log, StopToken)), outFile);
                }
                else
                {
                    WriteResponse(Await(ApiClient.SendAsync(request, Log, StopToken)));
                }
            }
            catch (ClockifyApiException ex)
            {
                ThrowApiError(ex, target);
            }
        }

        private ClockifyRequest BuildRequest()
        {
            if (Path.Contains("://"))
            {
                ThrowInvalidArgument("AbsolutePath", "Give -Path relative to the API, e.g. /workspaces/{workspaceId}/projects: the connection picks the host, so the key never goes anywhere else.", Path);
            }

            string path = Path.IndexOf("{workspaceId}", StringComparison.Ordinal) >= 0 ? Path.Replace("{workspaceId}", Workspace) : Path;
            path = path.Replace("{userId}", ActiveConnection.UserId);
            var request = new ClockifyRequest(new HttpMethod(Method.ToUpperInvariant()), path.StartsWith("/", StringComparison.Ordinal) ? path : "/" + path, Api);
            if (Query != null)
            {
                foreach (DictionaryEntry entry in Query)
                {
                    string name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                    object? value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
                    IEnumerable<object?> values = value is IEnumerable list && !(value is string) ? list.Cast<object?>() : new[] { value };
                    foreach (object? single in values)
                    {
                        request.With(name, QueryValue(single));
                    }
                }
            }

            request.JsonBody = Body is null ? null : JsonBody(Body);
            return request;
        }

        private string JsonBody(object body)
        {
            object value = body is PSObject wrapped && wrapped.BaseObject is string ? wrapped.BaseObject : body;
            if (value is string text)
            {
                try
                {
                    using (JsonDocument.Parse(text))
                    {
                        return text;
                    }
                }
                catch (JsonException ex)
                {
                    ThrowInvalidArgument("InvalidJsonBody", "-Body is a string but not JSON: " + ex.Message, text);
                }
            }

            try
            {
                return PowerShellToJson.Serialize(value);
            }
            catch (ArgumentException ex)
            {
                ThrowInvalidArgument("InvalidBody", ex.Message, body);
                throw;
            }
        }

        private static string QueryValue(object? value) => value switch
        {
            null => string.Empty,
            bool flag => flag ? "true" : "false",
            DateTimeOffset offset => PowerShellToJson.FormatTime(offset),
            DateTime time => PowerShellToJson.FormatTime(time.Kind == DateTimeKind.Utc ? new DateTimeOffset(time) : new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Local))),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        private void WriteResponse(ClockifyResponse response)
        {
            if (!response.HasBody)
            {
                return;
            }

            bool json = response.ContentType is null || response.ContentType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0;
            if (!json)
            {
                WriteObject(response.Text());
                return;
            }

            using JsonDocument document = Parse(response);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                WriteObject(JsonToPowerShell.Convert(document.RootElement));
                return;
            }

            // A plain GET of a list still honours -Skip and -First on the items it got back.
            IEnumerable<JsonElement> items = document.RootElement.EnumerateArray();
            ulong skip = PagingParameters.Skip;
            ulong first = PagingParameters.First;
            foreach (JsonElement item in items.Skip((int)Math.Min(skip, int.MaxValue)).Take((int)Math.Min(first, int.MaxValue)))
            {
                WriteObject(JsonToPowerShell.Convert(item));
            }
        }

        private string ValidatedOutFile(string path)
        {
            string full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
            if (File.Exists(full) && !Force)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new IOException("'" + full + "' exists. Use -Force to replace it."),
                    "Clockify." + Operation + ".FileExists",
                    ErrorCategory.ResourceExists,
                    full));
            }

            return full;
        }

        private void WriteFile(ClockifyResponse response, string path)
        {
            // Write beside the target, then move: a failed request or a full disk never leaves half a file.
            string partial = path + ".partial";
            try
            {
                using var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None);
                stream.Write(response.Body.Array!, response.Body.Offset, response.Body.Count);
            }
            catch
            {
                File.Delete(partial);
                throw;
            }

            if (File.Exists(path))
            {
                File.Delete(path);
            }

            File.Move(partial, path);
            WriteObject(new FileInfo(path));
        }

        private JsonDocument Parse(ClockifyResponse response)
        {
            try
            {
                return response.Json();
            }
            catch (JsonException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, "Clockify." + Operation + ".InvalidResponse", ErrorCategory.InvalidResult, null));
                throw;
            }
        }
    }
}
