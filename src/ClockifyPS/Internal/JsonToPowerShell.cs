using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json;

namespace ClockifyPS.Internal
{
    /// <summary>Turns JSON into what Invoke-RestMethod would give: PSCustomObjects, object arrays and plain values.</summary>
    internal static class JsonToPowerShell
    {
        public static object? Convert(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var result = new PSObject();
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        result.Properties.Add(new PSNoteProperty(property.Name, Convert(property.Value)));
                    }

                    return result;
                case JsonValueKind.Array:
                    var items = new List<object?>(element.GetArrayLength());
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        items.Add(Convert(item));
                    }

                    return items.ToArray();
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    if (element.TryGetInt32(out int small))
                    {
                        return small;
                    }

                    if (element.TryGetInt64(out long large))
                    {
                        return large;
                    }

                    return element.TryGetDecimal(out decimal exact) ? exact : (object)element.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }
    }
}
