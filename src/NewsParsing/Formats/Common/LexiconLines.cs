using NewsParsing.Text;

namespace NewsParsing.Formats.Common;

/// <summary>Whole-line and label look-ups in a named lexicon list, across every language.</summary>
/// <remarks>
/// These lists hold UI strings (share-plugin intros, category labels) that sites print in their
/// theme's language whatever the article's, so every language's list is consulted.
/// </remarks>
public static class LexiconLines
{
    /// <summary>True when the whole line equals an entry of the list <paramref name="listName"/> of any language.</summary>
    public static bool IsWholeLine(string text, string listName, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var line = TextFold.FoldLine(text);
        foreach (var lexicon in context.Lexicons.All)
        {
            foreach (var entry in lexicon.List(listName))
            {
                if (TextFold.FoldLine(entry) == line)
                {
                    return true;
                }
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
        if (colon <= 0)
        {
            return false;
        }

        var label = TextFold.FoldLine(text[..colon]);
        foreach (var lexicon in context.Lexicons.All)
        {
            foreach (var entry in lexicon.List(listName))
            {
                if (TextFold.FoldLine(entry) == label)
                {
                    value = text[(colon + 1)..].Trim();
                    return true;
                }
            }
        }

        return false;
    }
}
