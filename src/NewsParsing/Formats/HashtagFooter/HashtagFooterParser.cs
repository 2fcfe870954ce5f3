using NewsParsing.Dates;
using NewsParsing.Formats.Common;

namespace NewsParsing.Formats.HashtagFooter;

/// <summary>
/// Aggregator pages that end with a '#tag #tag' line built from the title's words, next to a
/// 'YYYY-MM-DD HH:MM:SS' line and a Unix-time line. Some print a header first: the site name,
/// the title twice, the date, a 'SECTION KICKER' line, the headline twice and a teaser.
/// </summary>
public sealed class HashtagFooterParser : IArticleParser
{
    /// <summary>How far from the end of the page the hashtag line is looked for.</summary>
    public const int FooterWindow = 15;

    /// <summary>How far from the start the header's date line is looked for.</summary>
    public const int HeaderWindow = 8;

    /// <inheritdoc />
    public string Name => "hashtag-footer";

    /// <inheritdoc />
    public double Match(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        var layout = Locate(page);
        if (layout.Hashtags < 0)
        {
            return 0;
        }

        double score = 0.5;
        if (layout.Epoch >= 0)
        {
            score += 0.25;
        }

        if (layout.DateLine >= 0)
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
        var blocks = page.Blocks;
        var layout = Locate(page);
        var draft = new ArticleDraft();

        if (layout.Hashtags >= 0)
        {
            foreach (var token in blocks[layout.Hashtags].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var tag = token.TrimStart('#');
                if (tag.Length > 0 && !draft.Tags.Contains(tag, StringComparer.Ordinal))
                {
                    draft.Tags.Add(tag);
                }
            }
        }

        if (layout.DateLine >= 0 && DateText.TryParseIsoLike(blocks[layout.DateLine].Text, out var published))
        {
            draft.Published = published;
        }
        else if (layout.Epoch >= 0 && DateText.TryParseUnixSeconds(blocks[layout.Epoch].Text, out var fromEpoch))
        {
            draft.Published = fromEpoch;
            draft.Diagnostics.Add("published: taken from the Unix-time line (UTC)");
        }

        int bodyStart = layout.DateLine >= 0 && layout.DateLine < HeaderWindow && IsHeaderDate(page, layout.DateLine)
            ? ReadHeader(page, layout.DateLine, draft, context)
            : 0;

        int bodyEnd = blocks.Count;
        foreach (int marker in (ReadOnlySpan<int>)[layout.Hashtags, layout.Epoch, layout.DateLine])
        {
            if (marker >= bodyStart && marker < bodyEnd)
            {
                bodyEnd = marker;
            }
        }

        BodyClassifier.Classify(page, bodyStart, bodyEnd, context, draft);

        if (draft.Title is null && draft.Tags.Count > 0)
        {
            draft.Diagnostics.Add($"title: none on the page; the hashtag line suggests \"{string.Join(' ', draft.Tags)}\" (derived, not used)");
        }

        return draft.ToArticle();
    }

