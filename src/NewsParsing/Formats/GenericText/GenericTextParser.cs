using NewsParsing.Formats.Common;
using NewsParsing.Lexicons;

namespace NewsParsing.Formats.GenericText;

/// <summary>
/// Any page no other format claims. Finds the title, byline and date where pages put them (a
/// header zone before the first paragraph, a trailer after the last), keeps crossheads and
/// captions, and removes the common boilerplate of French, English and German pages.
/// Always answers, with a low match score, so a more specific format wins when one fits.
/// </summary>
public sealed class GenericTextParser : IArticleParser
{
    /// <summary>The score the generic parser gives every page.</summary>
    public const double BaseScore = 0.1;

    /// <summary>Most blocks of the header zone.</summary>
    public const int HeaderWindow = 15;

    /// <summary>Words that make a block a paragraph of the story (ending the header zone).</summary>
    public const int ParagraphWords = 30;

    /// <inheritdoc />
    public string Name => "generic-text";

    /// <inheritdoc />
    public double Match(Page page, ParseContext context) => BaseScore;

    /// <inheritdoc />
    public Article Parse(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        var draft = new ArticleDraft();
        var blocks = page.Blocks;
        if (blocks.Count == 0)
        {
            draft.Diagnostics.Add(ArticlePipeline.NotAnArticle + "the page has no text");
            return draft.ToArticle();
        }

        int bodyStart = ReadHeader(page, context, draft);
        BodyClassifier.Classify(page, bodyStart, blocks.Count, context, draft);
        if (draft.Title is null)
        {
            draft.Title = page.Metadata.Headline ?? page.Metadata.DocumentTitle;
        }

        return draft.ToArticle();
    }

    /// <summary>Reads title, byline and dates from the header zone.</summary>
    /// <returns>The index of the first block that is not header.</returns>
    private static int ReadHeader(Page page, ParseContext context, ArticleDraft draft)
    {
        var blocks = page.Blocks;
        int limit = Math.Min(blocks.Count, HeaderWindow);
        int firstParagraph = limit;
        for (int i = 0; i < limit; i++)
        {
            if (TextRules.WordCount(blocks[i].Text) >= ParagraphWords)
            {
                firstParagraph = i;
                break;
            }
        }

        int bodyStart = 0;
        for (int i = 0; i < firstParagraph; i++)
        {
            var block = blocks[i];
            var text = block.Text;
            var kind = TextRules.Boilerplate(text, context);
            if (kind is null or BoilerplateKind.Prefix && TextRules.TryParseLabelledDate(text, context, out bool modified, out var labelled))
            {
                // Checked before boilerplate: "Publié le …" prefix rules are for teasers' date lines, not the page's own.
                BodyClassifier.SetDate(draft, modified, labelled);
                bodyStart = i + 1;
                continue;
            }

            if (kind is not null)
            {
                if (kind == BoilerplateKind.End)
                {
                    break;
                }

                bodyStart = i + 1;
                continue;
            }

            if (TextRules.TryParseByline(text, context, out var names))
            {
                names.ToList().ForEach(draft.AddAuthor);
                bodyStart = i + 1;
                continue;
            }

            if (TextRules.IsAccountByline(text, context))
            {
                bodyStart = i + 1;
                continue;
            }

            if (TextRules.IsDateLine(text, context, out var date))
            {
                draft.Published ??= date;
                bodyStart = i + 1;
                continue;
            }

            bool headline = block.Hint == BlockHint.Heading && block.Level <= 1 || block.Hint == BlockHint.None && TextRules.LooksLikeHeadline(text);
            if (draft.Title is null && headline)
            {
                draft.Title = text;
                bodyStart = i + 1;
                continue;
            }

            // Anything else starts the body: a short first paragraph is never dropped as furniture.
            break;
        }

        return bodyStart;
    }
}
