using System.Text;
using NewsParsing.Reading;

namespace NewsParsing.Tests.Html;

public sealed class HtmlReaderTests
{
    [Fact]
    public void Inline_tags_entities_and_breaks_join_text_with_the_right_spaces()
    {
        var page = HtmlPageReader.Read("<body><p>Hello<b>World</b> and&nbsp;more<br>next line, x&amp;y<i> </i>end</p></body>");
        Assert.Equal("HelloWorld and more next line, x&y end", Assert.Single(page.Blocks).Text);
    }

    [Fact]
    public void Two_breaks_end_a_paragraph_and_block_children_split_text()
    {
        var page = HtmlPageReader.Read("<body><div>First part<br><br>Second part<p>Inner</p>Tail</div></body>");
        Assert.Equal(["First part", "Second part", "Inner", "Tail"], page.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Blocks_carry_kind_tag_class_id_and_role_hints()
    {
        var page = HtmlPageReader.Read("""
            <body><main id="Story" role="main"><h2 class="Crosshead">Cross</h2><ul><li>One</li></ul>
            <blockquote><p>Quoted</p></blockquote><figure><img src="x.jpg"><figcaption>Caption</figcaption></figure>
            <table><tr><td>Cell</td></tr></table><pre>code</pre></main></body>
            """);
        var byText = page.Blocks.ToDictionary(b => b.Text);
        Assert.Equal(BlockHint.Heading, byText["Cross"].Hint);
        Assert.Equal(2, byText["Cross"].Level);
        Assert.Contains("crosshead", byText["Cross"].Hints);
        Assert.Contains("story", byText["Cross"].Hints);
        Assert.Contains("main", byText["Cross"].Hints);
        Assert.Equal(BlockHint.ListItem, byText["One"].Hint);
        Assert.Equal(BlockHint.Blockquote, byText["Quoted"].Hint);
        Assert.Equal(BlockHint.Caption, byText["Caption"].Hint);
        Assert.Equal(BlockHint.Preformatted, byText["Cell"].Hint);
        Assert.Equal(BlockHint.Preformatted, byText["code"].Hint);
    }

    [Fact]
    public void Never_content_is_dropped_and_furniture_is_marked()
    {
        var page = HtmlPageReader.Read("""
            <body><script>var x = "script";</script><style>p{}</style><noscript>noscript</noscript>
            <template><p>template</p></template><svg><text>svg</text></svg><iframe>iframe</iframe>
            <p hidden>hidden</p><p style="display: none">styled</p><p aria-hidden="true">aria</p><span class="sr-only">screen reader</span>
            <nav><p>Home</p></nav><aside><p>Aside</p></aside><footer><p>Footer</p></footer><div role="complementary"><p>Complementary</p></div>
            <div class="share-buttons"><p>Share</p></div><div id="comments"><p>Comment</p></div><div class="newsletter-box"><p>Newsletter</p></div>
            <div class="cookie-consent"><p>Cookies</p></div><div class="related-posts"><p>Related</p></div>
            <div class="has-sidebar"><p>Story</p></div></body>
            """);
        var texts = page.Blocks.Select(b => b.Text).ToList();
        foreach (var gone in (string[])["script", "p{}", "noscript", "template", "svg", "iframe", "hidden", "styled", "aria", "screen reader"])
        {
            Assert.DoesNotContain(texts, t => t.Contains(gone, StringComparison.Ordinal));
        }

        Assert.All(page.Blocks.Where(b => b.Text != "Story"), b => Assert.True(b.BoilerplateCandidate, b.Text));
        Assert.False(page.Blocks.Single(b => b.Text == "Story").BoilerplateCandidate);
    }

    [Fact]
    public void Story_text_a_paywall_hides_until_login_is_read()
    {
        var page = HtmlPageReader.Read("""
            <body><article><p>The first paragraph is free to read.</p>
            <div class="subscriber-only" style="display:none"><p>The second paragraph waits for a login.</p></div>
            <div class="promo" style="display:none"><p>A hidden promotion.</p></div></article></body>
            """);
        var texts = page.Blocks.Select(b => b.Text).ToList();
        Assert.Contains("The second paragraph waits for a login.", texts);
        Assert.DoesNotContain("A hidden promotion.", texts);
    }

    [Fact]
    public void Two_hundred_thousand_nested_elements_do_not_crash()
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 200_000; i++)
        {
            sb.Append("<div>");
        }

        sb.Append("<p>Deep text</p>");
        var page = HtmlPageReader.Read(sb.ToString());
        Assert.Contains(page.Blocks, b => b.Text == "Deep text");
        var article = NewsParser.ParseHtml(sb.ToString());
        Assert.NotNull(article);
    }

