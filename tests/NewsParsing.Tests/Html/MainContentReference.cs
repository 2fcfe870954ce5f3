using NewsParsing.Formats.GenericHtml;
using NewsParsing.Reading;

namespace NewsParsing.Tests.Html;

/// <summary>
/// MainContent as it was before its candidates went into an array indexed by element id
/// (one dictionary look-up per block and ancestor; a fresh table for the second pass), kept
/// as the reference the faster code must agree with.
/// </summary>
internal static class MainContentReference
{
    private const int MinParagraphLength = MainContent.MinParagraphLength;
    private const int MinArticleLength = MainContent.MinArticleLength;
    private const int MaxLoosePageLength = MainContent.MaxLoosePageLength;
    private const int MaxLevels = 64;

    private sealed class Candidate
    {
        public double Score { get; set; }

        public int Chars { get; set; }

        public int LinkChars { get; set; }

        public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

        public double Final => Score * (1 - LinkDensity);
    }

    public static MainContent.Result Find(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var first = Find(page, skipFurniture: true);
        if (Length(first.Blocks) >= MinArticleLength)
        {
            return first;
        }

        var second = Find(page, skipFurniture: false);
        return Length(second.Blocks) > Length(first.Blocks) ? second : first;
    }

    private static int Length(IReadOnlyList<Block> blocks) => blocks.Sum(b => b.Text.Length);

    private static MainContent.Result Find(Page page, bool skipFurniture)
    {
        var blocks = page.Blocks;
        var nodes = new Dictionary<HtmlElementInfo, Candidate>(ById.Instance);

        // Lengths and link lengths of every container.
        foreach (var block in blocks)
        {
            int chars = block.Text.Length;
            int links = (int)Math.Round(block.LinkDensity * chars);
            int level = 0;
            for (var e = block.Element; e is not null && level < MaxLevels; e = e.Parent, level++)
            {
                var c = Get(nodes, e, create: true)!;
                c.Chars += chars;
                c.LinkChars += links;
            }
        }

        var scored = new HashSet<HtmlElementInfo>(ById.Instance);
        foreach (var block in blocks)
        {
            if (block.Element is null || (skipFurniture && block.BoilerplateCandidate) || block.Hint is BlockHint.Heading or BlockHint.Caption)
            {
                continue;
            }

            var text = block.Text;
            if (text.Length < MinParagraphLength)
            {
                continue;
            }

            double score = 1 + CountCommas(text) + Math.Min(text.Length / 100, 3);
            int level = 0;
            for (var e = block.Element.Parent; e is not null && level < 5; e = e.Parent, level++)
            {
                var c = nodes[e];
                if (scored.Add(e))
                {
                    c.Score += InitialScore(e);
                }

                c.Score += level switch
                {
                    0 => score,
                    1 => score / 2,
                    _ => score / (level * 3),
                };
            }
        }

        if (scored.Count == 0 && skipFurniture)
        {
            return new MainContent.Result([], null); // the second pass, furniture included, decides
        }

        if (scored.Count == 0)
        {
            // No paragraph long enough to vote (a short note, a list): the page is the container, as in Readability.
            // A big page without one (rendered by script) has nothing to give: its text is menus.
            var loose = blocks.Where(b => !b.BoilerplateCandidate).ToList();
            return new MainContent.Result(Length(loose) <= MaxLoosePageLength ? loose : [], null);
        }

        var ranked = scored.OrderByDescending(e => nodes[e].Final).ThenBy(e => e.Id).Take(5).ToList();
        var top = ranked[0];
        double topScore = nodes[top].Final;

        // Several near-best candidates inside one ancestor: the story is that ancestor.
        var close = ranked.Skip(1).Where(e => nodes[e].Final >= topScore * 0.75).ToList();
        if (close.Count >= 2)
        {
            for (var p = top.Parent; p is not null && p.Tag != "body"; p = p.Parent)
            {
                if (close.Count(a => a.IsWithin(p)) >= 2)
                {
                    top = p;
                    break;
                }
            }
        }

        // Climb while the parent scores better (the story is split over several children).
        double last = nodes[top].Final;
        double threshold = last / 3;
        for (var p = top.Parent; p is not null && p.Tag != "body"; p = p.Parent)
        {
            if (!scored.Contains(p))
            {
                continue;
            }

            double ps = nodes[p].Final;
            if (ps < threshold)
            {
                break;
            }

            if (ps > last)
            {
                top = p;
                break;
            }

            last = ps;
        }

        // A container alone in its parent (no other text there) is the same region: widen it so its siblings are weighed.
        while (top.Parent is { } up && up.Tag != "body" && nodes.TryGetValue(up, out var upc) && upc.Chars == nodes[top].Chars)
        {
            if (!scored.Contains(up))
            {
                scored.Add(up);
                upc.Score += InitialScore(up);
            }

            upc.Score = Math.Max(upc.Score, nodes[top].Score);
            top = up;
        }

        topScore = nodes[top].Final;
        var parent = top.Parent;
        double siblingThreshold = Math.Max(10, topScore * 0.2);
        var result = new List<Block>();
        var siblingVerdict = new Dictionary<HtmlElementInfo, bool>(ById.Instance);
        foreach (var block in blocks)
        {
            if (block.Element is not { } element)
            {
                continue;
            }

            if (element.IsWithin(top))
            {
                result.Add(Relative(block, top, inclusive: false, nodes));
                continue;
            }

            if (parent is null || !element.IsWithin(parent) || ReferenceEquals(element, parent))
            {
                continue;
            }

            var sibling = element;
            while (sibling.Parent is not null && !ReferenceEquals(sibling.Parent, parent))
            {
                sibling = sibling.Parent;
            }

            if (!siblingVerdict.TryGetValue(sibling, out bool keep))
            {
                keep = KeepSibling(sibling, top, nodes, scored, siblingThreshold, topScore, block);
                siblingVerdict[sibling] = keep;
            }

            if (keep)
            {
                result.Add(Relative(block, sibling, inclusive: true, nodes));
            }
        }

        return new MainContent.Result(result, top);
    }

