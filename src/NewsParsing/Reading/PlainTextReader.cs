using System.Text.RegularExpressions;
using NewsParsing.Text;

namespace NewsParsing.Reading;

/// <summary>
/// Turns a plain-text dump into a <see cref="Page"/>: one block per non-empty line, after
/// repairing what scrapers leave (doubled lines, glued repeats, drop-cap letters, hard wraps).
/// </summary>
public static partial class PlainTextReader
{
    /// <summary>Reads a text dump.</summary>
    /// <param name="text">The dump, in any line-ending convention.</param>
    /// <param name="url">The page's URL, when known.</param>
    public static Page Read(string text, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<string>();
        var normalized = TextNormalizer.NormalizeDocument(text);
        if (LooksHardWrapped(normalized))
        {
            normalized = UnwrapHardWrappedLines(normalized);
            diagnostics.Add("reader: hard-wrapped lines joined into paragraphs");
        }

        var blocks = new List<Block>();
        bool blankBefore = true;
        int fixedGlued = 0, fixedDropCaps = 0, doubled = 0;
        int lineNumber = 0;
        // Walk the lines as spans: a blank line costs nothing, a text line one string.
        for (int start = 0; start <= normalized.Length;)
        {
            int nl = normalized.IndexOf('\n', start);
            int end = nl < 0 ? normalized.Length : nl;
            var span = normalized.AsSpan(start, end - start);
            start = end + 1;
            lineNumber++;
            if (span.IsWhiteSpace())
            {
                blankBefore = true;
                if (nl < 0)
                {
                    break;
                }

                continue;
            }

            var line = TextNormalizer.CollapseLine(span);
            if (TryUnglueRepeat(line, out var single))
            {
                line = single;
                fixedGlued++;
            }

            if (TryRemoveDropCap(line, out var withoutDropCap))
            {
                line = withoutDropCap;
                fixedDropCaps++;
            }

            if (blocks.Count > 0 && SameLine(blocks[^1].Text, line))
            {
                // A line printed twice in a row (titles, captions): keep one, remember the repeat,
                // keep the later spelling (scrapers print the typographic form second).
                var previous = blocks[^1];
                blocks[^1] = previous with { Text = line, Repeats = previous.Repeats + 1 };
                doubled++;
                blankBefore = false;
            }
            else
            {
                blocks.Add(new Block { Index = blocks.Count, Text = line, Line = lineNumber, BlankBefore = blankBefore });
                blankBefore = false;
            }

            if (nl < 0)
            {
                break;
            }
        }

        if (fixedGlued > 0)
        {
            diagnostics.Add($"reader: {fixedGlued} line(s) printed twice without a break were unglued");
        }

        if (fixedDropCaps > 0)
        {
            diagnostics.Add($"reader: {fixedDropCaps} drop-cap artefact(s) removed");
        }

        if (doubled > 0)
        {
            diagnostics.Add($"reader: {doubled} doubled line(s) merged");
        }

        return new Page
        {
            Blocks = blocks,
            SourceKind = PageSourceKind.Text,
            Metadata = url is null ? PageMetadata.Empty : new PageMetadata { Url = url },
            Diagnostics = diagnostics,
        };
    }

    /// <summary>Two lines are the same print when they differ only in "..." versus "…" or spacing.</summary>
    internal static bool SameLine(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        if (Math.Abs(a.Length - b.Length) > 4)
        {
            return false;
        }

        // Compare ignoring spaces and reading "..." as "…", without building new strings.
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] == ' ')
            {
                i++;
            }

            while (j < b.Length && b[j] == ' ')
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            bool ellipsisA = a[i] == '…' || a.AsSpan(i).StartsWith("...", StringComparison.Ordinal);
            bool ellipsisB = b[j] == '…' || b.AsSpan(j).StartsWith("...", StringComparison.Ordinal);
            if (ellipsisA && ellipsisB)
            {
                i += a[i] == '…' ? 1 : 3;
                j += b[j] == '…' ? 1 : 3;
                continue;
            }

            if (a[i] != b[j])
            {
                return false;
            }

            i++;
            j++;
        }
    }

    /// <summary>Longest line that may be two glued copies of one.</summary>
    public const int MaxGluedLength = 400;

    /// <summary>"XYXY" where a scraper glued two copies of one line: returns one copy.</summary>
    internal static bool TryUnglueRepeat(string line, out string single)
    {
        single = line;
        // Scrapers glue short UI strings and titles; a long periodic line is content.
        if (line.Length is < 8 or > MaxGluedLength)
        {
            return false;
        }

        // Exact halves, possibly with one separating space.
        for (int sep = 0; sep <= 1; sep++)
        {
            if ((line.Length - sep) % 2 != 0)
            {
                continue;
            }

            int half = (line.Length - sep) / 2;
            if (sep == 1 && line[half] != ' ')
            {
                continue;
            }

            if (line.AsSpan(0, half).SequenceEqual(line.AsSpan(half + sep)))
            {
                single = line[..half];
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "R.Le président …": an initial left by a drop cap, glued to the first word of a
    /// paragraph. Only at the start of a long line, so "M.Dupont" in a short line stays.
    /// </summary>
    internal static bool TryRemoveDropCap(string line, out string repaired)
    {
        repaired = line;
        if (line.Length < 80)
        {
            return false;
        }

        var m = DropCapPattern().Match(line);
        if (!m.Success)
        {
            return false;
        }

        repaired = line[2..];
        return true;
    }

    [GeneratedRegex(@"^\p{Lu}\.(?=\p{Lu}\p{Ll}+[\s’'])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex DropCapPattern();

    /// <summary>
    /// A dump hard-wrapped at a fixed width (mail archives, some scrapers): most lines are of
    /// similar length under 100 characters and paragraphs are separated by blank lines.
    /// </summary>
    internal static bool LooksHardWrapped(string text)
    {
        int nonEmpty = 0, wrappedLength = 0, blank = 0, longest = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            int len = raw.Trim().Length;
            if (len > 100)
            {
                return false; // one long line is enough to show the text is not wrapped
            }

            if (len == 0)
            {
                blank++;
                continue;
            }

            nonEmpty++;
            longest = Math.Max(longest, len);
            if (len is >= 55 and <= 100)
            {
                wrappedLength++;
            }
        }

        return nonEmpty >= 12 && blank >= 2 && longest <= 100 && wrappedLength >= nonEmpty * 0.6;
    }

    private static string UnwrapHardWrappedLines(string text)
    {
        var result = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                result.Add("");
                continue;
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
        }

        Flush();
        return string.Join('\n', result);

        void Flush()
        {
            if (current.Length > 0)
            {
                result.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
