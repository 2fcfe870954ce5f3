using NewsParsing.Lexicons;

namespace NewsParsing.Formats.Common;

/// <summary>
/// Gives every block of a page's body region its role: paragraph, crosshead, caption, credit,
/// byline, date or boilerplate. Every format runs it over the region its own markers leave, so
/// boilerplate, caption and crosshead rules are the same for all of them.
/// </summary>
public static class BodyClassifier
{
    /// <summary>Longest caption, in words, that a following credit line may claim.</summary>
    public const int MaxCaptionWords = 60;

    /// <summary>Shortest paragraph that makes the line before it a crosshead.</summary>
    public const int MinParagraphAfterCrosshead = 80;

    /// <summary>
    /// Classifies <paramref name="page"/>'s blocks from <paramref name="start"/> (inclusive) to
    /// <paramref name="end"/> (exclusive) into <paramref name="draft"/>.
    /// </summary>
    /// <returns>The index of the block where the article ended (an end marker such as a comment form), or <paramref name="end"/>.</returns>
    public static int Classify(Page page, int start, int end, ParseContext context, ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        var blocks = page.Blocks;
        end = Math.Min(end, blocks.Count);
        bool seenBody = false;
        bool boxOpen = false;
        int lastBodyBlock = -1; // page index of the block behind draft.Body[^1]
        for (int i = Math.Max(0, start); i < end; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var block = blocks[i];
            var text = block.Text;
            if (block.BoilerplateCandidate)
            {
                continue;
            }

            var boilerplate = TextRules.Boilerplate(text, context);
            if (boilerplate == BoilerplateKind.Prefix && TextRules.TryParseLabelledDate(text, context, out bool isModified, out var dateLine))
            {
                // "Publié le …" prefix rules drop teasers' date lines; a line that is only a label and a date is the page's own.
                SetDate(draft, isModified, dateLine);
                continue;
            }

            if (boilerplate == BoilerplateKind.End)
            {
                if (seenBody)
                {
                    return i;
                }

                continue;
            }

            if (boilerplate == BoilerplateKind.Box)
            {
                boxOpen = true;
                continue;
            }

            if (boilerplate is not null)
            {
                continue;
            }

            if (boxOpen)
            {
                boxOpen = false;
                if (IsBoxTeaser(text))
                {
                    continue;
                }
            }

            // A gallery's "photographer/agency" line between its pictures: no story text, and the
            // block before it is no caption of it (galleries print the credit first as often).
            if (block.Hint != BlockHint.Caption && TextRules.IsSlashCredit(text.Trim(), context))
            {
                continue;
            }

            if (TextRules.TryParseCreditLine(text, context, out var credit))
            {
                if (lastBodyBlock == i - 1 && draft.Body.Count > 0 && IsCaptionCandidate(blocks[i - 1], draft.Body[^1]))
                {
                    draft.Captions.Add(new Caption(draft.Body[^1].Text, credit));
                    draft.Body.RemoveAt(draft.Body.Count - 1);
                    lastBodyBlock = -1;
                }

                continue;
            }

            if (block.Hint == BlockHint.Caption)
            {
                draft.Captions.Add(TextRules.TrySplitInlineCredit(text, context, out var c, out var cr) ? new Caption(c, cr) : new Caption(text, null));
                continue;
            }

            if (TextRules.TrySplitInlineCredit(text, context, out var captionText, out var inlineCredit))
            {
                draft.Captions.Add(new Caption(captionText, inlineCredit));
                continue;
            }

            if (TextRules.TryParseByline(text, context, out var names))
            {
                // Inside the story of a page whose byline is known, a "By" line credits one part
                // of it ("Reporting by A and B" under a section, "By Example Brand" under a product).
                if (draft.Authors.Count == 0 || draft.Body.Count == 0)
                {
                    foreach (var name in names)
                    {
                        draft.AddAuthor(name);
                    }
                }

                continue;
            }

            if (TextRules.IsAccountByline(text, context))
            {
                continue; // "Publié par admin": a CMS account, neither an author nor prose
            }

            if (TextRules.TryParseLabelledDate(text, context, out bool modified, out var labelled))
            {
                SetDate(draft, modified, labelled);
                continue;
            }

            if (text.Length <= 80 && TextRules.IsDateLine(text, context, out _))
            {
                continue; // a bare date inside the body region is page furniture, not prose
            }

            var kind = block.Hint switch
            {
                BlockHint.Heading => BodyBlockKind.Heading,
                BlockHint.ListItem => BodyBlockKind.ListItem,
                BlockHint.Blockquote => BodyBlockKind.Blockquote,
                _ when seenBody && block.Repeats == 1 && TextRules.LooksLikeCrosshead(text) && NextIsParagraph(blocks, i + 1, end) => BodyBlockKind.Heading,
                _ => BodyBlockKind.Paragraph,
            };

            if (kind == BodyBlockKind.Paragraph && block.Repeats > 1 && block.Hint == BlockHint.None && seenBody
                && !NextIsCredit(blocks, i + 1, end, context))
            {
                // Scrapers print a caption twice (alt text and figcaption) when it has no credit line.
                draft.Captions.Add(new Caption(text, null));
                continue;
            }

            draft.Body.Add(new BodyBlock(kind, text));
            lastBodyBlock = i;
            seenBody |= kind != BodyBlockKind.Heading;
        }

        return end;
    }

    /// <summary>Keeps the first publication and modification dates found.</summary>
    internal static void SetDate(ArticleDraft draft, bool modified, NewsDate date)
    {
        if (modified)
        {
            draft.Modified ??= date;
        }
        else
        {
            draft.Published ??= date;
        }
    }

    /// <summary>What follows a "read also" header belongs to the box when it reads like a teaser, not like the story.</summary>
    internal static bool IsBoxTeaser(string text) =>
        TextRules.HasParentheticalPhotoCredit(text)
        || (TextRules.WordCount(text) <= 25 && !TextRules.EndsLikeSentence(text))
        || text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal);

    private static bool IsCaptionCandidate(Block block, BodyBlock body) =>
        body.Kind is BodyBlockKind.Paragraph or BodyBlockKind.Heading
        && (block.Repeats > 1 || TextRules.WordCount(body.Text) <= MaxCaptionWords);

    private static bool NextIsParagraph(IReadOnlyList<Block> blocks, int next, int end) =>
        next < end && blocks[next].Text.Length >= MinParagraphAfterCrosshead && blocks[next].Repeats == 1;

    private static bool NextIsCredit(IReadOnlyList<Block> blocks, int next, int end, ParseContext context) =>
        next < end && TextRules.TryParseCreditLine(blocks[next].Text, context, out _);
}
