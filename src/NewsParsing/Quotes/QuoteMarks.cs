namespace NewsParsing.Quotes;

/// <summary>A span of a paragraph between quote marks (the outermost pair).</summary>
/// <param name="Open">Index of the opening mark, or -1 when the quote was opened in the paragraph before.</param>
/// <param name="Close">Index of the closing mark, or -1 when the quote runs to the paragraph's end.</param>
/// <param name="Start">Start of the quoted words (spaces inside the marks skipped).</param>
/// <param name="End">End of the quoted words.</param>
internal readonly record struct QuoteMarkSpan(int Open, int Close, int Start, int End)
{
    public bool Unclosed => Close < 0;

    /// <summary>The second part of a quote cut by an incise inside its marks: its first word continues a sentence.</summary>
    public bool Continues { get; init; }

    /// <summary>Index after the closing mark (or the paragraph's end).</summary>
    public int After(int length) => Close < 0 ? length : Close + 1;
}

/// <summary>
/// Pairs quote marks in one paragraph: « », “ ”, „ “, " ", » «, ‹ ›, with non-breaking spaces
/// inside. Only the outermost pair counts; a mark of the opening kind inside nests. One linear
/// pass with a counter, so any number of unclosed marks costs O(n). ‘ ’ are outermost marks only
/// in a text that quotes in the British way (<see cref="QuotesWithSingleMarks"/>): ’ is also the
/// apostrophe, and elsewhere single marks are a quote inside a quote. ‚ never is.
/// </summary>
internal static class QuoteMarks
{
    /// <param name="text">The paragraph.</param>
    /// <param name="continuedOpener">
    /// The opening mark of a quote the paragraph before left open at its end, or '\0'. A long
    /// quote may run over paragraphs without its mark repeated ("… autant." then "Il va falloir
    /// trouver un successeur », poursuit-il."): when this paragraph's first mark closes it, the
    /// words before that mark are the quote's last part.
    /// </param>
    /// <param name="singleMarks">‘ ’ and ' ' pair too (a text that quotes in the British way).</param>
    public static List<QuoteMarkSpan> Find(string text, char continuedOpener = '\0', bool singleMarks = false)
    {
        var markChars = singleMarks ? MarkCharsWithSingle : MarkChars;
        var spans = new List<QuoteMarkSpan>();
        int open = -1;
        char opener = '\0';
        int depth = 0;
        int from = 0;
        // (A quote in single marks goes on in a paragraph that opens with the mark again: a ’ or '
        // inside the next paragraph's text is as likely an apostrophe, "Lil' Kim".)
        if (continuedOpener is not ('\0' or '‘' or '\'') && text.AsSpan().IndexOfAny(markChars) is > 0 and var first
            && IsCloserOf(continuedOpener, text, first) && (first + 1 == text.Length || !char.IsLetterOrDigit(text[first + 1])))
        {
            Add(spans, text, -1, first);
            from = first + 1;
        }

        for (int i = from; i < text.Length; i++)
        {
            // Only quote marks open, close or nest: jump to the next one (vectorised search).
            int next = text.AsSpan(i).IndexOfAny(markChars);
            if (next < 0)
            {
                break;
            }

            i += next;
            char c = text[i];
            if (open < 0)
            {
                if (IsOpener(text, i) || c is '‘' or '\'' && singleMarks && IsSingleOpener(text, i))
                {
                    open = i;
                    opener = c;
                    depth = 0;
                }

                continue;
            }

            if (IsCloserOf(opener, text, i))
            {
                if (depth > 0)
                {
                    depth--;
                    continue;
                }

                Add(spans, text, open, i);
                open = -1;
            }
            else if (c == opener && opener != '"' && IsOpener(text, i))
            {
                depth++;
            }
        }

        if (open >= 0 && opener is '«' or '“' or '„' or '"' or '‘' or '\'')
        {
            Add(spans, text, open, -1);
        }

        return spans;
    }

    /// <summary>True for any quote mark character this class pairs.</summary>
    private static readonly System.Buffers.SearchValues<char> MarkChars = System.Buffers.SearchValues.Create("«»“”„\"‹›");
    private static readonly System.Buffers.SearchValues<char> MarkCharsWithSingle = System.Buffers.SearchValues.Create("«»“”„\"‹›‘’'");

    // The double marks QuotesWithSingleMarks counts: not ”, which opens nothing.
    private static readonly System.Buffers.SearchValues<char> DoubleOpeningMarkChars = System.Buffers.SearchValues.Create("«»“„\"‹›");

    /// <summary>
    /// Whether a body quotes in the British way, ‘…,’ she said: at least two single marks open a
    /// sentence of three words or more (a capital after the paragraph's start, a sentence's end or a colon: "She
    /// said: 'William was …"; not a label, "'Börse': …"),
    /// and single marks open more than twice as often as double ones. An American text nests its
    /// single marks inside double ones, and a double span is read first, so its ‘…’ stay inside;
    /// scare quotes ("a 'continuity' control") and code ("echo 'fix'") open no sentence.
    /// </summary>
    public static bool QuotesWithSingleMarks(IReadOnlyList<BodyBlock> body)
    {
        // Single marks first, with a search for two characters: most bodies open fewer than two
        // sentences with one, and then the double marks (a slower search for seven) need no count.
        // (’ is not searched: it opens nothing, and is the apostrophe at every other word of a French text.)
        int single = 0, sentences = 0;
        for (int b = 0; b < body.Count; b++)
        {
            string text = body[b].Text;
            for (int i = 0; i < text.Length; i++)
            {
                int next = text.AsSpan(i).IndexOfAny('‘', '\'');
                if (next < 0)
                {
                    break;
                }

                i += next;
                if (IsSingleOpener(text, i))
                {
                    single++;
                    sentences += char.IsUpper(text[i + 1]) && OpensSentence(text, i) && OpensSeveralWords(text, i) ? 1 : 0;
                }
            }
        }

        if (sentences < 2)
        {
            return false;
        }

        int @double = 0;
        for (int b = 0; b < body.Count && single > 2 * @double; b++)
        {
            string text = body[b].Text;
            for (int i = 0; i < text.Length; i++)
            {
                int next = text.AsSpan(i).IndexOfAny(DoubleOpeningMarkChars);
                if (next < 0)
                {
                    break;
                }

                i += next;
                @double += IsOpener(text, i) ? 1 : 0;
            }
        }

        return single > 2 * @double;
    }

