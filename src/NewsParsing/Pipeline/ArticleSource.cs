using NewsParsing.Reading;

namespace NewsParsing;

/// <summary>What kind of document a source holds.</summary>
public enum SourceKind
{
    /// <summary>Decide from the content (markup at the start means HTML).</summary>
    Auto,

    /// <summary>A plain-text dump.</summary>
    Text,

    /// <summary>An HTML document.</summary>
    Html,
}

/// <summary>One document to parse: its content, what kind it is, and where it came from.</summary>
public sealed record ArticleSource
{
    private ArticleSource(string content, SourceKind kind, Uri? url, string? path, IReadOnlyList<string> diagnostics)
    {
        Content = content;
        Kind = kind;
        Url = url;
        Path = path;
        Diagnostics = diagnostics;
    }

    /// <summary>The document's text.</summary>
    public string Content { get; }

    /// <summary>What kind of document it is; <see cref="SourceKind.Auto"/> decides from the content.</summary>
    public SourceKind Kind { get; }

    /// <summary>The page's URL, when known.</summary>
    public Uri? Url { get; init; }

    /// <summary>The file it was read from, when it was.</summary>
    public string? Path { get; }

    /// <summary>What decoding the bytes noticed (encoding guessed, invalid bytes, binary data).</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>A plain-text dump.</summary>
    public static ArticleSource FromText(string text, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ArticleSource(text, SourceKind.Text, url, null, []);
    }

    /// <summary>An HTML document.</summary>
    public static ArticleSource FromHtml(string html, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return new ArticleSource(html, SourceKind.Html, url, null, []);
    }

    /// <summary>Text or HTML, decided from the content.</summary>
    public static ArticleSource FromString(string content, SourceKind kind = SourceKind.Auto, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new ArticleSource(content, kind, url, null, []);
    }

    /// <summary>
    /// Bytes in an unknown encoding. Text: a BOM, else UTF-8 when valid, else Windows-1252.
    /// HTML (<paramref name="kind"/> Html, or Auto and markup at the start): a BOM, else the
    /// page's &lt;meta charset&gt; or http-equiv declaration, else <paramref name="defaultEncoding"/>
    /// (say, the HTTP header's charset), else the text rules. Invalid bytes become U+FFFD and a diagnostic.
    /// </summary>
    public static ArticleSource FromBytes(ReadOnlySpan<byte> bytes, SourceKind kind = SourceKind.Auto, Uri? url = null, string? path = null, System.Text.Encoding? defaultEncoding = null)
    {
        bool html = kind == SourceKind.Html
            || (kind == SourceKind.Auto && LooksLikeHtml(System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)])));
        var decoded = html ? InputDecoder.DecodeHtml(bytes, defaultEncoding) : InputDecoder.Decode(bytes);
        return new ArticleSource(decoded.Text, kind, url, path, decoded.Diagnostics);
    }

    /// <summary>
    /// Reads a file. <c>.html</c>, <c>.htm</c> and <c>.xhtml</c> are HTML, <c>.txt</c> is text,
    /// anything else is decided from the content.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ArticleSource FromFile(string path, Uri? url = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return FromBytes(File.ReadAllBytes(path), KindOfFile(path), url, path);
    }

    /// <summary>Reads a file asynchronously; see <see cref="FromFile(string, Uri?)"/>.</summary>
    public static async Task<ArticleSource> FromFileAsync(string path, Uri? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return FromBytes(bytes, KindOfFile(path), url, path);
    }

    /// <summary>
    /// The kind a file's extension says: <c>.html</c>, <c>.htm</c>, <c>.xhtml</c> are HTML,
    /// <c>.txt</c> and <c>.text</c> are text, anything else is decided from the content.
    /// </summary>
    public static SourceKind KindOfFile(string path) =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => SourceKind.Html,
            ".txt" or ".text" => SourceKind.Text,
            _ => SourceKind.Auto,
        };

    /// <summary>The kind to read the content as, deciding <see cref="SourceKind.Auto"/> from the content.</summary>
    public SourceKind ResolvedKind => Kind != SourceKind.Auto ? Kind : (LooksLikeHtml(Content) ? SourceKind.Html : SourceKind.Text);

    internal static bool LooksLikeHtml(string content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 2048)).TrimStart();
        if (head.Length == 0 || head[0] != '<')
        {
            return false;
        }

        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<div", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);
    }
}
