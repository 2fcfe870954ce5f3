using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsParsing.Reading;

namespace NewsParsing.Tests.Html;

/// <summary>
/// The prefilter cuts what the reader never reads (script and style text, SVG children,
/// comments, attributes other than <see cref="HtmlPrefilter.KeptAttributes"/>, an a element's href) and must leave the
/// document the reader walks unchanged: each case parses the original and the cleaned markup and
/// compares the two trees with that markup taken out of both.
/// </summary>
public class HtmlPrefilterTests
{
    private static readonly HtmlParser Parser = new(HtmlPageReader.ParserOptions, BrowsingContext.New(HtmlPageReader.ParserConfiguration));

    /// <summary>
    /// A tree with the markup the reader never reads taken out: no comments, no script or style text
    /// (JSON scripts keep theirs), no SVG or MathML children, no attributes on HTML elements but the
    /// kept ones; template contents too.
    /// </summary>
    private static string Normalized(string html)
    {
        using var document = Parser.ParseDocument(html);
        Normalize(document);
        return document.DocumentElement.OuterHtml;
    }

    private static void Normalize(INode root)
    {
        foreach (var node in root.Descendants<INode>().ToList())
        {
            if (node is IElement { LocalName: not ("svg" or "math") } withAttributes && withAttributes.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri)
            {
                foreach (var name in withAttributes.Attributes.Select(a => a.Name).Where(n => !HtmlPrefilter.IsKeptAttribute(withAttributes.LocalName, n)).ToList())
                {
                    withAttributes.RemoveAttribute(name);
                }

                // A link keeps its href only when its rel may say canonical.
                if (withAttributes.LocalName == "link"
                    && !(withAttributes.GetAttribute("rel") is { } rel && (rel.Contains("canonical", StringComparison.OrdinalIgnoreCase) || rel.Contains('&'))))
                {
                    withAttributes.RemoveAttribute("href");
                }
            }

            switch (node)
            {
                case IComment comment:
                    comment.RemoveFromParent();
                    break;
                case IElement { LocalName: "script" } script when !(script.GetAttribute("type") ?? "").Contains("json", StringComparison.OrdinalIgnoreCase):
                case IElement { LocalName: "style" }:
                case IElement { LocalName: "svg" }:
                case IElement { LocalName: "math" }:
                    ((IElement)node).InnerHtml = "";
                    break;
                case AngleSharp.Html.Dom.IHtmlTemplateElement template:
                    Normalize(template.Content);
                    break;
            }
        }
    }

    /// <summary>The cleaned tree; where the prefilter kept markup it could not be sure of, normalizing it gives the same tree.</summary>
    private static string Cleaned(string html) => Normalized(HtmlPrefilter.Clean(html, out _));

