using System.Globalization;
using System.Text;

namespace NewsParsing.Text;

/// <summary>
/// The comparison form used to match text against lexicons: lower case, accents removed,
/// typographic apostrophes and ligatures unified, spaces collapsed. Never used for output.
/// </summary>
public static class TextFold
{
    /// <summary>Folds text for matching ("Publié le" and "PUBLIE LE" fold alike).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        bool pendingSpace = false;
        foreach (char raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(raw) || TextNormalizer.IsSpace(raw))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            switch (raw)
            {
                case '’' or '‘' or 'ʼ' or '´' or '`':
                    sb.Append('\'');
                    break;
                case 'œ' or 'Œ':
                    sb.Append("oe");
                    break;
                case 'æ' or 'Æ':
                    sb.Append("ae");
                    break;
                case 'ß':
                    sb.Append("ss");
                    break;
                case '…':
                    sb.Append("...");
                    break;
                case '–' or '—' or '―' or '‐' or '‑':
                    sb.Append('-');
                    break;
                default:
                    sb.Append(char.ToLowerInvariant(raw));
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Folds and strips trailing punctuation and quote marks, for whole-line comparisons.</summary>
    public static string FoldLine(string text) => Fold(text).Trim(' ', '.', ':', '!', '?', ',', ';', '*', '»', '«', '"', '-', '|', '>', '…');
}
