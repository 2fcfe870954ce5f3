namespace NewsParsing;

/// <summary>
/// The one-line entry point: parses with the default pipeline (built-in formats and enrichers).
/// For your own formats, build a pipeline with <see cref="ArticlePipelineBuilder"/>.
/// </summary>
public static class NewsParser
{
    private static readonly Lazy<ArticlePipeline> LazyDefault =
        new(() => new ArticlePipelineBuilder().UseDefaults().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The default pipeline (immutable, shared).</summary>
    public static ArticlePipeline Default => LazyDefault.Value;

    /// <summary>Parses a plain-text dump of a news page.</summary>
    public static Article Parse(string text, Uri? url = null) => Default.Parse(text, url);

    /// <summary>Parses the HTML of a news page.</summary>
    public static Article ParseHtml(string html, Uri? url = null) => Default.ParseHtml(html, url);

    /// <summary>Parses a file: HTML or text by its extension, else by its content.</summary>
    public static Article ParseFile(string path, Uri? url = null) => Default.ParseFile(path, url);
}
