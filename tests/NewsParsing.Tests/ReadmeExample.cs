using System.Text.RegularExpressions;

namespace NewsParsing.Tests;

/// <summary>The README's code samples, compiled here so they never rot.</summary>
public sealed partial class ReadmeExample
{
    private static string RepoRoot => TestFiles.RepoRoot;

    // The Quick start, as in README.md (the test below checks they are the same text).
    private static Article QuickStart(TextWriter Console)
    {
        #region QuickStart
        Article article = NewsParser.ParseFile("seeds/001_6275672bcb01fc47.txt");
        Console.WriteLine(article.Title);
        Console.WriteLine($"{article.Published} · {string.Join(", ", article.Authors)}");
        foreach (BodyBlock block in article.Body)
        {
            Console.WriteLine($"[{block.Kind}] {block.Text}");
        }

        Console.WriteLine(article.ToJson());
        #endregion
        return article;
    }

    // The HTML and quotes sample, as in README.md.
    private static Article QuotesFromHtml(string html, TextWriter Console)
    {
        #region QuotesFromHtml
        Article story = NewsParser.ParseHtml(html, new Uri("https://example.org/news/port"));
        Console.WriteLine($"{story.Title} ({story.Language}, {story.Published})");
        foreach (Quote quote in story.Quotes)
        {
            Console.WriteLine($"{quote.Speaker ?? "?"} [{quote.Kind}]: {quote.Text}");
        }
        #endregion
        return story;
    }

    #region AddParser
    public sealed class MySiteParser : IArticleParser
    {
        public string Name => "my-site";

        public double Match(Page page, ParseContext context) =>
            page.Blocks.Count > 0 && page.Blocks[0].Text.StartsWith("MY SITE", StringComparison.Ordinal) ? 0.9 : 0;

        public Article Parse(Page page, ParseContext context) => new()
        {
            Title = page.Blocks[1].Text,
            Body = [.. page.Blocks.Skip(2).Select(b => new BodyBlock(BodyBlockKind.Paragraph, b.Text))],
        };
    }
    #endregion

    [Fact]
    public void QuickStartRunsOnASeed()
    {
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(RepoRoot);
        try
        {
            var output = new StringWriter();
            var article = QuickStart(output);
            Assert.StartsWith("« Forte forteresse stratégique »", article.Title);
            Assert.Contains("[Paragraph] Après que Kim ait reçu Poutine", output.ToString());
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Fact]
    public void AddedParserTakesOverItsPages()
    {
        var pipeline = new ArticlePipelineBuilder().UseDefaults().UseParser(new MySiteParser()).Build();
        var article = pipeline.Parse(ArticleSource.FromText("MY SITE\nA headline\nFirst paragraph."));
        Assert.Equal("my-site", article.Format);
        Assert.Equal("A headline", article.Title);
        Assert.Equal("First paragraph.", Assert.Single(article.Body).Text);
    }

    [Fact]
    public void QuotesSampleRunsOnAnHtmlPage()
    {
        const string html = """
            <!doctype html><html lang="en"><head><title>Port reopens after the storm | Coast News</title>
            <meta property="article:published_time" content="2026-03-14T09:30:00Z"></head>
            <body><article><h1>Port reopens after the storm</h1>
            <p>The harbour of Seaview reopened on Friday after three days of closure, with the first ferries leaving at dawn.</p>
            <p>"We are ready to work again," said Maria Lopez, the harbour master.</p>
            <p>Dock workers cleared the quays overnight, and the coast guard checked the channel before the first departure.</p>
            </article></body></html>
            """;
        var output = new StringWriter();
        var story = QuotesFromHtml(html, output);
        Assert.Equal("Port reopens after the storm", story.Title);
        Assert.Contains("Maria Lopez [Direct]: We are ready to work again", output.ToString());
    }

    [Theory]
    [InlineData("QuickStart")]
    [InlineData("QuotesFromHtml")]
    [InlineData("AddParser")]
    public void ReadmeShowsTheCompiledSample(string region)
    {
        var source = File.ReadAllText(Path.Combine(RepoRoot, "tests", "NewsParsing.Tests", "ReadmeExample.cs"));
        var readme = File.ReadAllText(Path.Combine(RepoRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var m = Regex.Match(source, $@"#region {region}\n(?<code>.*?)\n\s*#endregion", RegexOptions.Singleline);
        Assert.True(m.Success, $"region {region} not found");
        foreach (var line in Dedent(m.Groups["code"].Value))
        {
            Assert.Contains(line, readme);
        }
    }

    private static IEnumerable<string> Dedent(string code)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return lines.Where(l => l.Trim().Length > 0).Select(l => l[indent..]);
    }
}