    [Fact]
    public void Malformed_html_is_read_not_thrown()
    {
        var page = HtmlPageReader.Read("<p>Unclosed <b>bold <i>both</p><p>Next</b> para</i><div></span></table>Last");
        Assert.Contains(page.Blocks, b => b.Text.StartsWith("Unclosed bold both", StringComparison.Ordinal));
        Assert.Contains(page.Blocks, b => b.Text == "Last");
    }

    [Fact]
    public void Metadata_comes_from_head_meta_json_ld_and_canonical_url()
    {
        var page = HtmlPageReader.Read("""
            <html lang="fr-FR"><head><title>Le titre | Le Site</title>
            <link rel="canonical" href="https://example.org/2024/06/19/story">
            <meta property="og:site_name" content="Le Site"><meta name="description" content="Le chapeau.">
            <meta name="news_keywords" content="Russie, Corée du Nord"><meta property="article:section" content="Monde">
            <meta name="DC.creator" content="Meta Author">
            <script type="application/ld+json"><![CDATA[
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Le Site"},
              {"@type":["NewsArticle","Article"],"@id":"https://example.org/2024/06/19/story","headline":"Le vrai titre",
               "datePublished":"2024-06-19T10:39:40+02:00","dateModified":"2024-06-19T12:00:00+02:00",
               "author":[{"@type":"Person","name":"Jean Dupont"},{"@type":"Person","name":"Marie Martin"}],
               "publisher":{"@type":"Organization","name":"Le Site"},
               "hasPart":{"@type":"NewsArticle","headline":"Teaser","datePublished":"2020-01-01"}},
              {"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"Related","datePublished":"2019-01-01"}]}
            ]}]]></script></head><body><p>Text</p></body></html>
            """);
        var m = page.Metadata;
        Assert.Equal("Le vrai titre", m.Headline);
        Assert.Equal("Le titre | Le Site", m.DocumentTitle);
        Assert.Equal("fr-FR", m.Language);
        Assert.Equal("Le Site", m.SiteName);
        Assert.Equal("Le chapeau.", m.Description);
        Assert.Equal("Monde", m.Section);
        Assert.Equal(["Jean Dupont", "Marie Martin"], m.Authors);
        Assert.Equal("2024-06-19T10:39:40+02:00", m.Published?.ToString());
        Assert.Equal("2024-06-19T12:00:00+02:00", m.Modified?.ToString());
        Assert.Equal(["Russie", "Corée du Nord"], m.Tags);
        Assert.Equal(new Uri("https://example.org/2024/06/19/story"), m.Url);
    }

