using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsParsing.Text;

/// <summary>
/// The comparison form used to match text against lexicons: lower case, accents removed,
/// typographic apostrophes, dashes and ligatures unified, spaces collapsed. Never used for output.
/// </summary>
public static class TextFold
{
    /// <summary>Folds text for matching ("Publié le" and "PUBLIE LE" fold alike).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Fold(text.AsSpan());
    }

    /// <summary>Folds a span of text for matching.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        // Most text folds one character to at most three ("œ" → "oe", "…" → "..."), so a
        // buffer of three times the length never overflows; short texts stay on the stack.
        int capacity = text.Length * 3;
        char[]? rented = null;
        Span<char> buffer = capacity <= 512 ? stackalloc char[capacity] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            int length = FoldInto(text, buffer);
            return length == 0 ? "" : new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Folds and strips trailing and leading punctuation and quote marks, for whole-line comparisons.</summary>
    public static string FoldLine(string text) => Fold(text).Trim(LineTrim);

    /// <summary>The characters <see cref="FoldLine"/> strips at both ends.</summary>
    internal static readonly char[] LineTrim = [' ', '.', ':', '!', '?', ',', ';', '*', '»', '«', '"', '-', '|', '>'];

    // Printable ASCII and the space, without the backquote (folded to an apostrophe).
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_abcdefghijklmnopqrstuvwxyz{|}~");

    private const char LatinStart = '\u00C0';
    private const char LatinEnd = '\u024F';

    // Lower-cased base letters of U+00C0–U+024F, computed once from the canonical decompositions.
    private static readonly char[] LatinBase = BuildLatinBase();

    private static char[] BuildLatinBase()
    {
        var table = new char[LatinEnd - LatinStart + 1];
        for (int i = 0; i < table.Length; i++)
        {
            var c = (char)(LatinStart + i);
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            table[i] = char.ToLowerInvariant(decomposed[0]);
        }

        return table;
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="output"/> (at least three times as long); returns the length written.</summary>
    internal static int FoldInto(ReadOnlySpan<char> text, Span<char> output)
    {
        bool pendingSpace = false;
        return FoldInto(text, output, 0, ref pendingSpace);
    }

    /// <summary>
    /// Goes on with a fold: folds <paramref name="text"/> into <paramref name="output"/> after the
    /// <paramref name="start"/> characters a fold of the text before it wrote, with that fold's
    /// <paramref name="pendingSpaceState"/> (a space read and not yet written; updated); returns the length
    /// written in all. The fold reads one character at a time with no other state, so folding A and
    /// then going on with B writes what folding A + B writes, and the fold of A is its start.
    /// </summary>
    internal static int FoldInto(ReadOnlySpan<char> text, Span<char> output, int start, ref bool pendingSpaceState)
    {
        int n = start;
        bool pendingSpace = pendingSpaceState;
        for (int i = 0; i < text.Length; i++)
        {
            char raw = text[i];
            if (raw is > ' ' and < '\u007F' and not '`')
            {
                // A run of printable ASCII with single spaces (most of any Latin text) folds to
                // itself lower-cased: one vectorised copy instead of a branch per character. It
                // stops before two spaces, and before a space that ends it, which the loop below
                // collapses as any other whitespace.
                var run = text[i..];
                int end = run.IndexOfAnyExcept(PlainAscii);
                run = end < 0 ? run : run[..end];
                run = run[..TextNormalizer.SingleSpacedLength(run)];
                if (pendingSpace)
                {
                    output[n++] = ' ';
                    pendingSpace = false;
                }

                System.Text.Ascii.ToLower(run, output[n..], out int written);
                n += written;
                i += run.Length - 1;
                continue;
            }

            if (raw < 0x80)
            {
                // ASCII, most of any text: a space or control is a space, the rest folds by case only.
                if (raw <= ' ' && char.IsWhiteSpace(raw))
                {
                    pendingSpace = n > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    output[n++] = ' ';
                    pendingSpace = false;
                }

                output[n++] = raw is >= 'A' and <= 'Z' ? (char)(raw + 32) : raw == '`' ? '\'' : raw;
                continue;
            }

            if (char.IsWhiteSpace(raw) || TextNormalizer.IsSpace(raw))
            {
                pendingSpace = n > 0;
                continue;
            }

            if (pendingSpace)
            {
                output[n++] = ' ';
                pendingSpace = false;
            }

            switch (raw)
            {
                case '’' or '‘' or 'ʼ' or '´':
                    output[n++] = '\'';
                    continue;
                case 'œ' or 'Œ':
                    output[n++] = 'o';
                    output[n++] = 'e';
                    continue;
                case 'æ' or 'Æ':
                    output[n++] = 'a';
                    output[n++] = 'e';
                    continue;
                case 'ß':
                    output[n++] = 's';
                    output[n++] = 's';
                    continue;
                case '…':
                    output[n++] = '.';
                    output[n++] = '.';
                    output[n++] = '.';
                    continue;
                case '–' or '—' or '―' or '‐' or '‑':
                    output[n++] = '-';
                    continue;
            }

            // Precomposed Latin letters: the base letter of the canonical decomposition. (None of
            // them is a combining mark or a format character, so they skip the category lookup.)
            if (raw is >= LatinStart and <= LatinEnd)
            {
                output[n++] = LatinBase[raw - LatinStart];
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                continue;
            }

            // Only these categories have lower-case mappings; asking the runtime for the others
            // («, », €, CJK, …) goes through its full case-mapping path for nothing.
            output[n++] = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherSymbol
                ? char.ToLowerInvariant(raw)
                : raw;
        }

        pendingSpaceState = pendingSpace;
        return n;
    }

    /// <summary>
    /// <paramref name="folded"/> is <paramref name="phrase"/> or starts with it and a space
    /// (<c>folded.StartsWith(phrase + " ")</c> without a string per phrase).
    /// </summary>
    internal static bool StartsWithWords(string folded, string phrase) =>
        folded.StartsWith(phrase, StringComparison.Ordinal) && (folded.Length == phrase.Length || folded[phrase.Length] == ' ');

    /// <summary>
    /// <paramref name="folded"/> is <paramref name="phrase"/> or ends with a space and it
    /// (<c>folded.EndsWith(" " + phrase)</c> without a string per phrase).
    /// </summary>
    internal static bool EndsWithWords(string folded, string phrase) =>
        folded.EndsWith(phrase, StringComparison.Ordinal) && (folded.Length == phrase.Length || folded[^(phrase.Length + 1)] == ' ');
}
