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
    public const int MaxStackFold = 32;

    /// <summary>
    /// The folded form of a character when it folds to exactly one character, else '\0' (it
    /// folds to none, to several, or lies outside the table: fold such a token with <see cref="Fold(string, int, int, KnownWords?, out WordClass)"/>).
    /// </summary>
    public static char FoldChar(char c) => c < TableSize ? SingleChar[c] : '\0';

    /// <param name="text">The text holding the token.</param>
    /// <param name="start">Start of the token.</param>
    /// <param name="length">Length of the token.</param>
    /// <param name="known">Known folded words: a token equal to one of them reuses its string.</param>
    public static string Fold(string text, int start, int length, KnownWords? known = null) => Fold(text, start, length, known, out _);

    /// <summary>Folds a token and looks up its lexicon classes in the same pass.</summary>
    /// <param name="text">The text holding the token.</param>
    /// <param name="start">Start of the token.</param>
    /// <param name="length">Length of the token.</param>
    /// <param name="known">The lexicon's words and classes, or null (then the class is none).</param>
    /// <param name="wordClass">The classes of the folded word.</param>
    public static string Fold(string text, int start, int length, KnownWords? known, out WordClass wordClass)
    {
        if (length == 1 && text[start] < TableSize && Table[text[start]] is { } single)
        {
            wordClass = known?.Classify(single) ?? WordClass.None;
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
                var slow = TextFold.Fold(text.Substring(start, length));
                wordClass = known?.Classify(slow) ?? WordClass.None;
                return slow;
            }

            buffer[i] = folded;
        }

        if (known is null)
        {
            wordClass = WordClass.None;
            return new string(buffer);
        }

        if (known.TryGet(buffer, out var word, out wordClass))
        {
            return word;
        }

        var made = new string(buffer);
        wordClass = known.ClassifyMissing(made);
        return made;
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
/// Folded words a lexicon knows with their classes, looked up by span so that a token equal to
/// one of them shares its string and gets its classes in one lookup (on .NET 9 and later; earlier
/// runtimes allocate the token and look it up by string).
/// </summary>
internal sealed class KnownWords
{
    // One table for both lookups; the value repeats the key because a frozen dictionary's span
    // lookup returns no key, and a token equal to a known word shares its string.
    private readonly System.Collections.Frozen.FrozenDictionary<string, (string Word, WordClass Class)> _entries;
    private readonly Func<string, WordClass>? _missing;
#if NET9_0_OR_GREATER
    private readonly System.Collections.Frozen.FrozenDictionary<string, (string Word, WordClass Class)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif

    /// <param name="classes">Each known folded word and its classes.</param>
    /// <param name="missing">Role class of a word the table does not mark as a role (German compounds), or null.</param>
    public KnownWords(IReadOnlyDictionary<string, WordClass> classes, Func<string, WordClass>? missing = null)
    {
        _entries = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(classes, e => e.Key, e => (e.Key, e.Value), StringComparer.Ordinal);
        _missing = missing;
#if NET9_0_OR_GREATER
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    public bool TryGet(ReadOnlySpan<char> fold, out string word, out WordClass wordClass)
    {
#if NET9_0_OR_GREATER
        if (!_lookup.TryGetValue(fold, out var entry))
        {
            word = "";
            wordClass = WordClass.None;
            return false;
        }

        (word, wordClass) = entry;

        if ((wordClass & WordClass.Role) == 0 && _missing is not null)
        {
            wordClass |= _missing(word);
        }

        return true;
#else
        word = "";
        wordClass = WordClass.None;
        return false;
#endif
    }

    /// <summary>The classes of a folded word.</summary>
    public WordClass Classify(string fold)
    {
        var c = _entries.TryGetValue(fold, out var entry) ? entry.Class : WordClass.None;
        return (c & WordClass.Role) == 0 && _missing is not null ? c | _missing(fold) : c;
    }

    /// <summary>The classes of a word <see cref="TryGet"/> did not find.</summary>
    public WordClass ClassifyMissing(string fold)
    {
#if NET9_0_OR_GREATER
        return _missing?.Invoke(fold) ?? WordClass.None;
#else
        return Classify(fold);
#endif
    }
}
