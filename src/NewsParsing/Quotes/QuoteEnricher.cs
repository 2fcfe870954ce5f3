using System.Collections.Concurrent;
using NewsParsing.Lexicons;

namespace NewsParsing.Quotes;

/// <summary>
/// Fills <see cref="Article.Quotes"/> from the body: direct and partial quotes in quote marks,
/// dash interview answers and questions, and reported speech, each with its speaker (pronouns
/// resolved, one canonical name per person). Attribution rules use the page language's
/// <c>quote-*</c> lexicons only; when the language is unknown only quote marks are read.
/// Stateless apart from a cache of compiled lexicons: safe on any thread.
/// </summary>
public sealed class QuoteEnricher : IArticleEnricher
{
    private readonly ConcurrentDictionary<LanguageLexicon, QuoteFinder> _finders = new();

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public Article Enrich(Article article, Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        var quotes = Find(article.Body, context.Lexicon, context.CancellationToken);
        return article with { Quotes = quotes };
    }

    /// <summary>The quotes of a body, with the rules of a language (null: quote marks only).</summary>
    /// <param name="body">The article's body blocks.</param>
    /// <param name="lexicon">The page language's lexicon, or null when the language is unknown.</param>
    /// <param name="cancellationToken">Cancels a long search.</param>
    public IReadOnlyList<Quote> Find(IReadOnlyList<BodyBlock> body, LanguageLexicon? lexicon, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var finder = lexicon is null
            ? new QuoteFinder(null)
            : _finders.GetOrAdd(lexicon, static l => new QuoteFinder(new QuoteLexicon(l)));
        return finder.Find(body, cancellationToken);
    }
}
