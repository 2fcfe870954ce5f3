namespace NewsParsing.Tests.Html;

/// <summary>Authors from byline boxes and meta tags: what is printed around the names is not a name.</summary>
public sealed class HtmlBylineTests
{
    private static string Page(string byline, string head = "", string top = "") => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Library opens a reading garden</title>{{head}}</head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>
        <article>
          <h1>Library opens a reading garden</h1>
          {{byline}}
          <div class="article-body">{{top}}
            <p>The town library opened a reading garden behind its main building on Saturday, with benches, shade trees and a small stage for readings.</p>
            <p>Volunteers planted the garden over the summer, and the library says it will host story hours there every weekend until the autumn.</p>
            <p>The project was paid for by a local foundation and by donations from readers, who were invited to the opening with their families.</p>
          </div>
        </article>
        <footer><p>© The Example Gazette</p></footer>
        </body></html>
        """;

    private static IReadOnlyList<string> Authors(string byline, string head = "") =>
        NewsParser.ParseHtml(Page(byline, head), new Uri("https://example.org/news/garden")).Authors;

    [Fact]
    public void A_date_printed_after_the_name_is_not_part_of_it()
    {
        Assert.Equal(["Jane Doe"], Authors("""<div class="byline">By Jane Doe <span>March 25, 2015 3:46 PM</span></div>"""));
        Assert.Equal(["Jane Doe"], Authors("""<div class="byline">By Jane Doe, Updated 4 hours ago</div>"""));
    }

    [Fact]
    public void A_byline_after_its_date_on_one_line_is_read()
    {
        // The default meta line of many blog themes: "Posted on <date> by <author>".
        Assert.Equal(["Jane Doe"], Authors("""<div class="entry-meta">Posted on March 3, 2023 by Jane Doe</div>"""));
        Assert.Equal(["Jane Doe"], Authors("""<div class="entry-meta">posted on 2023-12-19 23:30 EST by Jane Doe</div>"""));
    }

    [Fact]
    public void A_line_that_is_not_only_a_date_before_by_is_no_byline()
    {
        Assert.Empty(Authors("""<div class="kicker">Written in 1869, a novel by Leo Tolstoy</div>"""));
        Assert.Empty(Authors("""<div class="kicker">Posted on March 3, 2023</div>"""));
    }

    [Fact]
    public void A_date_label_alone_is_no_author()
    {
        Assert.Empty(Authors("""<div class="author-meta">Last Updated: January 7, 2025</div>"""));
    }

    [Fact]
    public void A_second_credit_ends_the_writers()
    {
        Assert.Equal(["Jane Doe"], Authors("""<p class="byline">Written by Jane Doe<br>Edited by John Roe</p>"""));
    }

    [Fact]
    public void The_marked_name_wins_over_a_job_title_or_an_outlet_in_the_same_box()
    {
        Assert.Equal(["Jane Doe"], Authors("""<div class="author"><a class="author-link" href="/jane">Jane Doe</a> <div class="author-title">Science Editor</div></div>"""));
        Assert.Equal(["Jane Doe"], Authors("""<div class="authorinfo">Example Wire <span class="author">Jane Doe</span> 2 hours ago</div>"""));
    }

    [Fact]
    public void A_box_naming_more_people_than_its_links_keeps_them_all()
    {
        Assert.Equal(["Jane Doe", "John Roe"], Authors("""<p class="byline">By Jane Doe and <a rel="author" href="/john">John Roe</a></p>"""));
    }

    [Fact]
    public void By_in_an_element_of_its_own_is_not_a_name()
    {
        Assert.Equal(["Jane Doe"], Authors("""<h6 class="byline"><em class="byline__by">By</em> <span class="byline__author">Jane Doe</span></h6>"""));
    }

    [Fact]
    public void A_state_class_does_not_make_the_byline_furniture()
    {
        Assert.Equal(["Jane Doe"], Authors("""<div class="sig-line hasnt-bio hasnt-headshot"><span class="byline">By Jane Doe</span></div>"""));
    }

    [Fact]
    public void Date_time_and_byline_lines_above_the_story_are_not_body()
    {
        var html = Page("", top: """
            <p>6 min read</p><p>PublishedSaturday 1:23PM</p><p>December 22, 2023 at 9:00 AM EST</p>
            <p>By<span>Jane Doe</span> - The Example Gazette - Friday, December 22, 2023</p>
            """);
        var article = NewsParser.ParseHtml(html, new Uri("https://example.org/news/garden"));
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.StartsWith("The town library opened", article.Body[0].Text, StringComparison.Ordinal);
        Assert.Equal(3, article.Body.Count);
    }

    [Fact]
    public void A_date_inside_a_sentence_above_the_story_stays()
    {
        var html = Page("", top: """<p>The garden opens on December 22, 2023 at 9:00 AM.</p>""");
        var article = NewsParser.ParseHtml(html, new Uri("https://example.org/news/garden"));
        Assert.Equal("The garden opens on December 22, 2023 at 9:00 AM.", article.Body[0].Text);
    }

    [Fact]
    public void A_nickname_between_the_names_is_kept()
    {
        Assert.Equal(["Richard (R.J.) Roe"], Authors("""<span class="byline"><a rel="author" href="/rr">Richard (R.J.) Roe</a></span>"""));
    }

    [Fact]
    public void A_post_nominal_stays_with_its_name()
    {
        Assert.Equal(["Jane Doe, PhD", "John Roe"], Authors("""<p class="byline">By Jane Doe, PhD, and John Roe</p>"""));
    }

    [Fact]
    public void A_meta_author_loses_its_address_and_every_tag_counts()
    {
        Assert.Equal(["Jane Doe"], Authors("", """<meta name="author" content="Jane Doe (https://example.org/~jane/)">"""));
        Assert.Equal(["Doe, J.", "Roe, John"], Authors("", """<meta name="DC.creator" content="Doe, J."><meta name="DC.creator" content="Roe, John">"""));
    }

    [Fact]
    public void A_meta_author_names_no_outlet_address_or_account()
    {
        // What follows a bar is the author's affiliation or address, as in byline boxes.
        Assert.Equal(["Jane Doe"], Authors("", """<meta name="author" content="Jane Doe | The Example Gazette">"""));
        Assert.Equal(["Jane Doe"], Authors("", """<meta name="author" content="Jane Doe | jdoe@example.org">"""));
        // A domain or the site's own name after the people is none of them.
        Assert.Equal(["Jane Doe"], Authors("", """<meta name="author" content="Jane Doe, example.org">"""));
        Assert.Equal(["Jane Doe", "John Roe"], Authors("", """<meta name="author" content="Jane Doe, John Roe, Example Gazette"><meta property="og:site_name" content="Example Gazette">"""));
        // A post-nominal with dots is no domain.
        Assert.Equal(["John Roe, Ph.D."], Authors("", """<meta name="author" content="John Roe, Ph.D.">"""));
        // An account name names no one: the byline box is read instead.
        Assert.Equal(["Jane Doe"], Authors("""<div class="byline">By Jane Doe</div>""", """<meta name="author" content="jane.doe.1232">"""));
        // An organisation alone stays an author.
        Assert.Equal(["Example Wire"], Authors("", """<meta name="author" content="Example Wire">"""));
    }

    [Fact]
    public void A_meta_author_that_opens_with_a_comma_left_its_name_out()
    {
        // ", The Example Gazette": the CMS printed an empty name and the outlet; the byline box names the writer.
        var ld = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Library opens a reading garden","author":{"@type":"Person","name":", The Example Gazette"}}</script>""";
        Assert.Equal(["Jane Doe"], Authors("""<div class="byline">By Jane Doe</div>""", ld));
    }

    [Fact]
    public void Health_credentials_stay_with_their_name()
    {
        Assert.Equal(["Jane Doe, RDN, LD"], Authors("", """<meta name="author" content="Jane Doe, RDN, LD">"""));
    }

    [Fact]
    public void A_property_meta_tag_beats_a_name_tag_for_the_same_key_and_does_not_add_an_author()
    {
        // Both syntaxes restate one byline: one author, from the RDFa form (Readability's precedence).
        Assert.Equal(["J. Doe"], Authors("", """<meta name="DC.creator" content="Jane Doe"><meta property="dc:creator" content="J. Doe">"""));
        Assert.Equal(["J. Doe"], Authors("", """<meta property="dc:creator" content="J. Doe"><meta name="DC.creator" content="Jane Doe">"""));
        var html = Page("", """<meta name="og:title" content="Name form title"><meta property="og:title" content="Property form title">""");
        Assert.Equal("Property form title", NewsParser.ParseHtml(html, new Uri("https://example.org/news/garden")).Title);
    }

    [Theory]
    [InlineData("Jane Doe (( 12 May 2024", "Jane Doe")]
    [InlineData("(( 3 June", "")]
    [InlineData("« 2024", "")]
    public void Words_of_opening_marks_only_end_the_names(string text, string expected)
    {
        // Found by the fuzzer (seed 36387896): a trailing "((" before a date threw.
        Assert.Equal(expected, NewsParsing.Formats.GenericHtml.HtmlBylines.NamePart(text, Contexts.For("en")));
    }

    [Fact]
    public void One_structured_person_with_several_names_is_several_authors()
    {
        var ld = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Library opens a reading garden","author":{"@type":"Person","name":["Jane Doe","John Roe"]}}</script>""";
        Assert.Equal(["Jane Doe", "John Roe"], Authors("", ld));
    }

    [Fact]
    public void People_the_byline_credits_for_something_else_are_no_authors()
    {
        var head = """<meta name="author" content="Jane Doe"><meta name="author" content="John Roe">""";
        Assert.Equal(["Jane Doe"], Authors("""<div class="byline">By Jane Doe Contributions from John Roe published 3 June 2024</div>""", head));
        Assert.Equal(["Jane Doe"], Authors("""<div class="byline">By Jane Doe Photography by John Roe</div>""", head));
        Assert.Equal(["Jane Doe"], Authors("""<div class="byline">By Jane Doe | Reviewed by John Roe | June 3, 2024</div>""", head));
        // Credited in a box the reader marks as furniture ("byline-social" has "social"): still a credit.
        Assert.Equal(["Jane Doe"], Authors("""<div class="widget"><div class="byline">By Jane Doe Contributions from John Roe</div></div>""", head));
        // Both writing: both stay.
        Assert.Equal(["Jane Doe", "John Roe"], Authors("""<div class="byline">By Jane Doe and John Roe</div>""", head));
    }

    [Fact]
    public void The_byline_names_the_writer_when_the_metadata_names_the_outlet()
    {
        var head = """<meta name="author" content="Example Gazette"><meta property="og:site_name" content="Example Gazette">""";
        Assert.Equal(["Jane Doe"], Authors("""<div class="author">By Jane Doe</div>""", head));
        // Without a byline the outlet stays.
        Assert.Equal(["Example Gazette"], Authors("", head));
    }

    [Fact]
    public void The_byline_adds_the_coauthors_the_metadata_leaves_out()
    {
        var head = """<meta name="author" content="Jane Doe">""";
        Assert.Equal(["Jane Doe", "John Roe"], Authors("""<p class="byline">By Jane Doe and John Roe on June 3, 2024</p>""", head));
        Assert.Equal(["Jane Doe", "John Roe", "Ann Poe"], Authors("""<p class="byline">By Jane Doe, John Roe, Ann Poe</p>""", head));
        // A byline that does not name the metadata's author is not trusted over it.
        Assert.Equal(["Jane Doe"], Authors("""<p class="byline">By Ann Poe and John Roe</p>""", head));
        // Job titles and affiliations after the name add no one.
        Assert.Equal(["Jane Doe"], Authors("""<p class="byline">By Jane Doe, Deputy CTO, Example Systems</p>""", head));
        Assert.Equal(["Jane Doe"], Authors("""<p class="byline">By Jane Doe, Example Staff</p>""", head));
        Assert.Equal(["Jane Doe"], Authors("""<p class="byline">By Jane Doe CorrespondentDec 3, 2024</p>""", head));
    }

    [Fact]
    public void A_by_line_inside_the_story_credits_a_part_of_it()
    {
        var html = Page("""<p class="byline">By Jane Doe</p>""", top: """
            <p>The town library opened a second reading room on Sunday, next to the children's section, and it was full all afternoon.</p>
            <p>Reporting by John Roe and Ann Poe</p>
            """);
        var article = NewsParser.ParseHtml(html, new Uri("https://example.org/news/garden"));
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.DoesNotContain(article.Body, b => b.Text.StartsWith("Reporting by", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agency_beside_a_person_is_no_author()
    {
        Assert.Equal(["Jane Doe"], Authors("", """<meta name="author" content="Jane Doe The Associated Press">"""));
        Assert.Equal(["Jane Doe"], Authors("""<div class="byline">By Jane Doe and The Associated Press</div>"""));
        // An agency alone signs the story.
        Assert.Equal(["Reuters"], Authors("", """<meta name="author" content="Reuters">"""));
    }

    [Fact]
    public void An_outlet_glued_to_the_marked_name_is_left_out()
    {
        Assert.Equal(["Jane Doe"], Authors("""<div class="byline-section"><span class="author">Jane Doe</span> Example Telegram &amp; Gazette</div>"""));
    }

    [Fact]
    public void A_job_title_after_a_comma_in_a_meta_author_is_no_one()
    {
        Assert.Equal(["Jane Doe"], Authors("", """<meta name="author" content="Jane Doe, Chief Technology Officer and Head of Example Labs">"""));
    }

    [Fact]
    public void A_byline_line_under_the_title_names_the_writer_when_the_metadata_names_the_outlet()
    {
        var head = """<meta name="author" content="Example Gazette"><meta property="og:site_name" content="Example Gazette">""";
        Assert.Equal(["Jane Doe"], Authors("""<h4>By <span class="hdr-name">Jane Doe</span></h4>""", head));
        // An agency alone contributed to the outlet's story: the outlet stays.
        Assert.Equal(["Example Gazette"], Authors("""<h4>By <span class="hdr-name">The Associated Press</span></h4>""", head));
    }

    [Fact]
    public void A_layout_class_on_the_story_wrapper_does_not_make_its_byline_furniture()
    {
        var html = """
            <!DOCTYPE html><html lang="en"><head><title>Library opens a reading garden</title></head><body>
            <div class="main-content"><div class="single-content bottom-sticky-ad"><article>
              <header><h1>Library opens a reading garden</h1><div class="info"><span itemprop="author"><span itemprop="name">Jane Doe</span></span></div></header>
              <p>The town library opened a reading garden behind its main building on Saturday, with benches, shade trees and a small stage for readings.</p>
            </article></div>
              <p>Volunteers planted the garden over the summer, and the library says it will host story hours there every weekend until the autumn.</p>
              <p>The project was paid for by a local foundation and by donations from readers, who were invited to the opening with their families.</p>
              <p>The garden will stay open every day from nine in the morning until dusk, and dogs on a leash are welcome on its paths.</p>
            </div>
            <aside class="sidebar"><div class="author">By John Roe</div></aside>
            </body></html>
            """;
        Assert.Equal(["Jane Doe"], NewsParser.ParseHtml(html, new Uri("https://example.org/news/garden")).Authors);
    }

    [Fact]
    public void A_job_title_glued_to_the_name_adds_no_author()
    {
        Assert.Equal(["Jane Doe"], Authors("""<div class="byline">Jane Doe Breaking News Intern</div>""", """<meta name="author" content="Jane Doe">"""));
    }

    [Fact]
    public void An_outlet_after_the_joined_names_is_no_author()
    {
        Assert.Equal(["Jane Doe", "John Roe"], Authors("""<p class="byline">By Jane Doe and John Roe, Example Times</p>"""));
        // A list of three people, with or without the Oxford comma, stays whole.
        Assert.Equal(["Jane Doe", "John Roe", "Ann Poe"], Authors("""<p class="byline">By Jane Doe, John Roe and Ann Poe</p>"""));
        Assert.Equal(["Jane Doe", "John Roe", "Ann Poe"], Authors("""<p class="byline">By Jane Doe, John Roe, and Ann Poe</p>"""));
        // A post-nominal after the joined names stays with the last name.
        Assert.Equal(["Jane Doe", "John Roe, PhD"], Authors("""<p class="byline">By Jane Doe and John Roe, PhD</p>"""));
    }

    [Theory]
    [InlineData("staff writer", "staff writer")]
    [InlineData("jane doe staff writer", "staff writer")]
    [InlineData("jane doestaff writer", "staff writer")]
    [InlineData("staff writer jane", "staff writer")]
    [InlineData("staff writerx", "staff writer")]
    [InlineData("writer", "staff writer")]
    [InlineData(" writer", "writer")]
    [InlineData("", "")]
    [InlineData("a ", "")]
    [InlineData(" a", "")]
    [InlineData("a", "")]
    public void Word_bound_phrase_tests_agree_with_the_concatenated_forms(string folded, string phrase)
    {
        // StartsWithWords and EndsWithWords replace folded == phrase || folded.StartsWith(phrase + " ") (and EndsWith(" " + phrase)).
        Assert.Equal(folded == phrase || folded.StartsWith(phrase + " ", StringComparison.Ordinal), NewsParsing.Text.TextFold.StartsWithWords(folded, phrase));
        Assert.Equal(folded == phrase || folded.EndsWith(" " + phrase, StringComparison.Ordinal), NewsParsing.Text.TextFold.EndsWithWords(folded, phrase));
    }
}
