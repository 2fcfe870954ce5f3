using System.Text.RegularExpressions;
using NewsParsing.Dates;
using NewsParsing.Formats.Common;
using NewsParsing.Reading;
using NewsParsing.Text;

namespace NewsParsing.Formats.GenericHtml;

/// <summary>
/// The story's header: the blocks between its title and its first paragraph, where pages print
/// the byline and the date that their structured data may lack. Dates, for pages whose
/// structured data and time elements give none: "Published: June 3, 2024", a line that
/// is only a date ("20 Dec 2023", then "10:35 am ET"), or a byline that ends with one ("By Jane
/// Doe December 21, 2023", "By Jane Doe | March 9, 2023"). The metadata notes' priority 4; the
/// zone is bounded by the title so a sidebar or a teaser's date is never read.
/// </summary>
/// <remarks>
/// A long paragraph right under the title is the deck (standfirst), and pages print the byline
/// and date below it ("Title", "From a fruit-forward expression…", "By Jane Doe", "Dec 20, 2023"):
/// the zone then runs to the next long paragraph, the deck itself left out (<see cref="Deck"/>).
/// </remarks>
internal readonly partial record struct HtmlHeaderZone(Page Page, int From, int To, bool Titled, string? Title, int Deck = -1)
{
    // Header lines are short; a longer block is the story or a teaser.
    private const int MaxLineLength = 150;

    // The farthest a title may stand above the story's first paragraph, in blocks.
    private const int MaxHeaderBlocks = 15;

    // Most words a date with its time takes ("Thursday, December 21, 2023 at 9:45 AM EST").
    private const int MaxDateWords = 9;

    /// <summary>The published and modified dates of the header zone (either may be null).</summary>
    public (NewsDate? Published, NewsDate? Modified) Dates(ParseContext context)
    {
        var (page, from, to, titled) = (Page, From, To, Titled);
        NewsDate? published = null;
        NewsDate? modified = null;
        for (int i = from; i < to && (published is null || modified is null); i++)
        {
            var block = page.Blocks[i];
            if (i == Deck)
            {
                continue; // its dates are the story's subject ("On December 7, 1941, …")
            }

            // Table cells and captions are an infobox's or a photo's dates ("Founded: February 28, 1998").
            // Between the title and the story, a <header> marked as furniture is the story's own.
            if (block.BoilerplateCandidate && !titled || block.Text.Length > MaxLineLength || block.Hint is BlockHint.Preformatted or BlockHint.Caption
                || !HasYear(block.Text) && !ShortYearDate().IsMatch(block.Text))
            {
                continue;
            }

            if (TextRules.TryParseLabelledDate(block.Text, context, out bool isModified, out var labelled))
            {
                if (isModified)
                {
                    modified ??= labelled;
                }
                else
                {
                    published ??= labelled;
                }

                continue;
            }

            // Without the title to anchor the zone, only a labelled date is sure to be the story's.
            if (published is not null || !titled)
            {
                continue;
            }

            if (TextRules.IsDateLine(block.Text, context, out var date))
            {
                // "20 Dec 2023" then "10:35 am ET": a time on the next line belongs to the date.
                if (!date.HasTime && i + 1 < to && page.Blocks[i + 1].Text.Length <= 30
                    && DateText.TryParse(block.Text + " " + page.Blocks[i + 1].Text, context.LexiconsToTry, out var withTime))
                {
                    date = withTime;
                }

                published = date;
            }
            else if (DateInLine(block.Text, context) is { } inLine)
            {
                published = inLine;
            }
        }

        return (published, modified);
    }

    /// <summary>
    /// The names of the first byline line of the header ("ByZack Savin", "By Madison Cole
    /// December 21, 2023"), for pages whose byline has neither markup nor metadata. Only a
    /// header anchored by the title counts: elsewhere "By" lines are teasers' and quotes' credits.
    /// </summary>
    public List<string> Names(ParseContext context)
    {
        var (page, from, to, titled) = (Page, From, To, Titled);
        if (!titled)
        {
            return [];
        }

        for (int i = from; i < to; i++)
        {
            var block = page.Blocks[i];
            if (i != Deck && block.Text.Length <= GenericHtmlParser.MaxBylineLength
                && HtmlHeaderLines.IsBylineLine(block.Text, context, out var names) && names.Count > 0)
            {
                return names;
            }
        }

        return [];
    }

    /// <summary>
    /// A block long enough to be the story's first paragraph, and no furniture: neither marked as
    /// a boilerplate candidate nor caught by a boilerplate rule (a newsletter prompt above the
    /// title is long, but the title and byline may still follow it).
    /// </summary>
    internal static bool OpensStory(Block block, ParseContext context) =>
        block.Hint is BlockHint.Paragraph or BlockHint.None && block.Text.Length > MinStoryParagraphLength && !block.BoilerplateCandidate
        && TextRules.Boilerplate(block.Text, context) is null;

    // Shorter blocks above the story are header lines: dates, bylines, decks.
    private const int MinStoryParagraphLength = 80;

    /// <summary>
    /// Blocks after the title and before the story's first paragraph; without a title in
    /// reach, the story container's own blocks before its first paragraph.
    /// </summary>
    public static HtmlHeaderZone Find(Page page, MainContent.Result main, string? title, ParseContext context)
    {
        int firstParagraph = -1;
        int secondParagraph = -1;
        foreach (var block in main.Blocks)
        {
            if (OpensStory(block, context))
            {
                if (firstParagraph >= 0)
                {
                    secondParagraph = block.Index;
                    break;
                }

                firstParagraph = block.Index;
            }
        }

        if (firstParagraph < 0)
        {
            return new(page, 0, 0, false, title);
        }

        // The zone under the title printed at block i.
        HtmlHeaderZone Under(int i) =>
            firstParagraph == i + 1 && secondParagraph > firstParagraph && secondParagraph - i <= MaxHeaderBlocks
                ? new(page, i + 1, secondParagraph, true, title, Deck: firstParagraph)
                : new(page, i + 1, firstParagraph, true, title);

        if (title is not null)
        {
            var foldedTitle = TextFold.FoldLine(title);
            for (int i = firstParagraph - 1; i >= 0 && i >= firstParagraph - MaxHeaderBlocks; i--)
            {
                if (page.Blocks[i].Hint is BlockHint.Heading or BlockHint.None && IsTitle(page.Blocks[i].Text, foldedTitle))
                {
                    return Under(i);
                }
            }
        }

        // A title taken from the metadata may differ from the one printed (the social title, an
        // older headline): the h1 nearest above the story is then the printed title.
        for (int i = firstParagraph - 1; i >= 0 && i >= firstParagraph - MaxHeaderBlocks; i--)
        {
            if (page.Blocks[i] is { Hint: BlockHint.Heading, Level: 1, BoilerplateCandidate: false })
            {
                return Under(i);
            }
        }

        int mainStart = main.Blocks.Count > 0 ? main.Blocks[0].Index : firstParagraph;
        return new(page, Math.Min(mainStart, firstParagraph), firstParagraph, false, title);
    }

    // The title as printed, or the longer or shorter form the title rules chose ("Site - Title",
    // "Title—with its deck"): one contains the other.
    internal static bool IsTitle(string text, string foldedTitle)
    {
        if (text.Length > 300)
        {
            return false;
        }

        var folded = TextFold.FoldLine(text);
        return folded == foldedTitle
            || folded.Length >= MinTitleOverlap && foldedTitle.Contains(folded, StringComparison.Ordinal)
            || foldedTitle.Length >= MinTitleOverlap && folded.Contains(foldedTitle, StringComparison.Ordinal);
    }

    // Shortest text that identifies a title by containment.
    private const int MinTitleOverlap = 20;

    /// <summary>
    /// A date inside a header line ("By Jane Doe December 21, 2023", "Dec 18, 2023 3 min read"):
    /// the longest run of words around the year that reads as a date.
    /// </summary>
    private static NewsDate? DateInLine(string text, ParseContext context)
    {
        var words = Glued().Replace(text, " ").Split([' ', '\u00A0', '|', '•', '·'], StringSplitOptions.RemoveEmptyEntries);
        for (int y = 0; y < words.Length; y++)
        {
            if (!HasYear(words[y]) && !ShortYearDate().IsMatch(words[y]))
            {
                continue;
            }

            for (int length = Math.Min(MaxDateWords, words.Length); length >= 2; length--)
            {
                for (int start = Math.Max(0, y - length + 1); start <= y && start + length <= words.Length; start++)
                {
                    var candidate = string.Join(' ', words, start, length);
                    if (DateText.TryParse(candidate, context.LexiconsToTry, out var date))
                    {
                        return date;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Where inline markup glued a date to its neighbours ("5 min readDec 31, 2023", "December 1,
    /// 2023December 1, 2023", "Dec 23, 202310:30 AM"): a lower-case letter or a digit before a
    /// capital, a year before a time.
    /// </summary>
    [GeneratedRegex(@"(?<=\p{Ll}|\d)(?=\p{Lu})|(?<=(?<!\d)(?:19|20)\d\d)(?=\d{1,2}:\d\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex Glued();

    /// <summary>
    /// A numeric date with a two-digit year that can be read one way only ("12/22/23", "05/26/22":
    /// the month cannot be 22 or 26), as American bylines print it ("By Jane Doe • 12/22/23 4:20pm").
    /// "12/11/23" is left alone: a wrong day is worse than none.
    /// </summary>
    [GeneratedRegex(@"(?<![\d/.])(?:(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))/\d\d(?![\d/])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex ShortYearDate();

    // Every other date form the header rules read has a four-digit year.
    private static bool HasYear(string text)
    {
        int run = 0;
        foreach (char c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }
}
