namespace NewsParsing.Formats.Common;

/// <summary>
/// The mutable form of an <see cref="Article"/> while a parser fills it; one per parse, never
/// shared. <see cref="ToArticle"/> freezes it.
/// </summary>
public sealed class ArticleDraft
{
    /// <summary>The headline.</summary>
    public string? Title { get; set; }

    /// <summary>The standfirst.</summary>
    public string? Subtitle { get; set; }

    /// <summary>The overline.</summary>
    public string? Kicker { get; set; }

    /// <summary>The section.</summary>
    public string? Section { get; set; }

    /// <summary>The site name.</summary>
    public string? SiteName { get; set; }

    /// <summary>The original publisher of a republished story.</summary>
    public string? Source { get; set; }

    /// <summary>The authors, in byline order.</summary>
    public List<string> Authors { get; } = [];

    /// <summary>The publication date.</summary>
    public NewsDate? Published { get; set; }

    /// <summary>The modification date.</summary>
    public NewsDate? Modified { get; set; }

    /// <summary>The tags.</summary>
    public List<string> Tags { get; } = [];

    /// <summary>The body blocks.</summary>
    public List<BodyBlock> Body { get; } = [];

    /// <summary>The captions.</summary>
    public List<Caption> Captions { get; } = [];

    /// <summary>What the parser noticed.</summary>
    public List<string> Diagnostics { get; } = [];

    /// <summary>Adds an author unless the same name (ignoring case) is there already.</summary>
    public void AddAuthor(string name)
    {
        if (!string.IsNullOrWhiteSpace(name) && !Authors.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            Authors.Add(name);
        }
    }

    /// <summary>Freezes the draft.</summary>
    public Article ToArticle() => new()
    {
        Title = Title,
        Subtitle = Subtitle,
        Kicker = Kicker,
        Section = Section,
        SiteName = SiteName,
        Source = Source,
        Authors = [.. Authors],
        Published = Published,
        Modified = Modified,
        Tags = [.. Tags],
        Body = [.. Body],
        Captions = [.. Captions],
        Diagnostics = [.. Diagnostics],
    };
}
