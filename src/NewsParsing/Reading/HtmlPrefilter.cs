using System.Buffers;

namespace NewsParsing.Reading;

/// <summary>
/// One linear scan over the markup before the HTML parser sees it, for two reasons.
/// <list type="bullet">
/// <item>Pathological nesting is flattened. The tree builder checks its stack of open elements on
/// every start tag, so 200 000 nested elements cost quadratic time (minutes); browsers cap the tree
/// depth (Blink at 512) for the same reason. Open elements are counted, ignoring void elements,
/// elements whose end tag is optional, comments and raw text; start and end tags past
/// <see cref="MaxDepth"/> are dropped, their text kept.</item>
/// <item>What the reader never reads is cut out, because the parser would otherwise tokenize it a
/// character at a time: on news pages scripts, style sheets, inline SVG and comments are about
/// three quarters of the markup. Script and style elements keep their tags and lose their text
/// (JSON-LD and other JSON scripts keep theirs), an SVG or MathML element keeps its tags and loses
/// its children, comments go, and start tags keep only the attributes someone reads
/// (<see cref="KeptAttributes"/>). The document the reader walks is the same: it drops those
/// elements, never looks at comments and never asks for another attribute.</item>
/// </list>
/// Where the scan cannot be sure the parser would see the same thing, it keeps the markup as it is:
/// a script never closed, and
/// everything after an SVG or MathML element holding a tag that may end foreign content or never
/// closed (inside foreign content "&lt;script&gt;" is no raw text, and where it ends depends on the tree).
/// </summary>
internal static class HtmlPrefilter
{
    /// <summary>Deepest nesting kept.</summary>
    public const int MaxDepth = 1000;

    /// <summary>
    /// A tag name of at most 8 characters as a number, one byte a character, lower case (the names
    /// matched are ASCII letters and digits, which c | 0x20 lower-cases or leaves), so a name is
    /// matched without hashing a string; 0 for a longer name.
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

    private static HashSet<ulong> PackedSet(params string[] names) => [.. names.Select(n => Packed(n))];

