namespace NewsParsing.Tests.Html;

public sealed class GenericHtmlParserTests
{
    private const string Story = """
        <!DOCTYPE html><html lang="en"><head><title>Council approves the new bridge - The Daily Example</title>
        <meta property="og:site_name" content="The Daily Example"><meta name="description" content="A vote after two years of debate.">
        </head><body>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div class="weather">Today: 12°C</div></header>
        <main><article class="post">
          <header class="entry-header"><h1 class="entry-title">Council approves the new bridge</h1>
            <p class="byline">By <a rel="author" href="/jane">Jane Doe</a> and <a rel="author" href="/john">John Roe</a></p>
            <time class="entry-date published" datetime="2024-03-05T09:30:00+01:00">March 5, 2024</time></header>
          <div class="entry-content">
            <p>SPRINGFIELD, March 5 (Reuters) - The city council approved the construction of a new bridge over the river on Tuesday, ending two years of debate.</p>
            <div class="share-buttons"><a href="#">Share on Facebook</a><a href="#">Share on X</a></div>
            <p>The bridge, which will cost an estimated 40 million dollars, is due to open in 2027, the mayor said at a press conference after the vote.</p>
            <figure><img src="bridge.jpg" alt="The river"><figcaption>The river crossing today. <span class="credit">Photo: Jane Doe</span></figcaption></figure>
            <h2>A long debate</h2>
            <p>Residents had asked for a bridge since the old ferry closed in 2019, and several plans were rejected for their cost before this one was chosen.</p>
            <p>Read more: <a href="/other">Another story about the ferry and the river crossing</a></p>
          </div>
          <aside class="related"><h3>Related</h3><p><a href="/x">Old bridge closes for repairs in a story from 2019</a></p><time datetime="2019-01-01">2019</time></aside>
        </article></main>
        <footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Finds_the_story_and_its_metadata()
    {
        var article = NewsParser.ParseHtml(Story, new Uri("https://example.com/2024/03/05/bridge"));
        Assert.Equal("generic-html", article.Format);
        Assert.Equal("en", article.Language);
        Assert.Equal("Council approves the new bridge", article.Title);
        Assert.Equal("The Daily Example", article.SiteName);
        Assert.Equal("A vote after two years of debate.", article.Subtitle);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Equal("2024-03-05T09:30:00+01:00", article.Published?.ToString());
        Assert.Equal(
            [
                "SPRINGFIELD, March 5 (Reuters) - The city council approved the construction of a new bridge over the river on Tuesday, ending two years of debate.",
                "The bridge, which will cost an estimated 40 million dollars, is due to open in 2027, the mayor said at a press conference after the vote.",
                "A long debate",
                "Residents had asked for a bridge since the old ferry closed in 2019, and several plans were rejected for their cost before this one was chosen.",
            ],
            article.Body.Select(b => b.Text));
        Assert.Equal(BodyBlockKind.Heading, article.Body[2].Kind);
        Assert.Contains(article.Captions, c => c.Text.StartsWith("The river crossing today.", StringComparison.Ordinal));
        Assert.NotNull(article.Dateline);
        Assert.Equal("SPRINGFIELD", article.Dateline.Place);
        Assert.Equal("2024-03-05", article.Dateline.Date?.ToString());
        Assert.Equal("Reuters", article.Dateline.Agency);
    }

    [Fact]
    public void Never_takes_a_sidebar_date_or_a_copyright_year()
    {
        var html = Story.Replace("<time class=\"entry-date published\" datetime=\"2024-03-05T09:30:00+01:00\">March 5, 2024</time>", "", StringComparison.Ordinal);
        var article = NewsParser.ParseHtml(html);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Closing_furniture_inside_the_story_container_is_not_body()
    {
        var html = Story.Replace(
            "<p>Read more: <a href=\"/other\">Another story about the ferry and the river crossing</a></p>",
            "<p>Comments are closed.</p><p>Copyright © 2024 Example Media Group, Inc.</p><h3>Related Topics</h3><p>Bridges, rivers and ferries in the county</p>",
            StringComparison.Ordinal);
        var article = NewsParser.ParseHtml(html);
        Assert.StartsWith("Residents had asked", article.Body[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h1>Council approves the new bridge</h1>")]
    [InlineData("<p class=\"now\">now reading: Council approves the new bridge over the river</p>")]
    [InlineData("<div class=\"headline\">Council approves the new bridge over the river</div>")]
    public void The_title_printed_again_above_the_story_is_not_body(string printed)
    {
        var article = NewsParser.ParseHtml(
            $"""
            <html lang="en"><head><title>Council approves the new bridge over the river - Example News</title></head><body><article>
            {printed}
            <p>The city council approved the construction of a new bridge over the river on Tuesday, ending two years of debate among residents.</p>
            <p>The bridge, which will cost an estimated 40 million dollars, is due to open in 2027, the mayor said at a press conference after the vote.</p>
            <p>Residents had asked for a bridge since the old ferry closed in 2019, and several plans were rejected for their cost before this one was chosen.</p>
            </article></body></html>
            """);
        Assert.StartsWith("The city council approved", article.Body[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Council approves the new bridge - The Daily Example", "The Daily Example", null, "Council approves the new bridge")]
    [InlineData("Council approves the new bridge | Opinion | The Daily Example", "The Daily Example", "Opinion", "Council approves the new bridge")]
    [InlineData("Council approves the new bridge - Example - Your Town's News Every Day", null, null, "Council approves the new bridge")]
    [InlineData("Council approves the new bridge – EXAMPLE.com", "Example.com", null, "Council approves the new bridge")]
    [InlineData("Example.com - Council approves the new bridge", null, null, "Council approves the new bridge")]
    [InlineData("The Daily Example | Council approves the new bridge - The Daily Example", "The Daily Example", null, "Council approves the new bridge")]
    [InlineData("Review - Dune: Part Two", "The Daily Example", null, "Review - Dune: Part Two")]
    [InlineData("Council meets on Monday - News of the week ahead", "News", null, "Council meets on Monday - News of the week ahead")]
    [InlineData("Example Town council approves the new bridge", "Example", null, "Example Town council approves the new bridge")]
    public void The_site_s_name_after_a_structured_headline_is_cut(string ogTitle, string? siteName, string? section, string expected)
    {
        var site = siteName is null ? "" : $"""<meta property="og:site_name" content="{siteName}">""";
        var sectionMeta = section is null ? "" : $"""<meta property="article:section" content="{section}">""";
        var article = NewsParser.ParseHtml(
            $"""
            <html lang="en"><head><meta property="og:title" content="{ogTitle}">{site}{sectionMeta}</head><body><article>
            <p>The city council approved the construction of a new bridge over the river on Tuesday, ending two years of debate among residents.</p>
            <p>The bridge, which will cost an estimated 40 million dollars, is due to open in 2027, the mayor said at a press conference after the vote.</p>
            </article></body></html>
            """,
            new Uri("https://www.example.com/news/bridge"));
        Assert.Equal(expected, article.Title);
    }

    [Fact]
    public void A_structured_headline_that_is_only_the_site_s_name_gives_way()
    {
        var article = NewsParser.ParseHtml(
            """
            <html lang="en"><head><title>Council approves the new bridge – The Daily Example</title>
            <meta property="og:site_name" content="The Daily Example">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"The Daily Example"}</script></head><body><article>
            <p>The city council approved the construction of a new bridge over the river on Tuesday, ending two years of debate among residents.</p>
            <p>The bridge, which will cost an estimated 40 million dollars, is due to open in 2027, the mayor said at a press conference after the vote.</p>
            </article></body></html>
            """);
        Assert.Equal("Council approves the new bridge", article.Title);
    }

    [Theory]
    [InlineData("Council approves the new bridge over the river – My website", "Council approves the new bridge over the river")]
    [InlineData("Council approves the new bridge over the river — Example Weekly", "Council approves the new bridge over the river")]
    [InlineData("Evolve: Shared Mutable History — evolve extension", "Evolve: Shared Mutable History — evolve extension")] // four words left: Readability keeps it whole
    [InlineData("Council approves the new bridge over the river", "Council approves the new bridge over the river")]
    public void En_and_em_dashes_separate_a_document_title_s_site_part(string documentTitle, string expected)
    {
        var article = NewsParser.ParseHtml(
            $"""
            <html lang="en"><head><title>{documentTitle}</title></head><body><article>
            <p>The city council approved the construction of a new bridge over the river on Tuesday, ending two years of debate among residents.</p>
            <p>The bridge, which will cost an estimated 40 million dollars, is due to open in 2027, the mayor said at a press conference after the vote.</p>
            </article></body></html>
            """);
        Assert.Equal(expected, article.Title);
    }

    [Fact]
    public void An_article_s_json_ld_name_that_is_its_publisher_s_gives_way_to_its_headline()
    {
        var article = NewsParser.ParseHtml(
            """
            <html lang="en"><head><title>Council approves new bridge over the river after years - Daily.cz</title>
            <script type="application/ld+json">{"@type":"NewsArticle","name":"Daily.cz","headline":"Council approves the new bridge","publisher":{"@type":"Organization","name":"Daily.cz"}}</script></head><body><article>
            <p>The city council approved the construction of a new bridge over the river on Tuesday, ending two years of debate among residents.</p>
            <p>The bridge, which will cost an estimated 40 million dollars, is due to open in 2027, the mayor said at a press conference after the vote.</p>
            </article></body></html>
            """);
        Assert.Equal("Council approves the new bridge", article.Title);
    }

    [Fact]
    public void A_first_sentence_holding_the_title_s_words_stays()
    {
        var article = NewsParser.ParseHtml(
            """
            <html lang="en"><head><title>Council approves the new bridge</title></head><body><article>
            <p>Council approves the new bridge, and the mayor calls it a historic day for the town.</p>
            <p>The bridge, which will cost an estimated 40 million dollars, is due to open in 2027, the mayor said at a press conference after the vote.</p>
            <p>Residents had asked for a bridge since the old ferry closed in 2019, and several plans were rejected for their cost before this one was chosen.</p>
            </article></body></html>
            """);
        Assert.StartsWith("Council approves the new bridge, and", article.Body[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_pages_still_go_to_the_text_parsers()
    {
        var article = NewsParser.Parse("Council approves the new bridge\n\nThe city council approved the construction of a new bridge over the river on Tuesday, ending two years of debate.");
        Assert.NotEqual("generic-html", article.Format);
    }
}
