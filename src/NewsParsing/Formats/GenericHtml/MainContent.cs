using NewsParsing.Reading;

namespace NewsParsing.Formats.GenericHtml;

/// <summary>
/// Finds the story's blocks on an HTML page, in the spirit of Readability: paragraphs score
/// their ancestors (more for long text and commas, less with every level up), class and id
/// words add or remove evidence, link density discounts navigation, and the best container is
/// widened to ancestors that hold several good candidates and to siblings that read like the
/// story. Works on the reader's blocks, so it never touches the DOM again.
/// </summary>
public static class MainContent
{
    /// <summary>Shortest text, in characters, of a paragraph that votes for its containers.</summary>
    public const int MinParagraphLength = 25;

    /// <summary>Below this many characters the first pass found too little and furniture is searched too.</summary>
    public const int MinArticleLength = 500;

    /// <summary>Longest page read whole when no paragraph votes.</summary>
    public const int MaxLoosePageLength = 2000;

    /// <summary>How many levels up a paragraph's score and a block's length are carried.</summary>
    private const int MaxLevels = 64;

    /// <summary>The blocks of the story, in page order, and the container they were found in.</summary>
    /// <param name="Blocks">The story's blocks; <see cref="Block.BoilerplateCandidate"/> is recomputed below the container.</param>
    /// <param name="Root">The container chosen, or null when the page had no scored text.</param>
    public sealed record Result(IReadOnlyList<Block> Blocks, HtmlElementInfo? Root);

    private sealed class Candidate(HtmlElementInfo element)
    {
        public HtmlElementInfo Element { get; } = element;

        public double Score { get; set; }

        /// <summary>True once a paragraph voted for the element in the current pass.</summary>
        public bool Scored { get; set; }

        /// <summary>The tag and class weight, computed once for both passes (NaN until then).</summary>
        public double Initial { get; set; } = double.NaN;

        public int Chars { get; set; }

        public int LinkChars { get; set; }

        public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

        public double Final => Score * (1 - LinkDensity);
    }

    /// <summary>Finds the story's blocks.</summary>
    public static Result Find(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);

        // Lengths and class weights do not depend on the pass: both passes share them.
        var nodes = Lengths(page.Blocks);
        var first = Find(page, nodes, skipFurniture: true);
        if (Length(first.Blocks) >= MinArticleLength)
        {
            return first;
        }

