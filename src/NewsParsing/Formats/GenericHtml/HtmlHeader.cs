using System.Globalization;
using System.Text.RegularExpressions;
using NewsParsing.Dates;
using NewsParsing.Formats.Common;
using NewsParsing.Reading;
using NewsParsing.Text;

namespace NewsParsing.Formats.GenericHtml;

/// <summary>Chooses the title among the h1, the structured headline and the document title.</summary>
internal static partial class HtmlTitle
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", " « ", " ~ ", " • "];

    /// <summary>
    /// The structured title when the page declares one (JSON-LD headline, Dublin Core, OpenGraph,
    /// Twitter, in Readability's order, so results compare with it), else the document title
    /// without its site part, else the h1.
    /// </summary>
    public static string? Choose(Page page, MainContent.Result main)
    {
        var meta = page.Metadata;
        if (meta.Headline is { } headline)
        {
            return headline;
        }

        if (meta.DocumentTitle is { } doc)
        {
            return FromDocumentTitle(doc, page);
        }

        return FirstH1(page, main);
    }

    /// <summary>Readability's reading of a document title: "Headline | Site" → "Headline", "Site: Headline" → "Headline".</summary>
    private static string FromDocumentTitle(string original, Page page)
    {
        static int Words(string s) => s.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        var title = original;
        bool hierarchical = false;
        var separators = SeparatorPattern().Matches(original);
        if (separators.Count > 0)
        {
            hierarchical = HierarchicalPattern().IsMatch(original);
            title = original[..separators[^1].Index];
            if (Words(title) < 3)
            {
                title = LeadingPartPattern().Replace(original, "", 1);
            }
        }
        else if (original.Contains(": ", StringComparison.Ordinal))
        {
            bool heading = page.Blocks.Any(b => b.Hint == BlockHint.Heading && b.Level <= 2 && b.Text == original.Trim());
            if (!heading)
            {
                title = original[(original.LastIndexOf(':') + 1)..];
                if (Words(title) < 3)
                {
                    title = original[(original.IndexOf(':', StringComparison.Ordinal) + 1)..];
                }
                else if (Words(original[..original.IndexOf(':', StringComparison.Ordinal)]) > 5)
                {
                    title = original;
                }
            }
        }
        else if (original.Length is > 150 or < 15)
        {
            var h1s = page.Blocks.Where(b => b.Hint == BlockHint.Heading && b.Level == 1).Take(2).ToList();
            if (h1s.Count == 1)
            {
                title = h1s[0].Text;
            }
        }

        title = TextNormalizer.NormalizeInline(title);
        int count = Words(title);
        if (count <= 4 && (!hierarchical || count != Words(SeparatorCharsPattern().Replace(original, "")) - 1))
        {
            title = original;
        }

        return title;
    }

    [GeneratedRegex(@" [\|\-\\/>»] ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@" [\\/>»] ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex HierarchicalPattern();

    [GeneratedRegex(@"^[^\|\-\\/>»]*[\|\-\\/>»]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex LeadingPartPattern();

    [GeneratedRegex(@"[\|\-\\/>»]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex SeparatorCharsPattern();

    private static string? FirstH1(Page page, MainContent.Result main)
    {
        int start = main.Blocks.Count > 0 ? main.Blocks[0].Index : 0;
        Block? best = null;
        foreach (var block in page.Blocks)
        {
            if (block.Hint != BlockHint.Heading || block.Level != 1 || block.Text.Length < 3)
            {
                continue;
            }

            // The h1 closest before the story (a site logo is often an h1 at the top).
            if (best is null || (block.Index <= start + 5 && !block.BoilerplateCandidate))
            {
                best = block;
            }

            if (block.Index > start + 5)
            {
                break;
            }
        }

        return best?.Text;
    }

    private static bool Contains(string outer, string inner)
    {
        var o = TextFold.FoldLine(outer);
        var i = TextFold.FoldLine(inner);
        return i.Length > 0 && o.Contains(i, StringComparison.Ordinal) && i.Length * 2 >= o.Length;
    }

    /// <summary>"Headline | Site" → "Headline" when the suffix is the site (or, for a document title, when the rest is long enough).</summary>
    public static string StripSite(string title, PageMetadata meta, bool strict)
    {
        foreach (var sep in Separators)
        {
            int cut = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (cut <= 0)
            {
                continue;
            }

            var head = title[..cut].Trim();
            var tail = title[(cut + sep.Length)..].Trim();
            if (IsSite(tail, meta) || (!strict && TextRules.WordCount(head) >= 3 && TextRules.WordCount(tail) <= 4))
            {
                return head;
            }

            int first = title.IndexOf(sep, StringComparison.Ordinal);
            var lead = title[..first].Trim();
            if (first == cut && IsSite(lead, meta))
            {
                return tail;
            }
        }

        return title;
    }

    private static bool IsSite(string part, PageMetadata meta)
    {
        var p = TextFold.FoldLine(part).Replace(" ", "", StringComparison.Ordinal);
        if (p.Length == 0)
        {
            return false;
        }

        if (meta.SiteName is { } site && TextFold.FoldLine(site).Replace(" ", "", StringComparison.Ordinal) is { Length: > 0 } s && (s.Contains(p, StringComparison.Ordinal) || p.Contains(s, StringComparison.Ordinal)))
        {
            return true;
        }

        return meta.Url is { } url && url.Host.Replace(".", "", StringComparison.Ordinal).Contains(p.Replace(".", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Authors from meta values and byline elements, with the traps of bios, teasers and UI strings.</summary>
internal static partial class HtmlBylines
{
    public static IEnumerable<string> SplitMetaAuthors(string value, ParseContext context)
    {
        var v = value.Trim();
        if (TextRules.TryParseByline(v, context, out var names))
        {
            return names;
        }

        var parts = NameSplit().Split(v).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count > 1 && parts.All(TextRules.LooksLikeName))
        {
            return parts;
        }

        return [v];
    }

    /// <summary>Names in a byline element's text, or null.</summary>
    public static List<string>? TryNames(string text, ParseContext context)
    {
        var t = text.Trim();
        // "Jane Doe | June 3, 2023", "Jane Doe • 5 min read": the name comes first.
        int cut = t.IndexOfAny(['|', '•', '·', '\n']);
        if (cut > 0)
        {
            t = t[..cut].Trim();
        }

        if (TextRules.TryParseByline(t, context, out var names))
        {
            return [.. names];
        }

        // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": the helpers are authors too.
        var stripped = ByPrefix().Replace(WithPattern().Replace(t, ", "), "").Trim().TrimEnd(')', ' ', '—', '–', '-', ',').Trim();
        var parts = NameSplit().Split(stripped).Select(p => p.Trim().Trim('(', ')').Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count > 0 && parts.Count <= 6 && parts.All(TextRules.LooksLikeName) && !parts.Any(p => IsUiString(p, context)))
        {
            return parts;
        }

        return null;
    }

    private static bool IsAgency(string name, ParseContext context)
    {
        var folded = Text.TextFold.Fold(name);
        return context.Lexicons.Common.List("agencies").Any(a => Text.TextFold.Fold(a) == folded);
    }

    private static bool IsUiString(string part, ParseContext context)
    {
        var folded = Text.TextFold.FoldLine(part);
        return context.Lexicons.All.Any(l => l.Bylines.Any(b => b.Kind == "ui" && (folded == b.Phrase || folded.StartsWith(b.Phrase + " ", StringComparison.Ordinal))));
    }

    /// <summary>
    /// Names from the first byline element (in document order) that is short, outside page
    /// furniture and reads as names: Readability's rule, with the bio, teaser and UI-string traps avoided.
    /// </summary>
    public static IEnumerable<string> FromElements(Page page, MainContent.Result main, ParseContext context)
    {
        foreach (var byline in page.Metadata.BylineElements)
        {
            if (byline.Text.Length >= GenericHtmlParser.MaxBylineLength || InFurniture(byline.Element, main.Root))
            {
                continue;
            }

            // An agency alone ("AFP" in an author span) is a contributor, not the writer: look further.
            if (TryNames(byline.Text, context) is { Count: > 0 } names && !names.All(n => IsAgency(n, context)))
            {
                return names;
            }
        }

        return [];
    }

    /// <summary>An aside inside an &lt;article&gt; is the story's own info box (byline, date), not a site sidebar.</summary>
    private static bool InArticle(HtmlElementInfo element)
    {
        for (var e = element.Parent; e is not null; e = e.Parent)
        {
            if (e.Tag == "article")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Inside a sidebar, comment, teaser or bio box; a wrapper that also holds the story does not count.</summary>
    internal static bool InFurniture(HtmlElementInfo element, HtmlElementInfo? root)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (root is not null && root.IsWithin(e))
            {
                return false;
            }

            if ((e.Boilerplate && e.Tag != "header" && !(e.Tag == "aside" && InArticle(e)))
                || e.Words.Contains("comment", StringComparison.Ordinal) || e.Words.Contains("related", StringComparison.Ordinal)
                || e.Words.Contains("bio", StringComparison.Ordinal) || e.Words.Contains("teaser", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex NameSplit();

    [GeneratedRegex(@"\s*\(\s*(?:avec|with|mit)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex WithPattern();

    [GeneratedRegex(@"^(?:written\s+by|posted\s+by|by|par|von|por|door)\s*:?\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex ByPrefix();
}

/// <summary>Dates from the page address.</summary>
internal static partial class HtmlDates
{
    /// <summary>"/2024/06/19/", "2024-06-19" or "/20240619" in the URL path, as a day.</summary>
    public static NewsDate? FromUrl(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return null;
        }

        var m = UrlDate().Match(url.AbsolutePath);
        if (!m.Success)
        {
            return null;
        }

        int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return y >= DateText.MinYear && DateText.ValidDay(y, mo, d) ? NewsDate.FromDay(y, mo, d) : null;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)\d{2})[/_-]?(?<m>[01]\d)[/_-]?(?<d>[0-3]\d)(?![0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex UrlDate();
}
