using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace ClockifyPS.Internal
{
    /// <summary>Reads report answers, whose shapes vary between report kinds and API versions, tolerantly.</summary>
    internal static class ReportJson
    {
        public static string? Str(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        public static double? Num(JsonElement element, string name)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number)
            {
                return value.GetDouble();
            }

            return value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) ? parsed : (double?)null;
        }

        public static bool Bool(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.True;

        public static IEnumerable<JsonElement> Array(JsonElement element, params string[] names)
        {
            foreach (string name in names)
            {
                if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Array)
                {
                    return value.EnumerateArray();
                }
            }

            return System.Array.Empty<JsonElement>();
        }

        /// <summary>An entity's id, sent as _id, id or both.</summary>
        public static string? Id(JsonElement element) => Str(element, "_id") ?? Str(element, "id");

        /// <summary>Report seconds as a TimeSpan.</summary>
        public static TimeSpan Seconds(double? seconds) => TimeSpan.FromSeconds(Math.Round(seconds ?? 0));

        /// <summary>Report cents as major units.</summary>
        public static decimal Cents(double? cents) => Math.Round((decimal)(cents ?? 0) / 100m, 2);

        /// <summary>The EARNED amount of a totals or group object: its amounts list, else totalAmount/amount.</summary>
        public static double? Earned(JsonElement element)
        {
            foreach (JsonElement amount in Array(element, "amounts"))
            {
                if (string.Equals(Str(amount, "type"), "EARNED", StringComparison.OrdinalIgnoreCase))
                {
                    return Num(amount, "value") ?? Num(amount, "amount");
                }
            }

            return Num(element, "totalAmount") ?? Num(element, "amount");
        }

        /// <summary>A report date (yyyy-MM-dd, maybe with a time) as a date.</summary>
        public static DateTime? Date(string? text) =>
            text != null && DateTime.TryParse(text.Length >= 10 ? text.Substring(0, 10) : text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date) ? date.Date : (DateTime?)null;
    }
}
