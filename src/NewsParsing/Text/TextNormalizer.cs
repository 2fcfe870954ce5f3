using System.Globalization;
using System.Text;

namespace NewsParsing.Text;

/// <summary>
/// Cleans what scrapers leave in text while keeping the page's own characters (’ stays ’,
/// « stays «): byte-order marks, CRLF and lone CR, no-break and thin spaces, zero-width and
/// control characters, and decomposed accents (output is NFC).
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises a whole document: line breaks become '\n', spaces are plain spaces.</summary>
    /// <remarks>Returns <paramref name="text"/> itself when nothing needs changing, the common case.</remarks>
    public static string NormalizeDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsCleanDocument(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    sb.Append('\n');
                    break;
                case '\u2028' or '\u2029' or '\u0085' or '\f' or '\v':
                    sb.Append('\n');
                    break;
                default:
                    if (IsSpace(c))
                    {
                        sb.Append(' ');
                    }
                    else if (char.IsSurrogate(c))
                    {
                        i += AppendSurrogate(text, i, sb);
                    }
                    else if (!IsInvisible(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        var result = sb.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Appends a surrogate pair whole, or U+FFFD for a lone surrogate (which no Unicode
    /// normalisation accepts). Returns how many extra characters were consumed.
    /// </summary>
    private static int AppendSurrogate(string text, int i, StringBuilder sb)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            sb.Append(text[i]).Append(text[i + 1]);
            return 1;
        }

        sb.Append('\uFFFD');
        return 0;
    }

    /// <summary>True when the document has no character <see cref="NormalizeDocument"/> would change.</summary>
    private static bool IsCleanDocument(string text)
    {
        bool ascii = true;
        foreach (char c in text)
        {
            if (c < ' ')
            {
                if (c != '\n')
                {
                    return false;
                }
            }
            else if (c >= '\u007F')
            {
                ascii = false;
                if (IsSpace(c) || IsInvisible(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085')
                {
                    return false; // surrogates take the slow path, which checks their pairing
                }
            }
        }

        return ascii || text.IsNormalized(NormalizationForm.FormC);
    }

    /// <summary>
    /// Normalises one line of an already normalised document (see <see cref="NormalizeDocument"/>):
    /// collapses runs of spaces and trims. Allocates only the resulting string, and nothing for a
    /// blank line.
    /// </summary>
    internal static string CollapseLine(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim(' ');
        if (trimmed.IsEmpty)
        {
            return "";
        }

        if (trimmed.IndexOf("  ", StringComparison.Ordinal) < 0)
        {
            return new string(trimmed);
        }

        char[]? rented = null;
        Span<char> buffer = trimmed.Length <= 512 ? stackalloc char[trimmed.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(trimmed.Length));
        try
        {
            int n = 0;
            bool space = false;
            foreach (char c in trimmed)
            {
                if (c == ' ')
                {
                    space = true;
                    continue;
                }

                if (space)
                {
                    buffer[n++] = ' ';
                    space = false;
                }

                buffer[n++] = c;
            }

            return new string(buffer[..n]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Normalises one inline text: invisible characters removed, whitespace collapsed, trimmed, NFC.</summary>
    public static string NormalizeInline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[]? rented = null;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            text.AsSpan().CopyTo(buffer);
            return NormalizeInlineInPlace(buffer[..text.Length]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The length of <paramref name="run"/> (plain ASCII opening with a non-space) up to its first
    /// double space or its trailing space: the part whitespace collapsing leaves as it is, so it can
    /// be copied whole. Shared by the inline normaliser and <see cref="TextFold"/>.
    /// </summary>
    internal static int SingleSpacedLength(ReadOnlySpan<char> run)
    {
        int twoSpaces = run.IndexOf("  ", StringComparison.Ordinal);
        return twoSpaces >= 0 ? twoSpaces : run[^1] == ' ' ? run.Length - 1 : run.Length;
    }

    /// <summary>
    /// <see cref="NormalizeInline(string)"/> over a buffer the caller owns, overwritten in place
    /// (the text only shrinks), so a reader that collects text in a buffer pays one string per block.
    /// </summary>
    internal static string NormalizeInlineInPlace(Span<char> text)
    {
        int n = 0;
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            // A stretch of printable ASCII with single spaces (most of a block: words up to a line
            // break, a double space or a non-ASCII letter) moves in one copy, found by two vectorised
            // searches instead of a test per character. It starts at a non-space character and
            // ends before a double space or a trailing space, which the loop below collapses.
            if (c is > ' ' and < '\u007F')
            {
                var rest = text[i..];
                int run = rest.IndexOfAnyExceptInRange(' ', '~');
                run = run < 0 ? rest.Length : run;
                if (run > 1)
                {
                    run = SingleSpacedLength(rest[..run]);
                    if (pendingSpace)
                    {
                        // A space was skipped before c, so n < i and the write stays behind the read.
                        text[n++] = ' ';
                        pendingSpace = false;
                    }

                    if (n != i)
                    {
                        rest[..run].CopyTo(text[n..]);
                    }

                    n += run;
                    i += run - 1;
                    continue;
                }
            }

            // Printable ASCII is neither space, break, invisible nor surrogate: the common case, kept cheap.
            if (c is > ' ' and < '')
            {
                if (pendingSpace)
                {
                    text[n++] = ' ';
                    pendingSpace = false;
                }

                text[n++] = c;
                continue;
            }

            if (IsSpace(c) || c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                pendingSpace = n > 0;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                // A space was skipped before c, so n < i and the write stays behind the read.
                text[n++] = ' ';
                pendingSpace = false;
            }

            if (char.IsSurrogate(c))
            {
                // A whole pair, or U+FFFD for a lone surrogate (which no Unicode normalisation accepts).
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    char low = text[i + 1];
                    text[n++] = c;
                    text[n++] = low;
                    i++;
                }
                else
                {
                    text[n++] = '\uFFFD';
                }

                continue;
            }

            text[n++] = c;
        }

        var result = new string(text[..n]);
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>True for characters that render as a space (tab, NBSP, narrow NBSP, thin and figure spaces…).</summary>
    public static bool IsSpace(char c) =>
        // Most characters are ASCII: answer those with two compares before the long list.
        c < '\u0080' ? c is ' ' or '\t' : c is '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\u200A' or '\u2002' or '\u2003'
            or '\u2004' or '\u2005' or '\u2006' or '\u2008' or '\u205F' or '\u3000' or '\u1680';

    /// <summary>
    /// True for characters that carry nothing visible: zero-width characters, BOM, soft hyphen,
    /// and control characters other than line breaks.
    /// </summary>
    public static bool IsInvisible(char c) =>
        // Printable ASCII first: it is most text, and the category lookup below is not free.
        c is >= ' ' and < '\u007F' ? false : c is '\uFFFE' or '\uFFFF' // noncharacters: Unicode normalisation rejects U+FFFE
        || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E'
        || (c < ' ' && c != '\n' && c != '\t' && c != '\r')
        || (c >= '\u007F' && c <= '\u009F')
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || char.GetUnicodeCategory(c) == UnicodeCategory.Format && c != '\u200E' && c != '\u200F' && c != '\u061C';
}
