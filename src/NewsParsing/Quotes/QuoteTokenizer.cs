using NewsParsing.Text;

namespace NewsParsing.Quotes;

/// <summary>A word or a punctuation character of a paragraph, with its span.</summary>
/// <param name="Start">First UTF-16 index in the paragraph.</param>
/// <param name="End">Index after the last character.</param>
/// <param name="Fold">The matching form (<see cref="TextFold.Fold(string)"/>).</param>
/// <param name="IsWord">A word (letters or digits) rather than punctuation.</param>
/// <param name="IsUpper">A word that starts with a capital letter.</param>
internal readonly record struct QuoteToken(int Start, int End, string Fold, bool IsWord, bool IsUpper)
{
    /// <summary>The lexicon classes of the word, looked up once per token.</summary>
    public WordClass Class { get; init; }

    public bool Is(string fold) => string.Equals(Fold, fold, StringComparison.Ordinal);

    public bool Is(WordClass wordClass) => (Class & wordClass) != 0;

    /// <summary>A word whose folded form starts with a digit.</summary>
    /// <remarks>
    /// This flag and <see cref="HasHyphen"/> are set by the tokenizer, which has the folded word at
    /// hand: the passes over every token then read them without following the string reference.
    /// </remarks>
    public bool IsDigit { get; init; }

    /// <summary>A word whose folded form holds a hyphen ("a-t-il", "jean-pierre").</summary>
    public bool HasHyphen { get; init; }
}

/// <summary>
/// Splits a paragraph into words and punctuation in one linear pass. Hyphenated words stay whole
/// ("a-t-il", "Jean-Pierre"); French elisions are split after the apostrophe ("l'", "agence").
/// </summary>
internal static class QuoteTokenizer
{
    /// <summary>
    /// The tokens of a text in an array rented from the shared pool: the caller returns it with
    /// <see cref="TokenList.Return"/> when done. A paragraph's analysis reads its tokens many
    /// times and then drops them all at once, so renting saves both an allocation and a copy.
    /// </summary>
    public static TokenList TokenizePooled(string text, KnownWords? known = null)
    {
        // A guessed capacity: a paragraph of quote marks has a token every two characters, prose
        // one every five or six; the buffer grows by doubling when the guess is short.
        var buffer = System.Buffers.ArrayPool<QuoteToken>.Shared.Rent(text.Length / 4 + 8);
        int count = 0;
        TokenizeInto(text, known, ref buffer, ref count, stackalloc char[QuoteFold.MaxStackFold]);
        return new TokenList(buffer, count);
    }

    /// <summary>The tokens of a short text (a lexicon phrase, a speaker's name), in an array of their own.</summary>
    public static QuoteToken[] Tokenize(string text, KnownWords? known = null)
    {
        var pooled = TokenizePooled(text, known);
        var tokens = pooled.ToArray();
        pooled.Return();
        return tokens;
    }

    private static void Add(ref QuoteToken[] buffer, ref int count, in QuoteToken token)
    {
        if (count == buffer.Length)
        {
            Grow(ref buffer, count);
        }

        buffer[count++] = token;
    }

