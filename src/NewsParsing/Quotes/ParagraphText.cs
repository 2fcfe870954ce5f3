namespace NewsParsing.Quotes;

/// <summary>
/// One body block prepared for the attribution rules: tokens, quote-mark spans, which tokens
/// are quoted, and sentences (never split inside a quote, so "“A. B,” he said" is one).
/// </summary>
internal sealed class ParagraphText
{
    /// <param name="index">The block's index in the body.</param>
    /// <param name="block">The block.</param>
    /// <param name="lexicon">The language's quote lexicon, or null.</param>
    /// <param name="continuedOpener">The mark of a quote the block before left open at its end, or '\0'.</param>
    /// <param name="singleMarks">The article quotes in single marks, ‘…’ (<see cref="QuoteMarks.QuotesWithSingleMarks"/>).</param>
    /// <param name="datelineLength">The length of the article's dateline when it opens this block (a sentence of its own), else 0.</param>
    public ParagraphText(int index, BodyBlock block, QuoteLexicon? lexicon, char continuedOpener = '\0', bool singleMarks = false, int datelineLength = 0)
    {
        Index = index;
        Previous = index - 1;
        ContinuedOpener = continuedOpener;
        Block = block;
        Text = block.Text;
        // Words come with their lexicon classes, found in the same lookup as their folded form.
        Tokens = QuoteTokenizer.TokenizePooled(Text, lexicon?.Known);
        Marks = QuoteMarks.Find(Text, continuedOpener, singleMarks);
        if (lexicon is { InnerIncise: true } && Marks.Count > 0)
        {
            Marks = InnerIncises.Split(Text, Tokens, Marks, lexicon);
        }

        // Rented like the tokens, and longer than needed: index them by token only.
        Quoted = System.Buffers.ArrayPool<bool>.Shared.Rent(Tokens.Count);
        int m = 0;
        for (int t = 0; t < Tokens.Count; t++)
        {
            while (m < Marks.Count && Marks[m].After(Text.Length) <= Tokens[t].Start)
            {
                m++;
            }

            Quoted[t] = m < Marks.Count && Tokens[t].Start >= Marks[m].Open && Tokens[t].Start < Marks[m].After(Text.Length);
        }

        Sentences = SplitSentences(lexicon, datelineLength);
        SentenceIndex = System.Buffers.ArrayPool<int>.Shared.Rent(Tokens.Count);
        for (int s = 0; s < Sentences.Count; s++)
        {
            for (int t = Sentences[s].From; t < Sentences[s].To; t++)
            {
                SentenceIndex[t] = s;
            }
        }
        IsDash = Text.Length > 2 && Text[0] is '–' or '—' or '―' or '-' && char.IsWhiteSpace(Text[1]) || Text.Length > 2 && Text[0] is '–' or '—' && char.IsLetter(Text[1]);
    }

    /// <summary>
    /// Folded words the article capitalises somewhere other than at a sentence start: a word
    /// capitalised only at sentence starts ("Überraschend", "Zwar") is not a name.
    /// </summary>
    /// <remarks>
    /// The article's one set: the finder gives it to every paragraph once all are built, before
    /// any rule reads it (no empty set per paragraph in the meantime).
    /// </remarks>
    public HashSet<string> MidSentenceCapitals { get; set; } = null!;

    /// <summary>True when the token is the first of a sentence (not merely after a quote mark or a colon).</summary>
    public bool OpensSentence(int token) => token == 0 || SentenceIndex[token] != SentenceIndex[token - 1];

    /// <summary>True when the token opens its sentence.</summary>
    public bool StartsSentence(int token)
    {
        if (SentenceIndex[token] != (token == 0 ? -1 : SentenceIndex[token - 1]) || token == 0)
        {
            return true;
        }

        return token > 0 && !Tokens[token - 1].IsWord && (Tokens[token - 1].Fold is ":" || QuoteMarks.IsMark(Text[Tokens[token - 1].Start]));
    }

