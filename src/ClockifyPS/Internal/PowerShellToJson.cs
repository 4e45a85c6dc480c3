using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace ClockifyPS.Internal
{
    /// <summary>
    /// Writes hashtables, PSCustomObjects, arrays and plain values as JSON bodies. Times go out as UTC in the
    /// form Clockify parses (yyyy-MM-ddTHH:mm:ssZ); a DateTime that is not UTC is taken as local time, as Get-Date gives it.
    /// </summary>
    internal static class PowerShellToJson
    {
        private const int MaxDepth = 32;

        public static string Serialize(object? value)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                Write(writer, value, 0);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        private static void Write(Utf8JsonWriter writer, object? value, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new ArgumentException("The body nests deeper than " + MaxDepth + " levels; is it circular?");
            }

            object? item = value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
            switch (item)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case char character:
                    writer.WriteStringValue(character.ToString());
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case SwitchParameter switchParameter:
                    writer.WriteBooleanValue(switchParameter.IsPresent);
                    break;
                case DateTimeOffset offset:
                    writer.WriteStringValue(FormatTime(offset));
                    break;
                case DateTime time:
                    writer.WriteStringValue(FormatTime(time.Kind == DateTimeKind.Utc ? new DateTimeOffset(time) : new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Local))));
                    break;
                case TimeSpan span:
                    writer.WriteStringValue(System.Xml.XmlConvert.ToString(span));
                    break;
                case Enum enumeration:
                    writer.WriteStringValue(enumeration.ToString());
                    break;
                case Guid or Uri:
                    writer.WriteStringValue(item.ToString());
                    break;
                case byte or sbyte or short or ushort or int or uint or long:
                    writer.WriteNumberValue(System.Convert.ToInt64(item, CultureInfo.InvariantCulture));
                    break;
                case ulong unsigned:
                    writer.WriteNumberValue(unsigned);
                    break;
                case float or double or decimal:
                    writer.WriteNumberValue(System.Convert.ToDecimal(item, CultureInfo.InvariantCulture));
                    break;
                case IDictionary dictionary:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        writer.WritePropertyName(System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                        Write(writer, entry.Value, depth + 1);
                    }

                    writer.WriteEndObject();
                    break;
                case PSObject custom:
                    writer.WriteStartObject();
                    foreach (PSPropertyInfo property in custom.Properties.Where(p => p.IsGettable))
                    {
                        writer.WritePropertyName(property.Name);
                        Write(writer, property.Value, depth + 1);
                    }

                    writer.WriteEndObject();
                    break;
                case IEnumerable sequence:
                    writer.WriteStartArray();
                    foreach (object? element in sequence)
                    {
                        Write(writer, element, depth + 1);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteStartObject();
                    foreach (PropertyInfo property in item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
                    {
                        writer.WritePropertyName(char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1));
                        Write(writer, property.GetValue(item), depth + 1);
                    }

                    writer.WriteEndObject();
                    break;
            }
        }
    }
}
