using System.Text;

namespace NewsParsing.Reading;

/// <summary>
/// Flattens pathological nesting before the HTML parser sees it. The HTML tree builder checks
/// its stack of open elements on every start tag, so 200 000 nested elements cost quadratic time
/// (minutes); browsers cap the tree depth (Blink at 512) for the same reason. One linear scan
/// counts open elements, ignoring void elements, elements whose end tag is optional, comments,
/// and script or style text; start and end tags past <see cref="MaxDepth"/> are dropped, their
/// text kept. Ordinary pages come back as the same string, untouched.
/// </summary>
internal static class HtmlDepthLimiter
{
    /// <summary>Deepest nesting kept.</summary>
    public const int MaxDepth = 1000;

    /// <summary>
    /// A tag name of at most 8 characters as a number, one byte a character, lower case (the names are
    /// ASCII letters, digits and '-', which c | 0x20 lower-cases or leaves), so a name is matched
    /// without hashing a string; 0 for a longer name.
    /// </summary>
    private static ulong Packed(ReadOnlySpan<char> name)
    {
        if (name.Length > 8)
        {
            return 0;
        }

        ulong key = 0;
        for (int i = 0; i < name.Length; i++)
        {
            key |= (ulong)(byte)(name[i] | 0x20) << (8 * i);
        }

        return key;
    }

    private static readonly HashSet<ulong> Uncounted =
    [
        .. ((string[])[
            // void elements
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
            // end tag optional (often left open), or the document's own frame
            "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rp", "rt", "html", "head", "body",
        ]).Select(n => Packed(n)),
    ];

    private static readonly ulong Script = Packed("script"), Style = Packed("style"), Textarea = Packed("textarea"), Title = Packed("title");

    /// <summary>
    /// Where "&lt;/name" starts (name in any case) from <paramref name="start"/>, or -1: an ordinal search
    /// for "&lt;/" and a case-blind look at the name, without building the needle string per script.
    /// </summary>
    private static int IndexOfEndTag(string html, ReadOnlySpan<char> name, int start)
    {
        for (int at = html.IndexOf("</", start, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 1, StringComparison.Ordinal))
        {
            if (html.Length - (at + 2) >= name.Length && html.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The document with nesting deeper than <see cref="MaxDepth"/> flattened.</summary>
    public static string Limit(string html, out bool flattened)
    {
        flattened = false;
        StringBuilder? output = null;
        int copied = 0;
        int depth = 0;
        int excess = 0;
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            bool closing = html[lt + 1] == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            int gt = html.IndexOf('>', nameEnd);
            if (gt < 0)
            {
                break;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            ulong packed = Packed(name);
            if (!closing && (packed == Script || packed == Style || packed == Textarea || packed == Title))
            {
                // Raw text: skip to the matching end tag so "<div" inside a script is not counted.
                int end = IndexOfEndTag(html, name, gt + 1);
                i = end < 0 ? html.Length : end;
                continue;
            }

            bool selfClosing = html[gt - 1] == '/';
            if (Uncounted.Contains(packed) || (selfClosing && !closing))
            {
                i = gt + 1;
                continue;
            }

            bool drop = false;
            if (!closing)
            {
                if (depth >= MaxDepth)
                {
                    excess++;
                    drop = true;
                }
                else
                {
                    depth++;
                }
            }
            else if (excess > 0)
            {
                excess--;
                drop = true;
            }
            else if (depth > 0)
            {
                depth--;
            }

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, lt - copied);
                copied = gt + 1;
                flattened = true;
            }

            i = gt + 1;
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }
}
