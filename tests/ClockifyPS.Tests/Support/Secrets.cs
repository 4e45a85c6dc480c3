using System;
using System.Collections.Concurrent;
using System.Linq;

namespace ClockifyPS.Tests.Support;

/// <summary>
/// Every key and token the emulators hand out. Each PowerShell run in the suite is checked against them: a
/// key in any output object (at any depth of its ClockifyPS properties), error, warning, verbose, debug or
/// information record fails that test.
/// </summary>
public static class Secrets
{
    private static readonly ConcurrentDictionary<string, bool> Known = new(StringComparer.Ordinal);

    public static void Register(string secret)
    {
        if (!string.IsNullOrEmpty(secret))
        {
            Known[secret] = true;
        }
    }

    public static void AssertAbsent(string text, string script)
    {
        // Webhook tokens are issued while tests run (and by the seed before any test registers anything):
        // the emulators' own list is read at check time so a freshly issued token is known too.
        string? leaked = Known.Keys.Concat(ClockifyPS.Emulator.EmulatorSecrets.Issued).FirstOrDefault(k => text.Contains(k, StringComparison.Ordinal));
        if (leaked != null)
        {
            throw new Xunit.Sdk.XunitException("A Clockify key appeared in the streams of: " + script);
        }
    }
}
