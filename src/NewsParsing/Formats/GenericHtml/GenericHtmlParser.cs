using NewsParsing.Formats.Common;
using NewsParsing.Reading;
using NewsParsing.Text;

namespace NewsParsing.Formats.GenericHtml;

/// <summary>
/// Any HTML page no site format claims. Finds the story's container (<see cref="MainContent"/>),
/// then applies the text-level rules the text formats share (<see cref="BodyClassifier"/>):
/// boilerplate phrases, captions and credits, crossheads. Metadata comes from the page's
/// structured data first (JSON-LD, meta tags), then from the visible header: the h1, the
/// byline element, a time element near the title.
/// </summary>
public sealed class GenericHtmlParser : IArticleParser
{
    /// <summary>The score given to every HTML page: above the generic text parser, below any site format.</summary>
    public const double BaseScore = 0.2;

    /// <summary>Longest byline element, in characters (longer is an author bio).</summary>
    public const int MaxBylineLength = 100;

    // Paragraphs a story has before a later top-level headline can only open another story.
    private const int MinParagraphsBeforeNextStory = 3;

    /// <inheritdoc />
    public string Name => "generic-html";

    /// <inheritdoc />
    public double Match(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.SourceKind == PageSourceKind.Html ? BaseScore : 0;
    }

    /// <inheritdoc />
    public Article Parse(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        var draft = new ArticleDraft();
        var meta = page.Metadata;
        var main = MainContent.Find(page);
        var title = HtmlTitle.Choose(page, main);
        draft.Title = title;
        draft.SiteName = meta.SiteName;
        draft.Section = meta.Section;
        draft.Tags.AddRange(meta.Tags);
        var metaNames = meta.Authors.SelectMany(a => HtmlBylines.SplitMetaAuthors(a, meta.SiteName, context)).ToList();
        HtmlBylines.Reconcile(metaNames, page, main, context).ForEach(draft.AddAuthor);

        // An outlet as the only author ("The Example Channel" = the site name) gives way to a
        // byline the page prints as text ("By Jane Doe" under the title), but not to an agency
        // alone, which contributed to the outlet's story (a live blog's "By The Associated Press").
        bool outletOnly = draft.Authors.Count > 0 && draft.Authors.All(a => HtmlBylines.IsSiteName(a, meta.SiteName));
        bool NeedsAuthors() => draft.Authors.Count == 0 || outletOnly;
        void TakeAuthors(List<string> names)
        {
            if (outletOnly)
            {
                if (names.Count == 0 || names.All(n => HtmlBylines.IsAgency(n, context)))
                {
                    return;
                }

                draft.Authors.Clear();
                outletOnly = false;
            }

            names.ForEach(draft.AddAuthor);
        }

        draft.Published = meta.Published;
        draft.Modified = meta.Modified;
        if (draft.Published is null && TimeNearHeader(page, main, published: true) is { } t)
        {
            draft.Published = t;
        }

        if (draft.Modified is null && TimeNearHeader(page, main, published: false) is { } m && m.Local != draft.Published?.Local)
        {
            draft.Modified = m;
        }

        // The story's blocks, without the title printed again at their top and without link lists.
        var teasers = TeaserHeadings(main.Blocks);
        var kept = new List<Block>(main.Blocks.Count);
        bool seenParagraph = false;
        int storyParagraphs = 0;
        var foldedTitle = title is null ? null : TextFold.FoldLine(title);
        foreach (var block in main.Blocks)
        {
            if (!seenParagraph && foldedTitle is not null && IsTitleAgain(block, title!, foldedTitle))
            {
                continue;
            }

            // Infinite scroll: a second top-level headline with its own header after the story's
            // paragraphs opens the next article, which the container holds too ("Broke Giuliani
            // Files for Bankruptcy" and its standfirst after a story on a school library). An h1
            // alone is no such sign: many sites mark their crossheads with h1.
            if (storyParagraphs >= MinParagraphsBeforeNextStory && block.Hint == BlockHint.Heading && block.Level == 1
                && (title is null || !SameText(block.Text, title)) && OpensStoryHeader(main.Blocks, block, context))
            {
                break;
            }

            if (block.Hint != BlockHint.Heading && block.LinkDensity > 0.5 && !block.BoilerplateCandidate)
            {
                continue; // "Read more: …", tag clouds and related links inside the story's container
            }

            if (seenParagraph && teasers.Contains(block.Index))
            {
                continue;
            }

            if (!block.BoilerplateCandidate && block.Text.Length <= MaxBylineLength && IsBylineElement(block))
            {
                // Past the story's first paragraph, a byline box is a live blog entry's or a quoted post's.
                if ((draft.Authors.Count == 0 || outletOnly && !seenParagraph) && HtmlBylines.TryNames(block.Text, context) is { Count: > 0 } names)
                {
                    TakeAuthors(names);
                }

                continue;
            }

            // Above the story's first paragraph: its date, time and reading-time lines, and its byline printed as text.
            if (!seenParagraph && !block.BoilerplateCandidate && block.Text.Length <= MaxBylineLength)
            {
                if (HtmlHeaderLines.IsDateOrTimeLine(block.Text, context))
                {
                    continue;
                }

                if (HtmlHeaderLines.IsBylineLine(block.Text, context, out var lineNames))
                {
                    if (NeedsAuthors())
                    {
                        TakeAuthors(lineNames);
                    }

                    continue;
                }
            }

            seenParagraph = seenParagraph || HtmlHeaderZone.OpensStory(block, context);
            storyParagraphs += block.Hint is BlockHint.Paragraph && block.Text.Length > 80 ? 1 : 0;
            kept.Add(block with { Index = kept.Count });
        }

        // The header between the title and the story, found once for its byline and its dates
        // (again only if the title changed in between).
        HtmlHeaderZone? header = null;
        HtmlHeaderZone Header() => header is { } h && ReferenceEquals(h.Title, draft.Title) ? h : (header = HtmlHeaderZone.Find(page, main, draft.Title, context)).Value;
        if (NeedsAuthors())
        {
            TakeAuthors(Header().Names(context));
        }

        var body = new Page { Blocks = kept, Metadata = meta, SourceKind = page.SourceKind };
        BodyClassifier.Classify(body, 0, kept.Count, context, draft);
        DropAuthorBio(draft);

        draft.Title ??= meta.Headline ?? meta.DocumentTitle;
        if (meta.Description is { } description && !StartsBody(draft, description))
        {
            draft.Subtitle = description;
        }

        var urlDate = HtmlDates.FromUrl(meta.Url ?? context.Url);
        if (draft.Published is null || draft.Modified is null)
        {
            var (headerPublished, headerModified) = Header().Dates(context);
            // The address names the day of publication: a header date of another day is an update's or a teaser's.
            if (draft.Published is null && headerPublished is { } hp && (urlDate is not { } u || u.Local.Date == hp.Local.Date))
            {
                draft.Published = hp;
            }

            if (draft.Modified is null && headerModified is { } hm && hm.Local != draft.Published?.Local)
            {
                draft.Modified = hm;
            }
        }

        if (draft.Published is null && urlDate is { } fromUrl)
        {
            draft.Published = fromUrl;
        }

        if (draft.Published is { } p && draft.Modified is { } mod && p.Local > mod.Local)
        {
            (draft.Published, draft.Modified) = (mod, p);
            draft.Diagnostics.Add("dates: published was after modified; swapped");
        }

        if (draft.Body.Count == 0)
        {
            draft.Diagnostics.Add("not an article: no body text was found");
        }

        return draft.ToArticle();
    }

