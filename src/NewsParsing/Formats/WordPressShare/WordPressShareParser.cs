using NewsParsing.Formats.Common;
using NewsParsing.Lexicons;

namespace NewsParsing.Formats.WordPressShare;

/// <summary>
/// WordPress posts with a share plugin: the title, the plugin's line ("Spread the love",
/// "Partager"), the body, a byline ("Par : NAME", "By NAME") and the comment form.
/// </summary>
public sealed class WordPressShareParser : IArticleParser
{
    /// <summary>How far from the start the share line is looked for.</summary>
    public const int ShareWindow = 4;

    /// <inheritdoc />
    public string Name => "wordpress-share";

    /// <inheritdoc />
    public double Match(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        int share = FindShareLine(page, context);
        if (share < 0)
        {
            return 0;
        }

        double score = 0.6;
        int tail = Math.Max(share + 1, page.Blocks.Count - 12);
        for (int i = tail; i < page.Blocks.Count; i++)
        {
            var text = page.Blocks[i].Text;
            if (TextRules.TryParseByline(text, context, out _))
            {
                score += 0.2;
                break;
            }
        }

        if (page.Blocks.Skip(share + 1).Any(b => TextRules.Boilerplate(b.Text, context) == BoilerplateKind.End))
        {
            score += 0.1;
        }

        return score;
    }

    /// <inheritdoc />
    public Article Parse(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        var draft = new ArticleDraft();
        int share = FindShareLine(page, context);
        int bodyStart = 0;
        if (share >= 0)
        {
            // The title is the headline-shaped line right above the share line.
            for (int i = share - 1; i >= 0; i--)
            {
                if (TextRules.LooksLikeHeadline(page.Blocks[i].Text))
                {
                    draft.Title = page.Blocks[i].Text;
                    break;
                }
            }

            bodyStart = share + 1;
        }

        BodyClassifier.Classify(page, bodyStart, page.Blocks.Count, context, draft);
        return draft.ToArticle();
    }

    private static int FindShareLine(Page page, ParseContext context)
    {
        for (int i = 1; i < Math.Min(page.Blocks.Count, ShareWindow); i++)
        {
            if (!page.Blocks[i].BoilerplateCandidate && LexiconLines.IsWholeLine(page.Blocks[i].Text, "share-intros", context))
            {
                return i;
            }
        }

        return -1;
    }
}