        nodes.ResetScores();
        var second = Find(page, nodes, skipFurniture: false);
        return Length(second.Blocks) > Length(first.Blocks) ? second : first;
    }

    private static int Length(IReadOnlyList<Block> blocks) => blocks.Sum(b => b.Text.Length);

    /// <summary>The characters of a block's text inside links.</summary>
    private static int LinkChars(Block block) => (int)Math.Round(block.LinkDensity * block.Text.Length);

    /// <summary>Lengths and link lengths of every container, up to <see cref="MaxLevels"/> above each block.</summary>
    private static Candidates Lengths(IReadOnlyList<Block> blocks)
    {
        // A reader numbers parents before their children, so the largest id of the blocks' elements sizes the table.
        int maxId = -1;
        foreach (var block in blocks)
        {
            maxId = Math.Max(maxId, block.Element?.Id ?? -1);
        }

        var nodes = new Candidates(maxId + 1);
        if (nodes.TrySumUp(blocks))
        {
            return nodes;
        }

        // A block deeper than MaxLevels counts only for its nearest ancestors: add level by level.
        nodes = new Candidates(maxId + 1);
        foreach (var block in blocks)
        {
            int chars = block.Text.Length;
            int links = LinkChars(block);
            int level = 0;
            for (var e = block.Element; e is not null && level < MaxLevels; e = e.Parent, level++)
            {
                var c = nodes.GetOrAdd(e);
                c.Chars += chars;
                c.LinkChars += links;
            }
        }

        return nodes;
    }

    private static Result Find(Page page, Candidates nodes, bool skipFurniture)
    {
        var blocks = page.Blocks;
        var scored = new List<Candidate>();
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
                if (!c.Scored)
                {
                    c.Scored = true;
                    scored.Add(c);
                    c.Score += InitialScore(c);
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
            return new Result([], null); // the second pass, furniture included, decides
        }

        if (scored.Count == 0)
        {
            // No paragraph long enough to vote (a short note, a list): the page is the container, as in Readability.
            // A big page without one (rendered by script) has nothing to give: its text is menus.
            var loose = blocks.Where(b => !b.BoilerplateCandidate).ToList();
            return new Result(Length(loose) <= MaxLoosePageLength ? loose : [], null);
        }

        var ranked = scored.OrderByDescending(c => c.Final).ThenBy(c => c.Element.Id).Take(5).Select(c => c.Element).ToList();
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
            if (nodes.TryGet(p) is not { Scored: true } pc)
            {
                continue;
            }

            double ps = pc.Final;
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
        while (top.Parent is { } up && up.Tag != "body" && nodes.TryGet(up) is { } upc && upc.Chars == nodes[top].Chars)
        {
            if (!upc.Scored)
            {
                upc.Scored = true;
                upc.Score += InitialScore(upc);
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
                keep = KeepSibling(sibling, top, nodes, siblingThreshold, topScore, block);
                siblingVerdict[sibling] = keep;
            }

            if (keep)
            {
                result.Add(Relative(block, sibling, inclusive: true, nodes));
            }
        }

        return new Result(result, top);
    }

    private static bool KeepSibling(HtmlElementInfo sibling, HtmlElementInfo top, Candidates nodes, double threshold, double topScore, Block firstBlock)
    {
        if (sibling.Boilerplate)
        {
            return false;
        }

        double bonus = sibling.Words.Length > 0 && sibling.Words == top.Words ? topScore * 0.2 : 0;
        if (nodes.TryGet(sibling) is { Scored: true } c && c.Final + bonus >= threshold)
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

    /// <summary>The block with its furniture flag recomputed from the container down.</summary>
    private static Block Relative(Block block, HtmlElementInfo root, bool inclusive, Candidates nodes)
    {
        // A flagged element that holds most of the container's text is a wrapper ("has-sidebar"), not furniture.
        int half = nodes.TryGet(root) is { } r ? r.Chars / 2 : int.MaxValue;
        bool furniture = false;
        for (var e = block.Element; e is not null; e = e.Parent)
        {
            if (ReferenceEquals(e, root) && !inclusive)
            {
                break;
            }

            if (e.Boilerplate && !(nodes.TryGet(e) is { } c && c.Chars > half))
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

    /// <summary>
    /// The candidates of one page, in an array indexed by <see cref="HtmlElementInfo.Id"/>: every
    /// block looks up each of its ancestors, so a hash look-up per level was most of the search.
    /// A reader numbers a page's elements from 0; blocks put together from several pages (ids
    /// shared by different elements) go to a dictionary by reference instead.
    /// </summary>
    private sealed class Candidates
    {
        /// <summary>Ids at or above this go to the dictionary: a bound on the table for pages of absurd size.</summary>
        private const int MaxTableIds = 1 << 24;

        private readonly List<Candidate> _all = [];
        private Candidate?[] _byId;
        private Dictionary<HtmlElementInfo, Candidate>? _others;

        /// <param name="ids">How many ids to make room for at first (the table grows past them).</param>
        public Candidates(int ids)
        {
            _byId = new Candidate?[Math.Clamp(ids, 16, MaxTableIds)];
        }

        /// <summary>The element's candidate; it must have one (an ancestor of a block within <see cref="MaxLevels"/>).</summary>
        public Candidate this[HtmlElementInfo e] => TryGet(e) ?? throw new KeyNotFoundException(e.ToString());

        public Candidate? TryGet(HtmlElementInfo e)
        {
            int id = e.Id;
            if ((uint)id < (uint)_byId.Length && _byId[id] is { } c && ReferenceEquals(c.Element, e))
            {
                return c;
            }

            return _others is not null && _others.TryGetValue(e, out var other) ? other : null;
        }

        public Candidate GetOrAdd(HtmlElementInfo e)
        {
            if (TryGet(e) is { } found)
            {
                return found;
            }

            var c = new Candidate(e);
            _all.Add(c);
            int id = e.Id;
            if (id >= 0 && id < MaxTableIds)
            {
                if (id >= _byId.Length)
                {
                    Array.Resize(ref _byId, Math.Min(Math.Max(id + 1, _byId.Length * 2), MaxTableIds));
                }

                if (_byId[id] is null)
                {
                    _byId[id] = c;
                    return c;
                }
            }

            (_others ??= new Dictionary<HtmlElementInfo, Candidate>(ById.Instance))[e] = c;
            return c;
        }

        /// <summary>
        /// Each block's length on its own element, then every element's total added to its parent's,
        /// children first: what adding each block to all its ancestors gives, without walking every
        /// block's chain (most blocks share theirs). Only when every block sits less than
        /// <see cref="MaxLevels"/> deep, ids are a reader's (one element per id) and every parent's
        /// id is below its children's (the reader numbers parents first); false otherwise.
        /// </summary>
        public bool TrySumUp(IReadOnlyList<Block> blocks)
        {
            foreach (var block in blocks)
            {
                if (block.Element is not { } element)
                {
                    continue;
                }

                if (element.Depth >= MaxLevels)
                {
                    return false;
                }

                var c = GetOrAdd(element);
                c.Chars += block.Text.Length;
                c.LinkChars += LinkChars(block);
                for (var e = element.Parent; e is not null && TryGet(e) is null; e = e.Parent)
                {
                    GetOrAdd(e);
                }
            }

            if (_others is not null)
            {
                return false;
            }

            for (int id = _byId.Length - 1; id >= 0; id--)
            {
                if (_byId[id] is not { Element.Parent: { } parent } c)
                {
                    continue;
                }

                if (parent.Id >= id || TryGet(parent) is not { } p)
                {
                    return false;
                }

                p.Chars += c.Chars;
                p.LinkChars += c.LinkChars;
            }

            return true;
        }

        /// <summary>Forgets the first pass's votes; lengths and class weights stay.</summary>
        public void ResetScores()
        {
            foreach (var c in _all)
            {
                c.Score = 0;
                c.Scored = false;
            }
        }
    }

    /// <summary>The candidate's tag and class weight, computed on first use.</summary>
    private static double InitialScore(Candidate c)
    {
        if (double.IsNaN(c.Initial))
        {
            c.Initial = InitialScore(c.Element);
        }

        return c.Initial;
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
        if (HtmlVocabulary.IsArticleBodyToken(words))
        {
            weight += 40;
        }

        if (HtmlVocabulary.HasNegativeWord(words))
        {
            weight -= 25;
        }

        if (HtmlVocabulary.HasPositiveWord(words))
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