    /// <summary>
    /// Headlines of other stories inside the story's container: headings that are all link and
    /// stand in a run of such headings of one level ("You might like" modules) or end the
    /// container. A single linked heading followed by text is the story's own (a listicle's entry
    /// linking to the place it describes), and a table of contents' anchors change level.
    /// </summary>
    private static HashSet<int> TeaserHeadings(IReadOnlyList<Block> blocks)
    {
        var result = new HashSet<int>();
        static bool Linked(Block b) => b.Hint == BlockHint.Heading && b.LinkDensity >= 0.9 && !b.BoilerplateCandidate;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (!Linked(blocks[i]))
            {
                continue;
            }

            int next = i + 1;
            // Past furniture and the kicker or time links printed between the teasers (dropped as link text anyway).
            while (next < blocks.Count && (blocks[next].BoilerplateCandidate || (blocks[next].Hint != BlockHint.Heading && blocks[next].LinkDensity > 0.5)))
            {
                next++;
            }

            bool last = next == blocks.Count;
            bool run = next < blocks.Count && Linked(blocks[next]) && blocks[next].Level == blocks[i].Level;
            if (last || run)
            {
                result.Add(blocks[i].Index);
                if (run)
                {
                    result.Add(blocks[next].Index);
                }
            }
        }

        return result;
    }

    /// <summary>Blocks from the end of the body that may hold the author's bio line.</summary>
    private const int BioTailBlocks = 4;

    /// <summary>Longest bio line, in characters.</summary>
    private const int MaxBioLength = 600;

    /// <summary>
    /// The author's bio or contact line printed under the story ("Jane Doe is a senior reporter
    /// at …", "• Jane Doe, a former …", "Jane is a science writer …", "Jane Doe: 555-0100 or
    /// jane@…"): a short paragraph near the end that opens with the name of one of the story's
    /// own authors. It and what follows it are the page's, not the story's.
    /// </summary>
    private static void DropAuthorBio(ArticleDraft draft)
    {
        if (draft.Authors.Count == 0 || draft.Body.Count < 3)
        {
            return;
        }

        for (int i = Math.Max(1, draft.Body.Count - BioTailBlocks); i < draft.Body.Count; i++)
        {
            var block = draft.Body[i];
            if (block.Kind != BodyBlockKind.Paragraph || block.Text.Length > MaxBioLength)
            {
                continue;
            }

            var text = block.Text.TrimStart('•', '—', '–', '-', '*', ' ');
            foreach (var author in draft.Authors)
            {
                var name = author;
                int space = name.IndexOf(' ', StringComparison.Ordinal);
                var first = space > 0 ? name[..space] : "";
                bool full = name.Contains(' ', StringComparison.Ordinal) && text.StartsWith(name, StringComparison.Ordinal)
                    && (text.Length == name.Length || !char.IsLetterOrDigit(text[name.Length]));
                bool firstName = first.Length >= 3 && text.StartsWith(first + " is ", StringComparison.Ordinal);
                if (full || firstName)
                {
                    draft.Body.RemoveRange(i, draft.Body.Count - i);
                    return;
                }
            }
        }
    }

    private static bool IsBylineElement(Block block)
    {
        // The element itself or its parent: a page-wide "author-page" class is not a byline.
        for (var e = block.Element; e is not null && e.Depth >= (block.Element?.Depth ?? 0) - 1; e = e.Parent)
        {
            if (e.Words.Length > 0 && HtmlVocabulary.BylineWords().IsMatch(e.Words) && !HtmlVocabulary.HasToken(e.Words, "bio"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A headline followed by a standfirst (a long h2) or, within three blocks, by a byline line.</summary>
    private static bool OpensStoryHeader(IReadOnlyList<Block> blocks, Block headline, ParseContext context)
    {
        int at = -1;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (ReferenceEquals(blocks[i], headline))
            {
                at = i;
                break;
            }
        }

        for (int i = at + 1; at >= 0 && i < blocks.Count && i <= at + 3; i++)
        {
            var next = blocks[i];
            if (i == at + 1 && next.Hint == BlockHint.Heading && next.Level == 2 && next.Text.Length >= MinStandfirstLength)
            {
                return true;
            }

            if (next.Text.Length <= MaxBylineLength && HtmlHeaderLines.IsBylineLine(next.Text, context, out var names) && names.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    // Shortest h2 read as a standfirst under a headline (shorter ones are section titles).
    private const int MinStandfirstLength = 40;

    private static bool StartsBody(ArticleDraft draft, string description)
    {
        var first = draft.Body.FirstOrDefault(b => b.Kind == BodyBlockKind.Paragraph)?.Text;
        if (first is null)
        {
            return false;
        }

        var d = TextFold.Fold(description.TrimEnd('.', '…', ' '));
        return d.Length > 0 && TextFold.Fold(first).StartsWith(d[..Math.Min(d.Length, 100)], StringComparison.Ordinal);
    }

    /// <summary>
    /// The title printed again above the story: as a heading, or as a line that is the title with
    /// the site's name cut off or a label added ("The Best Whiskeys" under "The Best Whiskeys -
    /// Maxim", "now reading: On Abortion, …"). A paragraph must be about as long as the title, so a
    /// story's first sentence that happens to hold the title's words stays.
    /// </summary>
    private static bool IsTitleAgain(Block block, string title, string foldedTitle) =>
        block.Hint == BlockHint.Heading && SameText(block.Text, title)
        || block.Hint is BlockHint.Heading or BlockHint.Paragraph or BlockHint.None && block.Text.Length <= title.Length + 30
            && HtmlHeaderZone.IsTitle(block.Text, foldedTitle);

    internal static bool SameText(string a, string b) =>
        string.Equals(TextFold.FoldLine(a), TextFold.FoldLine(b), StringComparison.Ordinal);

    /// <summary>A time element in the story's container or its header, never in a sidebar, teaser or comment.</summary>
    private static NewsDate? TimeNearHeader(Page page, MainContent.Result main, bool published)
    {
        NewsDate? fallback = null;
        var zone = main.Root?.Parent?.Parent ?? main.Root;
        foreach (var time in page.Metadata.TimeElements)
        {
            if (InFurniture(time.Element, zone) || (zone is not null && !time.Element.IsWithin(zone)))
            {
                continue;
            }

            if (published ? time.Published : time.Modified)
            {
                return time.Date;
            }

            if (published && !time.Modified)
            {
                fallback ??= time.Date;
            }
        }

        return fallback;
    }

    private static bool InFurniture(HtmlElementInfo element, HtmlElementInfo? zone)
    {
        for (var e = element; e is not null && !ReferenceEquals(e, zone); e = e.Parent)
        {
            if (e.Boilerplate && e.Tag != "header")
            {
                return true;
            }
        }

        return false;
    }
}
