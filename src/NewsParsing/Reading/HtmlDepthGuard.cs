using System.Text;

namespace NewsParsing.Reading;

/// <summary>
/// Flattens pathologically deep markup before the HTML parser sees it. The HTML5 tree builder
/// checks element scope by walking its stack of open elements, so 200 000 nested elements cost
/// quadratic time; no real page nests more than a few hundred deep.
/// </summary>
internal static class HtmlDepthGuard
{
    /// <summary>Deepest nesting kept; tags deeper than this are dropped (their text is kept).</summary>
    public const int MaxDepth = 1000;

    // Elements that never hold others, or that the parser closes implicitly (they do not nest).
    private static readonly HashSet<string> NonNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "option", "tr", "td", "th", "dt", "dd", "!doctype",
    };

    /// <summary>Returns the HTML with tags beyond <see cref="MaxDepth"/> removed, or the same string when none are.</summary>
    public static string Flatten(string html, out int droppedTags)
    {
        droppedTags = 0;
        if (MaxNesting(html) <= MaxDepth)
        {
            return html;
        }

        var sb = new StringBuilder(html.Length);
        int depth = 0, skipped = 0, last = 0;
        foreach (var (start, end, name, closing, selfClosing) in Tags(html))
        {
            bool nests = !selfClosing && !NonNesting.Contains(name);
            bool drop = false;
            if (nests && !closing)
            {
                if (depth >= MaxDepth)
                {
                    skipped++;
                    drop = true;
                }
                else
                {
                    depth++;
                }
            }
            else if (nests && closing)
            {
                if (skipped > 0)
                {
                    skipped--;
                    drop = true;
                }
                else if (depth > 0)
                {
                    depth--;
                }
            }

            if (drop)
            {
                sb.Append(html, last, start - last);
                last = end;
                droppedTags++;
            }
        }

        sb.Append(html, last, html.Length - last);
        return sb.ToString();
    }

    private static int MaxNesting(string html)
    {
        int depth = 0, max = 0;
        foreach (var (_, _, name, closing, selfClosing) in Tags(html))
        {
            if (selfClosing || NonNesting.Contains(name))
            {
                continue;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            max = Math.Max(max, depth);
        }

        return max;
    }

    /// <summary>Tags in document order, skipping comments and the raw text of script and style.</summary>
    private static IEnumerable<(int Start, int End, string Name, bool Closing, bool SelfClosing)> Tags(string html)
    {
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                yield break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                int close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            bool closing = html[lt + 1] == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or '!' or ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart)
            {
                i = lt + 1;
                continue;
            }

            int gt = html.IndexOf('>', nameEnd);
            if (gt < 0)
            {
                yield break;
            }

            var name = html[nameStart..nameEnd];
            bool selfClosing = html[gt - 1] == '/';
            yield return (lt, gt + 1, name, closing, selfClosing);
            i = gt + 1;
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                int endTag = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = endTag < 0 ? html.Length : endTag;
            }
        }
    }
}
