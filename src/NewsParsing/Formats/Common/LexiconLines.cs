using NewsParsing.Text;

namespace NewsParsing.Formats.Common;

/// <summary>Whole-line and label look-ups in a named lexicon list, across every language.</summary>
/// <remarks>
/// These lists hold UI strings (share-plugin intros, category labels) that sites print in their
/// theme's language whatever the article's, so every language's list is consulted.
/// </remarks>
public static class LexiconLines
{
    /// <summary>Longest text compared with list entries; UI strings are short.</summary>
    public const int MaxEntryLength = 80;

    /// <summary>True when the whole line equals an entry of the list <paramref name="listName"/> of any language.</summary>
    public static bool IsWholeLine(string text, string listName, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (text.Length > MaxEntryLength)
        {
            return false;
        }

        var line = TextFold.FoldLine(text);
        foreach (var lexicon in context.Lexicons.All)
        {
            if (lexicon.FoldedList(listName).Contains(line))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Label: value" where the label is an entry of <paramref name="listName"/>; returns the value.</summary>
    public static bool TryGetLabelledValue(string text, string listName, ParseContext context, out string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        value = "";
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxEntryLength)
        {
            return false;
        }

        var label = TextFold.FoldLine(text[..colon]);
        foreach (var lexicon in context.Lexicons.All)
        {
            if (lexicon.FoldedList(listName).Contains(label))
            {
                value = text[(colon + 1)..].Trim();
                return true;
            }
        }

        return false;
    }
}
