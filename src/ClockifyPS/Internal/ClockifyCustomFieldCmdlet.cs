using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using ClockifyPS.Engine;
using ClockifyPS.Engine.Resources;
using ClockifyPS.Models;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// The settings New-ClockifyCustomField and Set-ClockifyCustomField share, and the checks that catch a
    /// value Clockify would refuse (a default of the wrong type, choices on a field that is no dropdown) before
    /// any request is sent.
    /// </summary>
    public abstract class ClockifyCustomFieldCmdlet : ClockifyCatalogCmdlet
    {
        /// <summary>Clockify's field types, as it spells them.</summary>
        internal const string TypeSet = "TXT,NUMBER,DROPDOWN_SINGLE,DROPDOWN_MULTIPLE,CHECKBOX,LINK";

        /// <summary><para type="description">What the field holds, shown to users.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public string? Description { get; set; }

        /// <summary><para type="description">The hint shown in an empty field.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public string? Placeholder { get; set; }

        /// <summary><para type="description">The choices of a dropdown field (DROPDOWN_SINGLE or DROPDOWN_MULTIPLE).</para></summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? AllowedValue { get; set; }

        /// <summary><para type="description">The default value: text for TXT and LINK, a number for NUMBER, $true or $false for CHECKBOX, one allowed value for DROPDOWN_SINGLE, a list of them for DROPDOWN_MULTIPLE.</para></summary>
        [Parameter]
        [ValidateNotNull]
        public object? DefaultValue { get; set; }

        /// <summary><para type="description">Makes a value mandatory; -Required:$false makes it optional.</para></summary>
        [Parameter]
        public SwitchParameter Required { get; set; }

        /// <summary><para type="description">Lets only admins change the value; -OnlyAdminCanEdit:$false lets every user.</para></summary>
        [Parameter]
        public SwitchParameter OnlyAdminCanEdit { get; set; }

        /// <summary><para type="description">Visible, Invisible (filled in but hidden) or Inactive (switched off).</para></summary>
        [Parameter]
        [ValidateSet("Visible", "Invisible", "Inactive")]
        public string? Status { get; set; }

        /// <summary>-Status as Clockify spells it, or null when not given.</summary>
        protected string? ApiStatus => Status?.ToUpperInvariant();

        /// <summary>A switch's value when the user gave it, else null (leave as it is).</summary>
        protected bool? Given(string parameter, SwitchParameter value) =>
            MyInvocation.BoundParameters.ContainsKey(parameter) ? value.IsPresent : (bool?)null;

        /// <summary>
        /// Applies the shared settings to <paramref name="body"/> and checks them against its type, stopping with
        /// a specific error before any request when Clockify would refuse them.
        /// </summary>
        /// <param name="body">The body, with name and type already set.</param>
        /// <param name="currentAllowed">The field's present choices, when it exists and -AllowedValue is not given.</param>
        protected void ApplySettings(CustomFieldWriteBody body, IReadOnlyList<string>? currentAllowed)
        {
            body.Description = Description ?? body.Description;
            body.Placeholder = Placeholder ?? body.Placeholder;
            body.Required = Given(nameof(Required), Required) ?? body.Required;
            body.OnlyAdminCanEdit = Given(nameof(OnlyAdminCanEdit), OnlyAdminCanEdit) ?? body.OnlyAdminCanEdit;
            body.Status = ApiStatus ?? body.Status;
            bool dropdown = IsDropdown(body.Type);
            if (AllowedValue != null && !dropdown)
            {
                ThrowInvalidArgument("AllowedValueNeedsDropdown", "-AllowedValue lists the choices of a dropdown field; a " + body.Type + " field has none.", AllowedValue);
            }

            body.AllowedValues = dropdown ? (AllowedValue?.ToList() ?? currentAllowed?.ToList()) : null;
            if (dropdown && (body.AllowedValues is null || body.AllowedValues.Count == 0))
            {
                ThrowInvalidArgument("AllowedValueRequired", "A " + body.Type + " field needs its choices: give -AllowedValue.", body.Name);
            }

            if (DefaultValue != null)
            {
                body.WorkspaceDefaultValue = CheckedValue(body.Type, body.AllowedValues);
            }
        }

        /// <summary>
        /// Creates a field and writes it. When the answer is lost in a way that leaves open whether Clockify acted
        /// (a 5xx, a broken connection, a time-out), the field is looked up by its name, which is unique in a
        /// workspace, instead of being sent again: found, it is written with a warning; not found, the failure is
        /// reported. A field is never created twice.
        /// </summary>
        protected void CreateField(string workspace, CustomFieldWriteBody body)
        {
            try
            {
                WriteObject(new ClockifyCustomField(Await(ApiClient.SendAsync<CustomFieldDto>(CustomFieldApi.Create(workspace, body), Log, StopToken))));
            }
            catch (ClockifyApiException ex)
            {
                CustomFieldDto? found = MayHaveActed(ex) ? FindByName(workspace, body.Name) : null;
                if (found is null)
                {
                    WriteApiError(ex, body.Name);
                    return;
                }

                WriteWarning("Clockify's answer to the create was lost (" + ex.StatusName + "), but the field is there (" + found.Id + "): it was not sent again.");
                WriteObject(new ClockifyCustomField(found));
            }
        }

        private static bool MayHaveActed(ClockifyApiException ex) =>
            ex.Failure == ClockifyFailure.Connection || ex.Failure == ClockifyFailure.Timeout || (ex.StatusCode is int status && status >= 500);

        private CustomFieldDto? FindByName(string workspace, string name)
        {
            try
            {
                return Await(ListReader.ReadAllAsync<CustomFieldDto>(ApiClient, CustomFieldApi.List(workspace), Log, StopToken))
                    .SingleOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            }
            catch (ClockifyApiException lookup)
            {
                WriteVerbose("Could not check whether the field was created: " + lookup.Message);
                return null;
            }
        }

        /// <summary>
        /// -DefaultValue in the JSON shape a <paramref name="type"/> field takes; stops with InvalidDefaultValue
        /// when it cannot be one.
        /// </summary>
        protected object CheckedValue(string? type, IReadOnlyList<string>? allowed)
        {
            object raw = Unwrap(DefaultValue)!;
            object? value = type switch
            {
                "NUMBER" => AsNumber(raw),
                "CHECKBOX" => raw is bool flag ? flag : (object?)null,
                "DROPDOWN_MULTIPLE" => AsTexts(raw) is { } texts && texts.All(t => allowed?.Contains(t, StringComparer.Ordinal) == true) ? texts : null,
                "DROPDOWN_SINGLE" => raw is string one && allowed?.Contains(one, StringComparer.Ordinal) == true ? one : null,
                _ => raw as string ?? (raw is IConvertible && !(raw is bool) ? Convert.ToString(raw, CultureInfo.InvariantCulture) : null),
            };
            if (value is null)
            {
                ThrowInvalidArgument("InvalidDefaultValue", DescribeExpected(type, allowed), DefaultValue);
            }

            return value!;
        }

        private static bool IsDropdown(string? type) => type == "DROPDOWN_SINGLE" || type == "DROPDOWN_MULTIPLE";

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        private static object? AsNumber(object raw)
        {
            if (raw is string text)
            {
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal parsed) ? parsed : (object?)null;
            }

            return raw is IConvertible && !(raw is bool) && !(raw is char) ? Convert.ToDecimal(raw, CultureInfo.InvariantCulture) : (object?)null;
        }

        private static List<string>? AsTexts(object raw)
        {
            IEnumerable items = raw is string || !(raw is IEnumerable sequence) ? new[] { raw } : sequence;
            var texts = new List<string>();
            foreach (object? item in items)
            {
                if (!(Unwrap(item) is string text))
                {
                    return null;
                }

                texts.Add(text);
            }

            return texts;
        }

        private static string DescribeExpected(string? type, IReadOnlyList<string>? allowed)
        {
            string choices = allowed is null ? string.Empty : " (" + string.Join(", ", allowed) + ")";
            return type switch
            {
                "NUMBER" => "A NUMBER field's -DefaultValue must be a number.",
                "CHECKBOX" => "A CHECKBOX field's -DefaultValue must be $true or $false.",
                "DROPDOWN_MULTIPLE" => "A DROPDOWN_MULTIPLE field's -DefaultValue must be a list of its allowed values" + choices + ".",
                "DROPDOWN_SINGLE" => "A DROPDOWN_SINGLE field's -DefaultValue must be one of its allowed values" + choices + ".",
                _ => "A " + type + " field's -DefaultValue must be text.",
            };
        }
    }
}
