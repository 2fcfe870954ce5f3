using System.Text.RegularExpressions;
using NewsParsing.Dates;
using NewsParsing.Formats.Common;
using NewsParsing.Text;

namespace NewsParsing.Enrichment;

/// <summary>
/// Parses the dateline at the start of the first body paragraph ("PARIS, 19 juin (AFP) -",
/// "WASHINGTON (AP) —", "Berlin (dpa) -") into place, region, date and agency, and leaves the
/// paragraph's text as it is. A candidate is kept only when it has an agency, an ALL-CAPS
/// place or a date, so "Bien sûr - …" is not a dateline; a month or weekday is never a place.
/// </summary>
public sealed partial class DatelineEnricher : IArticleEnricher
{
    /// <summary>How many body blocks from the start are looked at.</summary>
    public const int SearchBlocks = 2;

    /// <inheritdoc />
    public string Name => "dateline";

    /// <inheritdoc />
    public Article Enrich(Article article, Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        if (article.Dateline is not null)
        {
            return article;
        }

        foreach (var block in article.Body.Take(SearchBlocks))
        {
            if (block.Kind != BodyBlockKind.Paragraph)
            {
                continue;
            }

            if (TryParse(block.Text, context, article.Published, out var dateline))
            {
                return article with { Dateline = dateline };
            }

            break;
        }

        return article;
    }

    /// <summary>Parses a dateline at the start of <paramref name="paragraph"/>.</summary>
    /// <param name="paragraph">The paragraph text.</param>
    /// <param name="context">The parse context (lexicons, reference date).</param>
    /// <param name="published">The article's date, for a dateline date without a year.</param>
    /// <param name="dateline">The dateline found.</param>
    public static bool TryParse(string paragraph, ParseContext context, NewsDate? published, out Dateline? dateline)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(context);
        dateline = null;
        var m = DatelinePattern().Match(paragraph, 0, Math.Min(paragraph.Length, 160));
        if (!m.Success)
        {
            return false;
        }

        var place = m.Groups["place"].Value.Trim();
        if (IsCalendarWord(place, context) || place.Length > 40)
        {
            return false;
        }

        // Parentheticals: with two, the first is the region and the last the agency; with one,
        // it is the agency when it names one (or looks like a wire code), else the region.
        var parens = m.Groups["paren"].Captures.Select(c => c.Value.Trim()).ToList();
        string? agency = m.Groups["wire"].Success ? m.Groups["wire"].Value.Trim() : null;
        string? region = null;

        foreach (var p in parens)
        {
            if (agency is null && IsAgency(p, context))
            {
                agency = p;
            }
            else
            {
                region ??= p;
            }
        }

        if (agency is not null && !IsAgency(agency, context) && !m.Groups["wire"].Success)
        {
            region ??= agency;
            agency = null;
        }

        NewsDate? date = null;
        if (m.Groups["sftsm"].Success
            && Complete(int.Parse(m.Groups["sftsd"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["sftsm"].Value, System.Globalization.CultureInfo.InvariantCulture), null, context, published, out var stamped))
        {
            date = stamped; // the ebdata "(07-17) 13:09 PDT" prefix
        }

        var afterComma = m.Groups["rest"].Captures.Select(c => c.Value.Trim()).ToList();
        for (int k = afterComma.Count - 1; k > 0; k--)
        {
            // "March 5, 2024": the year after a comma belongs to the date before it.
            if (afterComma[k].Length == 4 && afterComma[k].All(char.IsAsciiDigit))
            {
                afterComma[k - 1] += ", " + afterComma[k];
                afterComma.RemoveAt(k);
            }
        }

        foreach (var part in afterComma)
        {
            if (date is null && TryDate(part, context, published, out var d))
            {
                date = d;
            }
            else if (region is null && date is null && IsRegion(part))
            {
                region = part;
            }
            else
            {
                return false; // a comma part that is neither: prose, not a dateline
            }
        }

        bool allCaps = place.Any(char.IsLetter) && place.Where(char.IsLetter).All(char.IsUpper) && place.Count(char.IsLetter) >= 3;
        if (agency is null && !allCaps && date is null)
        {
            return false;
        }

        int sep = m.Groups["sep"].Index + m.Groups["sep"].Length;
        dateline = new Dateline(place, region, date, agency, paragraph[..sep].Trim());
        return true;
    }

    private static bool TryDate(string text, ParseContext context, NewsDate? published, out NewsDate date)
    {
        date = default;
        if (!DateText.TryParseDayMonth(text, context.LexiconsToTry, out int day, out int month, out int? year))
        {
            return false;
        }

        return Complete(day, month, year, context, published, out date);
    }

    /// <summary>A day and month, with the year given or taken from the published or reference date (Dec/Jan rollover).</summary>
    private static bool Complete(int day, int month, int? year, ParseContext context, NewsDate? published, out NewsDate date)
    {
        date = default;
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (year is null)
        {
            var reference = published?.Local ?? context.ReferenceDate?.DateTime;
            if (reference is not { } r)
            {
                return false; // never complete a date with the current year
            }

            int y = r.Year;
            if (!DateText.ValidDay(y, month, day))
            {
                return false;
            }

            // A dateline filed on 30 December and published on 2 January is from the year before.
            if (new DateTime(y, month, day, 0, 0, 0, DateTimeKind.Unspecified) > r.Date.AddDays(2))
            {
                y--;
            }

            year = y;
        }

        if (!DateText.ValidDay(year.Value, month, day))
        {
            return false;
        }

        date = NewsDate.FromDay(year.Value, month, day);
        return true;
    }

    private static bool IsAgency(string text, ParseContext context)
    {
        return context.Lexicons.Common.FoldedList("agencies").Contains(TextFold.FoldLine(text));
    }

    private static bool IsRegion(string text) =>
        text.Length is > 1 and <= 30 && char.IsUpper(text[0]) && TextRules.WordCount(text) <= 3 && !text.Any(char.IsDigit);

    private static bool IsCalendarWord(string place, ParseContext context)
    {
        var first = TextFold.Fold(place.Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries)[0]).TrimEnd('.');
        return context.Lexicons.All.Any(l => l.Months.ContainsKey(first) || l.Weekdays.Contains(first));
    }

    // PLACE[/PLACE] [(REGION)] [, REGION|DATE]* [(AGENCY) | /WIRE/] SEP
    [GeneratedRegex(
        @"^(?:\((?<sftsm>\d{2})-(?<sftsd>\d{2})\)\s+\d{1,2}:\d{2}\s+\p{Lu}{2,4}\s+)?(?<place>\p{Lu}[\p{L}’'.\-]*(?:[ /]\p{Lu}[\p{L}’'.\-]*){0,4})(?:\s*\((?<paren>[^()]{2,30})\))?(?:,\s+(?<rest>[^,()\-–—/]{2,30}))*(?:\s*\((?<paren>[^()]{2,30})\))?(?:\s*/(?<wire>[^/]{2,30})/)?\s*(?<sep>--|[-—–―])\s",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex DatelinePattern();
}
