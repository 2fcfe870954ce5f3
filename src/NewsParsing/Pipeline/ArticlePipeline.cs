using NewsParsing.Lexicons;
using NewsParsing.Reading;

namespace NewsParsing;

/// <summary>
/// A built pipeline: readers, format selection, the chosen parser, then the enrichers.
/// Immutable and safe to share across threads; build it once and reuse it.
/// </summary>
public sealed class ArticlePipeline
{
    private readonly IArticleParser[] _parsers;
    private readonly IArticleEnricher[] _enrichers;

    internal ArticlePipeline(IArticleParser[] parsers, IArticleEnricher[] enrichers, LexiconSet lexicons, NewsParserOptions options)
    {
        _parsers = parsers;
        _enrichers = enrichers;
        Lexicons = lexicons;
        Options = options;
    }

    /// <summary>Prefix of the diagnostic that says a page holds no article (no body text).</summary>
    public const string NotAnArticle = "not an article: ";

    /// <summary>The parsers, in registration order.</summary>
    public IReadOnlyList<IArticleParser> Parsers => _parsers;

    /// <summary>The enrichers, in the order they run.</summary>
    public IReadOnlyList<IArticleEnricher> Enrichers => _enrichers;

    /// <summary>The lexicons.</summary>
    public LexiconSet Lexicons { get; }

    /// <summary>The options.</summary>
    public NewsParserOptions Options { get; }

    /// <summary>Parses a plain-text dump.</summary>
    public Article Parse(string text, Uri? url = null) => Parse(ArticleSource.FromText(text, url));

    /// <summary>Parses an HTML document.</summary>
    public Article ParseHtml(string html, Uri? url = null) => Parse(ArticleSource.FromHtml(html, url));

    /// <summary>Parses a file (HTML or text by its extension, else by its content).</summary>
    public Article ParseFile(string path, Uri? url = null) => Parse(ArticleSource.FromFile(path, url));

    /// <summary>Parses a file asynchronously.</summary>
    public async Task<Article> ParseFileAsync(string path, Uri? url = null, CancellationToken cancellationToken = default)
    {
        var source = await ArticleSource.FromFileAsync(path, url, cancellationToken).ConfigureAwait(false);
        return Parse(source, cancellationToken);
    }

    /// <summary>Parses one document.</summary>
    /// <exception cref="InputTooLargeException">The input is longer than <see cref="NewsParserOptions.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Article Parse(ArticleSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        if (source.Content.Length > Options.MaxInputLength)
        {
            throw new InputTooLargeException(
                $"the input has {source.Content.Length:N0} characters, more than the limit of {Options.MaxInputLength:N0} (NewsParserOptions.MaxInputLength)");
        }

        var page = Read(source);
        cancellationToken.ThrowIfCancellationRequested();
        var context = CreateContext(page, source, cancellationToken);
        var parser = SelectParser(page, context);
        var article = parser.Parse(page, context);
        foreach (var enricher in _enrichers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                article = enricher.Enrich(article, page, context);
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
            {
                // A pattern that ran past its limit (hostile input, or a machine far too loaded)
                // costs the enricher's fields, not the article the parser already built.
                article = article with { Diagnostics = [.. article.Diagnostics, $"{enricher.Name}: skipped, a pattern ran past its {e.MatchTimeout.TotalSeconds:0.#} s limit"] };
            }
        }

        var notAnArticle = article.Body.Count == 0 && !article.Diagnostics.Any(d => d.StartsWith(NotAnArticle, StringComparison.Ordinal))
            ? new[] { NotAnArticle + "no body text was found" }
            : [];
        return article with
        {
            Format = parser.Name,
            Language = context.Language,
            Diagnostics = [.. source.Diagnostics, .. page.Diagnostics, .. article.Diagnostics, .. notAnArticle],
        };
    }

    /// <summary>Reads a source into a page without parsing it (for format authors and tests).</summary>
    public Page Read(ArticleSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var content = Text.MojibakeRepair.Repair(source.Content, out int repaired);
        var page = source.ResolvedKind == SourceKind.Html
            ? HtmlPageReader.Read(content, source.Url)
            : PlainTextReader.Read(content, source.Url);
        return repaired == 0 ? page : page with { Diagnostics = [.. page.Diagnostics, $"input: mojibake repaired on {repaired} line(s) (UTF-8 read as Windows-1252)"] };
    }

    /// <summary>The parser that would handle the page, and every parser's score (for the CLI and debugging).</summary>
    public IReadOnlyList<(IArticleParser Parser, double Score)> Rank(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        return [.. _parsers.Select(p => (p, Math.Clamp(p.Match(page, context), 0, 1)))];
    }

    /// <summary>The context the pipeline gives parsers for a page.</summary>
    public ParseContext CreateContext(Page page, ArticleSource? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new ParseContext
        {
            Lexicons = Lexicons,
            Language = DetectLanguage(page),
            Url = source?.Url ?? page.Metadata.Url,
            Source = source,
            Options = Options,
            CancellationToken = cancellationToken,
        };
    }

    private string? DetectLanguage(Page page)
    {
        // The text wins when it is clear; markup decides when the text is too short or mixed.
        var fromText = LanguageDetector.Detect(page.Blocks.Where(b => b.Text.Length > 60).Select(b => b.Text), Lexicons);
        return fromText ?? LanguageDetector.Primary(page.Metadata.Language);
    }

    private IArticleParser SelectParser(Page page, ParseContext context)
    {
        IArticleParser best = _parsers[^1];
        double bestScore = -1;
        foreach (var parser in _parsers)
        {
            double score = Math.Clamp(parser.Match(page, context), 0, 1);
            if (score > bestScore)
            {
                best = parser;
                bestScore = score;
            }
        }

        return best;
    }
}
