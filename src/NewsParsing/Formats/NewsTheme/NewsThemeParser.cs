using System.Text.RegularExpressions;
using NewsParsing.Formats.Common;
using NewsParsing.Text;

namespace NewsParsing.Formats.NewsTheme;

/// <summary>
/// News themes whose header prints a weather widget (temperature, city) and today's date
/// before the title, then an often empty 'Date:' field, the subtitle, the body with crossheads,
/// a 'related' box and the comment form. The header's city and date are the reader's, not the
/// story's: they are never its dateline or publication date.
/// </summary>
public sealed partial class NewsThemeParser : IArticleParser
{
    /// <summary>How far from the start the weather widget is looked for.</summary>
    public const int HeaderWindow = 4;

    /// <inheritdoc />
    public string Name => "news-theme";

    /// <inheritdoc />
    public double Match(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        var header = ReadHeader(page, context);
        if (header.Temperature < 0)
        {
            return 0;
        }

        double score = 0.5;
        if (header.TodayDate >= 0)
        {
            score += 0.2;
        }

        if (FindDateField(page, header.End, context, out _) >= 0)
        {
            score += 0.2;
        }

        return score;
    }

    /// <inheritdoc />
    public Article Parse(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        var draft = new ArticleDraft();
        var blocks = page.Blocks;
        var header = ReadHeader(page, context);
        int next = header.End;
        if (header.TodayDate >= 0)
        {
            draft.Diagnostics.Add($"published: the header's date \"{blocks[header.TodayDate].Text}\" is the page's today-date, not used");
        }

        if (next < blocks.Count && TextRules.LooksLikeHeadline(blocks[next].Text))
        {
            draft.Title = blocks[next].Text;
            next++;
        }

        int dateField = FindDateField(page, next, context, out var fieldDate);
        if (dateField >= 0)
        {
            draft.Published = fieldDate;
            next = dateField + 1;
            if (next < blocks.Count && IsSubtitle(blocks[next].Text))
            {
                draft.Subtitle = blocks[next].Text;
                next++;
            }
        }
        else if (draft.Title is not null && next < blocks.Count && IsUnpunctuatedDek(blocks[next].Text))
        {
            // Without a 'Date:' field the dek follows the title directly; it has no final stop, the lede has.
            draft.Subtitle = blocks[next].Text;
            next++;
        }

        BodyClassifier.Classify(page, next, blocks.Count, context, draft);
        return draft.ToArticle();
    }

    private static bool IsUnpunctuatedDek(string text) =>
        TextRules.WordCount(text) is >= 4 and <= 40 && !TextRules.EndsLikeSentence(text) && !text.EndsWith(':') && !TextRules.IsDash(text[0]);

    private static bool IsSubtitle(string text) =>
        TextRules.WordCount(text) is >= 4 and <= 40 && !TextRules.EndsLikeSentence(text) || TextRules.LooksLikeHeadline(text);

    /// <summary>The weather widget (temperature, then a city) and today's date at the top of the page.</summary>
    private static (int Temperature, int TodayDate, int End) ReadHeader(Page page, ParseContext context)
    {
        var blocks = page.Blocks;
        int temperature = -1, today = -1, end = 0;
        for (int i = 0; i < Math.Min(blocks.Count, HeaderWindow); i++)
        {
            var text = blocks[i].Text;
            // On HTML pages a weather widget in the site's furniture says nothing about the story's layout.
            if (temperature < 0 && !blocks[i].BoilerplateCandidate && TemperaturePattern().IsMatch(text))
            {
                temperature = i;
                end = i + 1;
                if (i + 1 < blocks.Count && IsCityLine(blocks[i + 1].Text))
                {
                    end = i + 2;
                }

                continue;
            }

            if (temperature >= 0 && i >= end - 1 && today < 0 && TextRules.IsDateLine(text, context, out _))
            {
                today = i;
                end = i + 1;
                break;
            }
        }

        return (temperature, today, end);
    }

    /// <summary>A 'Date:' field within the first lines after the title, empty or holding the date.</summary>
    private static int FindDateField(Page page, int start, ParseContext context, out NewsDate? date)
    {
        date = null;
        for (int i = start; i < Math.Min(page.Blocks.Count, start + 3); i++)
        {
            var text = page.Blocks[i].Text;
            if (!text.Contains(':', StringComparison.Ordinal) || text.Length > 60)
            {
                continue;
            }

            if (TextRules.TryParseLabelledDate(text, context, out _, out var parsed))
            {
                date = parsed;
                return i;
            }

            if (text.EndsWith(':') && context.LexiconsToTry.Any(l => l.DateLabels.Any(d => d.Phrase == Text.TextFold.FoldLine(text))))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsCityLine(string text) =>
        text.Length <= 30 && TextRules.WordCount(text) <= 3 && !text.Any(char.IsDigit) && text.Length > 0 && char.IsUpper(text[0]);

    [GeneratedRegex(@"^-?\d{1,2}(?:[.,]\d)?\s?°?\s?[CF]$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex TemperaturePattern();
}