    private static bool KeepSibling(HtmlElementInfo sibling, HtmlElementInfo top, Dictionary<HtmlElementInfo, Candidate> nodes,
        HashSet<HtmlElementInfo> scored, double threshold, double topScore, Block firstBlock)
    {
        if (sibling.Boilerplate)
        {
            return false;
        }

        double bonus = sibling.Words.Length > 0 && sibling.Words == top.Words ? topScore * 0.2 : 0;
        if (scored.Contains(sibling) && nodes[sibling].Final + bonus >= threshold)
        {
            return true;
        }

        if (sibling.Tag != "p" || !ReferenceEquals(firstBlock.Element, sibling))
        {
            return false;
        }

        var text = firstBlock.Text;
        return (text.Length > 80 && firstBlock.LinkDensity < 0.25)
            || (text.Length > 0 && text.Length <= 80 && firstBlock.LinkDensity == 0 && (text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal)));
    }

    private static Block Relative(Block block, HtmlElementInfo root, bool inclusive, Dictionary<HtmlElementInfo, Candidate> nodes)
    {
        // A flagged element that holds most of the container's text is a wrapper ("has-sidebar"), not furniture.
        int half = nodes.TryGetValue(root, out var r) ? r.Chars / 2 : int.MaxValue;
        bool furniture = false;
        for (var e = block.Element; e is not null; e = e.Parent)
        {
            if (ReferenceEquals(e, root) && !inclusive)
            {
                break;
            }

            if (e.Boilerplate && !(nodes.TryGetValue(e, out var c) && c.Chars > half))
            {
                furniture = true;
                break;
            }

            if (ReferenceEquals(e, root))
            {
                break;
            }
        }

        return furniture == block.BoilerplateCandidate ? block : block with { BoilerplateCandidate = furniture };
    }

    /// <summary>
    /// Elements by reference, hashed by their number (unique within a page): an identity hash
    /// would be made and stored in each new element's header on the first look-up, page after page.
    /// </summary>
    private sealed class ById : IEqualityComparer<HtmlElementInfo>
    {
        public static readonly ById Instance = new();

        public bool Equals(HtmlElementInfo? x, HtmlElementInfo? y) => ReferenceEquals(x, y);

        public int GetHashCode(HtmlElementInfo obj) => obj.Id;
    }

    private static Candidate? Get(Dictionary<HtmlElementInfo, Candidate> nodes, HtmlElementInfo e, bool create)
    {
        if (!nodes.TryGetValue(e, out var c) && create)
        {
            c = new Candidate();
            nodes[e] = c;
        }

        return c;
    }

    private static double InitialScore(HtmlElementInfo e)
    {
        double score = e.Tag switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (e.Tag == "article")
        {
            score += 10;
        }

        return score + ClassWeight(e);
    }

    private static double ClassWeight(HtmlElementInfo e)
    {
        var words = e.Words;
        if (words.Length == 0)
        {
            return 0;
        }

        double weight = 0;
        if (HtmlVocabulary.ArticleBodyWords().IsMatch(words))
        {
            weight += 40;
        }

        if (HtmlVocabulary.NegativeWords().IsMatch(words))
        {
            weight -= 25;
        }

        if (HtmlVocabulary.PositiveWords().IsMatch(words))
        {
            weight += 25;
        }

        if (e.Boilerplate)
        {
            weight -= 25;
        }

        return weight;
    }

    private static int CountCommas(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (c is ',' or '，' or '、' or '،')
            {
                n++;
            }
        }

        return n;
    }
}
