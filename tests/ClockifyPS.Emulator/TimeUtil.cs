using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace ClockifyPS.Emulator;

internal static class TimeUtil
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.OrdinalIgnoreCase);

    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }
        return Zones.GetOrAdd(id, static z =>
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(z);
            }
            catch (TimeZoneNotFoundException)
            {
                return null;
            }
            catch (InvalidTimeZoneException)
            {
                return null;
            }
        });
    }

    /// <summary>Wall-clock time in a zone to UTC ticks (a time in a DST gap moves forward).</summary>
    public static long WallToUtc(DateTime wall, TimeZoneInfo tz)
    {
        wall = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        if (tz.IsInvalidTime(wall))
        {
            wall = wall.AddHours(1);
        }
        return TimeZoneInfo.ConvertTimeToUtc(wall, tz).Ticks;
    }

    public static DateTime UtcToWall(long utcTicks, TimeZoneInfo tz) =>
        TimeZoneInfo.ConvertTimeFromUtc(new DateTime(utcTicks, DateTimeKind.Utc), tz);

    /// <summary>Strict main-API date parameter: yyyy-MM-ddTHH:mm:ssZ (milliseconds tolerated). Returns the wall-clock part.</summary>
    public static bool TryParseQueryDate(string s, out DateTime wall) =>
        DateTime.TryParseExact(s, new[] { "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" },
            CultureInfo.InvariantCulture, DateTimeStyles.None, out wall);

    /// <summary>Body instant (ISO-8601 with Z or an offset; no zone = UTC) to UTC ticks.</summary>
    public static bool TryParseInstant(string? s, out long utcTicks)
    {
        utcTicks = 0;
        if (string.IsNullOrWhiteSpace(s))
        {
            return false;
        }
        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var dto))
        {
            return false;
        }
        utcTicks = dto.UtcDateTime.Ticks;
        return true;
    }

    /// <summary>Report date: the wall-clock part as written, any Z or offset ignored.</summary>
    public static bool TryParseWall(string? s, out DateTime wall)
    {
        wall = default;
        if (string.IsNullOrWhiteSpace(s))
        {
            return false;
        }
        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            return false;
        }
        wall = dto.DateTime;
        return true;
    }

    public static string FormatUtc(long ticks) =>
        new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static bool TryFormatUtc(long ticks, Span<char> dest, out int written) =>
        new DateTime(ticks, DateTimeKind.Utc).TryFormat(dest, out written, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Rendered in a zone with its offset, like report timestamps: 2024-01-01T10:00:00+01:00.</summary>
    public static string FormatInZone(long utcTicks, TimeZoneInfo tz)
    {
        var utc = new DateTime(utcTicks, DateTimeKind.Utc);
        var off = tz.GetUtcOffset(utc);
        return new DateTimeOffset(utc.Add(off).Ticks, off).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>ISO-8601 duration as Java's Duration.toString (PT1H30M, PT0S, PT26H).</summary>
    public static string IsoDuration(long ticks)
    {
        var totalSeconds = ticks / TimeSpan.TicksPerSecond;
        if (totalSeconds == 0)
        {
            return "PT0S";
        }
        var sb = new StringBuilder("PT");
        var neg = totalSeconds < 0;
        var t = Math.Abs(totalSeconds);
        long h = t / 3600, m = t / 60 % 60, sec = t % 60;
        var sign = neg ? "-" : "";
        if (h != 0)
        {
            sb.Append(sign).Append(h.ToString(CultureInfo.InvariantCulture)).Append('H');
        }
        if (m != 0)
        {
            sb.Append(sign).Append(m.ToString(CultureInfo.InvariantCulture)).Append('M');
        }
        if (sec != 0)
        {
            sb.Append(sign).Append(sec.ToString(CultureInfo.InvariantCulture)).Append('S');
        }
        return sb.ToString();
    }

    /// <summary>Parses PT#H#M#S (and P#D) into ticks.</summary>
    public static bool TryParseIsoDuration(string? s, out long ticks)
    {
        ticks = 0;
        if (string.IsNullOrEmpty(s))
        {
            return false;
        }
        try
        {
            ticks = System.Xml.XmlConvert.ToTimeSpan(s).Ticks;
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

/// <summary>Thrown by handlers: becomes {"message","code"} with the status.</summary>
internal sealed class ApiException : Exception
{
    public int Status { get; }
    public int Code { get; }

    public ApiException(int status, int code, string message) : base(message)
    {
        Status = status;
        Code = code;
    }

    public ApiException() : this(500, 500, "Internal server error") { }
    public ApiException(string message) : this(400, 501, message) { }
    public ApiException(string message, Exception inner) : base(message, inner) { Status = 500; Code = 500; }

    public static ApiException BadRequest(string message) => new(400, 501, message);
    public static ApiException NotFound(string message) => new(404, 501, message);
    public static ApiException Forbidden() => new(403, 1, "Access Denied");
    public static ApiException Missing(string name) => new(400, 3001, $"Required request parameter '{name}' is not present");
}
