namespace NewsParsing.Tests.Html;

/// <summary>What sites print inside a story's container that is not the story: shop notices, newsletter asks, contact lines, teaser modules.</summary>
public sealed class StoryFurnitureTests
{
    private static string Page(string before, string after, string lang = "en") => $$"""
        <!DOCTYPE html><html lang="{{lang}}"><head><title>Harbour reopens after the storm</title></head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>
        <article>
          <h1>Harbour reopens after the storm</h1>
          <div class="article-body">{{before}}
            <p>The harbour reopened to fishing boats on Monday morning, four days after the storm tore two pontoons from their moorings and sank a trawler.</p>
            <p>Divers spent the weekend clearing the channel, and the harbour master said the last wreckage would be lifted by crane before the end of the week.</p>
            <p>Fishermen who lost gear in the storm can ask the town for help until the end of the month, the council said in a statement on Sunday.</p>
            {{after}}
          </div>
        </article>
        <footer><p>© The Example Gazette</p></footer>
        </body></html>
        """;

    private static IReadOnlyList<string> Body(string before, string after, string lang = "en") =>
        NewsParser.ParseHtml(Page(before, after, lang), new Uri("https://example.org/news/harbour")).Body.Select(b => b.Text).ToList();

    [Fact]
    public void An_affiliate_disclosure_is_not_body()
    {
        var body = Body(
            "<p>Our editors pick every product on their own. If you buy through the links on this page, we may earn a commission.</p>",
            "<p>When you shop through our links we receive compensation when you click and buy, which helps pay for our reporting.</p>");
        Assert.Equal(3, body.Count);
        Assert.StartsWith("The harbour reopened", body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_dismissable_newsletter_box_above_the_title_does_not_hide_the_header()
    {
        // The box is long enough to pass for the story's first paragraph; the title printed
        // below it and the byline line must still be read as the header, not as body.
        const string html = """
            <!DOCTYPE html><html lang="en"><head><title>Harbour reopens after the storm</title></head><body>
            <div class="main">
              <div class="reminder box"><span>×</span><ul><li>remind me tomorrow</li><li>never remind me</li></ul>
                Subscribe to the Gazette Newsletter • Wake up every Sunday to a list of the week's most read stories from the coast. read more</div>
              <h1>Harbour reopens after the storm</h1>
              <div class="meta">posted on 2023-12-19 23:30 EST by Jane Doe</div>
              <p>The harbour reopened to fishing boats on Monday morning, four days after the storm tore two pontoons from their moorings and sank a trawler.</p>
              <p>Divers spent the weekend clearing the channel, and the harbour master said the last wreckage would be lifted by crane before the end of the week.</p>
              <p>Fishermen who lost gear in the storm can ask the town for help until the end of the month, the council said in a statement on Sunday.</p>
            </div></body></html>
            """;
        var article = NewsParser.ParseHtml(html, new Uri("https://example.org/news/harbour"));
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.Equal(3, article.Body.Count);
        Assert.StartsWith("The harbour reopened", article.Body[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newsletter_ask_and_the_reporters_contact_line_are_not_body()
    {
        var body = Body("", """
            <p>Get the week's harbour and coast news delivered to your inbox every Friday morning.</p>
            <p>Jane Doe can be reached at jane.doe@example.org.</p>
            """);
        Assert.Equal(3, body.Count);
        Assert.StartsWith("Fishermen who lost gear", body[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_affiliate_disclosure_in_german_is_not_body()
    {
        var body = NewsParser.ParseHtml(
            """
            <!DOCTYPE html><html lang="de"><head><title>Der Hafen ist wieder offen</title></head><body><article><h1>Der Hafen ist wieder offen</h1>
            <div class="article-body">
            <p>Der Hafen ist am Montagmorgen wieder für die Fischerboote geöffnet worden, vier Tage nachdem der Sturm zwei Stege aus ihrer Verankerung gerissen hatte.</p>
            <p>Taucher haben am Wochenende die Fahrrinne geräumt, und der Hafenmeister sagte, die letzten Trümmer würden noch in dieser Woche mit einem Kran gehoben.</p>
            <p>Wenn Sie über einen der Links auf dieser Seite etwas kaufen, erhalten wir eine Provision vom Händler.</p>
            </div></article></body></html>
            """,
            new Uri("https://example.de/news/hafen")).Body;
        Assert.Equal(2, body.Count);
    }

    [Fact]
    public void A_recirculation_module_inside_the_story_is_furniture()
    {
        var body = Body("", """
            <div class="recirc-module"><div class="recirc-module-title">More for you</div>
            <a class="recirc-link" href="/a"><h3>A lighthouse keeper retires after forty years on the island</h3></a>
            <a class="recirc-link" href="/b"><h3>The ferry timetable changes again for the winter months</h3></a></div>
            <p>The council will meet again next week to decide how to pay for new pontoons, which the harbour master said should be stronger than the old ones.</p>
            """);
        Assert.Equal(4, body.Count);
        Assert.DoesNotContain(body, t => t.Contains("lighthouse", StringComparison.Ordinal) || t.Contains("More for you", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_of_linked_headlines_is_teasers_but_a_linked_entry_heading_with_its_text_stays()
    {
        var body = Body("", """
            <h3><a href="/places/quay-cafe">The Quay Café</a></h3>
            <p>The café on the quay reopened on the same morning and served the divers breakfast for free, its owner said.</p>
            <h2>Most read</h2>
            <span><a href="/x">shock</a></span><h3><a href="/a">A lighthouse keeper retires after forty years on the island</a></h3>
            <span><a href="/y">travel</a></span><h3><a href="/b">The ferry timetable changes again for the winter months</a></h3>
            """);
        Assert.Contains("The Quay Café", body);
        Assert.DoesNotContain(body, t => t.Contains("lighthouse", StringComparison.Ordinal) || t.Contains("ferry", StringComparison.Ordinal));
    }

    [Fact]
    public void The_authors_bio_under_the_story_is_not_body_but_a_name_inside_the_story_is()
    {
        static IReadOnlyList<string> WithByline(string after) => NewsParser.ParseHtml(
            Page("""<p class="byline">By Jane Doe</p>""", after), new Uri("https://example.org/news/harbour")).Body.Select(b => b.Text).ToList();

        var body = WithByline("<p>• Jane Doe is a senior reporter covering the coast and its fisheries. Follow her on social media.</p>");
        Assert.Equal(3, body.Count);
        body = WithByline("<p>Jane is a science writer who has covered the harbour for ten years.</p>");
        Assert.Equal(3, body.Count);
        body = WithByline("<p>John Roe, the harbour master, is confident the pontoons will be replaced before the spring.</p>");
        Assert.Equal(4, body.Count);
    }

    [Fact]
    public void A_teaser_box_in_the_middle_of_the_story_drops_its_teaser_and_keeps_the_story_after_it()
    {
        var body = Body("", """
            <p>You might be interested in</p>
            <p><a href="/c">Storm damage: what insurers will pay for</a></p>
            <p>Dec 31, 1969</p>
            <p>The council will meet again next week to decide how to pay for new pontoons, which the harbour master said should be stronger than the old ones.</p>
            <p>MORE: Storm damage to the coast road will take months to repair</p>
            <p>Article continues below this ad</p>
            """);
        Assert.Equal(4, body.Count);
        Assert.StartsWith("The council will meet again", body[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_donation_box_with_more_paragraphs_than_the_story_does_not_take_its_place()
    {
        var ask = string.Concat(Enumerable.Repeat(
            "<p>We believe that everyone deserves good local reporting, and we would rather keep it free for all readers, so we ask, once a year, for a small gift.</p>", 6));
        var html = $$"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour reopens after the storm</title></head><body><main>
            <h1>Harbour reopens after the storm</h1>
            <div class="entry"><div class="block-text"><p>The harbour reopened to fishing boats on Monday morning, four days after the storm tore two pontoons from their moorings and sank a trawler.</p></div>
            <div class="block-text"><p>Divers spent the weekend clearing the channel, and the harbour master said the last wreckage would be lifted by crane before the end of the week.</p></div>
            <div class="block-text"><p>Fishermen who lost gear in the storm can ask the town for help until the end of the month, the council said in a statement on Sunday.</p></div>
            <div class="block-text support-the-gazette">{{ask}}</div></div>
            </main></body></html>
            """;
        var body = NewsParser.ParseHtml(html, new Uri("https://example.org/news/harbour")).Body.Select(b => b.Text).ToList();
        Assert.Equal(3, body.Count);
        Assert.StartsWith("The harbour reopened", body[0], StringComparison.Ordinal);
    }

    private const string NextStory = """
        <h1>Ferry fares rise by a tenth from January</h1>
        <h2>The operator blames fuel prices and says the winter timetable will not change.</h2>
        <p>Ferry fares to the islands will rise by ten percent from the first of January, the operator announced on Tuesday, citing the cost of fuel.</p>
        <p>The winter timetable stays as it is, with four crossings a day, and season tickets bought before December keep their old price.</p>
        """;

    [Fact]
    public void A_next_story_with_its_own_header_ends_the_story()
    {
        var article = NewsParser.ParseHtml(Page("", NextStory));
        Assert.Equal(3, article.Body.Count);
        Assert.DoesNotContain(article.Body, b => b.Text.Contains("Ferry", StringComparison.Ordinal));
    }

    [Fact]
    public void An_h1_used_as_a_crosshead_keeps_the_story_going()
    {
        var article = NewsParser.ParseHtml(Page("", "<h1>What comes next</h1><p>The council will review the harbour's storm defences in the spring, when the engineers' report on the damaged pontoons is due.</p>"));
        Assert.Contains(article.Body, b => b.Text.StartsWith("The council will review", StringComparison.Ordinal));
    }
}
