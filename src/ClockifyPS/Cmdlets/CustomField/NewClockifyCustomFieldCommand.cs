using System.Management.Automation;
using ClockifyPS.Completion;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Internal;
using ClockifyPS.Models;

namespace ClockifyPS.Cmdlets.CustomField
{
    /// <summary>
    /// <para type="synopsis">Creates a custom field in a workspace, for time entries or users, and writes it to the pipeline.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ClockifyCustomField", SupportsShouldProcess = true)]
    [OutputType(typeof(ClockifyCustomField))]
    public sealed class NewClockifyCustomFieldCommand : ClockifyCustomFieldCmdlet
    {
        /// <summary><para type="description">The new field's name.</para></summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(2, 250)]
        public string Name { get; set; } = string.Empty;

        /// <summary><para type="description">The field's type: TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX or LINK.</para></summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateSet("TXT", "NUMBER", "DROPDOWN_SINGLE", "DROPDOWN_MULTIPLE", "CHECKBOX", "LINK")]
        public string Type { get; set; } = string.Empty;

        /// <summary><para type="description">What the field is filled in on: TimeEntry (the default) or User.</para></summary>
        [Parameter]
        [ValidateSet("TimeEntry", "User")]
        public string EntityType { get; set; } = "TimeEntry";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string workspace = Workspace;
            var body = new CustomFieldWriteBody { Name = Name, Type = Type.ToUpperInvariant(), EntityType = EntityType.ToUpperInvariant() };
            ApplySettings(body, null);
            if (ShouldProcess("workspace " + workspace, "Create " + body.Type + " custom field '" + Name + "'"))
            {
                CompletionCache.Clear();
                CreateField(workspace, body);
            }
        }
    }
}
