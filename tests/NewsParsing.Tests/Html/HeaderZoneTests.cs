namespace NewsParsing.Tests.Html;

/// <summary>
/// Dates and bylines printed in the story's header when the page has no structured data for
/// them: one row per shape, and the traps (a sidebar date above the title, an infobox, an
/// address of another day, a job title after the name).
/// </summary>
public sealed class HeaderZoneTests
{
    private const string Paragraphs = """
        <p>The city council approved the construction of a new bridge over the river on Tuesday, ending two years of debate among residents.</p>
        <p>The bridge, which will cost an estimated 40 million dollars, is due to open in 2027, the mayor said at a press conference after the vote.</p>
        <p>Residents had asked for a bridge since the old ferry closed in 2019, and several plans were rejected for their cost before this one was chosen.</p>
        """;

    private static Article Parse(string header, string? url = null, string before = "") =>
        NewsParser.ParseHtml(
            $"""
            <!DOCTYPE html><html lang="en"><head><title>Council approves the new bridge</title></head><body>
            {before}
            <article><h1>Council approves the new bridge</h1>{header}{Paragraphs}</article></body></html>
            """,
            url is null ? null : new Uri(url));

    [Theory]
    [InlineData("<p class=\"meta\">By Jane Doe December 21, 2023</p>", "2023-12-21")]
    [InlineData("<p class=\"meta\">By Jane Doe | March 9, 2023</p>", "2023-03-09")]
    [InlineData("<ul><li>20 Dec 2023</li><li>10:35 am</li><li>By Jane Doe</li></ul>", "2023-12-20T10:35")]
    [InlineData("<ul><li>Date:</li><li>December 13, 2023</li></ul>", "2023-12-13")]
    [InlineData("<div class=\"info\">Dec 18, 2023 3 min read</div>", "2023-12-18")]
    [InlineData("<div class=\"info\">Published: June 3, 2024</div>", "2024-06-03")]
    [InlineData("<div class=\"info\"><span>5 min read</span><span>Dec 31, 2023</span></div>", "2023-12-31")]
    [InlineData("<div class=\"info\"><span>December 1, 2023</span><span>December 1, 2023</span></div>", "2023-12-01")]
    [InlineData("<div class=\"info\"><span>Dec 23, 2023</span><span>10:30 AM</span></div>", "2023-12-23T10:30")]
    [InlineData("<p class=\"meta\">By Jane Doe • 12/22/23 4:20pm</p>", "2023-12-22T16:20")]
    public void A_date_in_the_header_is_the_publication_date(string header, string published)
    {
        Assert.Equal(published, Parse(header).Published?.ToString());
    }

    [Fact]
    public void A_date_under_the_deck_is_the_story_s()
    {
        var deck = "<p class=\"deck\">From the first sketches in 2019 to the vote on December 7, 2021, the bridge has divided the town for years.</p>";
        var article = Parse(deck + "<div class=\"byline\">By Jane Doe</div><div class=\"date\">Dec 20, 2023</div>");
        Assert.Equal("2023-12-20", article.Published?.ToString());
    }

    [Fact]
    public void The_printed_h1_anchors_the_header_when_the_metadata_title_differs()
    {
        var article = NewsParser.ParseHtml(
            $"""
            <!DOCTYPE html><html lang="en"><head><meta property="og:title" content="Bridge vote: what we know so far">
            <title>Bridge vote: what we know so far</title></head><body>
            <article><h1>Council approves the new bridge</h1><p class="meta">By Jane Doe December 21, 2023</p>{Paragraphs}</article></body></html>
            """);
        Assert.Equal("Bridge vote: what we know so far", article.Title);
        Assert.Equal("2023-12-21", article.Published?.ToString());
    }

    [Fact]
    public void A_date_in_the_deck_is_not_the_story_s()
    {
        var deck = "<p class=\"deck\">The vote on December 7, 2021 divided the town for years, and the council is now about to decide again.</p>";
        Assert.Null(Parse(deck).Published);
    }

    [Fact]
    public void A_two_digit_year_date_read_either_way_is_left_alone()
    {
        Assert.Null(Parse("<p class=\"meta\">By Jane Doe • 12/11/23 4:20pm</p>").Published);
    }

    [Fact]
    public void An_updated_label_gives_the_modification_date_only()
    {
        var article = Parse("<div class=\"info\">Updated: June 4, 2024</div>");
        Assert.Null(article.Published);
        Assert.Equal("2024-06-04", article.Modified?.ToString());
    }

    [Fact]
    public void A_date_above_the_title_is_not_the_story_s()
    {
        Assert.Null(Parse("", before: "<div class=\"topbar\"><p>July 10, 2022</p></div>").Published);
    }

    [Fact]
    public void An_infobox_date_is_not_the_story_s()
    {
        Assert.Null(Parse("<table><tr><td>Founded</td><td>February 28, 1998</td></tr></table>").Published);
    }

    [Fact]
    public void The_address_s_day_wins_over_a_header_date_of_another_day()
    {
        var article = Parse("<p class=\"meta\">By Jane Doe December 21, 2023</p>", "https://example.com/2023/12/20/bridge");
        Assert.Equal("2023-12-20", article.Published?.ToString());
    }

    [Fact]
    public void JSON_LD_with_raw_line_breaks_in_a_string_is_read()
    {
        const string html = "<html lang=\"en\"><head><title>Council approves the new bridge</title>"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves the new bridge\","
            + "\"articleBody\":\"First line.\n\tSecond line.\",\"datePublished\":\"2023-12-22T12:15:02+05:30\"}</script></head>"
            + "<body><article><h1>Council approves the new bridge</h1>" + Paragraphs + "</article></body></html>";
        Assert.Equal("2023-12-22T12:15:02+05:30", NewsParser.ParseHtml(html).Published?.ToString());
    }

    [Theory]
    [InlineData("<ul><li>20 Dec 2023</li><li>ByZack Savin</li></ul>", "Zack Savin")]
    [InlineData("<p>By Madison Cole December 21, 2023</p>", "Madison Cole")]
    [InlineData("<p>By Cam E. Kettles, Crimson Staff Writer</p>", "Cam E. Kettles")]
    public void A_byline_line_in_the_header_names_the_authors(string header, string author)
    {
        Assert.Equal([author], Parse(header).Authors);
    }

    [Fact]
    public void A_byline_line_above_the_title_is_not_the_story_s()
    {
        Assert.Empty(Parse("", before: "<div class=\"teaser\"><p>By Jane Doe</p></div>").Authors);
    }
}
