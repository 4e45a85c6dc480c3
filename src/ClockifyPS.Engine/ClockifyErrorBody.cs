using System;
using System.Text.Json;

namespace ClockifyPS.Engine
{
    /// <summary>Reads Clockify's error body, <c>{"message": "...", "code": 501}</c>, which may also be empty or not JSON at all.</summary>
    internal static class ClockifyErrorBody
    {
        public static (int? Code, string? Message) Parse(ArraySegment<byte> body)
        {
            if (body.Count == 0)
            {
                return (null, null);
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(body.AsMemory());
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return (null, null);
                }

                int? code = null;
                string? message = null;
                if (document.RootElement.TryGetProperty("code", out JsonElement codeElement) && codeElement.ValueKind == JsonValueKind.Number && codeElement.TryGetInt32(out int parsed))
                {
                    code = parsed;
                }

                if (document.RootElement.TryGetProperty("message", out JsonElement messageElement) && messageElement.ValueKind == JsonValueKind.String)
                {
                    message = messageElement.GetString();
                }

                return (code, message);
            }
            catch (JsonException)
            {
                return (null, null);
            }
        }
    }
}