    [Fact]
    public void Of_several_json_ld_articles_the_one_at_the_canonical_url_is_the_page()
    {
        var page = HtmlPageReader.Read("""
            <html><head><link rel="canonical" href="https://example.org/b">
            <script type="application/ld+json">[{"@type":"NewsArticle","url":"https://example.org/a","headline":"A","datePublished":"2021-01-01"},
            {"@type":"NewsArticle","url":"https://example.org/b","headline":"B","datePublished":"2022-02-02"}]</script></head><body></body></html>
            """);
        Assert.Equal("B", page.Metadata.Headline);
        Assert.Equal("2022-02-02", page.Metadata.Published?.ToString());
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">", "windows-1251", "Привет")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "iso-8859-1", "Café €")]
    [InlineData("<meta charset=\"iso-8859-15\">", "iso-8859-15", "Café €")]
    public void The_declared_charset_decodes_the_page(string meta, string charset, string word)
    {
        var encoding = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(charset == "iso-8859-1" ? "windows-1252" : charset)!;
        var bytes = encoding.GetBytes($"<html><head>{meta}</head><body><p>{word}</p></body></html>");
        var source = ArticleSource.FromBytes(bytes, SourceKind.Html);
        Assert.Contains(word, source.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bom_wins_over_the_declaration_and_invalid_bytes_are_a_diagnostic()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Café</p></body></html>")];
        Assert.Contains("Café", ArticleSource.FromBytes(bom, SourceKind.Html).Content, StringComparison.Ordinal);

        byte[] broken = [.. Encoding.ASCII.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>Caf"), 0xE9, 0xFF, .. Encoding.ASCII.GetBytes(" ok</p></body></html>")];
        var source = ArticleSource.FromBytes(broken, SourceKind.Html);
        Assert.Contains(source.Diagnostics, d => d.Contains("invalid", StringComparison.Ordinal));
        Assert.Contains("ok", source.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_declaration_the_default_encoding_applies()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding("windows-1251")!.GetBytes("<html><body><p>Привет мир</p></body></html>");
        var source = ArticleSource.FromBytes(bytes, SourceKind.Html, defaultEncoding: CodePagesEncodingProvider.Instance.GetEncoding("windows-1251"));
        Assert.Contains("Привет мир", source.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Token_tests_agree_with_the_vocabulary_patterns_they_stand_for()
    {
        // The reader tests class tokens by set lookups and substring pre-checks; the regexes stay the definition.
        string[] parts = [.. HtmlVocabulary.FurnitureWords, "x", "foo", "a", "d", "s", "main", "nav-", "com", "ment", "body", "content", "text",
            "article", "post", "story", "entry", "caption", "credit", "photo", "image", "wp", "by", "line", "author", "authority", "authoring", "p",
            "writtenby", "contributor", "reporter", "rich", "field", "name", "td", "c", "0"];
        string[] joins = ["", "-", "_", "--", "__"];
        var random = new Random(7);
        for (int n = 0; n < 50_000; n++)
        {
            var sb = new StringBuilder();
            for (int k = random.Next(1, 5); k > 0; k--)
            {
                sb.Append(parts[random.Next(parts.Length)]).Append(joins[random.Next(joins.Length)]);
            }

            var token = sb.ToString();
            Assert.True(HtmlVocabulary.BoilerplateWords().IsMatch(token) == HtmlVocabulary.IsFurnitureToken(token), token);
            Assert.True(HtmlVocabulary.ArticleBodyWords().IsMatch(token) == HtmlVocabulary.IsArticleBodyToken(token), token);
            Assert.True(HtmlVocabulary.CaptionWords().IsMatch(token) == HtmlVocabulary.IsCaptionToken(token), token);
            Assert.True(HtmlVocabulary.BylineWords().IsMatch(token) == HtmlVocabulary.HasBylineWord(token), token);
            if (!HtmlVocabulary.MayHoldBodyCaptionOrBylineWord(token))
            {
                // The one search that skips the three guarded patterns must never skip a match.
                Assert.False(HtmlVocabulary.ArticleBodyWords().IsMatch(token) || HtmlVocabulary.CaptionWords().IsMatch(token) || HtmlVocabulary.BylineWords().IsMatch(token), token);
            }
        }
    }

    [Fact]
    public void Class_tokens_are_split_on_html_spaces_deduplicated_and_lower_cased_as_classList_is()
    {
        var page = HtmlPageReader.Read("<body><div class=\" Story\tstory STORY Story Story\u00a0x\fend\" id=\"Main\"><p>Text</p></div></body>");
        Assert.Equal(["p", "div", "story", "story", "story", "story\u00a0x", "end", "main", "body"], Assert.Single(page.Blocks).Hints);
        Assert.Equal(" story story story story story x end main", Assert.Single(page.Blocks).Element!.Parent!.Words);
    }
}
