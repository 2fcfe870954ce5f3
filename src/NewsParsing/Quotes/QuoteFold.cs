using NewsParsing.Text;

namespace NewsParsing.Quotes;

/// <summary>
/// <see cref="TextFold.Fold(string)"/> for single tokens, fast: each character below U+2070 is folded
/// once, when the type is first used, into an immutable table; tokens made only of such
/// characters are folded by table lookup, others by <see cref="TextFold.Fold(string)"/>. The result is
/// always the same as <see cref="TextFold.Fold(string)"/>'s, so tokens match the folded lexicons.
/// </summary>
internal static class QuoteFold
{
    private const int TableSize = 0x2070;
    private static readonly string[] Table = BuildTable();

    /// <summary>Longest token folded on the stack to find a known word without allocating.</summary>
    private const int MaxStackFold = 32;

    /// <param name="text">The text holding the token.</param>
    /// <param name="start">Start of the token.</param>
    /// <param name="length">Length of the token.</param>
    /// <param name="known">Known folded words: a token equal to one of them reuses its string.</param>
    public static string Fold(string text, int start, int length, KnownWords? known = null)
    {
        if (length == 1 && text[start] < TableSize && Table[text[start]] is { } single)
        {
            return single;
        }

        // One pass: fold into a stack buffer, then either find the lexicon's string or make one.
        Span<char> buffer = length <= MaxStackFold ? stackalloc char[length] : new char[length];
        for (int i = 0; i < length; i++)
        {
            char c = text[start + i];
            char folded = c < TableSize ? SingleChar[c] : '\0';
            if (folded == '\0')
            {
                return TextFold.Fold(text.Substring(start, length));
            }

            buffer[i] = folded;
        }

        return known is not null && known.TryGet(buffer, out var word) ? word : new string(buffer);
    }

    // The same table as one char per entry ('\0' where a character folds to none or to several),
    // so the common case reads a char instead of following a string reference.
    private static readonly char[] SingleChar = BuildSingleChar();

    private static char[] BuildSingleChar()
    {
        var chars = new char[TableSize];
        for (int c = 0; c < TableSize; c++)
        {
            chars[c] = Table[c] is { Length: 1 } one ? one[0] : '\0';
        }

        return chars;
    }

    private static string[] BuildTable()
    {
        var table = new string[TableSize];
        for (int c = 0; c < TableSize; c++)
        {
            if (char.IsSurrogate((char)c) || char.IsWhiteSpace((char)c))
            {
                continue;
            }

            var folded = TextFold.Fold(((char)c).ToString());
            table[c] = folded.Length == 0 ? null! : string.IsInterned(folded) ?? folded;
        }

        return table;
    }
}

/// <summary>
/// Folded words a lexicon knows, looked up by span so that tokens equal to them share their
/// string instead of allocating one (on .NET 9 and later; earlier runtimes allocate).
/// </summary>
internal sealed class KnownWords
{
#if NET9_0_OR_GREATER
    private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public KnownWords(IEnumerable<string> words) =>
        _lookup = System.Collections.Frozen.FrozenSet.ToFrozenSet(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGet(ReadOnlySpan<char> fold, out string word) => _lookup.TryGetValue(fold, out word!);
#else
    public KnownWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
    }

    public bool TryGet(ReadOnlySpan<char> fold, out string word)
    {
        word = "";
        return false;
    }
#endif
}
