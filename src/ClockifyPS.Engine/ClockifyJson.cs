using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClockifyPS.Engine
{
    /// <summary>The JSON conventions of Clockify's API: camelCase names, nulls left out on write.</summary>
    public static class ClockifyJson
    {
        /// <summary>Options for reading and writing Clockify payloads.</summary>
        public static JsonSerializerOptions Options { get; } = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };

        /// <summary>Serialises <paramref name="value"/> the way Clockify expects.</summary>
        public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
    }
}