    /// <summary>The date line is a header's when only short lines (site name, title) stand before it.</summary>
    private static bool IsHeaderDate(Page page, int dateLine)
    {
        for (int i = 0; i < dateLine; i++)
        {
            if (!TextRules.LooksLikeHeadline(page.Blocks[i].Text) && TextRules.WordCount(page.Blocks[i].Text) > 6)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads site name, title, kicker, section and teaser around the header's date line.</summary>
    /// <returns>The index where the body starts.</returns>
    private static int ReadHeader(Page page, int dateLine, ArticleDraft draft, ParseContext context)
    {
        var blocks = page.Blocks;
        int titleIndex = -1;
        for (int i = dateLine - 1; i >= 0; i--)
        {
            if (blocks[i].Repeats > 1 || TextRules.LooksLikeHeadline(blocks[i].Text))
            {
                titleIndex = i;
                break;
            }
        }

        if (titleIndex >= 0)
        {
            draft.Title = blocks[titleIndex].Text;
            if (titleIndex > 0 && IsMasthead(blocks[titleIndex - 1].Text))
            {
                draft.SiteName = blocks[titleIndex - 1].Text;
            }
        }

        int next = dateLine + 1;
        // 'SECTION KICKER' line, then the headline printed again (often twice), then the teaser.
        int headline = -1;
        for (int i = next; i < Math.Min(blocks.Count, next + 3); i++)
        {
            if (blocks[i].Repeats > 1 || (draft.Title is { } t && t.EndsWith(blocks[i].Text, StringComparison.Ordinal) && i > next))
            {
                headline = i;
                break;
            }
        }

        if (headline < 0)
        {
            return next;
        }

        if (headline > next)
        {
            ReadKickerLine(blocks[next].Text, draft);
        }

        int bodyStart = headline + 1;
        if (bodyStart < blocks.Count && TextRules.WordCount(blocks[bodyStart].Text) >= 12 && TextRules.EndsLikeSentence(blocks[bodyStart].Text)
            && IsTeaser(page, bodyStart, context))
        {
            draft.Subtitle = blocks[bodyStart].Text;
            bodyStart++;
        }

        return bodyStart;
    }

    /// <summary>Words a story's first paragraph shares with the teaser that announces it.</summary>
    public const int TeaserEchoWords = 6;

    /// <summary>How far after the teaser the story's restatement of it is looked for.</summary>
    public const int TeaserEchoWindow = 6;

    /// <summary>
    /// The block under the headline is a teaser, not the first paragraph, when page furniture
    /// separates it from the story or when the story opens by restating it.
    /// </summary>
    private static bool IsTeaser(Page page, int teaser, ParseContext context)
    {
        var blocks = page.Blocks;
        if (teaser + 1 < blocks.Count && TextRules.Boilerplate(blocks[teaser + 1].Text, context) is not null)
        {
            return true;
        }

        var opening = OpeningWords(blocks[teaser].Text);
        for (int i = teaser + 1; i < Math.Min(blocks.Count, teaser + 1 + TeaserEchoWindow); i++)
        {
            if (string.Equals(OpeningWords(blocks[i].Text), opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;

        static string OpeningWords(string text) =>
            string.Join(' ', Text.TextFold.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(TeaserEchoWords));
    }

    /// <summary>
    /// "À l’étranger « Forte forteresse stratégique »": the kicker is the part of the title
    /// before " : ", and what stands before it on this line is the section.
    /// </summary>
    internal static void ReadKickerLine(string line, ArticleDraft draft)
    {
        var title = draft.Title ?? "";
        int colon = title.IndexOf(" : ", StringComparison.Ordinal);
        if (colon < 0)
        {
            colon = title.IndexOf(": ", StringComparison.Ordinal);
        }

        if (colon > 0)
        {
            var kicker = Unquote(title[..colon]);
            int at = line.LastIndexOf(kicker, StringComparison.Ordinal);
            if (at >= 0 && kicker.Length > 0)
            {
                draft.Kicker = kicker;
                var section = line[..at].TrimEnd(' ', '«', '“', '"', '„').Trim();
                draft.Section = section.Length > 0 ? section : null;
                return;
            }
        }

        draft.Kicker = Unquote(line);
    }

    private static string Unquote(string text) => text.Trim().Trim('«', '»', '“', '”', '"', '„', '‹', '›', ' ').Trim();

    private static bool IsMasthead(string text) =>
        text.Length <= 40 && TextRules.WordCount(text) <= 6 && !TextRules.EndsLikeSentence(text) && !text.Any(char.IsDigit);

    internal static bool IsHashtagLine(string text)
    {
        // Every space-separated token is '#' and a word; checked without splitting (runs on every page).
        if (text.Length < 4 || text[0] != '#')
        {
            return false;
        }

        int tokens = 0;
        for (int i = 0; i < text.Length;)
        {
            int space = text.IndexOf(' ', i);
            int end = space < 0 ? text.Length : space;
            if (end > i)
            {
                if (end - i < 2 || text[i] != '#')
                {
                    return false;
                }

                tokens++;
            }

            i = end + 1;
        }

        return tokens >= 2;
    }

    private static (int Hashtags, int Epoch, int DateLine) Locate(Page page)
    {
        var blocks = page.Blocks;
        int hashtags = -1, epoch = -1, dateLine = -1;
        for (int i = blocks.Count - 1; i >= Math.Max(0, blocks.Count - FooterWindow); i--)
        {
            var text = blocks[i].Text;
            if (hashtags < 0 && IsHashtagLine(text))
            {
                hashtags = i;
            }
            else if (epoch < 0 && DateText.TryParseUnixSeconds(text, out _))
            {
                epoch = i;
            }
            else if (dateLine < 0 && IsIsoDateTimeLine(text))
            {
                dateLine = i;
            }
        }

        if (dateLine < 0)
        {
            for (int i = 0; i < Math.Min(blocks.Count, HeaderWindow); i++)
            {
                if (IsIsoDateTimeLine(blocks[i].Text))
                {
                    dateLine = i;
                    break;
                }
            }
        }

        return (hashtags, epoch, dateLine);
    }

    private static bool IsIsoDateTimeLine(string text) =>
        text.Length is >= 16 and <= 25 && DateText.TryParseIsoLike(text, out var d) && d.HasTime;
}
