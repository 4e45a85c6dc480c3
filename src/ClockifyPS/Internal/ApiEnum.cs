using System.Text.RegularExpressions;

namespace ClockifyPS.Internal
{
    /// <summary>Parameters take PowerShell-style values (ProjectId, ThisAndFollowing); Clockify wants PROJECT_ID, THIS_AND_FOLLOWING.</summary>
    internal static class ApiEnum
    {
        public static string Of(string pascal) => Regex.Replace(pascal, "(?<=[a-z])(?=[A-Z])", "_").ToUpperInvariant();
    }
}
