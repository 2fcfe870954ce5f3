using NewsParsing.Profiles;
using NewsParsing.Tests.Cli;

namespace NewsParsing.Tests.Profiles;

public sealed class SiteProfileTests
{
    private static string Seed(string name) => Path.Combine(CliRunner.RepoRoot, "seeds", name);

    /// <summary>The built-in wordpress-share format (seed 002), rewritten as a profile without code.</summary>
    internal const string WordPressShareProfile = """
        {
          // WordPress with a share plugin: title, "Spread the love", body, "Par : NAME", comment form.
          "name": "wordpress-spread-the-love",
          "match": { "markers": ["^(Spread the love|Partager)$"] },
          "text": {
            "title": { "before": "^(Spread the love|Partager)$" },
            "authors": { "regex": "^(?:Par|By)\\s*:?\\s*(?<value>.+)$", "split": " et " },
            "body": { "after": "^(Spread the love|Partager)$", "until": "^(?:Par|By)\\s*:?\\s" },
            "remove": ["^Laisser un commentaire$"]
          }
        }
        """;

    internal const string HtmlProfile = """
        {
          "name": "daily-example",
          "match": { "hosts": ["daily-example.com"], "generator": "Ghost", "selectors": ["article.post"] },
          "html": {
            "title": "h1.post-title", "subtitle": "p.dek", "kicker": ".kicker", "section": "meta[property='article:section']@content",
            "authors": "a[rel=author]", "published": "time@datetime", "tags": ".tags a",
            "body": ".post-body", "captions": "figcaption",
            "remove": [".ad", ".related"]
          }
        }
        """;

    internal const string HtmlPage = """
        <!doctype html><html lang="en"><head><meta name="generator" content="Ghost 5.82"><title>Harbour bridge | Daily</title>
        <meta property="article:section" content="City"></head><body>
        <header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
        <article class="post">
          <span class="kicker">Exclusive</span>
          <h1 class="post-title">Harbour bridge reopens after repairs</h1>
          <p class="dek">The crossing was closed for six months while engineers replaced its cables.</p>
          <div class="meta"><a rel="author" href="/a/jane">Jane Roe</a> and <a rel="author" href="/a/john">John Poe</a> · <time datetime="2024-06-19T08:37:01+02:00">19 June 2024</time></div>
          <div class="post-body">
            <p>The harbour bridge reopened to traffic on Wednesday morning after six months of repairs to its main cables.</p>
            <p class="ad">Advertisement: subscribe to the Daily for one euro a week.</p>
            <h2>Cheaper tolls</h2>
            <p>The city council also announced that tolls would be cut by a third for residents from July onwards.</p>
            <figure><img src="bridge.jpg" alt=""><figcaption>The bridge at dawn.</figcaption></figure>
            <ul class="related"><li>Read also: the ferry strike</li></ul>
          </div>
          <div class="tags"><a href="/t/bridges">Bridges</a><a href="/t/transport">Transport</a></div>
        </article></body></html>
        """;

    [Fact]
    public void A_seed_layout_rewritten_as_a_profile_gives_the_built_in_format_s_article()
    {
        var builtIn = NewsParser.ParseFile(Seed("002_eb4eecf2300c74ce.txt"));
        Assert.Equal("wordpress-share", builtIn.Format);

        var pipeline = new ArticlePipelineBuilder().UseDefaults().UseProfile(SiteProfile.Parse(WordPressShareProfile, "wordpress.json")).Build();
        var article = pipeline.ParseFile(Seed("002_eb4eecf2300c74ce.txt"));

        Assert.Equal("wordpress-spread-the-love", article.Format);
        Assert.Equal(builtIn.Title, article.Title);
        Assert.Equal(builtIn.Authors, article.Authors);
        Assert.Equal(["Arsène de Bangweni"], article.Authors);
        Assert.Equal(builtIn.Body, article.Body);
        Assert.Equal(builtIn.Published, article.Published);
    }

