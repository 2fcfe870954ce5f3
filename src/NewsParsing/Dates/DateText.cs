using System.Globalization;
using System.Text.RegularExpressions;
using NewsParsing.Lexicons;
using NewsParsing.Text;

namespace NewsParsing.Dates;

/// <summary>
/// Reads dates written on pages: ISO forms ("2024-06-19 10:39:40"), numeric day-first forms
/// ("19/06/2024 à 14h32", "19.06.2024, 14:32 Uhr"; month first only where day first cannot be,
/// "12/22/2023") and written forms in the lexicons'
/// languages ("mercredi 19 juin 2024", "1er août 2024", "June 19, 2024", "dimanche, septembre
/// 24, 2023", "19. Juni 2024"). A date without a year is never completed with the current year.
/// </summary>
public static partial class DateText
{
    /// <summary>Earliest year accepted: no news page on the web predates it.</summary>
    public const int MinYear = 1995;

    /// <summary>Latest year accepted.</summary>
    public const int MaxYear = 2100;

    // Words that may surround a date without changing it.
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "le", "a", "at", "um", "am", "den", "on", "the", "of", "uhr", "heure", "heures", "de", "du", "et", "th", "st", "nd", "rd", "er",
    };

    /// <summary>Parses a whole text that is only a date (fillers, weekday and a time allowed).</summary>
    public static bool TryParse(string text, IEnumerable<LanguageLexicon> lexicons, out NewsDate date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicons);
        date = default;
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > 80)
        {
            return false;
        }

        if (TryParseIsoLike(trimmed, out date))
        {
            return true;
        }

        var tokens = Tokenize(TextFold.Fold(trimmed));
        foreach (var lexicon in lexicons)
        {
            if (TryParseTokens(tokens, lexicon, out date))
            {
                return true;
            }
        }

        return TryParseTokens(tokens, null, out date);
    }

    /// <summary>"2024-06-19", "2024-06-19 10:39:40", "2024-06-19T10:39:40+02:00", "2024-06-19T08:37:01Z".</summary>
    public static bool TryParseIsoLike(string text, out NewsDate date)
    {
        date = default;
        var trimmed = text.AsSpan().Trim();

        // Most lines are not dates: look at the shape before running the pattern.
        if (trimmed.Length is < 10 or > 40 || !char.IsAsciiDigit(trimmed[0]) || trimmed[4] != '-')
        {
            return false;
        }

        var m = IsoPattern().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        int year = Int(m.Groups["y"].Value), month = Int(m.Groups["m"].Value), day = Int(m.Groups["d"].Value);
        if (!ValidDay(year, month, day))
        {
            return false;
        }

        if (!m.Groups["h"].Success)
        {
            date = NewsDate.FromDay(year, month, day);
            return true;
        }

        int hour = Int(m.Groups["h"].Value), minute = Int(m.Groups["min"].Value);
        int second = m.Groups["s"].Success ? Int(m.Groups["s"].Value) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var precision = m.Groups["s"].Success ? DatePrecision.Second : DatePrecision.Minute;
        var wall = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        if (m.Groups["z"].Success)
        {
            var z = m.Groups["z"].Value;
            var offset = z is "Z" or "z" ? TimeSpan.Zero
                : new TimeSpan(Int(z.Substring(1, 2)), Int(z.Substring(z.Length - 2, 2)), 0) * (z[0] == '-' ? -1 : 1);
            date = NewsDate.FromDateTimeOffset(new DateTimeOffset(wall, offset), precision);
            return true;
        }

        date = NewsDate.FromDateTime(wall, precision);
        return true;
    }

    /// <summary>A Unix time in seconds written alone on a line ("1718786221"), within plausible news years.</summary>
    public static bool TryParseUnixSeconds(string text, out NewsDate date)
    {
        date = default;
        var s = text.Trim();
        if (s.Length != 10 || !long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
        {
            return false;
        }

        var value = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (value.Year is < MinYear or > MaxYear)
        {
            return false;
        }

        date = NewsDate.FromDateTimeOffset(value);
        return true;
    }

    /// <summary>True when year, month and day make a calendar day in the accepted range.</summary>
    public static bool ValidDay(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>
    /// Parses a day and month with an optional year ("19 juin", "Sept 3", "1er mars 2024",
    /// "March 5, 2024", "19. Juni"), as datelines write them. The year is null when absent.
    /// </summary>
    public static bool TryParseDayMonth(string text, IEnumerable<LanguageLexicon> lexicons, out int day, out int month, out int? year)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicons);
        day = month = 0;
        year = null;
        var tokens = Tokenize(TextFold.Fold(text.Trim()));
        foreach (var lexicon in lexicons)
        {
            if (TryParseParts(tokens, lexicon, allowMissingYear: true, out var parts) && parts.Month is { } m)
            {
                (day, month, year) = (parts.Day, m, parts.Year);
                return true;
            }
        }

        return false;
    }

    private static bool TryParseTokens(List<string> tokens, LanguageLexicon? lexicon, out NewsDate date)
    {
        date = default;
        if (!TryParseParts(tokens, lexicon, allowMissingYear: false, out var p) || p.Year is not { } year || p.Month is not { } month)
        {
            return false;
        }

        date = p.Hour is { } hh && p.Minute is { } mm
            ? NewsDate.FromDateTime(new DateTime(year, month, p.Day, hh, mm, 0, DateTimeKind.Unspecified), DatePrecision.Minute)
            : NewsDate.FromDay(year, month, p.Day);
        return true;
    }

    private static bool TryParseParts(List<string> tokens, LanguageLexicon? lexicon, bool allowMissingYear, out (int Day, int? Month, int? Year, int? Hour, int? Minute) parts)
    {
        parts = default;
        int? day = null, month = null, year = null, hour = null, minute = null;
        var numbers = new List<int>();
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (hour is { } h12 && t.TrimEnd('.') is "am" or "pm" or "a.m" or "p.m")
            {
                // English 12-hour clock after the time ("2:15 pm"); before a time "am" is German ("am 19. Juni").
                if (h12 is < 1 or > 12)
                {
                    return false;
                }

                hour = t[0] == 'p' ? h12 % 12 + 12 : h12 % 12;
                continue;
            }

            if (t.Length == 0 || Fillers.Contains(t))
            {
                continue;
            }

            if (t.Contains(':', StringComparison.Ordinal) || IsHourMinute(t))
            {
                if (!TryTime(t, out int h, out int min) || hour is not null)
                {
                    return false;
                }

                (hour, minute) = (h, min);
                continue;
            }

            if (t.Contains('/', StringComparison.Ordinal) || (t.Count(c => c == '.') == 2 && char.IsAsciiDigit(t[0])))
            {
                var numeric = t.Split(['/', '.'], StringSplitOptions.RemoveEmptyEntries);
                if (numeric.Length != 3 || !numeric.All(p => p.All(char.IsAsciiDigit)) || day is not null)
                {
                    return false;
                }

                (day, month, year) = (Int(numeric[0]), Int(numeric[1]), Int(numeric[2]));
                if (year < 100)
                {
                    year += 2000;
                }

                // Day first unless that cannot be: "12/22/2023" is an American month-first date.
                // An ambiguous one ("05/06/2023") stays day first, as the lexicons' languages write it.
                if (month > 12 && day <= 12)
                {
                    (day, month) = (month, day);
                }

                continue;
            }

            var word = t.TrimEnd('.');
            if (word.Length > 0 && word.All(char.IsAsciiDigit))
            {
                if (word.Length == 4)
                {
                    if (year is not null)
                    {
                        return false;
                    }

                    year = Int(word);
                }
                else if (word.Length <= 2)
                {
                    numbers.Add(Int(word));
                }
                else
                {
                    return false;
                }

                continue;
            }

            if (IsOrdinalDay(word))
            {
                numbers.Add(Int(word[..^2])); // "1er", "5th", "22nd"
                continue;
            }

            if (lexicon is null)
            {
                return false;
            }

            if (lexicon.Months.TryGetValue(word, out int m))
            {
                if (month is not null)
                {
                    return false;
                }

                month = m;
                continue;
            }

            if (lexicon.Weekdays.Contains(word))
            {
                continue;
            }

            return false;
        }

        if (day is null)
        {
            if (month is null || numbers.Count != 1)
            {
                return false;
            }

            day = numbers[0];
        }
        else if (numbers.Count > 0 || month is null)
        {
            return false;
        }

        if (year is null)
        {
            // Leap day is the only date that needs a year to be valid; 2000 was a leap year.
            if (!allowMissingYear || !ValidDay(2000, month!.Value, day.Value))
            {
                return false;
            }
        }
        else if (!ValidDay(year.Value, month!.Value, day.Value))
        {
            return false;
        }

        parts = (day.Value, month, year, hour, minute);
        return true;
    }

    /// <summary>A day number with an ordinal suffix: French "1er", English "1st", "2nd", "3rd", "5th".</summary>
    private static bool IsOrdinalDay(string word) =>
        word.Length is 3 or 4
        && word[..^2].All(char.IsAsciiDigit)
        && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("st", StringComparison.Ordinal)
            || word.EndsWith("nd", StringComparison.Ordinal) || word.EndsWith("rd", StringComparison.Ordinal)
            || word.EndsWith("th", StringComparison.Ordinal));

    private static bool IsHourMinute(string t) => HourMinutePattern().IsMatch(t);

    /// <summary>True for a clock time as dates write it, folded to lower case: "14h32", "14h", "09:15", "9:15:30".</summary>
    internal static bool IsClockTime(string t) => TryTime(t, out _, out _);

    private static bool TryTime(string t, out int hour, out int minute)
    {
        hour = minute = 0;
        var m = HourMinutePattern().Match(t);
        if (!m.Success)
        {
            m = ColonTimePattern().Match(t);
            if (!m.Success)
            {
                return false;
            }
        }

        hour = Int(m.Groups["h"].Value);
        minute = m.Groups["m"].Success && m.Groups["m"].Value.Length > 0 ? Int(m.Groups["m"].Value) : 0;
        return hour <= 23 && minute <= 59;
    }

    private static List<string> Tokenize(string folded)
    {
        // Join "14 h 32" into "14h32" and drop commas; keep dots (abbreviations, 19.06.2024).
        var s = SpacedHourPattern().Replace(folded, "${h}h${m}");
        // "4:20pm": the clock's half of the day apart from the time.
        s = GluedMeridiemPattern().Replace(s, "${t} ${p}");
        var tokens = new List<string>();
        foreach (var raw in s.Split([' ', ',', ';', '|', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var t = raw.Trim('-', '–', '—');
            if (t.Length > 0)
            {
                tokens.Add(t.EndsWith('.') && t.Length > 1 && t.Count(c => c == '.') == 1 && char.IsAsciiDigit(t[0]) ? t[..^1] : t);
            }
        }

        return tokens;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<min>\d{2})(?::(?<s>\d{2})(?:\.\d{1,7})?)?(?<z>Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<h>\d{1,2})h(?<m>\d{2})?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex HourMinutePattern();

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})(?::\d{2})?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex ColonTimePattern();

    [GeneratedRegex(@"\b(?<t>\d{1,2}:\d{2})(?<p>[ap]\.?m\b\.?)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex GluedMeridiemPattern();

    [GeneratedRegex(@"\b(?<h>\d{1,2}) ?h ?(?<m>\d{2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex SpacedHourPattern();
}