    // "the players’ union": after an s, before a lower-case word.
    private static bool IsPluralPossessive(string text, int i) =>
        i > 0 && text[i - 1] is 's' or 'S' && i + 2 < text.Length && IsBlank(text[i + 1]) && char.IsLower(text[i + 2]);

    // Three words at least before a mark that could close ("'Börse': Manager …" is a label).
    private static bool OpensSeveralWords(string text, int i)
    {
        int words = 1;
        for (int j = i + 1; j < text.Length && words < 3; j++)
        {
            if (text[j] is '’' or '\'' && (j + 1 == text.Length || !char.IsLetter(text[j + 1])) && !IsPluralPossessive(text, j))
            {
                return false;
            }

            words += IsBlank(text[j]) && j + 1 < text.Length && !IsBlank(text[j + 1]) ? 1 : 0;
        }

        return words >= 3;
    }

    // Only blanks before the mark, or a colon or a sentence's end and blanks.
    private static bool OpensSentence(string text, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsBlank(text[j]))
        {
            j--;
        }

        return j < 0 || text[j] is ':' or '.' or '!' or '?';
    }

    // ‘ opens a quote before a letter, where a word starts; "‘90s", "rock ‘n’ roll", "‘em" are apostrophes.
    private static bool IsSingleOpener(string text, int i) =>
        (i == 0 || IsBlank(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or ':' or '“' or '"')
        && i + 2 < text.Length && char.IsLetter(text[i + 1])
        && !(text[i + 2] is '’' or '\'' || text.AsSpan(i + 1).StartsWith("em ", StringComparison.Ordinal) || text.AsSpan(i + 1).StartsWith("til ", StringComparison.Ordinal) || text.AsSpan(i + 1).StartsWith("cause ", StringComparison.Ordinal));

    private const int MaxCloserLookahead = 500;

    // ’ closes a single-mark quote after a word or punctuation, before anything but a letter; a
    // plural possessive ("the players’ union") is passed over when a closing mark comes later, and
    // a letter between single marks ("rock ‘n’ roll") is a word.
    private static bool IsSingleCloser(char opener, string text, int i)
    {
        if (text[i] != (opener == '‘' ? '’' : '\'') || i == 0 || IsBlank(text[i - 1]) || i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
            || i >= 2 && text[i - 2] == opener)
        {
            return false;
        }

        if (!IsPluralPossessive(text, i))
        {
            return true;
        }

        // (Bounded, so that a text of a thousand possessives stays linear.)
        for (int j = i + 1; j < text.Length && j <= i + MaxCloserLookahead && !(text[j] == opener && IsSingleOpener(text, j)); j++)
        {
            if (text[j] == text[i] && !IsBlank(text[j - 1]) && (j + 1 == text.Length || !char.IsLetterOrDigit(text[j + 1])) && text[j - 1] is not ('s' or 'S'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsMark(char c) => c is '«' or '»' or '“' or '”' or '„' or '"' or '‹' or '›';

    private static void Add(List<QuoteMarkSpan> spans, string text, int open, int close)
    {
        int start = open + 1;
        int end = close < 0 ? text.Length : close;
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new QuoteMarkSpan(open, close, start, end));
        }
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F' or '\u2009';

    private static bool IsOpener(string text, int i)
    {
        char c = text[i];
        bool beforeOk = i == 0 || IsBlank(text[i - 1]) || text[i - 1] is '(' or '[' or '/' or '-' or '–' or '—' or ':' or '\'' or '’';
        bool afterWord = i + 1 < text.Length && !IsBlank(text[i + 1]);
        return c switch
        {
            '«' or '„' or '‹' => true,
            '“' => beforeOk || afterWord,
            '"' => beforeOk && afterWord,

            // German and Swiss reversed marks open only when they hug the next word.
            '»' or '›' => beforeOk && afterWord,
            _ => false,
        };
    }

    private static bool IsCloserOf(char opener, string text, int i)
    {
        char c = text[i];
        return opener switch
        {
            '«' => c == '»',
            '‹' => c == '›',
            '»' => c == '«',
            '›' => c == '‹',
            // „…" with a straight closer (typed text): only where no curly closer follows before the
            // next „ (a straight pair inside a quote, „Er rief "Halt" und lief“, stays nested).
            '„' => c is '“' or '”' || c == '"' && i > 0 && !IsBlank(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]))
                && (text.AsSpan(i + 1).IndexOfAny('“', '”', '„') is var next && (next < 0 || text[i + 1 + next] == '„')),
            // A straight mark closed by a curly one (and the reverse below): sites that convert
            // only some of their quote marks ("… starvation,” McCain said).
            '"' => c == '"' || c == '”' && i > 0 && !IsBlank(text[i - 1]),

            // “…“ happens in scraped text: a “ after a word and before a space or punctuation closes.
            '‘' or '\'' => IsSingleCloser(opener, text, i),
            '“' => c == '”' || c == '"' && i > 0 && !IsBlank(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])) || c == '“' && i > 0 && !IsBlank(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])),
            _ => false,
        };
    }
}
