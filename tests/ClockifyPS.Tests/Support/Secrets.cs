using System;
using System.Collections.Concurrent;
using System.Linq;

namespace ClockifyPS.Tests.Support;

/// <summary>
/// Every key and token the emulators hand out. Each PowerShell run in the suite is checked against them: a
/// key in any output object, error, warning, verbose, debug or information record fails that test.
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
        string? leaked = Known.Keys.FirstOrDefault(k => text.Contains(k, StringComparison.Ordinal));
        if (leaked != null)
        {
            throw new Xunit.Sdk.XunitException("A Clockify key appeared in the streams of: " + script);
        }
    }
}
