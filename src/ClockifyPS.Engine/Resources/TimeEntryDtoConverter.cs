using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>
    /// Reads time entries straight off the UTF-8 bytes. A year's export is millions of entries: reading the
    /// fields by hand, without the general serializer's lookups, keeps the module at the API's rate limit
    /// rather than at the speed of its own parsing. Unknown fields are skipped, so API additions do no harm.
    /// </summary>
    internal sealed class TimeEntryDtoConverter : JsonConverter<TimeEntryDto>
    {
        public override TimeEntryDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            Expect(ref reader, JsonTokenType.StartObject);
            var entry = new TimeEntryDto();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // Dispatch on the name's length first: a handful of comparisons per field instead of fifteen.
                switch (reader.HasValueSequence || reader.ValueIsEscaped ? 0 : reader.ValueSpan.Length)
                {
                    case 2 when reader.ValueTextEquals("id"):
                        entry.Id = ReadString(ref reader) ?? string.Empty;
                        break;
                    case 4 when reader.ValueTextEquals("type"):
                        entry.Type = ReadShared(ref reader);
                        break;
                    case 6 when reader.ValueTextEquals("userId"):
                        entry.UserId = ReadShared(ref reader) ?? string.Empty;
                        break;
                    case 6 when reader.ValueTextEquals("taskId"):
                        entry.TaskId = ReadShared(ref reader);
                        break;
                    case 6 when reader.ValueTextEquals("tagIds"):
                        entry.TagIds = ReadStrings(ref reader);
                        break;
                    case 8 when reader.ValueTextEquals("billable"):
                        entry.Billable = ReadBoolean(ref reader);
                        break;
                    case 8 when reader.ValueTextEquals("isLocked"):
                        entry.IsLocked = ReadBoolean(ref reader);
                        break;
                    case 8 when reader.ValueTextEquals("costRate"):
                        entry.CostRate = ReadRate(ref reader);
                        break;
                    case 9 when reader.ValueTextEquals("projectId"):
                        entry.ProjectId = ReadShared(ref reader);
                        break;
                    case 10 when reader.ValueTextEquals("hourlyRate"):
                        entry.HourlyRate = ReadRate(ref reader);
                        break;
                    case 11 when reader.ValueTextEquals("description"):
                        entry.Description = ReadString(ref reader);
                        break;
                    case 11 when reader.ValueTextEquals("workspaceId"):
                        entry.WorkspaceId = ReadShared(ref reader) ?? string.Empty;
                        break;
                    case 12 when reader.ValueTextEquals("timeInterval"):
                        entry.TimeInterval = ReadInterval(ref reader);
                        break;
                    case 17 when reader.ValueTextEquals("customFieldValues"):
                        entry.CustomFieldValues = ReadCustomFieldValues(ref reader, options);
                        break;
                    default:
                        reader.Read();
                        reader.Skip();
                        break;
                }
            }

            return entry;
        }

        public override void Write(Utf8JsonWriter writer, TimeEntryDto value, JsonSerializerOptions options) =>
            throw new NotSupportedException("Time entries are written as TimeEntryWrite, never as TimeEntryDto.");

        private static RateDto? ReadRate(ref Utf8JsonReader reader)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            Expect(ref reader, JsonTokenType.StartObject);
            var rate = new RateDto();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("amount"))
                {
                    reader.Read();
                    rate.Amount = reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : 0;
                }
                else if (reader.ValueTextEquals("currency"))
                {
                    rate.Currency = ReadShared(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return rate;
        }

        /// <summary>Most entries have none: an empty array costs nothing; values go through the serializer.</summary>
        private static List<CustomFieldValueDto>? ReadCustomFieldValues(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            Expect(ref reader, JsonTokenType.StartArray);
            var values = new List<CustomFieldValueDto>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                values.Add(JsonSerializer.Deserialize<CustomFieldValueDto>(ref reader, options)!);
            }

            return values;
        }

        private static TimeIntervalDto ReadInterval(ref Utf8JsonReader reader)
        {
            reader.Read();
            var interval = new TimeIntervalDto();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return interval;
            }

            Expect(ref reader, JsonTokenType.StartObject);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("start"))
                {
                    interval.Start = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("end"))
                {
                    interval.End = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("duration"))
                {
                    interval.Duration = ReadString(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return interval;
        }

        private static string? ReadString(ref Utf8JsonReader reader)
        {
            reader.Read();
            return reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
        }

        /// <summary>A value that repeats across entries (ids, types): one string instance serves them all.</summary>
        private static string? ReadShared(ref Utf8JsonReader reader)
        {
            reader.Read();
            return SharedStrings.Get(ref reader);
        }

        private static bool ReadBoolean(ref Utf8JsonReader reader)
        {
            reader.Read();
            return reader.TokenType == JsonTokenType.True;
        }

        private static List<string>? ReadStrings(ref Utf8JsonReader reader)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            Expect(ref reader, JsonTokenType.StartArray);
            var values = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                values.Add(SharedStrings.Get(ref reader) ?? string.Empty);
            }

            return values;
        }

        private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
        {
            if (reader.TokenType != token)
            {
                throw new JsonException("Expected " + token + " in a time entry but found " + reader.TokenType + ".");
            }
        }
    }
}
