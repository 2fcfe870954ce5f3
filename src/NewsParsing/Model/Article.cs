namespace NewsParsing;

/// <summary>
/// One parsed news page: its metadata, its body in reading order, its captions and the quotes
/// in its body. Immutable; every list is present (possibly empty) and never null.
/// </summary>
/// <remarks>The JSON form of this record is the project's contract (see <c>json-contract.md</c>).</remarks>
public sealed record Article
{
    /// <summary>Name of the <see cref="IArticleParser"/> that produced the article (JSON <c>format</c>).</summary>
    public string Format { get; init; } = "";

    /// <summary>ISO 639-1 code of the page's language, or null when unknown.</summary>
    public string? Language { get; init; }

    /// <summary>The headline, or null when the page has none (never invented).</summary>
    public string? Title { get; init; }

    /// <summary>Standfirst, dek or teaser under the title, or null.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Overline above the title, or null.</summary>
    public string? Kicker { get; init; }

    /// <summary>Site section or category, or null.</summary>
    public string? Section { get; init; }

    /// <summary>Name of the site the page was taken from, or null.</summary>
    public string? SiteName { get; init; }

    /// <summary>Original publisher when the page republishes another outlet's story, or null.</summary>
    public string? Source { get; init; }

    /// <summary>People or desks who wrote the article; never photo credits or CMS accounts.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Publication date with the precision the page gives, or null.</summary>
    public NewsDate? Published { get; init; }

    /// <summary>Last modification date with the precision the page gives, or null.</summary>
    public NewsDate? Modified { get; init; }

    /// <summary>Where and when the story was filed, or null.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>Tags or keywords the page gives, in page order.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Paragraphs, crossheads, list items and block quotes, boilerplate removed.</summary>
    public IReadOnlyList<BodyBlock> Body { get; init; } = [];

    /// <summary>Photo and video captions with their credits.</summary>
    public IReadOnlyList<Caption> Captions { get; init; } = [];

    /// <summary>Quotes and reported speech found in <see cref="Body"/>.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>What the parser noticed: missing parts, derived values, repaired input.</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    /// <summary>The body as plain text, one block per line.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string BodyText => string.Join('\n', Body.Select(b => b.Text));

    /// <summary>Serialises the article to the contract's JSON.</summary>
    /// <param name="indented">Pretty-print with two-space indentation.</param>
    public string ToJson(bool indented = true) => Json.ArticleJson.Serialize(this, indented);

    /// <summary>A compact one-line summary, for logs and LINQPad.</summary>
    public override string ToString() =>
        $"{Format}: {Title ?? "(no title)"} | {Published?.ToString() ?? "no date"} | " +
        $"{Authors.Count} author(s), {Body.Count} block(s), {Quotes.Count} quote(s)";

    /// <summary>
    /// The shape LINQPad shows for this article (LINQPad calls <c>ToDump</c> by convention):
    /// the fields, with the body as text blocks.
    /// </summary>
    public object ToDump() => new
    {
        Format, Language, Title, Subtitle, Kicker, Section, SiteName, Source,
        Authors, Published = Published?.ToString(), Modified = Modified?.ToString(),
        Dateline = Dateline?.Text, Tags,
        Body = Body.Select(b => $"[{b.Kind}] {b.Text}").ToArray(),
        Captions, Quotes, Diagnostics,
    };
}

/// <summary>The kind of a body block.</summary>
public enum BodyBlockKind
{
    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>A crosshead (intertitle) inside the body.</summary>
    Heading,

    /// <summary>An item of a list.</summary>
    ListItem,

    /// <summary>A block quotation set apart from the text.</summary>
    Blockquote,
}

/// <summary>One block of the body.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">Its text: NFC, whitespace collapsed, no leading or trailing space.</param>
public sealed record BodyBlock(BodyBlockKind Kind, string Text);

/// <summary>A photo or video caption.</summary>
/// <param name="Text">The caption text.</param>
/// <param name="Credit">The credit ("dpa/Gavriil Grigorov"), or null when none is given.</param>
public sealed record Caption(string Text, string? Credit);

/// <summary>Where and when a story was filed, parsed from a dateline such as "PARIS, 19 juin (AFP) -".</summary>
/// <param name="Place">The place as written ("PARIS"), or null.</param>
/// <param name="Region">Region or country after the place ("Ukraine", "Mich."), or null.</param>
/// <param name="Date">The date, or null when the dateline gives none.</param>
/// <param name="Agency">The agency ("AFP", "Reuters", "dpa"), or null.</param>
/// <param name="Text">The raw dateline text.</param>
public sealed record Dateline(string? Place, string? Region, NewsDate? Date, string? Agency, string Text);

/// <summary>The kind of a quote.</summary>
public enum QuoteKind
{
    /// <summary>A whole sentence or more inside quote marks.</summary>
    Direct,

    /// <summary>A fragment inside quote marks within the reporter's sentence.</summary>
    Partial,

    /// <summary>An interview answer introduced by a dash at paragraph start.</summary>
    Interview,

    /// <summary>An interviewer's question introduced by a dash.</summary>
    Question,

    /// <summary>Reported speech without quote marks ("X a déclaré que …").</summary>
    Indirect,
}

/// <summary>A quote or a piece of reported speech in the body.</summary>
public sealed record Quote
{
    /// <summary>The quoted words, without quote marks or dash.</summary>
    public required string Text { get; init; }

    /// <summary>What kind of quote it is.</summary>
    public required QuoteKind Kind { get; init; }

    /// <summary>Canonical name or description of who said it, or null when unknown.</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker's role or apposition ("porte-parole du Pentagone"), or null.</summary>
    public string? SpeakerRole { get; init; }

    /// <summary>The reporting verb or source cue ("a déclaré", "selon"), or null.</summary>
    public string? Cue { get; init; }

    /// <summary>Index of the paragraph in <see cref="Article.Body"/>.</summary>
    public int Paragraph { get; init; }

    /// <summary>Start of <see cref="Text"/> inside that paragraph's text (UTF-16 code units).</summary>
    public int Start { get; init; }

    /// <summary>Length of the span inside that paragraph's text (UTF-16 code units).</summary>
    public int Length { get; init; }
}
