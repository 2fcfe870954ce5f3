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
    internal const int TableSize = 0x2070;
    private static readonly string[] Table = BuildTable();

    /// <summary>Longest token folded on the stack to find a known word without allocating.</summary>
    public const int MaxStackFold = 32;

    /// <summary>
    /// A word of a speaker's text folded, without an elided article written onto it ("l'intéressé"
    /// → "intéressé"); <paramref name="elided"/> tells whether there was one.
    /// </summary>
    public static string FoldWithoutElision(string word, out bool elided)
    {
        string fold = TextFold.Fold(word);
        int apostrophe = fold.LastIndexOf('\'');
        elided = apostrophe > 0;
        return apostrophe >= 0 ? fold[(apostrophe + 1)..] : fold;
    }

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
            wordClass = known?.ClassifyChar(text[start], single) ?? WordClass.None;
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
/// one of them shares its string and gets its classes in one lookup, without allocating.
/// </summary>
/// <remarks>
/// An open-addressing table of its own rather than a frozen dictionary's span lookup: every word
/// of every paragraph is looked up here, and the frozen dictionary's lookup goes through a
/// delegate and a hashing strategy per call, which made it a tenth of quote extraction. The
/// table is built once per lexicon and never changes, so it is safe to share between threads.
/// </remarks>
internal sealed class KnownWords
{
    // One array of entries, so that a probe reads one cache line rather than three arrays.
    private readonly Entry[] _entries;
    private readonly int _mask;

    private readonly record struct Entry(string? Key, uint Hash, WordClass Class);
    private readonly Func<string, WordClass>? _missing;

    /// <param name="classes">Each known folded word and its classes.</param>
    /// <param name="missing">Role class of a word the table does not mark as a role (German compounds), or null.</param>
    public KnownWords(IReadOnlyDictionary<string, WordClass> classes, Func<string, WordClass>? missing = null)
    {
        // A load of at most one half keeps probe runs short.
        int size = 16;
        while (size < classes.Count * 2)
        {
            size *= 2;
        }

        _entries = new Entry[size];
        _mask = size - 1;
        _missing = missing;
        foreach (var (word, known) in classes.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            // A known word's missing role class is part of its entry: asked once here, not per token.
            var wordClass = (known & WordClass.Role) == 0 && missing is not null ? known | missing(word) : known;
            uint hash = Hash(word);
            int slot = (int)(hash & (uint)_mask);
            while (_entries[slot].Key is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(word, hash, wordClass);
        }

        _charClasses = new WordClass[QuoteFold.TableSize];
        for (int c = 0; c < _charClasses.Length; c++)
        {
            _charClasses[c] = QuoteFold.FoldChar((char)c) is not '\0' and var folded ? Classify(folded.ToString()) : WordClass.None;
        }
    }

    // The classes of each one-character token below the fold table's end (punctuation, mostly),
    // by character: a paragraph has a punctuation token every few words.
    private readonly WordClass[] _charClasses;

    /// <summary>The classes of a one-character token whose folded form is <paramref name="folded"/>.</summary>
    public WordClass ClassifyChar(char c, string folded) =>
        c < _charClasses.Length && folded.Length == 1 && folded[0] == QuoteFold.FoldChar(c) ? _charClasses[c] : Classify(folded);

    /// <summary>The hash of an empty word, to which <see cref="Hash(uint, char)"/> adds characters.</summary>
    public const uint EmptyHash = 2166136261;

    /// <summary>The hash of a word with one more character (a tokenizer hashes a word as it folds it).</summary>
    public static uint Hash(uint hash, char c) => (hash ^ c) * 16777619;

    // FNV-1a over the UTF-16 code units: short words, so a simple hash beats a vectorised one.
    private static uint Hash(ReadOnlySpan<char> word)
    {
        uint hash = EmptyHash;
        foreach (char c in word)
        {
            hash = Hash(hash, c);
        }

        return hash;
    }

    private int Find(ReadOnlySpan<char> fold) => Find(fold, Hash(fold));

    private int Find(ReadOnlySpan<char> fold, uint hash)
    {
        int slot = (int)(hash & (uint)_mask);
        var entries = _entries;
        while (entries[slot].Key is { } key)
        {
            if (entries[slot].Hash == hash && fold.SequenceEqual(key))
            {
                return slot;
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    public bool TryGet(ReadOnlySpan<char> fold, out string word, out WordClass wordClass) => TryGet(fold, Hash(fold), out word, out wordClass);

    /// <summary><see cref="TryGet(ReadOnlySpan{char}, out string, out WordClass)"/> with the word's hash already made.</summary>
    public bool TryGet(ReadOnlySpan<char> fold, uint hash, out string word, out WordClass wordClass)
    {
        int slot = Find(fold, hash);
        if (slot < 0)
        {
            word = "";
            wordClass = WordClass.None;
            return false;
        }

        word = _entries[slot].Key!;
        wordClass = _entries[slot].Class;
        return true;
    }

    /// <summary>The classes of a folded word.</summary>
    public WordClass Classify(string fold)
    {
        int slot = Find(fold);
        return slot >= 0 ? _entries[slot].Class : ClassifyMissing(fold);
    }

    /// <summary>The classes of a word <see cref="TryGet(ReadOnlySpan{char}, out string, out WordClass)"/> did not find.</summary>
    public WordClass ClassifyMissing(string fold) => _missing?.Invoke(fold) ?? WordClass.None;
}
