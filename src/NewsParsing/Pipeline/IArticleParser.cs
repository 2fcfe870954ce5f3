namespace NewsParsing;

/// <summary>
/// A page format: says how well a page fits it and turns a page of that format into an
/// <see cref="Article"/>. Implementations must be stateless or immutable: one instance serves
/// every page of a pipeline, on any thread.
/// </summary>
public interface IArticleParser
{
    /// <summary>Short stable key ("hashtag-footer"); the JSON <c>format</c> field and the CLI use it.</summary>
    string Name { get; }

    /// <summary>
    /// How well the page fits this format, from 0 (not at all) to 1 (certainly). Must be cheap:
    /// every registered parser scores every page. The best score wins; ties go to the parser
    /// registered first.
    /// </summary>
    double Match(Page page, ParseContext context);

    /// <summary>Parses a page this parser matched. Never throws for odd content: report it in diagnostics.</summary>
    Article Parse(Page page, ParseContext context);
}

/// <summary>
/// A step after parsing that adds to the article (dateline, quotes, language…). Enrichers run
/// in pipeline order; each returns a new article (articles are immutable).
/// </summary>
public interface IArticleEnricher
{
    /// <summary>Short stable key ("dateline", "quotes").</summary>
    string Name { get; }

    /// <summary>Returns the article with this enricher's fields filled.</summary>
    Article Enrich(Article article, Page page, ParseContext context);
}
