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
                if (reader.ValueTextEquals("id"))
                {
                    entry.Id = ReadString(ref reader) ?? string.Empty;
                }
                else if (reader.ValueTextEquals("description"))
                {
                    entry.Description = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("workspaceId"))
                {
                    entry.WorkspaceId = ReadShared(ref reader) ?? string.Empty;
                }
                else if (reader.ValueTextEquals("userId"))
                {
                    entry.UserId = ReadShared(ref reader) ?? string.Empty;
                }
                else if (reader.ValueTextEquals("projectId"))
                {
                    entry.ProjectId = ReadShared(ref reader);
                }
                else if (reader.ValueTextEquals("taskId"))
                {
                    entry.TaskId = ReadShared(ref reader);
                }
                else if (reader.ValueTextEquals("tagIds"))
                {
                    entry.TagIds = ReadStrings(ref reader);
                }
                else if (reader.ValueTextEquals("billable"))
                {
                    entry.Billable = ReadBoolean(ref reader);
                }
                else if (reader.ValueTextEquals("type"))
                {
                    entry.Type = ReadShared(ref reader);
                }
                else if (reader.ValueTextEquals("isLocked"))
                {
                    entry.IsLocked = ReadBoolean(ref reader);
                }
                else if (reader.ValueTextEquals("timeInterval"))
                {
                    entry.TimeInterval = ReadInterval(ref reader);
                }
                else if (reader.ValueTextEquals("hourlyRate"))
                {
                    reader.Read();
                    entry.HourlyRate = JsonSerializer.Deserialize<RateDto>(ref reader, options);
                }
                else if (reader.ValueTextEquals("costRate"))
                {
                    reader.Read();
                    entry.CostRate = JsonSerializer.Deserialize<RateDto>(ref reader, options);
                }
                else if (reader.ValueTextEquals("customFieldValues"))
                {
                    reader.Read();
                    entry.CustomFieldValues = JsonSerializer.Deserialize<List<CustomFieldValueDto>>(ref reader, options);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return entry;
        }

        public override void Write(Utf8JsonWriter writer, TimeEntryDto value, JsonSerializerOptions options) =>
            throw new NotSupportedException("Time entries are written as TimeEntryWrite, never as TimeEntryDto.");

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