    private static readonly HashSet<ulong> Uncounted = PackedSet(
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        // end tag optional (often left open), or the document's own frame
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rp", "rt", "html", "head", "body");

    /// <summary>Elements whose text the tokenizer reads raw up to their end tag, so a "&lt;" inside is no tag.</summary>
    private static readonly HashSet<ulong> RawText = PackedSet("textarea", "title", "xmp", "iframe", "noembed", "noframes");

    /// <summary>
    /// HTML start tags that end foreign (SVG) content in the tree builder (HTML §13.2.6.5); the
    /// element after such a tag is HTML again, so an SVG element holding one is kept whole.
    /// </summary>
    private static readonly HashSet<ulong> ForeignBreakout = PackedSet(
        "b", "big", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small",
        "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font");

    private static readonly ulong Anchor = Packed("a"), Link = Packed("link"), Script = Packed("script"), Style = Packed("style"), Svg = Packed("svg"), MathMl = Packed("math");

    private static readonly SearchValues<char> TagEndOrQuote = SearchValues.Create(">\"'");

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c <= ' ' && c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>An attribute name ends at a space, '/', '=' or '&gt;'.</summary>
    private static bool EndsAttributeName(char c) => IsSpace(c) || c is '/' or '=' or '>';

    /// <summary>A tag name ends at a space, a slash or '&gt;'; anything else ("svg:rect") is part of the name.</summary>
    private static bool EndsName(string html, int at) => at >= html.Length || IsSpace(html[at]) || html[at] is '/' or '>';

    /// <summary>
    /// The '&gt;' that ends the tag whose attributes start at <paramref name="from"/>, or -1: a '&gt;'
    /// inside a quoted attribute value ("a&gt;b") does not end it.
    /// </summary>
    private static int TagEnd(string html, int from)
    {
        int p = from;
        while (true)
        {
            int k = html.AsSpan(p).IndexOfAny(TagEndOrQuote);
            if (k < 0)
            {
                return -1;
            }

            k += p;
            if (html[k] == '>')
            {
                return k;
            }

            int b = k - 1;
            while (b >= from && IsSpace(html[b]))
            {
                b--;
            }

            if (b >= from && html[b] == '=')
            {
                // A quote right after '=' opens a value that runs to the same quote.
                int close = html.IndexOf(html[k], k + 1);
                if (close < 0)
                {
                    return -1;
                }

                p = close + 1;
            }
            else
            {
                p = k + 1;
            }
        }
    }

    /// <summary>Where a comment opened at <paramref name="lt"/> ends (past its "--&gt;" or "--!&gt;"), or the end of the text.</summary>
    private static int CommentEnd(string html, int lt)
    {
        int p = lt + 4;
        // "<!-->" and "<!--->" are whole (abruptly closed) comments.
        if (p < html.Length && html[p] == '>')
        {
            return p + 1;
        }

        if (p + 1 < html.Length && html[p] == '-' && html[p + 1] == '>')
        {
            return p + 2;
        }

        for (int at = html.IndexOf("--", p, StringComparison.Ordinal); at >= 0; at = html.IndexOf("--", at + 1, StringComparison.Ordinal))
        {
            if (at + 2 < html.Length && html[at + 2] == '>')
            {
                return at + 3;
            }

            if (at + 3 < html.Length && html[at + 2] == '!' && html[at + 3] == '>')
            {
                return at + 4;
            }
        }

        return html.Length;
    }

    /// <summary>
    /// Where "&lt;/name" starts (name in any case, then a space, '/' or '&gt;') from <paramref name="start"/>,
    /// or -1: the end tag of raw text, as the tokenizer finds it.
    /// </summary>
    private static int IndexOfEndTag(string html, ReadOnlySpan<char> name, int start)
    {
        for (int at = html.IndexOf("</", start, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 1, StringComparison.Ordinal))
        {
            int after = at + 2 + name.Length;
            if (after <= html.Length && html.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) && EndsName(html, after))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the "&lt;/script" that ends a script starts, or -1: the tokenizer's script data states,
    /// in which "&lt;!--" escapes the text and a "&lt;script" inside it must be closed first, so
    /// "document.write('&lt;script&gt;…&lt;/script&gt;')" in an escaped script does not end it.
    /// </summary>
    private static int ScriptEnd(string html, int from)
    {
        const int Data = 0, Escaped = 1, DoubleEscaped = 2;
        int state = Data;
        int i = from;
        while (true)
        {
            int lt = html.IndexOf('<', i);
            int dashes = state == Data ? -1 : html.IndexOf("-->", i, StringComparison.Ordinal);
            if (dashes >= 0 && (lt < 0 || dashes < lt))
            {
                state = Data;
                i = dashes + 3;
                continue;
            }

            if (lt < 0)
            {
                return -1;
            }

            if (state == Data && string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                state = Escaped;
                i = lt + 2; // "<!-->" is opened and closed at once
                continue;
            }

            if (IsScriptTag(html, lt, closing: true))
            {
                if (state != DoubleEscaped)
                {
                    return lt;
                }

                state = Escaped;
                i = lt + 8;
                continue;
            }

            if (state == Escaped && IsScriptTag(html, lt, closing: false))
            {
                state = DoubleEscaped;
                i = lt + 7;
                continue;
            }

            i = lt + 1;
        }
    }

    /// <summary>"&lt;script" or "&lt;/script" at <paramref name="at"/>, in any case, then a space, '/' or '&gt;'.</summary>
    private static bool IsScriptTag(string html, int at, bool closing)
    {
        int name = at + (closing ? 2 : 1);
        return (!closing || (at + 1 < html.Length && html[at + 1] == '/'))
            && name + 6 <= html.Length && html.AsSpan(name, 6).Equals("script", StringComparison.OrdinalIgnoreCase) && EndsName(html, name + 6);
    }

    /// <summary>A tag found by NextTag.</summary>
    private readonly record struct Tag(int Start, int NameStart, int NameEnd, int End, bool Closing)
    {
        /// <summary>Position right after the tag's '&gt;'.</summary>
        public int After => End + 1;

        public bool SelfClosing(string html) => !Closing && html[End - 1] == '/';
    }

    /// <summary>
    /// The next start or end tag from <paramref name="i"/>, skipping text, doctypes, processing
    /// instructions and bogus comments; comments are reported with <paramref name="comment"/> set.
    /// False at the end of the text or of a tag left open.
    /// </summary>
    private static bool NextTag(string html, ref int i, out Tag tag, out bool comment, bool foreign = false) =>
        NextTag(html, ref i, out tag, out comment, out _, foreign);

    /// <summary>As above; <paramref name="cdata"/> is set for a CDATA section in HTML content, reported as a comment.</summary>
    private static bool NextTag(string html, ref int i, out Tag tag, out bool comment, out bool cdata, bool foreign = false)
    {
        comment = false;
        cdata = false;
        tag = default;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                i = html.Length;
                return false;
            }

            char c = html[lt + 1];
            if (c == '!' && string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                comment = true;
                tag = new Tag(lt, lt, lt, CommentEnd(html, lt) - 1, false);
                return true;
            }

            if (!foreign && c == '!' && string.CompareOrdinal(html, lt, "<![CDATA[", 0, 9) == 0)
            {
                // A bogus comment by the standard, but parsers differ (AngleSharp reads one right
                // after a self-closed <svg/> as CDATA): reported, so the caller can stop cutting.
                int end = html.IndexOf('>', lt + 9);
                comment = cdata = true;
                tag = new Tag(lt, lt, lt, end < 0 ? html.Length - 1 : end, false);
                return true;
            }

            if (foreign && c == '!' && string.CompareOrdinal(html, lt, "<![CDATA[", 0, 9) == 0)
            {
                // In SVG a CDATA section is text: "</svg>" inside it closes nothing.
                int end = html.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            bool closing = c == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            if (c is '!' or '?' || (closing && nameStart < html.Length && !char.IsAsciiLetter(html[nameStart]) && html[nameStart] != '>'))
            {
                // Doctype, "<?xml", "</ x>": bogus comments up to '>'.
                int end = html.IndexOf('>', lt + 2);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            int nameEnd = nameStart;
            while (nameEnd < html.Length && !EndsName(html, nameEnd))
            {
                nameEnd++;
            }

            int gt = TagEnd(html, nameEnd);
            if (gt < 0)
            {
                i = html.Length;
                return false;
            }

            tag = new Tag(lt, nameStart, nameEnd, gt, closing);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Where the children of the SVG or MathML element (<paramref name="root"/>) whose start tag ends
    /// before <paramref name="from"/> end (its own end tag), or -1 when it is never closed or holds a
    /// tag that may end foreign content.
    /// </summary>
    private static int ForeignChildrenEnd(string html, int from, ulong root)
    {
        // The elements open inside, as (name start, name length): an end tag closes the nearest of
        // its name; one that names none of them reaches the HTML elements below, which ends foreign
        // content as a tag of the breakout list does (HTML §13.2.6.5, "any other end tag").
        List<(int Start, int Length)>? open = null;
        int i = from;
        while (NextTag(html, ref i, out var tag, out bool comment, foreign: true))
        {
            i = tag.After;
            if (comment)
            {
                continue;
            }

            var name = html.AsSpan(tag.NameStart, tag.NameEnd - tag.NameStart);
            ulong packed = Packed(name);
            if (!tag.Closing)
            {
                // A start tag inside an HTML integration point (title, desc, foreignObject) is HTML. Such
                // a tag ends the scan, so an open integration point is always the innermost element.
                if (IsBreakout(name, packed) || name.Equals("foreignObject", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("annotation-xml", StringComparison.OrdinalIgnoreCase)
                    || open is { Count: > 0 } && IsIntegrationPoint(html.AsSpan(open[^1].Start, open[^1].Length)))
                {
                    return -1;
                }

                if (!tag.SelfClosing(html))
                {
                    (open ??= []).Add((tag.NameStart, name.Length));
                }

                continue;
            }

            // The nearest open element of that name (a loop, not FindLastIndex with a lambda: that
            // captured the tag, so every tag of the scan allocated a closure, and every end tag a delegate).
            int match = -1;
            for (int k = (open?.Count ?? 0) - 1; k >= 0; k--)
            {
                if (html.AsSpan(open![k].Start, open[k].Length).Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    match = k;
                    break;
                }
            }

            if (match >= 0)
            {
                open!.RemoveRange(match, open.Count - match);
            }
            else
            {
                return packed == root ? tag.Start : -1;
            }
        }

        return -1;
    }

    private static bool IsIntegrationPoint(ReadOnlySpan<char> name) =>
        name.Equals("title", StringComparison.OrdinalIgnoreCase) || name.Equals("desc", StringComparison.OrdinalIgnoreCase)
        || name.Equals("foreignObject", StringComparison.OrdinalIgnoreCase);

    private static bool IsBreakout(ReadOnlySpan<char> name, ulong packed) =>
        name.Length > 8 ? name.Equals("blockquote", StringComparison.OrdinalIgnoreCase) : ForeignBreakout.Contains(packed);

    /// <summary>
    /// The attributes kept, most frequent first: those the reader and its metadata read, and those
    /// that change the tree the parser builds (an input's type inside a table, a font's color, face
    /// and size inside SVG, annotation-xml's encoding, a template's shadow root). Every other
    /// attribute (data-*, src, srcset, onclick, aria-*, …) is cut: the tokenizer reads it a
    /// character at a time and the DOM stores it, and on newspaper-naeb it is a fifth of the markup
    /// the rest of the scan leaves.
    /// </summary>
    internal static readonly string[] KeptAttributes =
    [
        "class", "id", "href", "style", "rel", "type", "content", "name", "property", "itemprop", "role", "hidden", "aria-hidden",
        "datetime", "pubdate", "http-equiv", "charset", "lang", "xml:lang", "color", "face", "size", "encoding",
        "shadowrootmode", "shadowrootdelegatesfocus", "shadowrootclonable", "shadowrootserializable",
    ];

    /// <summary><see cref="KeptAttributes"/> by length, so a name is compared with the few of its length only.</summary>
    private static readonly string[][] KeptByLength = [.. Enumerable.Range(0, KeptAttributes.Max(a => a.Length) + 1)
        .Select(n => KeptAttributes.Where(a => a.Length == n).ToArray())];

    /// <summary>
    /// True for an attribute the scan may keep on an element named <paramref name="tag"/> (lower case):
    /// a name of <see cref="KeptAttributes"/>, in any ASCII case, but not an a element's href. The
    /// reader reads href on link elements only, and only the canonical link's: an a element's href (a
    /// tenth of the markup the parser still sees on news pages, a long URL each) is always cut, a
    /// link's unless its rel holds "canonical" or a '&amp;' (stylesheets, preloads, icons: another 3 %).
    /// An a element's attributes never decide the tree: the builder keeps at most one open a per
    /// formatting scope, so the comparison of equal formatting elements (the "Noah's Ark" clause)
    /// never sees them; a link is a void element.
    /// </summary>
    internal static bool IsKeptAttribute(string tag, ReadOnlySpan<char> name) =>
        IsKeptAttribute(name) && !(tag == "a" && name.Equals("href", StringComparison.OrdinalIgnoreCase));

    /// <summary>True for a name of <see cref="KeptAttributes"/>, in any ASCII case (the tokenizer lower-cases ASCII letters).</summary>
    internal static bool IsKeptAttribute(ReadOnlySpan<char> name)
    {
        if (name.Length == 0 || name.Length >= KeptByLength.Length)
        {
            return false;
        }

        char first = (char)(name[0] | 0x20);
        foreach (var kept in KeptByLength[name.Length])
        {
            if (kept[0] == first && name.Equals(kept, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The document with deep nesting flattened and never-read text cut out (see the type's remarks).</summary>
    public static string Clean(string html, out bool flattened)
    {
        var output = CleanInto(html, out int length, out flattened);
        if (output is null)
        {
            return html;
        }

        var result = new string(output, 0, length);
        ArrayPool<char>.Shared.Return(output);
        return result;
    }

    /// <summary>
    /// <see cref="Clean"/> into a buffer rented from <see cref="ArrayPool{T}.Shared"/> (its first
    /// <paramref name="length"/> characters), for a caller that parses the characters and returns the
    /// buffer; null when nothing was cut (the document is <paramref name="html"/> itself).
    /// </summary>
    public static char[]? CleanInto(string html, out int length, out bool flattened)
    {
        flattened = false;
        length = html.Length;
        // The kept text is copied into one pooled buffer.
        char[]? output = null;
        int written = 0;
        int copied = 0;
        int depth = 0;
        int excess = 0;
        int i = 0;
        // Once an SVG or MathML element is left open (a breakout tag, an end tag of the HTML around
        // it, the end of the text), where foreign content ends is the tree builder's call: nothing
        // more is cut, only the nesting is still counted.
        bool cutting = true;
        var pending = new (int From, int To)[8];

        // Drops [from, to) from the output.
        void Cut(int from, int to)
        {
            if (to <= from || !cutting)
            {
                return;
            }

            output ??= ArrayPool<char>.Shared.Rent(html.Length);
            html.AsSpan(copied, from - copied).CopyTo(output.AsSpan(written));
            written += from - copied;
            copied = to;
        }

        // Cuts the attributes of a start tag that are not KeptAttributes (nor an a element's href, nor a
        // link's but the canonical one's: IsKeptAttribute(tag, name)), each with the spaces after it.
        // The tag is scanned as the tokenizer reads it; where that scan does not end on the '>' NextTag
        // found (the two read a stray quote differently), the tag is left whole.
        void CutUnreadAttributes(Tag tag, ulong packed)
        {
            int end = tag.End;
            int p = tag.NameEnd;
            int cuts = 0;
            // A link's href is cut unless its rel may say canonical (see IsKeptAttribute(tag, name)).
            bool link = packed == Link;
            bool canonical = false;
            while (true)
            {
                // Before an attribute name: spaces, and a '/' not followed by '>'.
                while (p < end && (IsSpace(html[p]) || html[p] == '/'))
                {
                    p++;
                }

                if (p >= end)
                {
                    break;
                }

                if (html[p] == '>')
                {
                    return;
                }

                // The name: its first character may be '='; it runs to a space, '/', '=' or '>'.
                int nameStart = p++;
                while (p < end && !IsSpace(html[p]) && html[p] is not ('/' or '=' or '>'))
                {
                    p++;
                }

                int nameEnd = p;
                while (p < end && IsSpace(html[p]))
                {
                    p++;
                }

                int attributeEnd = nameEnd;
                int valueStart = nameEnd, valueEnd = nameEnd;
                if (p < end && html[p] == '=')
                {
                    p++;
                    while (p < end && IsSpace(html[p]))
                    {
                        p++;
                    }

                    if (p < end && html[p] is '"' or '\'')
                    {
                        int close = html.IndexOf(html[p], p + 1, end - p - 1);
                        if (close < 0)
                        {
                            return;
                        }

                        (valueStart, valueEnd) = (p + 1, close);
                        p = close + 1;
                    }
                    else
                    {
                        valueStart = p;
                        while (p < end && !IsSpace(html[p]) && html[p] != '>')
                        {
                            p++;
                        }

                        valueEnd = p;
                    }

                    attributeEnd = p;
                }

                if (p < end && html[p] == '>')
                {
                    return;
                }

                // Cut with the spaces after it, unless a '/' right before it would then close the tag
                // ("<div/data-x>") or the next name starts with '=' and would become this one's value.
                int cutEnd = attributeEnd;
                while (cutEnd < end && IsSpace(html[cutEnd]))
                {
                    cutEnd++;
                }

                var attribute = html.AsSpan(nameStart, nameEnd - nameStart);
                bool href = (packed == Anchor || link) && attribute.Equals("href", StringComparison.OrdinalIgnoreCase);
                if (link && attribute.Equals("rel", StringComparison.OrdinalIgnoreCase))
                {
                    // A character reference could spell "canonical": then the href stays too.
                    var rel = html.AsSpan(valueStart, valueEnd - valueStart);
                    canonical |= rel.Contains("canonical", StringComparison.OrdinalIgnoreCase) || rel.Contains('&');
                }

                if ((!IsKeptAttribute(attribute) || (href && !canonical)) && html[nameStart - 1] != '/' && html[cutEnd] != '=')
                {
                    pending[cuts++] = (nameStart, cutEnd);
                    if (cuts == pending.Length)
                    {
                        Array.Resize(ref pending, cuts * 2);
                    }
                }

                p = Math.Max(p, cutEnd);
            }

            if (link && canonical)
            {
                // A canonical rel after the href: its cut (every one, with duplicates) becomes empty.
                for (int k = 0; k < cuts; k++)
                {
                    int from = pending[k].From;
                    if (from + 4 < html.Length && html.AsSpan(from, 4).Equals("href", StringComparison.OrdinalIgnoreCase) && EndsAttributeName(html[from + 4]))
                    {
                        pending[k] = default;
                    }
                }
            }

            for (int k = 0; k < cuts; k++)
            {
                Cut(pending[k].From, pending[k].To);
            }
        }

        while (NextTag(html, ref i, out var tag, out bool comment, out bool cdata))
        {
            i = tag.After;
            if (cdata)
            {
                cutting = false;
                continue;
            }

            if (comment)
            {
                // Only right after a tag or right before one: else the text on both sides joins, into a
                // tag or an entity the page does not have ("<" + "b>", "&amp" + ";") or into one run
                // that a table moves elsewhere (" " + "x").
                // What comes before is what is kept: the text before a comment cut right before this one.
                int before = copied == tag.Start && written > 0 ? output![written - 1] : tag.Start > 0 ? html[tag.Start - 1] : '>';
                if (before == '>' || tag.After >= html.Length || html[tag.After] == '<')
                {
                    Cut(tag.Start, tag.After);
                }

                continue;
            }

            var name = html.AsSpan(tag.NameStart, tag.NameEnd - tag.NameStart);
            ulong packed = name.Length <= 8 ? Packed(name) : 0;
            if (!tag.Closing && name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
            {
                break; // the rest of the document is text
            }

            if (!tag.Closing && (packed == Script || packed == Style || RawText.Contains(packed)))
            {
                int end = packed == Script ? ScriptEnd(html, tag.After) : IndexOfEndTag(html, name, tag.After);
                if (end < 0)
                {
                    break; // raw text to the end of the document
                }

                bool keep = packed != Script && packed != Style
                    || packed == Script && html.AsSpan(tag.NameEnd, tag.End - tag.NameEnd).Contains("json", StringComparison.OrdinalIgnoreCase);

                if (!keep)
                {
                    Cut(tag.After, end);
                }

                // Past the end tag too: it closes what was never counted as open.
                i = end;
                if (NextTag(html, ref i, out var endTag, out _))
                {
                    i = endTag.After;
                }

                continue;
            }

            if (cutting && !tag.Closing && (packed == Svg || packed == MathMl) && !tag.SelfClosing(html))
            {
                int end = ForeignChildrenEnd(html, tag.After, packed);
                if (end >= 0)
                {
                    Cut(tag.After, end);
                    i = end;
                }
                else
                {
                    cutting = false;
                }
            }

            // Start tags lose the attributes nobody reads; an SVG or MathML tag is left as it is.
            bool strip = cutting && !tag.Closing && packed != Svg && packed != MathMl && tag.End - tag.NameEnd > 1;
            if (Uncounted.Contains(packed) || tag.SelfClosing(html))
            {
                if (strip)
                {
                    CutUnreadAttributes(tag, packed);
                }

                continue;
            }

            bool drop = false;
            if (!tag.Closing)
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
                Cut(tag.Start, tag.After);
                flattened = true;
            }
            else if (strip)
            {
                CutUnreadAttributes(tag, packed);
            }
        }

        if (output is null)
        {
            return null;
        }

        html.AsSpan(copied).CopyTo(output.AsSpan(written));
        length = written + html.Length - copied;
        return output;
    }
}
