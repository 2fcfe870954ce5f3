using NewsParsing.Enrichment;
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
    /// <summary>
    /// Bodies longer than this many characters are attributed in consecutive windows of whole
    /// paragraphs of about this size, each on its own (pronouns and canonical names do not reach
    /// across windows). The analysis keeps a token per word of the text it reads; windows keep
    /// its memory bounded on a multi-megabyte "article" (a dump of a whole site, a log) while
    /// any real article, far shorter, is read whole.
    /// </summary>
    public const int WindowCharacters = 200_000;

    private readonly ConcurrentDictionary<LanguageLexicon, QuoteFinder> _finders = new();

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public Article Enrich(Article article, Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        int length = BodyLength(article.Body);
        var quotes = Find(article.Body, length, context.Lexicon, article.Dateline?.Text, context.CancellationToken);
        return length <= WindowCharacters
            ? article with { Quotes = quotes }
            : article with
            {
                Quotes = quotes,
                Diagnostics = [.. article.Diagnostics, $"quotes: the body has {length} characters; attributed in windows of about {WindowCharacters} (no pronoun or name links across windows)"],
            };
    }

    /// <summary>The quotes of a body, with the rules of a language (null: quote marks only).</summary>
    /// <param name="body">The article's body blocks.</param>
    /// <param name="lexicon">The page language's lexicon, or null when the language is unknown.</param>
    /// <param name="cancellationToken">Cancels a long search.</param>
    public IReadOnlyList<Quote> Find(IReadOnlyList<BodyBlock> body, LanguageLexicon? lexicon, CancellationToken cancellationToken = default) =>
        Find(body, lexicon, null, cancellationToken);

    /// <summary>The quotes of a body, with the rules of a language (null: quote marks only) and the article's dateline.</summary>
    /// <param name="body">The article's body blocks.</param>
    /// <param name="lexicon">The page language's lexicon, or null when the language is unknown.</param>
    /// <param name="dateline">
    /// The article's dateline (<see cref="DatelineEnricher"/>), or null: it is a sentence of its own,
    /// so "LYON (AFP) - La Ligue a déclaré : « … »" is the league's, not Lyon's.
    /// </param>
    /// <param name="cancellationToken">Cancels a long search.</param>
    public IReadOnlyList<Quote> Find(IReadOnlyList<BodyBlock> body, LanguageLexicon? lexicon, Dateline? dateline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Find(body, BodyLength(body), lexicon, dateline?.Text, cancellationToken);
    }

    private List<Quote> Find(IReadOnlyList<BodyBlock> body, int bodyLength, LanguageLexicon? lexicon, string? dateline, CancellationToken cancellationToken)
    {
        var finder = lexicon is null
            ? new QuoteFinder(null)
            : _finders.GetOrAdd(lexicon, static l => new QuoteFinder(new QuoteLexicon(l)));
        if (bodyLength <= WindowCharacters)
        {
            return finder.Find(body, dateline, cancellationToken);
        }

        var quotes = new List<Quote>();
        int from = 0;
        while (from < body.Count)
        {
            int to = from;
            int length = 0;
            do
            {
                length += body[to].Text.Length;
                to++;
            }
            while (to < body.Count && length + body[to].Text.Length <= WindowCharacters);

            var window = new BodyBlock[to - from];
            for (int i = from; i < to; i++)
            {
                window[i - from] = body[i];
            }

            // The dateline opens the first window only.
            foreach (var quote in finder.Find(window, from == 0 ? dateline : null, cancellationToken))
            {
                quotes.Add(from == 0 ? quote : quote with { Paragraph = quote.Paragraph + from });
            }

            from = to;
        }

        return quotes;
    }

    private static int BodyLength(IReadOnlyList<BodyBlock> body)
    {
        long length = 0;
        foreach (var block in body)
        {
            length += block.Text.Length;
        }

        return (int)Math.Min(length, int.MaxValue);
    }
}