    /// <summary>A word of two letters or more written all in capitals ("KATIE", "OG", "DFB").</summary>
    public bool IsAllCaps(int token)
    {
        var tok = Tokens[token];
        if (!tok.IsWord || tok.End - tok.Start < 2)
        {
            return false;
        }

        for (int i = tok.Start; i < tok.End; i++)
        {
            if (char.IsLower(Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds this paragraph's mid-sentence capitalised words to a set, and when asked all its
    /// capitalised words to another (in the same pass: the article's word sets need them too).
    /// </summary>
    public void CollectCapitals(HashSet<string> into, HashSet<string>? capitalised = null)
    {
        for (int t = capitalised is null ? 1 : 0; t < Tokens.Count; t++)
        {
            ref readonly var token = ref Tokens[t];
            if (!token.IsUpper)
            {
                continue;
            }

            capitalised?.Add(token.Fold);
            if (t > 0 && !StartsSentence(t))
            {
                into.Add(token.Fold);
            }
        }
    }

    public int Index { get; }

    /// <summary>
    /// The index of the paragraph this one follows in the text: the block before, or the one
    /// before a short heading that interrupts a quote left open (rule "quote over a heading").
    /// </summary>
    public int Previous { get; init; }

    /// <summary>The mark of a quote the paragraph before left open, or '\0'.</summary>
    public char ContinuedOpener { get; }

    public BodyBlock Block { get; }

    public string Text { get; }

    public TokenList Tokens { get; }

    public List<QuoteMarkSpan> Marks { get; }

    /// <summary>Per token: inside quote marks (marks included).</summary>
    public bool[] Quoted { get; }

    /// <summary>Sentences as token ranges [From, To).</summary>
    public List<(int From, int To)> Sentences { get; }

    /// <summary>The paragraph opens with a dash: an interview answer or question.</summary>
    public bool IsDash { get; }

    /// <summary>The opening mark of the quote this paragraph leaves open at its end, or '\0'.</summary>
    public char OpenAtEnd => Marks.Count > 0 && Marks[^1] is { Unclosed: true, Open: >= 0 } last ? Text[last.Open] : '\0';

    public string Span(int fromToken, int toToken) =>
        toToken <= fromToken ? "" : Text[Tokens[fromToken].Start..Tokens[toToken - 1].End];

    /// <summary>The first comma outside quote marks among the tokens [<paramref name="from"/>, <paramref name="to"/>), or -1.</summary>
    public int FirstComma(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!Quoted[t] && Tokens[t].Fold == ",")
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The last comma outside quote marks among the tokens [<paramref name="from"/>, <paramref name="to"/>), or -1.</summary>
    public int LastComma(int from, int to)
    {
        for (int t = to - 1; t >= from; t--)
        {
            if (!Quoted[t] && Tokens[t].Fold == ",")
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The sentence holding a token.</summary>
    public int SentenceOf(int token) => token < Tokens.Count ? SentenceIndex[token] : Sentences.Count - 1;

    /// <summary>Per token: the index of its sentence.</summary>
    private int[] SentenceIndex { get; }

    /// <summary>
    /// Gives the pooled token, quoted and sentence arrays back: call once the article's quotes
    /// are built, when nothing reads this paragraph any more.
    /// </summary>
    public void Release()
    {
        Tokens.Return();
        System.Buffers.ArrayPool<bool>.Shared.Return(Quoted);
        System.Buffers.ArrayPool<int>.Shared.Return(SentenceIndex);
    }

    /// <summary>The first token at or after a character index.</summary>
    public int TokenAt(int charIndex)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Tokens[mid].Start < charIndex)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private List<(int, int)> SplitSentences(QuoteLexicon? lexicon, int datelineLength)
    {
        var result = new List<(int, int)>();
        int from = 0;
        datelineLength = datelineLength > 0 ? datelineLength : TimeStampLength(Text);
        if (datelineLength > 0)
        {
            // Rule "dateline": "LYON (AFP) - La Ligue … a déclaré : « … »" is not LYON's. The
            // article's dateline (DatelineEnricher's grammar) is a sentence of its own, so its
            // place is never read as the subject of what follows.
            while (from < Tokens.Count && Tokens[from].Start < datelineLength)
            {
                from++;
            }

            if (from < Tokens.Count)
            {
                result.Add((0, from));
            }
            else
            {
                from = 0;
            }
        }

        for (int t = from; t < Tokens.Count; t++)
        {
            var tok = Tokens[t];
            if (lexicon is { QuoteEndsSentence: true } && ClosesQuotedSentence(t) && t + 1 < Tokens.Count && (Tokens[t + 1].IsUpper || !Tokens[t + 1].IsWord && QuoteMarks.IsMark(Text[Tokens[t + 1].Start])))
            {
                // "„Wir kommen.“ Der Minister …": a quote that ends with its own full stop ends the sentence.
                result.Add((from, t + 1));
                from = t + 1;
                continue;
            }

            if (tok.IsWord || Quoted[t] || tok.Fold is not ("." or "!" or "?" or "..."))
            {
                continue;
            }

            int next = t + 1;
            while (next < Tokens.Count && !Tokens[next].IsWord && Tokens[next].Fold is "." or "!" or "?" or ")")
            {
                next++;
            }

            if (next >= Tokens.Count)
            {
                break;
            }

            var n = Tokens[next];
            bool startsSentence = n.IsUpper || n.IsDigit || !n.IsWord && (QuoteMarks.IsMark(Text[n.Start]) || n.Fold == "-");
            // "(D-N.M.)", "U.S.": an initial and its dot come next, so this dot ends no sentence.
            bool initialNext = n.IsWord && n.Fold.Length == 1 && next + 1 < Tokens.Count && Tokens[next + 1].Fold == "." && Tokens[next + 1].Start == n.End;
            if (!startsSentence || initialNext || tok.Fold == "." && IsAbbreviation(t, next, lexicon))
            {
                continue;
            }

            result.Add((from, next));
            from = next;
            t = next - 1;
        }

        if (from < Tokens.Count)
        {
            result.Add((from, Tokens.Count));
        }

        return result;
    }

    /// <summary>
    /// Rule "time stamp": a live blog's entry opens with its clock time and a dash ("14h32 — Le
    /// préfet vient de s'exprimer : « … »", "09:15 - …"): like a dateline, a sentence of its own,
    /// so the subject after it opens the next sentence. The length up to the dash, else 0.
    /// </summary>
    private static int TimeStampLength(string text)
    {
        const int MaxClockLength = 8;
        // (Most paragraphs leave at the first character.)
        int end = 0;
        while (end < text.Length && end < MaxClockLength && (char.IsAsciiDigit(text[end]) || text[end] is 'h' or 'H' or ':'))
        {
            end++;
        }

        if (end == 0 || !char.IsAsciiDigit(text[0]) || !Dates.DateText.IsClockTime(text[..end].ToLowerInvariant()))
        {
            return 0;
        }

        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }

        return end + 1 < text.Length && Formats.Common.TextRules.IsDash(text[end]) && text[end + 1] == ' ' ? end + 1 : 0;
    }

    /// <summary>True when the token is the closing mark of a quote whose text ends with . ! or ?.</summary>
    private bool ClosesQuotedSentence(int t)
    {
        if (t == 0 || Tokens[t].IsWord || Tokens[t - 1].Fold is not ("." or "!" or "?" or "..."))
        {
            return false;
        }

        foreach (var mark in Marks)
        {
            if (!mark.Unclosed && mark.Close == Tokens[t].Start)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAbbreviation(int dot, int next, QuoteLexicon? lexicon)
    {
        if (dot == 0 || !Tokens[dot - 1].IsWord || Tokens[dot - 1].End != Tokens[dot].Start)
        {
            return false;
        }

        var word = Tokens[dot - 1];
        // "1.7%", "24.5 sacks": a dot between digits is a decimal point.
        bool decimalPoint = next < Tokens.Count && Tokens[next].IsDigit && Tokens[next].Start == Tokens[dot].End;
        return word.Fold.Length == 1 && word.IsUpper || word.IsDigit && (decimalPoint || word.Fold.Length <= 2 && IsOrdinal(next, lexicon))
            || lexicon is not null && lexicon.Honorifics.ContainsKey(word.Fold);
    }

    /// <summary>
    /// "am 3. Oktober", "der 2. Weltkrieg": a short number and its dot are an ordinal where nouns
    /// are capitalised, or before a month. Elsewhere "… 24 heures sur 24. Certains affirmaient"
    /// ends a sentence: French and English write no ordinal with a dot.
    /// </summary>
    private bool IsOrdinal(int next, QuoteLexicon? lexicon) =>
        lexicon is null || lexicon.CapitalisedNouns && !OpensWithArticle(next) || next < Tokens.Count && lexicon.Months.Contains(Tokens[next].Fold);

    /// <summary>
    /// An ordinal stands before its noun or adjective, never before a capitalised article: in
    /// "die Auslieferung des Modells 3. Ein Sprecher sagte" the dot ends the sentence.
    /// </summary>
    private bool OpensWithArticle(int next) =>
        next < Tokens.Count && Tokens[next].IsWord && Tokens[next].IsUpper && Tokens[next].Is(WordClass.Determiners);
}