    [Fact]
    public void An_html_profile_takes_over_its_site_from_the_generic_parser()
    {
        var url = new Uri("https://www.daily-example.com/city/bridge");
        Assert.StartsWith("generic", NewsParser.ParseHtml(HtmlPage, url).Format, StringComparison.Ordinal);

        var pipeline = new ArticlePipelineBuilder().UseDefaults().UseProfile(SiteProfile.Parse(HtmlProfile, "daily.json")).Build();
        var article = pipeline.ParseHtml(HtmlPage, url);

        Assert.Equal("daily-example", article.Format);
        Assert.Equal("Harbour bridge reopens after repairs", article.Title);
        Assert.Equal("The crossing was closed for six months while engineers replaced its cables.", article.Subtitle);
        Assert.Equal("Exclusive", article.Kicker);
        Assert.Equal("City", article.Section);
        Assert.Equal(["Jane Roe", "John Poe"], article.Authors);
        Assert.Equal("2024-06-19T08:37:01+02:00", article.Published?.ToString());
        Assert.Equal(["Bridges", "Transport"], article.Tags);
        Assert.Equal(
            [BodyBlockKind.Paragraph, BodyBlockKind.Heading, BodyBlockKind.Paragraph],
            article.Body.Select(b => b.Kind));
        Assert.DoesNotContain(article.Body, b => b.Text.Contains("Advertisement", StringComparison.Ordinal) || b.Text.Contains("Read also", StringComparison.Ordinal));
        Assert.Equal("The bridge at dawn.", Assert.Single(article.Captions).Text);

        // Another host: the profile stays out of the way.
        Assert.NotEqual("daily-example", pipeline.ParseHtml(HtmlPage, new Uri("https://other.example.net/x")).Format);
    }

    [Fact]
    public void Profiles_load_from_a_folder_through_the_builder_and_the_cli()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "daily.json"), HtmlProfile);
        File.WriteAllText(Path.Combine(dir, "wordpress.json"), WordPressShareProfile);
        var pipeline = new ArticlePipelineBuilder().UseDefaults().UseProfiles(dir).Build();
        Assert.Contains(pipeline.Parsers, p => p.Name == "daily-example");
        Assert.Equal("generic-text", pipeline.Parsers[^1].Name);

        var (code, stdout, _) = CliRunner.Run("parse", Seed("002_eb4eecf2300c74ce.txt"), "--profiles", dir);
        Assert.Equal(0, code);
        Assert.Contains("\"format\": \"wordpress-spread-the-love\"", stdout.Replace("\":\"", "\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }

    [Theory]
    [InlineData("{ \"name\": ", "(json)", "not valid JSON")]
    [InlineData("{ \"match\": { \"hosts\": [\"a.com\"] }, \"text\": { \"title\": \"^T\" } }", "name", "is required")]
    [InlineData("{ \"name\": \"x\", \"text\": { \"title\": \"^T\" } }", "match", "is required")]
    [InlineData("{ \"name\": \"x\", \"match\": {}, \"text\": { \"title\": \"^T\" } }", "match", "has no criterion")]
    [InlineData("{ \"name\": \"x\", \"match\": { \"hosts\": \"a.com\" }, \"text\": { \"authors\": { \"regex\": \"(unclosed\" } } }", "text.authors.regex", "not a valid regular expression")]
    [InlineData("{ \"name\": \"x\", \"match\": { \"hosts\": \"a.com\" }, \"html\": { \"titel\": \"h1\" } }", "html.titel", "is not a known field")]
    [InlineData("{ \"name\": \"x\", \"match\": { \"hosts\": \"a.com\" }, \"html\": { \"body\": \"div[[\" } }", "html.body", "is not a valid CSS selector")]
    [InlineData("{ \"name\": \"x\", \"match\": { \"hosts\": \"a.com\", \"score\": 2 }, \"html\": { \"body\": \"p\" } }", "match.score", "from 0 to 1")]
    [InlineData("{ \"name\": \"x\", \"match\": { \"hosts\": \"a.com\" }, \"text\": { \"title\": { \"after\": \"a\", \"before\": \"b\" } } }", "text.title", "exactly one of")]
    [InlineData("{ \"name\": \"Bad Name\", \"match\": { \"hosts\": \"a.com\" }, \"html\": { \"body\": \"p\" } }", "name", "lower-case")]
    [InlineData("{ \"name\": \"x\", \"match\": { \"hosts\": \"a.com\" } }", "(root)", "neither an 'html' nor a 'text' part")]
    public void An_invalid_profile_names_the_file_the_field_and_the_problem(string json, string field, string problem)
    {
        var ex = Assert.Throws<SiteProfileException>(() => SiteProfile.Parse(json, "profiles/bad.json"));
        Assert.Equal("profiles/bad.json", ex.File);
        Assert.Equal(field, ex.Field);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"profiles/bad.json: {field}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_rejects_an_invalid_profile_with_exit_2()
    {
        var dir = CliRunner.TempDir();
        var file = Path.Combine(dir, "broken.json");
        File.WriteAllText(file, "{ \"name\": \"x\", \"match\": { \"hosts\": \"a.com\" }, \"html\": { \"body\": \"div[[\" } }");
        var (code, _, stderr) = CliRunner.Run("parse", Seed("002_eb4eecf2300c74ce.txt"), "--profiles", dir);
        Assert.Equal(2, code);
        Assert.Contains($"{file}: html.body: 'div[[' is not a valid CSS selector", stderr, StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }
}