    [Theory]
    [InlineData("<p>One</p><script>var a = '<p>not text</p>';</script><p>Two</p>")]
    [InlineData("<head><style>p { color: red }</style></head><p>Text</p>")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"<b>H</b>\"}</script><p>Text</p>")]
    [InlineData("<script src=\"a>b.js\">var x = 1;</script><p>Text</p>")]
    [InlineData("<div title=\"x>y<script>\">kept text</div><p>after</p>")]
    [InlineData("<div data-x='<style>'>kept</div><style>.a{}</style><p>after</p>")]
    [InlineData("<p>A<!-- <script> --><b>B</b></p><script>c()</script>")]
    [InlineData("<p>A<!--> B <!---> C <!-- x --!> D</p>")]
    [InlineData("<p>A</p><svg viewBox=\"0 0 1 1\"><title>Share</title><path d=\"M0 0\"/><svg><circle/></svg></svg><p>B</p>")]
    [InlineData("<p>A</p><svg><g><div>broken out of the SVG</div></g></svg><p>B</p>")]
    [InlineData("<p>A</p><svg><foreignObject><p>inside</p></foreignObject></svg>")]
    [InlineData("<p>A</p><svg/><p>B</p><svg:rect>odd</svg:rect>")]
    [InlineData("<title>A <script>x</script> title</title><p>Text</p>")]
    [InlineData("<textarea><!-- not a comment --><script>x</script></textarea><p>T</p>")]
    [InlineData("<p>T</p><script><!-- document.write('<script>x</script>'); --></script><p>after</p>")]
    [InlineData("<p>T</p><scripts>kept</scripts><SCRIPT>upper</SCRIPT ><p>U</p>")]
    [InlineData("<p>T</p><script>never closed <p>a</p>")]
    [InlineData("<p>T</p><svg><path>never closed <p>a</p>")]
    [InlineData("<p>1 < 2 and 3 > 2</p><!DOCTYPE x><?xml y?></ bogus><p>after</p>")]
    [InlineData("<p>T</p><plaintext><script>x</script>")]
    [InlineData("<template><script>t()</script><p>in template</p></template><noscript><p>no script</p></noscript>")]
    [InlineData("<div data-a=\"1\" class=\"x\" data-b='2' id=y onclick=go()>text</div><img src=a.jpg alt=A>")]
    [InlineData("<div/data-x><p data-y/>T</p></div><br data-x=\"1\"/><span data-z=1/>U</span>")]
    [InlineData("<div a=\"1\"data-b=\"2\"class=c>T</div><div hidden data-x=1 =b>U</div><div class data-x =y>V</div>")]
    [InlineData("<DIV CLASS=X DATA-Y=\"z\" Id=Q>T</DIV><div data-x=\"a>b\" class=y>U</div><div data-x='a\"b' class=y>V</div>")]
    [InlineData("<table><input type=hidden data-x=1><tr><td data-y>T</td></tr></table><svg><font color=red data-x>F</font></svg><p>after</p>")]
    [InlineData("<body data-a=1 class=b><body data-a=2 class=c id=d><p data-p=\"\">T</p><template shadowrootmode=open data-t><p>S</p></template>")]
    public void The_document_the_reader_walks_is_unchanged(string html) =>
        Assert.Equal(Normalized(html), Cleaned(html));

    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<b>", "</b>", "<div class=\"a\">", "</div>", "text ", "1 < 2 ", "a > b ", "&amp;", "<br>", "<table>", "<td>", "</table>",
        "<script>", "</script>", "<SCRIPT>", "</SCRIPT >", "<script type=\"application/ld+json\">", "<script src=\"a>b\">", "<scriptx>", "var s = '</p>'; ",
        "<style>", "</style>", ".a{} ", "<svg>", "</svg>", "<svg/>", "<svg viewBox='0 0 1 1'>", "<path d='M0'/>", "<g>", "</g>", "<foreignObject>",
        "<math>", "</math>", "<title>", "</title>", "<textarea>", "</textarea>", "<template>", "</template>", "<noscript>", "</noscript>", "<iframe>", "</iframe>",
        "<xmp>", "</xmp>", "<!--", "-->", "<svg><![CDATA[ </svg> ]]>", "--!>", "<!-->", "<!--->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?x?>", "</ x>", "<", ">", "=", "\"", "'", " ",
        "<div title=\"", "\">", "<div data-x='", "'>", "</", "<h1>", "</h1>", "<font color=red>", "<li>",
        "<div data-x=\"1\" class=\"a\">", "<p data-y=2/>", "<span/data-z>", "<i a=\"1\"data-b=\"2\"class=c>", "<b class data-x=1 =y>", " data-q='",
        " src=", "<input type=hidden data-x>", "<body data-a class=z>", "<a href=x onclick='f(\">\")' rel=author>", "<a href=\"/y\" class=k>", "</a>", "<link rel=canonical href=/z>", "<link href='/s.css' rel=stylesheet>", "<LINK REL=\"Canonical\" HREF=/c data-x>", "<p data-x / class=k>", "/>",
    ];

    [Fact]
    public void Random_markup_reads_the_same_with_and_without_the_prefilter()
    {
        // Seeded, so a failure replays; every input that differs is reported with its seed and index.
        var random = new Random(20261123);
        for (int n = 0; n < 3000; n++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            string expected = Normalized(html), actual = Cleaned(html);
            Assert.True(expected == actual, $"input {n}: {html}\nexpected: {expected}\nactual:   {actual}");
        }
    }

    [Fact]
    public void Script_style_svg_and_comments_are_cut()
    {
        var html = "<p>A</p><script>code()</script><style>.a{}</style><!-- note --><svg><path d=\"M0\"/></svg>";
        Assert.Equal("<p>A</p><script></script><style></style><svg></svg>", HtmlPrefilter.Clean(html, out bool flattened));
        Assert.False(flattened);
    }

    [Fact]
    public void Attributes_nobody_reads_are_cut_with_their_spaces()
    {
        var html = "<div data-x=\"1\" class=\"a\" onclick='f()'><img src=a.jpg alt=\"A\" /><a href=/x data-y>T</a></div>";
        Assert.Equal("<div class=\"a\" ><img /><a >T</a></div>", HtmlPrefilter.Clean(html, out _));
    }

    [Fact]
    public void Only_the_canonical_link_keeps_its_href()
    {
        // The canonical URL is a link's href; no other href is read.
        var html = "<head><link href=/s.css rel=stylesheet><link rel=canonical href=\"https://x.example/a\"></head><p><A HREF='/b' rel=author class=c>B</A><area href=/c></p>";
        Assert.Equal("<head><link rel=stylesheet><link rel=canonical href=\"https://x.example/a\"></head><p><A rel=author class=c>B</A><area href=/c></p>", HtmlPrefilter.Clean(html, out _));
    }

    [Fact]
    public void A_page_with_nothing_to_cut_is_the_same_string()
    {
        var html = "<html><body><p>Plain <b>page</b>.</p></body></html>";
        Assert.Same(html, HtmlPrefilter.Clean(html, out _));
    }

    [Fact]
    public void Deep_svg_nesting_is_scanned_in_linear_time()
    {
        // 200 000 nested groups, then as many closed: each tag is tested against the innermost open
        // element only (a test against every open element is 2·10¹⁰ comparisons on this input).
        var html = "<p>A</p><svg>" + string.Concat(Enumerable.Repeat("<g>", 200_000)) + string.Concat(Enumerable.Repeat("</g>", 200_000)) + "</svg><p>B</p>";
        Assert.Equal("<p>A</p><svg></svg><p>B</p>", HtmlPrefilter.Clean(html, out _));
    }

    [Fact]
    public void Nesting_past_the_limit_is_flattened_and_reported()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", HtmlPrefilter.MaxDepth + 5)) + "deep" + string.Concat(Enumerable.Repeat("</div>", HtmlPrefilter.MaxDepth + 5));
        var cleaned = HtmlPrefilter.Clean(html, out bool flattened);
        Assert.True(flattened);
        Assert.Contains("deep", cleaned, StringComparison.Ordinal);
        Assert.Equal(2 * HtmlPrefilter.MaxDepth, cleaned.Split('<').Length - 1);
    }
}
