using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;

namespace ClockifyPS.Cmdlets.Report
{
    /// <summary>
    /// <para type="synopsis">Saves a report as Clockify renders it (CSV, XLSX, PDF or JSON) to a file, streamed to disk.</para>
    /// </summary>
    [Cmdlet(VerbsData.Export, "ClockifyReport", SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportClockifyReportCommand : ClockifyReportCmdlet
    {
        /// <summary><para type="description">Which report: Summary, Detailed, Weekly or Attendance.</para></summary>
        [Parameter(Mandatory = true)]
        [ValidateSet("Summary", "Detailed", "Weekly", "Attendance", IgnoreCase = true)]
        public string Type { get; set; } = "Summary";

        /// <summary><para type="description">The file format Clockify renders: Csv, Xlsx, Pdf or Json.</para></summary>
        [Parameter(Mandatory = true)]
        [ValidateSet("Csv", "Xlsx", "Pdf", "Json", IgnoreCase = true)]
        public string Format { get; set; } = "Csv";

        /// <summary><para type="description">The file to write. An existing file is refused unless -Force.</para></summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary><para type="description">The first moment of the report (for Weekly: any moment in the week). Text without an offset is read in -TimeZone (default: this machine's zone).</para></summary>
        [Parameter(Mandatory = true)]
        public ClockifyDateTime Start { get; set; } = null!;

        /// <summary><para type="description">The first moment after the report (exclusive); not used for Weekly.</para></summary>
        [Parameter]
        public ClockifyDateTime? End { get; set; }

        /// <summary><para type="description">Summary: one to three levels; Weekly: one or two. Default: User, Project.</para></summary>
        [Parameter]
        [ValidateCount(1, 3)]
        public ClockifyReportGrouping[] GroupBy { get; set; } = { ClockifyReportGrouping.User, ClockifyReportGrouping.Project };

        /// <summary><para type="description">Overwrites an existing file.</para></summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc />
        protected override void Run()
        {
            string path = GetUnresolvedProviderPathFromPSPath(Path);
            string? directory = System.IO.Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
            {
                ThrowTerminatingError(new ErrorRecord(new DirectoryNotFoundException("The folder '" + directory + "' does not exist."), "Clockify." + Operation + ".DirectoryNotFound", ErrorCategory.ObjectNotFound, directory));
            }

            if (File.Exists(path) && !Force)
            {
                ThrowTerminatingError(new ErrorRecord(new IOException("'" + path + "' exists already. Add -Force to overwrite it."), "Clockify." + Operation + ".FileExists", ErrorCategory.ResourceExists, path));
            }

            if (Type != "Weekly" && End is null)
            {
                ThrowInvalidArgument("MissingEnd", "-End is required for a " + Type + " report (only Weekly takes the week from -Start alone).", Type);
            }

            if (Type == "Weekly" && GroupBy.Length > 2)
            {
                ThrowInvalidArgument("TooManyGroups", "A weekly report groups by one or two levels.", GroupBy);
            }

            if (!ShouldProcess(path, "Export the " + Type.ToLowerInvariant() + " report as " + Format.ToUpperInvariant()))
            {
                return;
            }

            string workspace = Workspace;
            string exportType = Format.ToUpperInvariant();
            ClockifyRequest request;
            if (Type == "Weekly")
            {
                DayOfWeek weekStart = TimePeriods.WeekStart(ActiveConnection.WeekStart);
                (DateTimeOffset start, DateTimeOffset end, _) = GetClockifyWeeklyReportCommand.Week(Start.Resolve(ReportZone), ReportZone, weekStart);
                request = ReportApi.Weekly(workspace, BuildFilter(workspace, start, end), ReportGroupings.ApiName(GroupBy[0]), GroupBy.Length > 1 ? ReportGroupings.ApiName(GroupBy[1]) : null, weekStart, exportType);
            }
            else
            {
                ReportFilter filter = BuildFilter(workspace, Resolve(Start), Resolve(End!));
                request = Type switch
                {
                    "Detailed" => ReportApi.Detailed(workspace, filter, 1, ReportApi.LargestDetailedPage, exportType),
                    "Attendance" => ReportApi.Attendance(workspace, filter, 1, 1000, exportType),
                    _ => ReportApi.Summary(workspace, filter, GroupBy.Select(ReportGroupings.ApiName).ToList(), exportType),
                };
            }

            try
            {
                Await(PartialFile.WriteAsync(path, file => ApiClient.SendToStreamAsync(request, file, Log, StopToken)));
            }
            catch (ClockifyApiException ex) when (ReportApi.IsRangeLimit(ex))
            {
                ThrowRangeLimit(ex, false, canChunk: false);
            }
            catch (ClockifyApiException ex)
            {
                ThrowApiError(ex, path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                ThrowTerminatingError(new ErrorRecord(ex, "Clockify." + Operation + ".WriteFailed", ErrorCategory.WriteError, path));
            }

            WriteObject(new FileInfo(path));
        }
    }
}
