using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsParsing.Dates;
using NewsParsing.Text;

namespace NewsParsing.Reading;

/// <summary>
/// Turns an HTML document into the same <see cref="Page"/> of blocks the text reader makes,
/// with markup hints on every block and the page's metadata (title, language, meta tags).
/// </summary>
public static class HtmlPageReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "textarea", "input", "object", "embed", "canvas", "math",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "td", "th", "dt", "dd", "caption",
    };

    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "main", "body", "header", "footer", "aside", "nav", "figure", "ul", "ol", "table", "tbody", "thead", "tr", "dl", "center", "span",
    };

    private static readonly string[] BoilerplateWords =
    [
        "nav", "menu", "footer", "sidebar", "comment", "share", "social", "related", "recommend", "newsletter", "cookie", "consent",
        "promo", "advert", "banner", "breadcrumb", "outbrain", "taboola", "teaser", "most-read", "popular", "subscribe", "paywall",
    ];

    /// <summary>Reads an HTML document.</summary>
    public static Page Read(string html, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var flattened = HtmlDepthGuard.Flatten(html, out int droppedTags);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(flattened);
        var blocks = new List<Block>();
        if (document.Body is { } body)
        {
            Walk(body, blocks, boilerplate: false, depth: 0);
        }

        return new Page
        {
            Blocks = blocks,
            SourceKind = PageSourceKind.Html,
            Metadata = ReadMetadata(document, url),
            Diagnostics = droppedTags == 0 ? [] : [$"html: {droppedTags:N0} tag(s) nested deeper than {HtmlDepthGuard.MaxDepth:N0} levels dropped"],
        };
    }

    private static void Walk(IElement element, List<Block> blocks, bool boilerplate, int depth)
    {
        if (depth > 400)
        {
            return; // pathological nesting: deeper content is not an article's
        }

        foreach (var child in element.Children)
        {
            var tag = child.LocalName;
            if (Dropped.Contains(tag) || IsHidden(child))
            {
                continue;
            }

            bool childBoilerplate = boilerplate || IsBoilerplateElement(child);
            if (BlockTags.Contains(tag) && !child.Children.Any(c => BlockTags.Contains(c.LocalName) || c.LocalName is "div" or "section" or "ul" or "ol"))
            {
                AddBlock(child, blocks, childBoilerplate);
            }
            else if (Containers.Contains(tag) || BlockTags.Contains(tag) || child.Children.Length > 0)
            {
                if (tag is "div" or "section" or "article" or "main" or "span" or "center" && !child.Children.Any(c => !IsInline(c)))
                {
                    AddBlock(child, blocks, childBoilerplate); // a div holding only text and inline tags
                }
                else
                {
                    Walk(child, blocks, childBoilerplate, depth + 1);
                }
            }
        }
    }

    private static bool IsInline(IElement e) =>
        e.LocalName is "a" or "b" or "i" or "em" or "strong" or "span" or "small" or "sub" or "sup" or "br" or "abbr" or "cite" or "q" or "code" or "mark" or "u" or "s" or "time" or "font" or "img";

    private static void AddBlock(IElement element, List<Block> blocks, bool boilerplate)
    {
        var text = TextNormalizer.NormalizeInline(InlineText(element));
        if (text.Length == 0)
        {
            return;
        }

        var tag = element.LocalName;
        var hint = tag switch
        {
            "p" => BlockHint.Paragraph,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockHint.Heading,
            "li" or "dd" or "dt" => BlockHint.ListItem,
            "blockquote" => BlockHint.Blockquote,
            "figcaption" or "caption" => BlockHint.Caption,
            "pre" or "td" or "th" => BlockHint.Preformatted,
            _ => BlockHint.None,
        };
        int level = hint == BlockHint.Heading ? tag[1] - '0' : 0;
        blocks.Add(new Block
        {
            Index = blocks.Count,
            Text = text,
            Hint = hint,
            Level = level,
            Path = PathOf(element),
            Hints = HintsOf(element),
            BlankBefore = true,
            BoilerplateCandidate = boilerplate,
        });
    }

    /// <summary>Text of an element with spaces where &lt;br&gt; and block children break words.</summary>
    private static string InlineText(IElement element)
    {
        var sb = new System.Text.StringBuilder();
        Append(element, sb);
        return sb.ToString();

        static void Append(INode node, System.Text.StringBuilder sb)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t)
                {
                    sb.Append(t.Data);
                }
                else if (child is IElement e)
                {
                    if (Dropped.Contains(e.LocalName) || IsHidden(e))
                    {
                        continue;
                    }

                    if (e.LocalName is "br" or "img")
                    {
                        sb.Append(' ');
                        continue;
                    }

                    bool spaced = !IsInline(e);
                    if (spaced)
                    {
                        sb.Append(' ');
                    }

                    Append(e, sb);
                    if (spaced)
                    {
                        sb.Append(' ');
                    }
                }
            }
        }
    }

    private static bool IsHidden(IElement e) =>
        e.HasAttribute("hidden")
        || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (e.GetAttribute("style") is { } style && (style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Replace(" ", "", StringComparison.Ordinal).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)));

    private static bool IsBoilerplateElement(IElement e)
    {
        if (e.LocalName is "nav" or "aside" or "footer")
        {
            return true;
        }

        var role = e.GetAttribute("role");
        if (role is "navigation" or "complementary" or "contentinfo" or "banner")
        {
            return true;
        }

        var words = ((e.GetAttribute("class") ?? "") + " " + (e.GetAttribute("id") ?? "")).ToLowerInvariant();
        if (words.Length <= 1)
        {
            return false;
        }

        foreach (var w in BoilerplateWords)
        {
            if (words.Contains(w, StringComparison.Ordinal) && !words.Contains("article", StringComparison.Ordinal) && !words.Contains("content", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string PathOf(IElement element)
    {
        var parts = new List<string>();
        for (var e = element; e is not null && parts.Count < 6; e = e.ParentElement)
        {
            parts.Add(e.LocalName);
        }

        parts.Reverse();
        return string.Join('/', parts);
    }

    private static IReadOnlyList<string> HintsOf(IElement element)
    {
        var hints = new List<string>();
        for (var e = element; e is not null && hints.Count < 24; e = e.ParentElement)
        {
            hints.Add(e.LocalName);
            foreach (var c in e.ClassList)
            {
                hints.Add(c.ToLowerInvariant());
            }

            if (e.Id is { Length: > 0 } id)
            {
                hints.Add(id.ToLowerInvariant());
            }

            if (e.GetAttribute("role") is { Length: > 0 } role)
            {
                hints.Add(role.ToLowerInvariant());
            }
        }

        return hints;
    }

    private static PageMetadata ReadMetadata(IDocument document, Uri? url)
    {
        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            {
                var el = document.QuerySelector($"meta[property='{key}'], meta[name='{key}'], meta[itemprop='{key}']");
                var content = el?.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                {
                    return TextNormalizer.NormalizeInline(content);
                }
            }

            return null;
        }

        NewsDate? Date(params string[] keys)
        {
            var raw = Meta(keys);
            return raw is not null && DateText.TryParseIsoLike(raw, out var d) ? d : null;
        }

        var canonical = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        Uri? pageUrl = url;
        if (canonical is not null && Uri.TryCreate(canonical, UriKind.Absolute, out var c))
        {
            pageUrl = c;
        }

        var author = Meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "DC.creator");
        var keywords = Meta("news_keywords", "keywords", "parsely-tags", "sailthru.tags");
        return new PageMetadata
        {
            DocumentTitle = document.Title is { Length: > 0 } t ? TextNormalizer.NormalizeInline(t) : null,
            Headline = Meta("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title"),
            Description = Meta("og:description", "description", "twitter:description"),
            Language = document.DocumentElement.GetAttribute("lang") ?? Meta("og:locale", "content-language", "dc.language"),
            SiteName = Meta("og:site_name", "application-name"),
            Section = Meta("article:section", "parsely-section"),
            Authors = author is null || author.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? [] : [author],
            Published = Date("article:published_time", "og:article:published_time", "datePublished", "parsely-pub-date", "sailthru.date", "dc.date", "date", "pubdate"),
            Modified = Date("article:modified_time", "og:updated_time", "dateModified"),
            Tags = keywords is null ? [] : [.. keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            Url = pageUrl,
        };
    }
}
