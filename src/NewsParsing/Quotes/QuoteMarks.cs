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
/// pass with a counter, so any number of unclosed marks costs O(n). ‘ ’ and ‚ are never
/// outermost marks: ’ is also the apostrophe.
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
    public static List<QuoteMarkSpan> Find(string text, char continuedOpener = '\0')
    {
        var spans = new List<QuoteMarkSpan>();
        int open = -1;
        char opener = '\0';
        int depth = 0;
        int from = 0;
        if (continuedOpener != '\0' && text.AsSpan().IndexOfAny(MarkChars) is > 0 and var first
            && IsCloserOf(continuedOpener, text, first) && (first + 1 == text.Length || !char.IsLetterOrDigit(text[first + 1])))
        {
            Add(spans, text, -1, first);
            from = first + 1;
        }

        for (int i = from; i < text.Length; i++)
        {
            // Only quote marks open, close or nest: jump to the next one (vectorised search).
            int next = text.AsSpan(i).IndexOfAny(MarkChars);
            if (next < 0)
            {
                break;
            }

            i += next;
            char c = text[i];
            if (open < 0)
            {
                if (IsOpener(text, i))
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

        if (open >= 0 && opener is '«' or '“' or '„' or '"')
        {
            Add(spans, text, open, -1);
        }

        return spans;
    }

    /// <summary>True for any quote mark character this class pairs.</summary>
    private static readonly System.Buffers.SearchValues<char> MarkChars = System.Buffers.SearchValues.Create("«»“”„\"‹›");

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
            '„' => c is '“' or '”',
            // A straight mark closed by a curly one (and the reverse below): sites that convert
            // only some of their quote marks ("… starvation,” McCain said).
            '"' => c == '"' || c == '”' && i > 0 && !IsBlank(text[i - 1]),

            // “…“ happens in scraped text: a “ after a word and before a space or punctuation closes.
            '“' => c == '”' || c == '"' && i > 0 && !IsBlank(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])) || c == '“' && i > 0 && !IsBlank(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])),
            _ => false,
        };
    }
}
