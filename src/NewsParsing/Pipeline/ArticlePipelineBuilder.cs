using NewsParsing.Enrichment;
using NewsParsing.Formats.CategorySource;
using NewsParsing.Formats.GenericHtml;
using NewsParsing.Formats.GenericText;
using NewsParsing.Formats.HashtagFooter;
using NewsParsing.Formats.NewsTheme;
using NewsParsing.Formats.WordPressShare;
using NewsParsing.Lexicons;

namespace NewsParsing;

/// <summary>
/// Builds an <see cref="ArticlePipeline"/>, in the style of Markdig's pipeline builder: ordered
/// lists of parsers and enrichers that can be placed relative to each other, then
/// <see cref="Build"/> freezes them into an immutable, thread-safe pipeline.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new ArticlePipelineBuilder()
///     .UseDefaults()
///     .UseParser(new MySiteParser())   // tried before the generic parser
///     .Build();
/// Article article = pipeline.Parse(ArticleSource.FromFile("page.txt"));
/// </code>
/// </example>
public sealed class ArticlePipelineBuilder
{
    /// <summary>The page formats, in registration order (ties in <see cref="IArticleParser.Match"/> go to the earlier).</summary>
    public OrderedList<IArticleParser> Parsers { get; } = [];

    /// <summary>The enrichers, in the order they run.</summary>
    public OrderedList<IArticleEnricher> Enrichers { get; } = [];

    /// <summary>The lexicons the pipeline uses (the shipped ones by default).</summary>
    public LexiconSet Lexicons { get; set; } = LexiconSet.Default;

    /// <summary>Options such as the input size limit.</summary>
    public NewsParserOptions Options { get; set; } = NewsParserOptions.Default;

    /// <summary>Adds the built-in formats and enrichers (the generic HTML parser, then the generic text parser, last).</summary>
    public ArticlePipelineBuilder UseDefaults()
    {
        AddOnce(Parsers, new HashtagFooterParser());
        AddOnce(Parsers, new WordPressShareParser());
        AddOnce(Parsers, new CategorySourceParser());
        AddOnce(Parsers, new NewsThemeParser());
        AddOnce(Parsers, new GenericHtmlParser());
        AddOnce(Parsers, new GenericTextParser());
        AddOnce(Enrichers, new DatelineEnricher());
        AddOnce(Enrichers, new Quotes.QuoteEnricher());
        return this;
    }

    /// <summary>
    /// Adds a parser before the generic parser, so it is tried before the built-in fallback and
    /// wins ties against it.
    /// </summary>
    public ArticlePipelineBuilder UseParser(IArticleParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        // Before both generic parsers, so a site format wins ties on HTML pages as on text.
        if (!Parsers.OfType<GenericHtmlParser>().Any() || !Parsers.InsertBefore<GenericHtmlParser>(parser))
        {
            Parsers.InsertBefore<GenericTextParser>(parser);
        }

        return this;
    }

    /// <summary>Adds an enricher after the existing ones.</summary>
    public ArticlePipelineBuilder UseEnricher(IArticleEnricher enricher)
    {
        ArgumentNullException.ThrowIfNull(enricher);
        Enrichers.Add(enricher);
        return this;
    }

    /// <summary>Sets the lexicons.</summary>
    public ArticlePipelineBuilder UseLexicons(LexiconSet lexicons)
    {
        Lexicons = lexicons ?? throw new ArgumentNullException(nameof(lexicons));
        return this;
    }

    /// <summary>Sets the options.</summary>
    public ArticlePipelineBuilder UseOptions(NewsParserOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>
    /// Freezes the current lists into a pipeline. The builder can go on changing afterwards
    /// without affecting pipelines already built. A generic parser is always present.
    /// </summary>
    public ArticlePipeline Build()
    {
        var parsers = Parsers.ToList();
        if (!parsers.OfType<GenericTextParser>().Any())
        {
            parsers.Add(new GenericTextParser());
        }

        var names = parsers.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (names is not null)
        {
            throw new InvalidOperationException($"two parsers are named '{names.Key}'; parser names must be unique");
        }

        return new ArticlePipeline([.. parsers], [.. Enrichers], Lexicons, Options);
    }

    private static void AddOnce<T>(OrderedList<T> list, T item)
        where T : class
    {
        if (!list.Any(existing => existing.GetType() == item.GetType()))
        {
            list.Add(item);
        }
    }
}
