using NewsParsing.Lexicons;

namespace NewsParsing;

/// <summary>What a parser or enricher knows about the page beyond its blocks.</summary>
public sealed record ParseContext
{
    /// <summary>All lexicons of the pipeline.</summary>
    public required LexiconSet Lexicons { get; init; }

    /// <summary>The page's language (ISO 639-1), or null when unknown.</summary>
    public string? Language { get; init; }

    /// <summary>The lexicon of the page's language, or null when the language is unknown or unsupported.</summary>
    public LanguageLexicon? Lexicon => Lexicons.Get(Language);

    /// <summary>
    /// The lexicons a language-dependent rule may use: the page language's, or every language's
    /// when it is unknown (for rules that cannot misfire across languages, like month names).
    /// </summary>
    public IEnumerable<LanguageLexicon> LexiconsToTry => Lexicon is { } lex ? [lex] : Lexicons.All;

    /// <summary>The page's URL, when known.</summary>
    public Uri? Url { get; init; }

    /// <summary>
    /// The date the page was fetched, when known; dates later than a day after it are rejected
    /// and relative dates resolved against it.
    /// </summary>
    public DateTimeOffset? ReferenceDate { get; init; }

    /// <summary>
    /// The source the page was read from, when the pipeline has it: for formats that need the
    /// original markup (site profiles run CSS selectors on it).
    /// </summary>
    public ArticleSource? Source { get; init; }

    /// <summary>The options of the pipeline.</summary>
    public required NewsParserOptions Options { get; init; }

    /// <summary>Cancels a long parse.</summary>
    public CancellationToken CancellationToken { get; init; }
}

/// <summary>Options of a pipeline.</summary>
public sealed record NewsParserOptions
{
    /// <summary>The default options.</summary>
    public static NewsParserOptions Default { get; } = new();

    /// <summary>
    /// Largest input accepted, in characters (default 32 Mi). Past it, parsing throws
    /// <see cref="InputTooLargeException"/>.
    /// </summary>
    public long MaxInputLength { get; init; } = 32L * 1024 * 1024;
}

/// <summary>Thrown when an input is larger than <see cref="NewsParserOptions.MaxInputLength"/>.</summary>
public sealed class InputTooLargeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputTooLargeException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InputTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public InputTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
