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
    public static string NormalizeDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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

    /// <summary>Normalises one inline text: invisible characters removed, whitespace collapsed, trimmed, NFC.</summary>
    public static string NormalizeInline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (IsSpace(c) || c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        var result = sb.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>True for characters that render as a space (tab, NBSP, narrow NBSP, thin and figure spaces…).</summary>
    public static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\u200A' or '\u2002' or '\u2003'
            or '\u2004' or '\u2005' or '\u2006' or '\u2008' or '\u205F' or '\u3000' or '\u1680';

    /// <summary>
    /// True for characters that carry nothing visible: zero-width characters, BOM, soft hyphen,
    /// and control characters other than line breaks.
    /// </summary>
    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E'
        || (c < ' ' && c != '\n' && c != '\t' && c != '\r')
        || (c >= '\u007F' && c <= '\u009F')
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || char.GetUnicodeCategory(c) == UnicodeCategory.Format && c != '\u200E' && c != '\u200F' && c != '\u061C';
}
