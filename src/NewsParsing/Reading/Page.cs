namespace NewsParsing;

/// <summary>What a reader thinks a block is, from markup or from its shape in the text.</summary>
public enum BlockHint
{
    /// <summary>Nothing is known beyond the text.</summary>
    None,

    /// <summary>A paragraph element.</summary>
    Paragraph,

    /// <summary>A heading element (h1–h6); <see cref="Block.Level"/> holds its level.</summary>
    Heading,

    /// <summary>A list item.</summary>
    ListItem,

    /// <summary>A block quotation.</summary>
    Blockquote,

    /// <summary>A figure caption.</summary>
    Caption,

    /// <summary>Preformatted text or a table cell.</summary>
    Preformatted,
}

/// <summary>
/// One block of a page: a line or paragraph of a text dump, or a block element of an HTML page.
/// Readers produce blocks; parsers give them roles.
/// </summary>
public sealed record Block
{
    /// <summary>Position of the block in <see cref="Page.Blocks"/>.</summary>
    public int Index { get; init; }

    /// <summary>The block's text, normalised (NFC, single spaces, trimmed).</summary>
    public required string Text { get; init; }

    /// <summary>What the reader thinks the block is.</summary>
    public BlockHint Hint { get; init; }

    /// <summary>Heading level (1–6) when <see cref="Hint"/> is <see cref="BlockHint.Heading"/>, else 0.</summary>
    public int Level { get; init; }

    /// <summary>1-based line of the source where the block starts (text), or 0.</summary>
    public int Line { get; init; }

    /// <summary>A path to the element (HTML), or null.</summary>
    public string? Path { get; init; }

    /// <summary>Tag, class, id and role words of the element and its ancestors (HTML), lower case.</summary>
    public IReadOnlyList<string> Hints { get; init; } = [];

    /// <summary>True when a blank line (or a block boundary) separates this block from the one before.</summary>
    public bool BlankBefore { get; init; }

    /// <summary>How many times the block was printed in a row in the source (2 for a doubled line).</summary>
    public int Repeats { get; init; } = 1;

    /// <summary>True when the reader saw the block inside navigation, aside, footer, comments or similar.</summary>
    public bool BoilerplateCandidate { get; init; }

    /// <summary>
    /// The element that holds the block's text (HTML), with its ancestors through
    /// <see cref="HtmlElementInfo.Parent"/>; null for text pages. Main-content detection scores these.
    /// </summary>
    public HtmlElementInfo? Element { get; init; }

    /// <summary>Share of the block's visible characters that are link text (HTML), from 0 to 1.</summary>
    public double LinkDensity { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"#{Index} {Hint} {Text}";
}

/// <summary>Where a page came from.</summary>
public enum PageSourceKind
{
    /// <summary>A plain-text dump.</summary>
    Text,

    /// <summary>An HTML document.</summary>
    Html,
}

/// <summary>Metadata a reader found outside the blocks (HTML head, JSON-LD, meta tags).</summary>
public sealed record PageMetadata
{
    /// <summary>An empty set of metadata.</summary>
    public static PageMetadata Empty { get; } = new();

    /// <summary>The document title (HTML &lt;title&gt;).</summary>
    public string? DocumentTitle { get; init; }

    /// <summary>The headline from structured data (og:title, JSON-LD headline).</summary>
    public string? Headline { get; init; }

    /// <summary>Description or standfirst from meta tags.</summary>
    public string? Description { get; init; }

    /// <summary>The language the markup declares, as written ("fr-FR").</summary>
    public string? Language { get; init; }

    /// <summary>The site name (og:site_name, publisher).</summary>
    public string? SiteName { get; init; }

    /// <summary>Section from meta tags (article:section).</summary>
    public string? Section { get; init; }

    /// <summary>Authors from structured data and meta tags.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Published date from structured data and meta tags.</summary>
    public NewsDate? Published { get; init; }

    /// <summary>Modified date from structured data and meta tags.</summary>
    public NewsDate? Modified { get; init; }

    /// <summary>Keywords and tags from meta tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The canonical URL, else the URL the caller gave.</summary>
    public Uri? Url { get; init; }

    /// <summary>
    /// The <c>&lt;time datetime&gt;</c> elements of the page body in document order, with the
    /// element that holds them, so a parser can keep only those in the article's header or byline.
    /// </summary>
    public IReadOnlyList<HtmlTimeElement> TimeElements { get; init; } = [];

    /// <summary>
    /// Elements whose markup says they hold a byline (rel=author, itemprop=author, class or id
    /// byline/author), in document order, with their text.
    /// </summary>
    public IReadOnlyList<HtmlBylineElement> BylineElements { get; init; } = [];

    /// <summary>Where <see cref="Published"/> came from ("json-ld", "meta", "itemprop"), or null.</summary>
    public string? PublishedSource { get; init; }
}

/// <summary>An HTML element as main-content detection sees it: tag, class and id words, parent.</summary>
public sealed class HtmlElementInfo
{
    internal HtmlElementInfo(int id, string tag, string words, HtmlElementInfo? parent, bool boilerplate)
    {
        Id = id;
        Tag = tag;
        Words = words;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
        Boilerplate = boilerplate;
    }

    /// <summary>Number of the element in document order (unique within a page).</summary>
    public int Id { get; }

    /// <summary>Lower-case tag name.</summary>
    public string Tag { get; }

    /// <summary>Lower-case class, id, role and itemprop values, space-separated.</summary>
    public string Words { get; }

    /// <summary>The parent element, or null at the top.</summary>
    public HtmlElementInfo? Parent { get; }

    /// <summary>Distance from the top element.</summary>
    public int Depth { get; }

    /// <summary>True when this element itself opens a region that is not content (nav, aside, share box…).</summary>
    public bool Boilerplate { get; }

    /// <summary>True when <paramref name="ancestor"/> is this element or one of its ancestors.</summary>
    public bool IsWithin(HtmlElementInfo ancestor)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        for (var e = this; e is not null && e.Depth >= ancestor.Depth; e = e.Parent)
        {
            if (ReferenceEquals(e, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Words.Length == 0 ? Tag : $"{Tag}[{Words}]";
}

/// <summary>An element whose markup marks it as a byline.</summary>
/// <param name="Text">Its text.</param>
/// <param name="Element">The element (its parents tell a header byline from an author bio or a teaser).</param>
public sealed record HtmlBylineElement(string Text, HtmlElementInfo Element);

/// <summary>A <c>&lt;time datetime&gt;</c> element.</summary>
/// <param name="Date">The parsed date.</param>
/// <param name="Element">The time element (its parents lead to the article or a sidebar).</param>
/// <param name="Published">True when the markup says it is the publication date (pubdate, itemprop, class).</param>
/// <param name="Modified">True when the markup says it is the modification date.</param>
public sealed record HtmlTimeElement(NewsDate Date, HtmlElementInfo Element, bool Published, bool Modified);

/// <summary>
/// A page as both readers produce it: blocks in reading order plus metadata. Site formats,
/// boilerplate rules and enrichers work on this, whatever the input was.
/// </summary>
public sealed record Page
{
    /// <summary>The blocks in reading order.</summary>
    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>Metadata found outside the blocks.</summary>
    public PageMetadata Metadata { get; init; } = PageMetadata.Empty;

    /// <summary>Whether the page was read from text or HTML.</summary>
    public PageSourceKind SourceKind { get; init; }

    /// <summary>What the reader noticed (repaired encoding, dropped characters…).</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];
}
