using System;
using System.Text.Json;

namespace ClockifyPS.Engine.Resources
{
    /// <summary>
    /// Reuses one string for values that repeat across a listing (workspace, user, project, task and tag ids):
    /// a million entries of one user then carry one copy of each id instead of millions, which keeps the
    /// garbage collector, and so the process's memory, quiet while streaming.
    /// </summary>
    internal static class SharedStrings
    {
        private const int Slots = 1024;
        private const int LongestShared = 64;

        [ThreadStatic]
        private static string?[]? table;

        /// <summary>The current token's string, shared when it was seen before on this thread.</summary>
        public static string? Get(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > LongestShared)
            {
                return reader.GetString();
            }

            ReadOnlySpan<byte> bytes = reader.ValueSpan;
            string?[] slots = table ??= new string?[Slots];
            int slot = Hash(bytes) & (Slots - 1);
            string? known = slots[slot];
            if (known != null && Matches(known, bytes))
            {
                return known;
            }

            string value = reader.GetString()!;
            slots[slot] = value;
            return value;
        }

        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            unchecked
            {
                int hash = (int)2166136261;
                foreach (byte b in bytes)
                {
                    hash = (hash ^ b) * 16777619;
                }

                return hash;
            }
        }

        private static bool Matches(string known, ReadOnlySpan<byte> bytes)
        {
            if (known.Length != bytes.Length)
            {
                return false;
            }

            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] >= 0x80 || known[i] != (char)bytes[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