    // Out of line: the buffer is rarely short, and the common path of Add stays small enough to inline.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Grow(ref QuoteToken[] buffer, int count)
    {
        var larger = System.Buffers.ArrayPool<QuoteToken>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, count).CopyTo(larger);
        System.Buffers.ArrayPool<QuoteToken>.Shared.Return(buffer);
        buffer = larger;
    }

    // What an ASCII character starts: worked out once from the same predicates the general path
    // uses, so the table changes no token, it only skips the Unicode calls for ASCII text.
    private const byte AsciiSpace = 0, AsciiWord = 1, AsciiOther = 2;
    private static readonly byte[] AsciiKind = BuildAsciiKind();

    private static byte[] BuildAsciiKind()
    {
        var kinds = new byte[128];
        for (char c = '\0'; c < 128; c++)
        {
            kinds[c] = IsSkipped(c) ? AsciiSpace : char.IsLetterOrDigit(c) ? AsciiWord : AsciiOther;
        }

        return kinds;
    }

    private static bool IsSkipped(char c) => c == ' ' || char.IsWhiteSpace(c) || TextNormalizer.IsSpace(c) || c == '\u200B';

    // A word is folded into `fold` while it is scanned; only a word with a character that folds to
    // none or several characters (a combining accent, "œ") is folded again the slow way.
    // (The caller allocates `fold` on its stack: a stackalloc here kept this loop from tiered
    // compilation, so it ran as a first-tier "full opts" build without profile-guided optimisation,
    // its static tables read through class-initialisation checks.)
    private static void TokenizeInto(string text, KnownWords? known, ref QuoteToken[] tokens, ref int tokenCount, Span<char> fold)
    {
        // Locals rather than the references, so that the loop keeps them in registers.
        var buffer = tokens;
        int count = tokenCount;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            bool wordStart;
            if (c < 128)
            {
                byte kind = AsciiKind[c];
                if (kind == AsciiSpace)
                {
                    i++;
                    continue;
                }

                wordStart = kind == AsciiWord;
            }
            else
            {
                if (IsSkipped(c))
                {
                    i++;
                    continue;
                }

                wordStart = char.IsLetterOrDigit(c);
            }

            if (!wordStart)
            {
                Add(ref buffer, ref count, new QuoteToken(i, i + 1, QuoteFold.Fold(text, i, 1), false, false));
                i++;
                continue;
            }

            int j = i;
            int folded = 0;
            // Whether a hyphen was folded into the word (ASCII letters and digits never fold to one).
            bool hyphen = false;
            // The folded word's hash for the lexicon lookup, built as its characters are folded.
            uint hash = KnownWords.EmptyHash;
            bool simple = true;
            while (j < text.Length)
            {
                char d = text[j];
                if (char.IsAsciiLetterOrDigit(d))
                {
                    // ASCII letters fold to their lower case: no table, no category.
                    if (folded < fold.Length)
                    {
                        char f = (char)(d | (char.IsAsciiLetterUpper(d) ? 0x20 : 0));
                        fold[folded++] = f;
                        hash = KnownWords.Hash(hash, f);
                    }
                    else
                    {
                        simple = false;
                    }

                    j++;
                    continue;
                }

                if (d >= '\u0080' && (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark))
                {
                    Append(fold, ref folded, ref simple, ref hash, d);
                    hyphen |= simple && fold[folded - 1] == '-';
                    j++;
                    continue;
                }

                // Only a hyphen or an apostrophe joins what follows; anything else ends the word.
                if (d is not ('-' or '\u2011' or '\u2010' or '\'' or '’') || j + 1 >= text.Length || !char.IsLetterOrDigit(text[j + 1]))
                {
                    break;
                }

                if (d is '-' or '\u2011' or '\u2010')
                {
                    Append(fold, ref folded, ref simple, ref hash, d);
                    hyphen |= simple && fold[folded - 1] == '-';
                    j++;
                    continue;
                }

                bool elision = j - i <= 7 && (simple ? IsElision(fold[..folded]) : IsElision(QuoteFold.Fold(text, i, j - i)));
                Append(fold, ref folded, ref simple, ref hash, d);
                hyphen |= simple && fold[folded - 1] == '-';
                j++;
                if (elision)
                {
                    break;
                }
            }

            string word;
            WordClass wordClass;
            if (!simple)
            {
                word = QuoteFold.Fold(text, i, j - i, known, out wordClass);
            }
            else if (known is null)
            {
                word = new string(fold[..folded]);
                wordClass = WordClass.None;
            }
            else if (!known.TryGet(fold[..folded], hash, out word, out wordClass))
            {
                word = new string(fold[..folded]);
                wordClass = known.ClassifyMissing(word);
            }

            bool upper = c < 128 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);
            // (A simply folded word's characters are those in the buffer; another is read from its string.)
            bool digit = simple ? folded > 0 && char.IsDigit(fold[0]) : word.Length > 0 && char.IsDigit(word[0]);
            bool hasHyphen = simple ? hyphen : word.Contains('-');
            Add(ref buffer, ref count, new QuoteToken(i, j, word, true, upper) { Class = wordClass, IsDigit = digit, HasHyphen = hasHyphen });
            i = j;
        }

        tokens = buffer;
        tokenCount = count;
    }

    private static void Append(Span<char> fold, ref int folded, ref bool simple, ref uint hash, char c)
    {
        if (!simple)
        {
            return;
        }

        char f = QuoteFold.FoldChar(c);
        if (f == '\0' || folded == fold.Length)
        {
            simple = false;
            return;
        }

        fold[folded++] = f;
        hash = KnownWords.Hash(hash, f);
    }

    // French elided words, split after their apostrophe ("l'agence", "qu'il", "jusqu'au").
    private static bool IsElision(ReadOnlySpan<char> word) =>
        word is "l" or "d" or "qu" or "n" or "s" or "j" or "c" or "m" or "t" or "jusqu" or "lorsqu" or "puisqu" or "quoiqu";

    /// <summary>The folded words of a lexicon phrase, split like paragraph text.</summary>
    public static string[] FoldWords(string phrase) =>
        [.. Tokenize(phrase).Select(t => t.Fold)];
}

/// <summary>
/// A paragraph's tokens, in an array rented from the shared pool. The indexer returns a
/// reference, so the rules read a token's fields without copying it.
/// </summary>
internal sealed class TokenList
{
    private QuoteToken[] _items;

    public TokenList(QuoteToken[] items, int count)
    {
        _items = items;
        Count = count;
    }

    public int Count { get; private set; }

    public ref readonly QuoteToken this[int index]
    {
        get
        {
            // The rented array may be longer than the list: check against the list's own count.
            if ((uint)index >= (uint)Count)
            {
                ThrowIndexOutOfRange();
            }

            return ref _items[index];
        }
    }

    // Thrown out of line, so that the indexer (read for every token by every rule) is small enough to inline.
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ThrowIndexOutOfRange() => throw new ArgumentOutOfRangeException("index");

    public QuoteToken[] ToArray() => _items.AsSpan(0, Count).ToArray();

    /// <summary>Gives the array back to the pool; the list is empty afterwards.</summary>
    public void Return()
    {
        var items = _items;
        int count = Count;
        _items = [];
        Count = 0;
        if (items.Length > 0)
        {
            // Only the tokens written hold references: clear those, not the whole rented array.
            items.AsSpan(0, count).Clear();
            System.Buffers.ArrayPool<QuoteToken>.Shared.Return(items);
        }
    }
}
