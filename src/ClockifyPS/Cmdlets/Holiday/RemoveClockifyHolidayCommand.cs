using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.Holiday
{
    /// <summary>
    /// <para type="synopsis">Deletes holidays.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ClockifyHoliday", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ClockifyHoliday))]
    public sealed class RemoveClockifyHolidayCommand : ClockifyWorkspaceCmdlet
    {
        /// <summary><para type="description">The id of the holiday to delete; binds from piped holidays.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("HolidayId")]
        [ArgumentCompleter(typeof(HolidayIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        /// <summary><para type="description">Writes the deleted holiday to the pipeline.</para></summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord() =>
            RemoveById<HolidayDto>("holiday", Id, HolidayApi.Delete, removed => new ClockifyHoliday(removed), PassThru);
    }
}
