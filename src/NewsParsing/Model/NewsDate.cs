using System.Globalization;

namespace NewsParsing;

/// <summary>How much of a date the page gives.</summary>
public enum DatePrecision
{
    /// <summary>Year, month and day.</summary>
    Day,

    /// <summary>Day and time to the minute.</summary>
    Minute,

    /// <summary>Day and time to the second.</summary>
    Second,
}

/// <summary>
/// A date as a page gives it: a day, or a date-time with or without a UTC offset. It keeps the
/// precision of the source so that "2023-09-24" never turns into a midnight in some time zone.
/// </summary>
public readonly record struct NewsDate
{
    private NewsDate(DateTime local, DatePrecision precision, TimeSpan? offset)
    {
        Local = local;
        Precision = precision;
        Offset = offset;
    }

    /// <summary>The date and time as written on the page (its wall clock), without zone.</summary>
    public DateTime Local { get; }

    /// <summary>How much of the date the page gives.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The UTC offset the page gives, or null when it gives none.</summary>
    public TimeSpan? Offset { get; }

    /// <summary>True when the page gives a time of day.</summary>
    public bool HasTime => Precision != DatePrecision.Day;

    /// <summary>A day with no time.</summary>
    public static NewsDate FromDay(int year, int month, int day) =>
        new(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified), DatePrecision.Day, null);

    /// <summary>A date-time with no zone given.</summary>
    public static NewsDate FromDateTime(DateTime wallClock, DatePrecision precision = DatePrecision.Second)
    {
        if (precision == DatePrecision.Day)
        {
            return FromDay(wallClock.Year, wallClock.Month, wallClock.Day);
        }

        var trimmed = precision == DatePrecision.Minute
            ? new DateTime(wallClock.Year, wallClock.Month, wallClock.Day, wallClock.Hour, wallClock.Minute, 0, DateTimeKind.Unspecified)
            : new DateTime(wallClock.Year, wallClock.Month, wallClock.Day, wallClock.Hour, wallClock.Minute, wallClock.Second, DateTimeKind.Unspecified);
        return new NewsDate(trimmed, precision, null);
    }

    /// <summary>A date-time with its zone.</summary>
    public static NewsDate FromDateTimeOffset(DateTimeOffset value, DatePrecision precision = DatePrecision.Second)
    {
        var local = FromDateTime(value.DateTime, precision == DatePrecision.Day ? DatePrecision.Second : precision);
        return new NewsDate(local.Local, local.Precision, value.Offset);
    }

    /// <summary>A Unix time (seconds since 1970-01-01 UTC), given in UTC.</summary>
    public static NewsDate FromUnixSeconds(long seconds) =>
        FromDateTimeOffset(DateTimeOffset.FromUnixTimeSeconds(seconds));

    /// <summary>Parses the ISO 8601 forms this type writes ("2024-06-19", "2024-06-19T10:39", "…:40+02:00").</summary>
    public static bool TryParseIso(string? text, out NewsDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (s.Length == 10 && DateTime.TryParseExact(s, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            date = FromDay(day.Year, day.Month, day.Day);
            return true;
        }

        bool hasZone = s.EndsWith('Z') || (s.Length > 19 && (s[^6] == '+' || s[^6] == '-'));
        if (hasZone && DateTimeOffset.TryParse(s, inv, DateTimeStyles.None, out var dto))
        {
            date = FromDateTimeOffset(dto, CountTimePrecision(s));
            return true;
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];
        if (DateTime.TryParseExact(s, formats, inv, DateTimeStyles.None, out var dt))
        {
            date = FromDateTime(dt, CountTimePrecision(s));
            return true;
        }

        return false;
    }

    private static DatePrecision CountTimePrecision(string iso)
    {
        int t = iso.IndexOfAny(['T', ' ']);
        if (t < 0)
        {
            return DatePrecision.Day;
        }

        int colons = 0;
        for (int i = t; i < iso.Length && iso[i] != '+' && iso[i] != 'Z' && !(iso[i] == '-' && i > t); i++)
        {
            if (iso[i] == ':')
            {
                colons++;
            }
        }

        return colons >= 2 ? DatePrecision.Second : DatePrecision.Minute;
    }

    /// <summary>ISO 8601 with the precision the page gave, e.g. "2024-06-19T10:39:40+02:00".</summary>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        string core = Precision switch
        {
            DatePrecision.Day => Local.ToString("yyyy-MM-dd", inv),
            DatePrecision.Minute => Local.ToString("yyyy-MM-dd'T'HH:mm", inv),
            _ => Local.ToString("yyyy-MM-dd'T'HH:mm:ss", inv),
        };
        if (Offset is not { } off || Precision == DatePrecision.Day)
        {
            return core;
        }

        var sign = off < TimeSpan.Zero ? '-' : '+';
        var abs = off.Duration();
        return string.Create(inv, $"{core}{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }
}
