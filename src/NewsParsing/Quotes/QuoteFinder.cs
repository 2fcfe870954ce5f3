using NewsParsing.Enrichment;

namespace NewsParsing.Quotes;

/// <summary>
/// Finds the quotes of an article body: quote-mark spans, dash interview answers and questions,
/// and reported speech, each with its speaker. Language rules run only when the language's
/// lexicon is known; quote marks are found in any language.
/// </summary>
internal sealed partial class QuoteFinder
{
    private const int MinUnattributedWords = 4;
    private const int MaxTitleFunctionWord = 4;
    private const double QuotedShareForDirect = 0.5;
    private readonly AttributionRules? _rules;
    private readonly QuoteLexicon? _lex;

    public QuoteFinder(QuoteLexicon? lexicon)
    {
        _lex = lexicon;
        _rules = lexicon is null ? null : new AttributionRules(lexicon);
    }

    /// <param name="body">The body blocks.</param>
    /// <param name="dateline">The raw text of the article's dateline, which opens its first paragraph, or null.</param>
    /// <param name="cancellationToken">Cancels a long search.</param>
    public List<Quote> Find(IReadOnlyList<BodyBlock> body, string? dateline = null, CancellationToken cancellationToken = default)
    {
        var paragraphs = new List<ParagraphText>(body.Count);
        int datelineParagraph = DatelineParagraph(body, dateline);
        bool singleMarks = QuoteMarks.QuotesWithSingleMarks(body);
        try
        {
            for (int i = 0; i < body.Count; i++)
            {
                char continued = i > 0 && body[i].Kind != BodyBlockKind.Heading ? paragraphs[i - 1].OpenAtEnd : '\0';
                int previous = i - 1;
                if (i > 1 && body[i].Kind != BodyBlockKind.Heading && body[i - 1].Kind == BodyBlockKind.Heading
                    && paragraphs[i - 2].Block.Kind != BodyBlockKind.Heading && InQuoteChain(paragraphs[i - 2])
                    && OpensWithMark(body[i].Text) && paragraphs[i - 1].Tokens.Count <= MaxInsertedHeadingTokens)
                {
                    // Rule "quote over a heading": a paragraph that opens with a quote mark after a
                    // short heading ("Most read in Music") set inside a quote over several
                    // paragraphs goes on with that quote: the heading is page furniture put into
                    // the text.
                    continued = paragraphs[i - 2].OpenAtEnd;
                    previous = i - 2;
                }

                int datelineLength = i == datelineParagraph ? dateline!.Length : 0;
                paragraphs.Add(new ParagraphText(i, body[i], _lex, continued, singleMarks, datelineLength) { Previous = previous });
            }

            return Find(paragraphs, cancellationToken);
        }
        finally
        {
            foreach (var p in paragraphs)
            {
                p.Release();
            }
        }
    }

    private List<Quote> Find(List<ParagraphText> paragraphs, CancellationToken cancellationToken)
    {
        var capitals = new HashSet<string>(StringComparer.Ordinal);
        // Where capitals tell names (not German), the lower-case word sets are always asked for:
        // their capitalised words are gathered in the same pass.
        var capitalised = _lex is { CapitalisedNouns: false } ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var p in paragraphs)
        {
            p.CollectCapitals(capitals, capitalised);
            p.MidSentenceCapitals = capitals;
        }

        // One lazily built set of the article's lower-case words serves pronouns and canonical names.
        var commonWords = CommonWords(paragraphs, capitalised);
        var persons = _lex is { PersonEvidence: true } ? new PersonNames(paragraphs, _lex) : null;
        var history = new MentionHistory(_lex is { CapitalisedNouns: false } ? commonWords : null, persons is null ? null : persons.MayBePerson);
        var found = new List<Found>();
        var signatures = new Speaker?[paragraphs.Count];
        for (int i = 1; i < paragraphs.Count; i++)
        {
            signatures[i] = SignatureLine(paragraphs[i]);
        }

        int dashCount = paragraphs.Count(p => p.IsDash && p.Block.Kind != BodyBlockKind.Heading && signatures[p.Index] is null);
        Speaker? interviewee = null;
        Frame? lastFrame = null;
        Found? previousQuote = null;
        Speaker? colonBefore = null;
        Speaker? interviewLead = null;
        Speaker? chapeauPerson = null;
        bool dashSeen = false, questionSeen = false;
        var labels = LabelledInterview(paragraphs);
        // The frames a paragraph's quotes used: one set for the article, emptied per paragraph.
        var used = new HashSet<Frame>();
        foreach (var p in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (labels?[p.Index] is { } label)
            {
                // Rule "labelled interview": "LE FIGARO. - … ?" asks, "MATHIEU PLANE. - …" answers.
                chapeauPerson ??= history.Latest();
                var kind = label.Question ? QuoteKind.Question : QuoteKind.Interview;
                var who = label.Question ? null
                    : label.Initials is { } initials ? NamedByInitials(paragraphs, p.Index, initials) ?? chapeauPerson ?? label.Speaker
                    : label.Speaker ?? chapeauPerson;
                var labelled = new Found(p.Index, label.Start, p.Text.TrimEnd().Length, kind, who, null);
                found.Add(labelled);
                previousQuote = labelled;
                continue;
            }

            if (p.Block.Kind == BodyBlockKind.Heading)
            {
                continue;
            }

            if (signatures[p.Index] is { } signer)
            {
                // Rule "signature paragraph": a pull quote or a post, then "— Melody Tashby" on a
                // line of its own: the line says who, and quotes nothing. It signs the quote of the
                // paragraph before when no one else speaks it there.
                if (found.Count > 0 && found[^1] is { Paragraph: var signed, Kind: QuoteKind.Direct or QuoteKind.Partial } last && signed == p.Previous
                    && (last.Speaker is null || last.Inherited))
                {
                    found[^1] = last with { Speaker = signer, Inherited = false };
                }

                continue;
            }

            interviewLead = InterviewLead(p) ?? interviewLead;
            if (p.IsDash && !dashSeen)
            {
                // The person the text before the first dash names last: the interviewee when
                // no one spoke there ("Directeur de la Fnaim, Pierre Laborde analyse le marché.").
                dashSeen = true;
                chapeauPerson = history.Latest();
            }


            var frames = _rules?.FindFrames(p, history) ?? [];
            ExtendFinalIncise(p, frames);
            used.Clear();
            if (p.IsDash)
            {
                var dash = DashQuote(p, frames, dashCount, ref interviewee, ref questionSeen, lastFrame, chapeauPerson);
                if (dash is not null)
                {
                    found.Add(dash);
                    previousQuote = dash;
                    used.UnionWith(frames);
                }
            }
            else
            {
                foreach (var mark in p.Marks)
                {
                    var q = MarkQuote(p, mark, frames, previousQuote, used, history, colonBefore, paragraphs, lastFrame);
                    if (q is { Speaker: null, Kind: QuoteKind.Direct } && interviewLead is not null && p.TokenAt(mark.Open) == 0 && frames.Count == 0
                        && (previousQuote is null || previousQuote.Speaker is null || previousQuote.Speaker == interviewLead))
                    {
                        // Rule "interview lead": "I spoke with X … Some key quotes from the
                        // interview:" then paragraphs that are quotes and nothing else are X's.
                        q = q with { Speaker = interviewLead };
                    }

                    if (q is not null)
                    {
                        found.Add(q);
                        previousQuote = q;
                    }
                }
            }

            foreach (var f in frames)
            {
                if (!used.Contains(f) && Indirect(p, f) is { } indirect)
                {
                    found.Add(indirect);
                }
            }

            // (A question's frames are the journalist's words: "– Pourquoi écrire ce livre ?")
            if (frames.Count > 0 && !(p.IsDash && IsQuestion(p)))
            {
                lastFrame = frames[^1];
            }

            colonBefore = ColonAtEnd(p, history);

            if (previousQuote is not null && previousQuote.Paragraph < p.Index - 1)
            {
                previousQuote = null;
            }
        }

        LinkContinuations(found, paragraphs);

        var names = new CanonicalNames(paragraphs, _lex, found.Select(f => f.Speaker), commonWords);
        // Trimming marks and spaces can leave an empty span on degenerate text (a lone mark
        // between dashes, found by the fuzzer, seed 145413912): such a span quotes nothing.
        var ordered = new List<Found>(found.Count);
        foreach (var f in found)
        {
            if (f.End > f.Start)
            {
                ordered.Add(f);
            }
        }

        SortInTextOrder(ordered);
        var quotes = new List<Quote>(ordered.Count);
        foreach (var f in ordered)
        {
            quotes.Add(f.ToQuote(names));
        }

        return quotes;
    }

    /// <summary>The paragraph the dateline opens: the first paragraph among the blocks the dateline enricher reads, or -1.</summary>
    private static int DatelineParagraph(IReadOnlyList<BodyBlock> body, string? dateline)
    {
        if (string.IsNullOrEmpty(dateline))
        {
            return -1;
        }

        for (int i = 0; i < body.Count && i < DatelineEnricher.SearchBlocks; i++)
        {
            if (body[i].Kind == BodyBlockKind.Paragraph)
            {
                return body[i].Text.StartsWith(dateline, StringComparison.Ordinal) ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Sorts quotes by paragraph, then start, keeping the order of equal positions (a stable sort,
    /// as OrderBy and ThenBy were). An insertion sort: the quotes come in paragraph order already,
    /// only a paragraph's own are out of order (its marks before its reported speech), and it
    /// allocates nothing.
    /// </summary>
    private static void SortInTextOrder(List<Found> found)
    {
        for (int i = 1; i < found.Count; i++)
        {
            var item = found[i];
            int j = i - 1;
            while (j >= 0 && (found[j].Paragraph > item.Paragraph || found[j].Paragraph == item.Paragraph && found[j].Start > item.Start))
            {
                found[j + 1] = found[j];
                j--;
            }

            found[j + 1] = item;
        }
    }

    /// <summary>
    /// "I spoke with Neil Corder, head of strategy at Portal26, about …": the person the author
    /// interviews, named after a first-person subject and an interview phrase; null otherwise.
    /// </summary>
    private Speaker? InterviewLead(ParagraphText p)
    {
        if (_rules is null || _lex is null || _lex.InterviewVerbs.Count == 0)
        {
            return null;
        }

        for (int t = 0; t + 2 < p.Tokens.Count; t++)
        {
            if (p.Quoted[t] || !p.Tokens[t].IsWord || !_lex.Pronouns.TryGetValue(p.Tokens[t].Fold, out char kind) || kind != 'x' || !p.Tokens[t].IsUpper)
            {
                continue;
            }

            foreach (var words in _lex.InterviewVerbs)
            {
                int w = 0;
                while (w < words.Length && t + 1 + w < p.Tokens.Count && p.Tokens[t + 1 + w].Fold == words[w] && !p.Quoted[t + 1 + w])
                {
                    w++;
                }

                if (w == words.Length && _rules.Phrases.Forward(p, t + 1 + w, p.Tokens.Count, out _) is { IsName: true, Pronoun: '\0' } name)
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a folded word is a common word rather than a name in this article: written in lower
    /// case somewhere ("so", "time"). (Asking for a capital inside a sentence too would drop
    /// "Eventually", but also first names met only where sentences open: "Sami, 7, has …".)
    /// The sets are built on the first question.
    /// </summary>
    private static Func<string, bool> CommonWords(List<ParagraphText> paragraphs, HashSet<string>? capitalised)
    {
        var words = new LowerCaseWords(paragraphs, capitalised);
        return words.Contains;
    }

    /// <summary>
    /// The article's lower-case words, for questions about one-word names. The names asked about
    /// are words the article capitalises, so only the lower-case words that are also written
    /// capitalised are hashed, after a bit filter on length and end letters has passed over the
    /// rest (most words of an article); a question about any other word builds the whole set.
    /// </summary>
    /// <param name="paragraphs">The article's paragraphs.</param>
    /// <param name="capitalised">The article's capitalised words when already gathered, or null.</param>
    private sealed class LowerCaseWords(List<ParagraphText> paragraphs, HashSet<string>? capitalised)
    {
        private const int FilterBits = 1024;
        private HashSet<string>? _capitalised;
        private HashSet<string>? _lowerCapitalised;
        private HashSet<string>? _all;

        public bool Contains(string fold)
        {
            if (_capitalised is null)
            {
                BuildCapitalised();
            }

            if (_capitalised!.Contains(fold))
            {
                return _lowerCapitalised!.Contains(fold);
            }

            _all ??= BuildAll();
            return _all.Contains(fold);
        }

        private static bool IsLowerCaseWord(in QuoteToken token) => token.IsWord && !token.IsUpper && !token.IsDigit;

        private static int FilterBit(string fold) =>
            fold.Length == 0 ? 0 : (int)((uint)(fold.Length * 977 + fold[0] * 31 + fold[^1]) % FilterBits);

        private void BuildCapitalised()
        {
            var filter = new ulong[FilterBits / 64];
            var upper = capitalised;
            if (upper is null)
            {
                upper = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in paragraphs)
                {
                    for (int t = 0; t < p.Tokens.Count; t++)
                    {
                        ref readonly var token = ref p.Tokens[t];
                        if (token.IsWord && token.IsUpper)
                        {
                            upper.Add(token.Fold);
                        }
                    }
                }
            }

            foreach (var fold in upper)
            {
                int bit = FilterBit(fold);
                filter[bit >> 6] |= 1UL << (bit & 63);
            }

            var lowerCapitalised = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in paragraphs)
            {
                for (int t = 0; t < p.Tokens.Count; t++)
                {
                    ref readonly var token = ref p.Tokens[t];
                    if (!IsLowerCaseWord(token))
                    {
                        continue;
                    }

                    int bit = FilterBit(token.Fold);
                    if ((filter[bit >> 6] & (1UL << (bit & 63))) != 0 && upper.Contains(token.Fold))
                    {
                        lowerCapitalised.Add(token.Fold);
                    }
                }
            }

            _capitalised = upper;
            _lowerCapitalised = lowerCapitalised;
        }

        private HashSet<string> BuildAll()
        {
            var all = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in paragraphs)
            {
                for (int t = 0; t < p.Tokens.Count; t++)
                {
                    ref readonly var token = ref p.Tokens[t];
                    if (IsLowerCaseWord(token))
                    {
                        all.Add(token.Fold);
                    }
                }
            }

            return all;
        }
    }

    /// <summary>
    /// Rule "paragraph-final incise": "… . C'est l'une des raisons …, a souligné Stoltenberg."
    /// attributes the paragraph's earlier sentences too, when nothing else attributes them.
    /// </summary>
    private static void ExtendFinalIncise(ParagraphText p, List<Frame> frames)
    {
        if (frames.Count == 0 || p.IsDash)
        {
            return;
        }

        var last = frames[^1];
        if (last.Kind is not (FrameKind.Incise or FrameKind.SourceAfter) || last.Sentence != p.Sentences.Count - 1 || last.Sentence == 0
            || AnyFrameBefore(frames, last)
            || last.ContentStart != p.Tokens[p.Sentences[last.Sentence].From].Start
            || p.Marks.Count > 0)
        {
            return;
        }

        frames[^1] = last with { ContentStart = 0 };
    }

    // Another frame in a sentence before the last frame's. (A loop, not a lambda over `last`: the
    // closure was allocated for every paragraph.)
    private static bool AnyFrameBefore(List<Frame> frames, Frame last)
    {
        foreach (var f in frames)
        {
            if (f != last && f.Sentence >= 0 && f.Sentence < last.Sentence)
            {
                return true;
            }
        }

        return false;
    }

    // Tokens in a heading that may stand inside a quote over several paragraphs.
    private const int MaxInsertedHeadingTokens = 8;

    // A paragraph inside a quote over several paragraphs: it leaves a quote open, or it goes on
    // with one left open before it and opens with a mark, as each paragraph of such a quote does
    // (a quoted title inside it may pair its marks otherwise).
    private static bool InQuoteChain(ParagraphText p) =>
        p.OpenAtEnd != '\0' || p.ContinuedOpener != '\0' && OpensWithMark(p.Text);

    private static bool OpensWithMark(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && QuoteMarks.IsMark(trimmed[0]);
    }

    /// <summary>
    /// Rule "quote over several paragraphs": a quote left open at a paragraph's end and the
    /// quote that opens the next paragraph share their speaker, whichever of them names it.
    /// </summary>
    private static void LinkContinuations(List<Found> found, List<ParagraphText> paragraphs)
    {
        for (int i = 0; i + 1 < found.Count; i++)
        {
            var a = found[i];
            if (!a.Unclosed || a.Kind is QuoteKind.Indirect)
            {
                continue;
            }

            int j = found.FindIndex(i + 1, f => paragraphs[f.Paragraph].Previous == a.Paragraph && f.Kind is QuoteKind.Direct or QuoteKind.Partial);
            if (j < 0 || found[j].Start > 2)
            {
                continue;
            }

            if (a.Speaker is null && found[j].Speaker is not null)
            {
                found[i] = a with { Speaker = found[j].Speaker, Cue = found[j].Cue };
            }
            else if (found[j].Speaker is null && a.Speaker is not null
                || a.Speaker is { IsName: true } && found[j].Speaker is { IsName: false, Pronoun: '\0' } && found[j].Kind == QuoteKind.Direct)
            {
                // One quote over two paragraphs has one speaker: "« … » , poursuit le technicien"
                // closing what "Son entraîneur, Paul Martin" opened is still Paul Martin.
                found[j] = found[j] with { Speaker = a.Speaker };
            }
        }

        // Chains of three or more: pass the speaker back once more.
        for (int i = found.Count - 2; i >= 0; i--)
        {
            var a = found[i];
            // (A speaker only carried over from a closed quote before the chain gives way to the one
            // the chain names at its end: "“…" "“…" "“… .” –– Ann Roe" is Ann Roe's throughout.)
            if (a.Unclosed && (a.Speaker is null || a.Inherited) && a.Kind is not QuoteKind.Indirect)
            {
                int j = found.FindIndex(i + 1, f => paragraphs[f.Paragraph].Previous == a.Paragraph && f.Start <= 2 && f.Kind is QuoteKind.Direct or QuoteKind.Partial);
                if (j >= 0 && found[j].Speaker is not null && !found[j].Inherited)
                {
                    found[i] = a with { Speaker = found[j].Speaker, Inherited = false };
                }
            }
        }
    }

    /// <summary>Rule "dash paragraph": an interview answer, a question, or a line closed by an incise.</summary>
    // "LE FIGARO. - …", "Marc Lazar : …", "Q : …": a short label of capitalised words, then a
    // stop and a dash, a colon, or a dash.
    // Source-generated: run on every paragraph, the interpreted form was an eighth of the enricher's time.
    [System.Text.RegularExpressions.GeneratedRegex(
        @"^(?<label>\p{Lu}[\p{L}'’\-]*\.?(?:[ \u00A0][\p{L}'’\-]+\.?){0,3})(?:\.[ \u00A0]*[-–—]|[ \u00A0]*:|[ \u00A0][-–—])[ \u00A0]+(?=\S)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NewsParsing.Text.RegexTimeout.Milliseconds)]
    internal static partial System.Text.RegularExpressions.Regex LabelLine();

    /// <summary>
    /// False when <see cref="LabelLine"/> cannot match, found in a short scan that most paragraphs
    /// end at their first comma or digit (the regex ran on every paragraph with a colon or dash
    /// near its start, and made a match object each time). Everything a match covers before its
    /// separator is letters, apostrophes, hyphens, dots and spaces; its separator ends with a colon
    /// or an en or em dash (the first character outside that set), or with a hyphen after a space
    /// or a dot.
    /// </summary>
    internal static bool MayOpenWithLabel(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is ':' or '–' or '—' || c == '-' && i > 0 && text[i - 1] is '.' or ' ' or '\u00A0')
            {
                return true;
            }

            if (!char.IsLetter(c) && c is not ('\'' or '’' or '-' or '.' or ' ' or '\u00A0'))
            {
                return false;
            }
        }

        return false;
    }

    // Initials: the letters of a label made of initials only ("T. R." → "tr", "J.-F. L." → "jfl"), else null.
    private sealed record Label(int Start, bool Question, Speaker? Speaker, string? Initials = null);

    /// <summary>
    /// The labelled paragraphs of an interview written as "LABEL. - text" (or "Label : text",
    /// "Q. text"), by paragraph index; null when the article is no such interview: it needs a
    /// labelled question, a labelled answer, one or two labels on each side, and no label on both.
    /// </summary>
    private Label?[]? LabelledInterview(List<ParagraphText> paragraphs)
    {
        if (_lex is null || paragraphs.Count < 2)
        {
            return null;
        }

        var found = new Label?[paragraphs.Max(p => p.Index) + 1];
        var names = new HashSet<string>(StringComparer.Ordinal);
        var askers = new HashSet<string>(StringComparer.Ordinal);
        int questions = 0, answers = 0, letterQuestions = 0, letterAnswers = 0;
        foreach (var p in paragraphs)
        {
            if (p.Text.Length > 5000 || p.Text.Length == 0 || !char.IsUpper(p.Text[0]))
            {
                continue;
            }

            string label;
            int start;
            int? after = LetterLabel(p.Text);
            bool letter = after is not null;
            if (after is not null)
            {
                // Rule "letter label": "Q. Combien de spectateurs … ?" then "R. Environ 280 000.":
                // one letter of the language's question or answer labels, a full stop and a space.
                label = p.Text[..1];
                start = after.Value;
            }
            else
            {
                // A label opens the paragraph with a capital and ends with a colon or a dash soon after.
                if (p.Text.AsSpan(0, Math.Min(p.Text.Length, 80)).IndexOfAny(":-–—") < 0 || !MayOpenWithLabel(p.Text))
                {
                    continue;
                }

                var m = LabelLine().Match(p.Text);
                if (!m.Success)
                {
                    continue;
                }

                label = m.Groups["label"].Value.TrimEnd('.');
                start = m.Length;
                var words = label.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
                if (words.Any(w => !char.IsUpper(w[0]) && !_lex.NameParticles.Contains(NewsParsing.Text.TextFold.Fold(w))))
                {
                    continue;
                }
            }

            // A question or answer label says which it is ("Q. Parlez-nous de vous." asks);
            // another label asks when its paragraph ends with a question mark.
            var fold = NewsParsing.Text.TextFold.Fold(label);
            bool answerLabel = _lex.AnswerLabels.Contains(fold);
            bool question = _lex.QuestionLabels.Contains(fold) || !answerLabel && p.Text.TrimEnd().EndsWith('?');
            // (A question set in bold may be read as a heading; an answer never is.)
            if (p.Block.Kind == BodyBlockKind.Heading && !question)
            {
                continue;
            }

            questions += question ? 1 : 0;
            answers += question ? 0 : 1;
            letterQuestions += letter && question ? 1 : 0;
            letterAnswers += letter && !question ? 1 : 0;
            (question ? askers : names).Add(label);
            // (A one-letter label, "R", or an answer label, "Réponse", names no one: the interviewee
            // is found like a dash answer's. Initials, "T. R.", name the person the text wrote in full.)
            var initials = question ? null : Initials(label);
            var speaker = question || label.Length < 2 || answerLabel ? null
                : new Speaker { Text = label.All(c => !char.IsLower(c)) ? TitleCase(label) : label, IsName = true };
            found[p.Index] = new Label(start, question, speaker, initials);
        }

        // One or two people ask and answer; a list of labelled items ("Start Slowly: …",
        // "Cocospy — …") has many labels. Letter labels come as questions and answers both (a
        // paragraph that opens "R. Kelly …" is no answer).
        return questions > 0 && answers > 0 && askers.Count <= 2 && names.Count <= 2 && !askers.Overlaps(names)
            && letterQuestions > 0 == letterAnswers > 0 ? found : null;
    }

    // "Q. text": the index of the text after a one-letter question or answer label, its full stop
    // and spaces; null otherwise.
    private int? LetterLabel(string text)
    {
        if (text.Length < 4 || text[1] != '.' || text[2] is not (' ' or '\u00A0' or '\u202F')
            || !char.IsUpper(text[0]))
        {
            return null;
        }

        var letter = NewsParsing.Text.TextFold.Fold(text[..1]);
        if (!_lex!.QuestionLabels.Contains(letter) && !_lex.AnswerLabels.Contains(letter))
        {
            return null;
        }

        int start = 3;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start < text.Length && !char.IsLower(text[start]) ? start : null;
    }

    // "T. R" → "tr", "J.-F. L" → "jfl": the letters of a label written only with initials
    // (two or more), folded; null for any other label.
    private static string? Initials(string label)
    {
        var letters = new System.Text.StringBuilder();
        foreach (var word in label.Split([' ', '\u00A0', '\u202F', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.TrimEnd('.');
            if (w.Length != 1 || !char.IsUpper(w[0]))
            {
                return null;
            }

            letters.Append(w);
        }

        return letters.Length >= 2 ? NewsParsing.Text.TextFold.Fold(letters.ToString()) : null;
    }

    // A run of capitalised words, hyphenated ones included ("Jean-Frédéric Laurent").
    [System.Text.RegularExpressions.GeneratedRegex(@"\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*(?:[ \u00A0]\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*)+",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NewsParsing.Text.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex CapitalisedRun();

    /// <summary>
    /// Rule "initials label": "T. R. : Serein." answers for the person the text before it wrote in
    /// full with those initials ("le skipper Thomas Ruyant"), the latest such name; null when none.
    /// </summary>
    private static Speaker? NamedByInitials(List<ParagraphText> paragraphs, int before, string initials)
    {
        for (int i = paragraphs.Count - 1; i >= 0; i--)
        {
            if (paragraphs[i].Index >= before)
            {
                continue;
            }

            Speaker? last = null;
            foreach (System.Text.RegularExpressions.Match m in CapitalisedRun().Matches(paragraphs[i].Text))
            {
                var letters = Initials(string.Join(' ', m.Value.Split([' ', '\u00A0', '-']).Select(w => w[..1])));
                if (letters is not null && (letters == initials || letters.Length > 2 && string.Concat(letters[0], letters[^1]) == initials))
                {
                    last = new Speaker { Text = m.Value, IsName = true };
                }
            }

            if (last is not null)
            {
                return last;
            }
        }

        return null;
    }

    // "MATHIEU PLANE" → "Mathieu Plane".
    private static string TitleCase(string label)
    {
        var chars = label.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            bool start = i == 0 || chars[i - 1] is ' ' or '\u00A0' or '-' or '\'' or '’';
            chars[i] = start ? chars[i] : char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>
    /// Rule "clitic incise after a capitalised quote": "« On vise Los Angeles », a-t-il conclu":
    /// a comma and a verb with a subject clitic written onto it after the closing mark make the
    /// span speech, however many capitals it holds (title case says nothing then).
    /// </summary>
    private bool CliticInciseAfter(ParagraphText p, QuoteMarkSpan mark)
    {
        if (_lex is not { CliticSuffixes.Count: > 0 })
        {
            return false;
        }

        int t = TokenAfterClosingComma(p, mark);
        if (t < 0 || t >= p.Tokens.Count || !p.Tokens[t].IsWord || p.Quoted[t])
        {
            return false;
        }

        var fold = p.Tokens[t].Fold;
        // (Indexed loops over the lexicon's lists: a foreach over the interface boxes an enumerator per call.)
        for (int c = 0; c < _lex.CliticSuffixes.Count; c++)
        {
            var (suffix, _) = _lex.CliticSuffixes[c];
            if (fold.Length > suffix.Length && fold.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The token after a quote's closing mark and the comma after it (or a comma inside the marks:
    // "« …, » a-t-il dit"); -1 when no comma follows the quote.
    private static int TokenAfterClosingComma(ParagraphText p, QuoteMarkSpan mark)
    {
        int t = p.TokenAt(mark.Close + 1);
        if (t < p.Tokens.Count && p.Tokens[t].Fold == "," && !p.Quoted[t])
        {
            return t + 1;
        }

        return mark.End == 0 || p.Text[mark.End - 1] != ',' ? -1 : t;
    }

    /// <summary>
    /// Rule "reporting verb after a one-word quote": "« Inacceptable », a réagi la CGT",
    /// "« Honteux », s'indigne le maire": a word quoted where its sentence opens, then a comma and
    /// a reporting verb (after its auxiliary or reflexive clitic), is speech, not a name. (Not
    /// where nouns are capitalised: there a capital says nothing of a name.)
    /// </summary>
    private bool VerbInciseAfter(ParagraphText p, QuoteMarkSpan mark, int sentence, int openTok)
    {
        if (_lex is null or { CapitalisedNouns: true } || mark.Close < 0 || openTok != p.Sentences[sentence].From)
        {
            return false;
        }

        int t = TokenAfterClosingComma(p, mark);
        if (t < 0)
        {
            return false;
        }

        for (int k = 0; k < 2 && t + 1 < p.Tokens.Count && p.Tokens[t].IsWord && !p.Quoted[t] && !p.Tokens[t].IsUpper
            && (p.Tokens[t].Is(WordClass.Auxiliaries) || _lex.Reflexives.Contains(p.Tokens[t].Fold)); k++)
        {
            t++;
        }

        return t < p.Tokens.Count && p.Tokens[t].IsWord && !p.Quoted[t] && !p.Tokens[t].IsUpper && p.Tokens[t].Is(WordClass.Verbs);
    }

    // "fait-on", "estime-t-on": impersonal "on" written onto the verb.
    private bool IsImpersonalClitic(string fold)
    {
        for (int c = 0; c < _lex!.CliticSuffixes.Count; c++)
        {
            var (suffix, kind) = _lex.CliticSuffixes[c];
            if (kind == 'x' && fold.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuestion(ParagraphText p) => p.Text.TrimEnd().EndsWith('?');

    private Found? DashQuote(ParagraphText p, List<Frame> frames, int dashCount, ref Speaker? interviewee, ref bool questionSeen, Frame? lastFrame, Speaker? chapeauPerson)
    {
        int start = 1;
        while (start < p.Text.Length && char.IsWhiteSpace(p.Text[start]))
        {
            start++;
        }

        int end = p.Text.Length;
        while (end > start && p.Text[end - 1] is ' ' or '.')
        {
            end--;
        }

        // "– Nous apprécions …, a déclaré Poutine.": the incise names the speaker and is cut off.
        var incise = frames.LastOrDefault(f => f.Kind is FrameKind.Incise or FrameKind.SourceAfter && f.Sentence == p.Sentences.Count - 1);
        if (incise is not null && incise.Resolved is not null)
        {
            return new Found(p.Index, start, incise.ContentEnd, QuoteKind.Interview, incise.Resolved, incise.Cue);
        }

        if (DashIncise(p) is { } dashIncise)
        {
            return new Found(p.Index, start, p.Tokens[dashIncise.Comma].Start, QuoteKind.Interview, dashIncise.Speaker, null);
        }

        if (dashCount < 2 || end - start < 2)
        {
            return null;
        }

        if (IsQuestion(p))
        {
            questionSeen = true;
            return new Found(p.Index, start, p.Text.TrimEnd().Length, QuoteKind.Question, null, null);
        }

        // The interviewee is whoever spoke just before the first answer, else the person the
        // introduction named last.
        // (Only after a question: a dash line under an embedded post signs it, "— Jane (@jane)".)
        interviewee ??= lastFrame?.Resolved ?? (questionSeen ? chapeauPerson : null);
        return new Found(p.Index, start, end, QuoteKind.Interview, interviewee, null);
    }

    /// <summary>
    /// Rule "dash line with an unknown verb" (feature <c>dash-incise</c>): "— Ils ont joué comme des
    /// amateurs, peste Gérard.", "— Laisse tomber, s'agace Lucie.": in a dialogue written in dashes a
    /// line that ends with a comma, one lower-case word (with its reflexive clitic) and a name of one
    /// to three capitalised words is that person's, whatever the verb. The comma and the name, or null.
    /// </summary>
    private (int Comma, Speaker Speaker)? DashIncise(ParagraphText p)
    {
        if (_lex is not { DashIncise: true } || p.Tokens.Count < 5)
        {
            return null;
        }

        int end = p.Tokens.Count;
        if (p.Tokens[end - 1].Fold is "." or "!")
        {
            end--;
        }

        int nameFrom = end;
        while (nameFrom > 0 && end - nameFrom < 3 && p.Tokens[nameFrom - 1].IsWord && p.Tokens[nameFrom - 1].IsUpper && !p.Quoted[nameFrom - 1])
        {
            nameFrom--;
        }

        int verb = nameFrom - 1;
        if (nameFrom == end || verb < 2 || !p.Tokens[verb].IsWord || p.Tokens[verb].IsUpper || p.Quoted[verb])
        {
            return null;
        }

        var fold = p.Tokens[verb].Fold;
        if (_lex.Stops.Contains(fold) || _lex.Determiners.Contains(fold) || _lex.Auxiliaries.Contains(fold) || _lex.Complementizers.Contains(fold)
            || _lex.Negations.Contains(fold) || _lex.PlaceNouns.Contains(fold) || p.Tokens[nameFrom].Is(WordClass.Determiners) || p.Tokens[nameFrom].Is(WordClass.Stopwords))
        {
            return null;
        }

        int comma = verb - 1;
        if (p.Tokens[comma].IsWord && _lex.Reflexives.Contains(p.Tokens[comma].Fold))
        {
            comma--;
        }

        return comma > 1 && p.Tokens[comma].Fold == "," && !p.Quoted[comma]
            ? (comma, new Speaker { Text = p.Span(nameFrom, end), IsName = true })
            : null;
    }

    /// <summary>Rules for a span in quote marks: not-a-quote filters, then who said it.</summary>
    private Found? MarkQuote(ParagraphText p, QuoteMarkSpan mark, List<Frame> frames, Found? previousQuote, HashSet<Frame> used, MentionHistory history, Speaker? colonBefore, List<ParagraphText> paragraphs, Frame? lastFrame)
    {
        int openTok = p.TokenAt(mark.Open);
        int contentFrom = p.TokenAt(mark.Start);
        int contentTo = p.TokenAt(mark.End);
        int words = 0, capitals = 0;
        bool titleCase = true;
        for (int t = contentFrom; t < contentTo; t++)
        {
            var tok = p.Tokens[t];
            if (tok.IsWord)
            {
                words++;
                // (A one-letter pronoun, English "I", has its capital everywhere: it says nothing
                // of a title, as in "It was the best job I had". German "Schäuble I" is a numeral.)
                capitals += tok.IsUpper && !(tok.Fold.Length == 1 && tok.Is(WordClass.Pronoun)) || tok.IsDigit ? 1 : 0;
                titleCase &= tok.IsUpper || tok.IsDigit || tok.Fold.Length <= MaxTitleFunctionWord && words > 1;
            }
        }

        // "Rien n'est joué", "We will not back down": one capital and short words is a sentence.
        titleCase &= words == 1 || capitals >= 2;

        if (words == 0)
        {
            return null;
        }

        char last = p.Text[mark.End - 1];
        bool sentenceEnd = last is '.' or '!' or '?' or '…';
        int afterMark = mark.After(p.Text.Length);
        bool endsSentence = sentenceEnd || afterMark < p.Text.Length && p.Text[afterMark] is '.' or '!' or '?' || afterMark >= p.Text.Length;
        int sentence = p.SentenceOf(openTok);

        // Rule "title at sentence end": where the reporter's stop goes inside the marks, a
        // title-case span inside a sentence ("her song “All I Want for Christmas Is You.”") keeps
        // its title reading: mostly capitalised words and no comma of its own.
        bool reportersStop = last == '.' && _lex is { StopInsideMarks: true } && words >= 2 && capitals * 2 >= words
            && openTok > p.Sentences[sentence].From && p.Tokens[openTok - 1].Fold != ":"
            && p.Text.AsSpan(mark.Start, mark.End - mark.Start).IndexOf(',') < 0;
        // Where every noun is capitalised, a short capitalised quote inside someone's reported
        // words ("Maier sagte, das sei eine „Frechheit“", "nannte den Plan einen „Skandal“") is
        // their word, not a title; but not in the slot right after the verb, where the medium
        // told stands ("sagte der „Bild“").
        bool inReportedWords = titleCase && words <= 3 && _lex is { CapitalisedNouns: true } && QuotedNounLead(p, openTok, contentFrom)
            && frames.Exists(f => f.Kind != FrameKind.Incise && f.ContentStart <= mark.Open && mark.End <= f.ContentEnd + 1
                && !OnlyDeterminersBetween(p, p.TokenAt(f.CueStart), openTok));
        if (IsTitle(p, openTok, contentFrom, words, titleCase && !inReportedWords && !CliticInciseAfter(p, mark) && !(words == 1 && VerbInciseAfter(p, mark, sentence, openTok)), sentenceEnd && !reportersStop) || IsAddress(p.Text, mark) || IsSourceName(p, openTok, mark, words, sentenceEnd)
            || IsNamed(p, openTok, contentFrom))
        {
            return null;
        }

        // Who said it: the frame whose content holds the quote (incise after it first).
        // Ranking: an incise right after the closing mark, then a clause whose content holds the
        // quote (the smallest), then an incise or source cue of the sentence, then a verb's object
        // ("a témoigné de « … », a rapporté KCNA" is KCNA's).
        Frame? frame = null;
        int bestRank = int.MaxValue;
        foreach (var f in frames)
        {
            // (The delimiter is the closing mark, or a comma right after it: "„…“, so X"; not
            // after a fronted subordinate clause, whose quote the main clause's verb follows:
            // "Während X erklärte, „…“, räumte Y ein, …".)
            bool adjacent = f.Delimiter >= 0 && mark.Close >= 0
                && (p.Tokens[f.Delimiter].Start == mark.Close
                    || p.Tokens[f.Delimiter].Fold == "," && p.Tokens[f.Delimiter].Start == mark.Close + 1 && !OpensSubordinate(p, sentence));
            if (!adjacent && !(f.ContentStart <= mark.Open + 1 && mark.End <= f.ContentEnd + 1))
            {
                continue;
            }

            int rank = adjacent ? 0 : f.Kind is FrameKind.Clause or FrameKind.Participle && !f.ObjectOnly ? 1 : f.ObjectOnly ? 3 : 2;
            if (rank < bestRank || rank == bestRank && frame is not null && f.ContentEnd - f.ContentStart < frame.ContentEnd - frame.ContentStart)
            {
                frame = f;
                bestRank = rank;
            }
        }

        // Rule "source inside a relayed report": "Wie die Zeitung berichtete, soll laut der Studie
        // nur jeder Zweite „…“ erwarten": the as-clause relays; a source cue between it and the
        // quote names whose words they are.
        if (bestRank == 1 && frame is not null && _lex is not null && frame.CueStart < mark.Open && p.Tokens[p.Sentences[sentence].From] is { IsWord: true } opener
            && _lex.AsIncises.Contains(opener.Fold) && p.TokenAt(frame.CueStart) < p.Sentences[sentence].To
            && frames.LastOrDefault(f => f.Kind is FrameKind.SourceAfter or FrameKind.SourceBefore && f.Sentence == sentence && f.CueStart > frame.CueStart
                && f.CueStart < mark.Open && f.ContentStart <= mark.Open + 1 && mark.End <= f.ContentEnd + 1) is { } inner)
        {
            frame = inner;
            bestRank = 2;
        }

        // Rule "colon intro inside a relayed report": "Selon Le Parisien, l'entraîneur aurait lancé
        // à ses joueurs : « … »", "Le sélectionneur aurait confié à son staff : « … », rapporte
        // L'Équipe": the medium relays; the quote is the words of the person whose clause
        // introduces it with a colon.
        bool colonIntro = openTok > 1 && p.Tokens[openTok - 1].Fold == ":" && !p.Quoted[openTok - 1];
        if (colonIntro && frame is { Kind: FrameKind.SourceBefore or FrameKind.SourceAfter or FrameKind.Incise } && _lex is { ColonSubject: true })
        {
            var introClause = frames.LastOrDefault(f => f.Kind == FrameKind.Clause && !f.ObjectOnly && f.Sentence == sentence && f.CueStart < mark.Open
                && f.ContentStart <= mark.Open + 1 && mark.End <= f.ContentEnd + 1 && f.Resolved is { IsPerson: true });
            int clauseFrom = p.TokenAt(frame.ContentStart);
            if (introClause is not null)
            {
                frame = introClause;
                bestRank = 1;
            }
            else if (frame.Kind == FrameKind.SourceBefore && clauseFrom < openTok - 2 && ColonSubject(p, clauseFrom, openTok - 1) is { Pronoun: '\0' } relayed
                && frame.Speaker.Text != relayed.Text && OpensWith(p, clauseFrom, relayed))
            {
                // (Only the subject that opens the reported clause: a name further on belongs to another clause.)
                used.Add(frame);
                frame = frame with { Resolved = relayed };
            }
        }

        // "you might say instead, “…”": words a modal puts in anyone's mouth are an example, not a quote.
        if (frame is { Speaker.Pronoun: not '\0' } && _lex is not null && _lex.GenericPronouns.Contains(QuoteFold.Fold(frame.Speaker.Text, 0, frame.Speaker.Text.Length))
            && p.TokenAt(frame.CueStart) is int cueTok && cueTok < p.Tokens.Count && _lex.Modals.Contains(p.Tokens[cueTok].Fold))
        {
            return null;
        }

        Speaker? speaker = frame?.Resolved;
        bool inherited = false;
        string? cue = frame?.Cue;
        if ((frame is null || bestRank > 0) && _rules is not null && _lex is { VerbSecond: true } && ListedSpeaker(p, sentence, openTok) is { } listed)
        {
            // Rule "listed speaker": "…, so A, der Leiter der Behörde, Peter Roth („…“), und die
            // Ministerin Eva Kohl: „…“": in a list of speakers, the name right before a quote's
            // parenthesis or colon speaks it, not the list's cue.
            speaker = listed;
            cue = null;
        }
        if (frame is not null)
        {
            double share = (double)(mark.End - mark.Start) / Math.Max(1, frame.ContentEnd - frame.ContentStart);
            if (share >= QuotedShareForDirect || frame.Kind == FrameKind.Incise)
            {
                used.Add(frame);
            }
        }

        // A fragment is partial; a short capitalised quote is direct when it stands alone
        // ("„Der Haushalt steht“, sagte X") and partial inside the reporter's sentence.
        bool embedded = openTok > p.Sentences[sentence].From && p.Tokens[openTok - 1].Fold != ":";
        // A quote right after an article is a noun phrase ("Marsha, la « Rosa Parks du mouvement »"),
        // never a sentence (but "that" also opens a clause; where nouns are capitalised the
        // capital after an article tells nothing).
        bool afterArticle = openTok > 0 && _lex is { CapitalisedNouns: false } && !p.Quoted[openTok - 1] && p.Tokens[openTok - 1].IsWord
            && p.Tokens[openTok - 1].Is(WordClass.Determiners) && !p.Tokens[openTok - 1].Is(WordClass.Complementizers);
        bool partial = char.IsLower(FirstLetter(p.Text, mark.Start)) && !mark.Continues || words <= 3 && !sentenceEnd && embedded || afterArticle;
        // A German noun opens a fragment with a capital: "konstatierte eine wachsende „Kluft
        // zwischen Arm und Reich“" is found like a fragment (its kind stays as it was).
        // Only a quote kept without a speaker anyway: the rule names speakers, it adds no quotes.
        bool followedByComma = afterMark < p.Text.Length && p.Text[afterMark] == ',' || mark.End < p.Text.Length && p.Text[mark.End - 1] == ',';
        bool nounFragment = !partial && embedded && !sentenceEnd && _lex is { CapitalisedNouns: true }
            && words >= MinUnattributedWords && (endsSentence || followedByComma) && HasSpeechSignal(p, sentence, frames);
        if (frame is null && MidSentenceTitle(p, mark, openTok, contentFrom, words, sentenceEnd, embedded, followedByComma))
        {
            return null;
        }

        if (frame is null && _rules is not null)
        {
            // Rule "previous sentence": an unattributed quote takes the last speaker before it in the paragraph.
            var before = frames.LastOrDefault(f => f.Sentence < sentence && f.Resolved is not null);
            var incise = UnknownVerbIncise(p, mark) ?? DashSignature(p, mark);
            if (incise is not null)
            {
                speaker = incise.Pronoun != '\0' ? history.Resolve(incise, (p.Index, sentence), incise: true) : incise;
            }
            else if (_lex!.PointerObjects.Count > 0 && PointerAfter(p, sentence, frames) is { } pointed)
            {
                // Rule "pointer after": "… keine „…“ haben. Dies gibt der Verband bekannt.": a
                // sentence that opens with a pointer and a reporting verb names who said the one before.
                speaker = pointed;
            }
            else if (openTok == 0 && colonBefore is not null)
            {
                // Rule "colon before the paragraph": "Capt. Ann Roe said in the complaint:" then
                // a paragraph that opens with the quote.
                speaker = colonBefore;
            }
            else if (openTok > 0 && p.Tokens[openTok - 1].Fold == ":" && PossessiveSpeech(p, p.Sentences[sentence].From, openTok - 1) is { } owner)
            {
                speaker = owner;
            }
            else if (openTok > 1 && p.Tokens[openTok - 1].Fold == ":" && ColonSubject(p, p.Sentences[sentence].From, openTok - 1) is { } colonSubject)
            {
                speaker = colonSubject.Pronoun != '\0' ? history.Resolve(colonSubject, (p.Index, sentence)) : colonSubject;
            }
            else if (openTok > 0 && p.Tokens[openTok - 1].Fold == ":" && _rules.Phrases.Leading(p, p.Sentences[sentence].From, openTok - 1) is { } lead && !_lex!.SaysNothing(lead))
            {
                // Rule "colon intro": "Die Bewohner des Dorfes sehen alles gelassen: „…“".
                speaker = lead.Pronoun != '\0' ? history.Resolve(lead) : lead;
                speaker = ReportedSpeaker(p, sentence, speaker, before, previousQuote, history);
            }
            else if (openTok > 1 && p.Tokens[openTok - 1].Fold == ":" && _lex!.VerbSecond && ColonDocument(p, p.Sentences[sentence].From, openTok - 1) is { } document)
            {
                // Rule "colon intro naming a document": "Derzeit steht in dem Gesetzentwurf der
                // Passus: „…“", "So enthält das Gesetzbuch folgende Regel: „…“": with no person
                // before the colon, the document the sentence names speaks.
                speaker = document;
            }
            else if (openTok > 1 && p.Tokens[openTok - 1].Fold == ":" && !_lex!.VerbSecond && FrontedColonIntro(p, p.Sentences[sentence].From, openTok - 1) is { } fronted)
            {
                // Rule "colon intro after a fronted phrase": "À côté de lui, sa femme Sylvie acquiesce : « … »".
                speaker = fronted;
            }
            else if (openTok > 2 && p.Tokens[openTok - 1].Fold == "," && !partial && AsLead(p, p.Sentences[sentence].From, openTok - 1) is { } asLead)
            {
                speaker = asLead.Pronoun != '\0' ? history.Resolve(asLead, (p.Index, sentence)) : asLead;
            }
            else if (openTok > 1 && p.Tokens[openTok - 1].Fold == ":" && !_lex!.VerbSecond && _rules.Subject(p, p.Sentences[sentence].From, openTok - 1) is { IsName: true, Pronoun: '\0', Role: not null } subjectIntro
                && p.Text.AsSpan(p.Tokens[p.Sentences[sentence].From].Start, p.Tokens[openTok - 1].Start - p.Tokens[p.Sentences[sentence].From].Start).Contains(subjectIntro.Text, StringComparison.Ordinal))
            {
                // Rule "colon intro after an apposition": "Le ministre ukrainien, Dmytro Kouleba, a
                // lancé un appel : « … »": the sentence's subject, found with its apposition.
                speaker = subjectIntro;
            }
            else if (openTok > 3 && p.Tokens[openTok - 1].Fold == ":" && _lex!.VerbSecond && p.Tokens[openTok - 3].IsWord && _lex.Coordinators.Contains(p.Tokens[openTok - 3].Fold)
                && p.Tokens[openTok - 2].Is(WordClass.Verbs) && _rules.InvertedAfterClause(p, p.Sentences[sentence].From, openTok - 3) is { } inverted)
            {
                // Rule "colon intro after a fronted clause": "Als ein Gast half, biss der Mann den Gast und rief: „…“":
                // a reporting verb after "und" shares the subject that follows the first main clause's verb.
                speaker = inverted;
            }
            else if (before is not null && !partial && !embedded && _lex!.VerbSecond && before.Sentence < sentence - 1 && frames.All(f => f.Sentence != sentence - 1)
                && _rules.Subject(p, p.Sentences[sentence - 1].From, p.Sentences[sentence - 1].To) is { IsName: true, Pronoun: '\0' } topic
                && topic.Text.Contains(' ') && topic.Text != before.Resolved!.Text)
            {
                // Rule "new subject then quote": "„…“, sagte der Bischof. Der Bruder des Bischofs,
                // Georg Roth, war eingeweiht. „…“": a sentence whose subject names someone new,
                // between the last frame and a quote standing alone, hands the quote to them.
                speaker = topic;
            }
            else if (before is not null && !partial)
            {
                speaker = before.Resolved;
            }
            else if (!partial && previousQuote is not null && previousQuote.Paragraph == p.Index && previousQuote.Speaker is not null)
            {
                // Rule "same paragraph": a second quote after an attributed one continues it.
                speaker = previousQuote.Speaker;
            }
            else if (!partial && !embedded && sentence > 0)
            {
                // Rule "previous subject": a quote standing as its own sentence after a sentence
                // about someone ("Sadiq Khan … verurteilte die Haltung … . „…“") is theirs.
                var (pf, pt) = p.Sentences[sentence - 1];
                var subject = _rules.Subject(p, pf, pt);
                speaker = subject is { Pronoun: '\0', IsPerson: true } ? subject : subject is { Pronoun: 'm' or 'f' } ? history.Resolve(subject) : null;
                if (speaker is null && sentence == 1 && frames.Count == 0 && previousQuote is { Speaker: not null } && previousQuote.Paragraph == p.Index - 1
                    && !NamesAnyone(p, pf, pt))
                {
                    // Rule "narrative then quote": "Both of them froze, unsure what to do. “…”":
                    // one sentence of narration that names no one, between the last speaker's
                    // quote and this one, does not change who speaks.
                    speaker = previousQuote.Speaker;
                    inherited = true;
                }
            }
            else if (!partial && openTok == 0 && previousQuote is not null && previousQuote.Paragraph == p.Previous)
            {
                // Rule "continuation": a paragraph opening with a quote continues the previous one.
                speaker = previousQuote.Speaker;
                inherited = true;
            }
            else if (!partial && openTok == 0 && frames.Count == 0 && !followedByComma && (previousQuote is null || previousQuote.Paragraph < p.Index - 1)
                && lastFrame is { Kind: FrameKind.Clause or FrameKind.Incise, Resolved: { IsPerson: true } reporter } && lastFrame.Paragraph == p.Index - 1)
            {
                // Rule "indirect then quote": a paragraph that opens with a quote and attributes
                // nothing, right after a paragraph of someone's reported speech ("Ann Roe, 60, said
                // she has …"), goes on with that person's words. Not before a comma: an incise
                // no rule reads ("“…,” the filing reads") names someone else.
                speaker = reporter;
            }
            else if (endsSentence && previousQuote is { Speaker: not null } && (previousQuote.Paragraph == p.Index || previousQuote.Paragraph == p.Previous)
                && OpenerOnly(p, sentence, openTok))
            {
                // Rule "opener then quote": "For these reasons, “…”", "At the same time, “…”": a
                // sentence that is a fronted phrase and the quote, with no subject or verb of its
                // own, goes on with the words of the quote before it.
                speaker = previousQuote.Speaker;
                inherited = true;
            }
            else if (partial || nounFragment)
            {
                speaker = ClauseSubject(p, openTok, sentence) ?? QuotedVerbHolder(p, mark, sentence, openTok, contentFrom, history);

                // Rule "sentence subject": a fragment in a sentence about someone is theirs, unless
                // it is a single capitalised word (a name or a term more often than a quote).
                if (speaker is null && words >= 2)
                {
                    var (sf, st) = p.Sentences[sentence];
                    var subject = _rules.Subject(p, sf, st) ?? _rules.Phrases.Leading(p, sf, openTok);
                    if (subject is { Pronoun: '\0', Role: null } && LoneOpener(p, sf, subject))
                    {
                        // Rule "lone opener names no one": "Meanwhile, the village fears what it
                        // calls the “long winter”", "Exactly what these “new ways” mean is unclear":
                        // with no cue, a one-word subject the article capitalises only where a
                        // sentence opens is a common word, not a name.
                        subject = null;
                    }

                    if (subject is { IsPerson: false, Pronoun: '\0' } && openTok > sf && !p.Quoted[openTok - 1] && _lex!.Copulas.Contains(p.Tokens[openTok - 1].Fold)
                        && !_lex.IsBody(subject) && !_lex.IsDocument(subject))
                    {
                        // Rule "thing before a copula": "The new ward was “…”": a fragment that
                        // completes "is" or "was" says what a thing is in someone else's words; a
                        // thing that is no body and no document does not speak (a person still
                        // does: "Coach Ann Roe is “very proud”"), so the speaker before it may.
                        subject = null;
                    }

                    if (subject is { IsPerson: false, Pronoun: '\0' } && PossessiveThought(p, sf, openTok) is { } thinker)
                    {
                        // "Roche’s hope is that the synod “…”": the owner of the thought speaks.
                        subject = thinker;
                    }

                    speaker = subject is { Pronoun: '\0' } && (subject.IsPerson || words >= 3 && !_lex!.SaysNothing(subject)) ? subject
                        : subject is { Pronoun: 'm' or 'f' } ? history.Resolve(subject) : null;
                    speaker = ReportedSpeaker(p, sentence, speaker, before, previousQuote, history);
                    if (speaker is null && subject is { Pronoun: '\0', IsPerson: false } && ReportedSpeaker(p, sentence, subject, before, previousQuote, history) is { } lastSpeaker
                        && !ReferenceEquals(lastSpeaker, subject))
                    {
                        // "Der Rücktritt sei ein „natürlicher Vorgang“": a short fragment whose
                        // subject is a thing, in reported speech, is the last speaker's.
                        speaker = lastSpeaker;
                    }
                }

                // Rule "reported speech goes on": a fragment right after an attributed sentence.
                if (speaker is null && before is not null && before.Sentence == sentence - 1)
                {
                    speaker = before.Resolved;
                }
            }
        }

        if (_rules is not null && _lex is { VerbSecond: true } && ClaimOwner(p, openTok, sentence) is { } claimant)
        {
            speaker = claimant;
            cue = null;
        }
        else if (_rules is not null && _lex is { VerbSecond: true } && frame is null or { Resolved: null } && PassiveNaming(p, mark, openTok, sentence, out var agent))
        {
            speaker = agent;
        }
        else if (_rules is not null && _lex is { VerbSecond: true } && frame is null or { Resolved: null } && RelativeNaming(p, mark, openTok, sentence) is { } antecedent)
        {
            speaker = antecedent;
        }

        // Without a speaker, keep full sentences and lower-case fragments of two words or more
        // (titles and names are capitalised; a lone word is a term more often than a quote).
        bool lowerFragment = partial && char.IsLower(FirstLetter(p.Text, mark.Start))
            && (words >= MinUnattributedWords || words >= 2 && HasSpeechSignal(p, sentence, frames));
        // A speakerless quote of four words or more is kept when it ends a sentence, opens one,
        // or is followed by a comma (an incise we could not read: „…“, zitierte man X).
        // A sentence a reporting clause or incise holds is speech even when its speaker is a
        // pronoun with no antecedent ("Last year she said, “…” in response to …").
        bool framedSentence = frame is not null && bestRank <= 1 && !partial && words >= MinUnattributedWords;
        // A short noun phrase quoted after its article or demonstrative ("Ces « zones blanches »
        // privées de réseau …") with no one who says it is a term, not a quote.
        // (So is one after a determiner and an adjective: "ces fameux « gilets jaunes »".)
        bool afterArticleAdjective = openTok > 1 && _lex is { CapitalisedNouns: false } && !p.Quoted[openTok - 1] && !p.Quoted[openTok - 2]
            && p.Tokens[openTok - 1].IsWord && !p.Tokens[openTok - 1].IsUpper && p.Tokens[openTok - 1].Class == 0
            && p.Tokens[openTok - 2].IsWord && p.Tokens[openTok - 2].Is(WordClass.Determiners) && !p.Tokens[openTok - 2].Is(WordClass.Complementizers);
        if (speaker is null && ((afterArticle || afterArticleAdjective) && !framedSentence && words < MinUnattributedWords
            || !lowerFragment && !framedSentence && (partial || words < MinUnattributedWords || !endsSentence && embedded && !followedByComma)))
        {
            // A scare-quoted word or a fragment with no speech frame is not a quote.
            return null;
        }

        // (Not to the medium that relays the description's words: "Selon Libération, la ministre …".)
        if (speaker is not null && (_rules?.DescribedPerson(speaker, history, p, openTok) ?? NamedAfterDescription(paragraphs, p, openTok, speaker)) is { } named
            && !frames.Exists(f => f.Sentence == sentence && f.Kind is FrameKind.SourceBefore or FrameKind.SourceAfter && f.Speaker.Text == named.Text))
        {
            speaker = named;
        }

        var kind = partial ? QuoteKind.Partial : QuoteKind.Direct;
        var found = new Found(p.Index, mark.Start, mark.End, kind, speaker, cue) { Inherited = inherited };
        if (speaker is null && mark.Unclosed is false && previousQuote is { Unclosed: true } && previousQuote.Paragraph == p.Previous)
        {
            found = found with { Speaker = previousQuote.Speaker, Inherited = true };
        }

        return found with { Unclosed = mark.Unclosed };
    }

    /// <summary>
    /// Rule "claim owner": "Auf den Vorwurf der Opposition, es handele sich um einen „…“,
    /// entgegnete der Minister …": a claim noun (kind <c>claim-noun</c>) with its owner, then a
    /// comma and the claim's own clause (opened by "dass" or in the Konjunktiv) that holds the
    /// quote: the owner said it, not the sentence's speaker.
    /// </summary>
    private Speaker? ClaimOwner(ParagraphText p, int openTok, int sentence)
    {
        var (from, _) = p.Sentences[sentence];
        int comma = -1;
        bool reported = false;
        for (int t = openTok - 1; t > from + 2; t--)
        {
            if (p.Quoted[t])
            {
                continue;
            }

            // (A relative clause inside the claim's clause goes on: "…, mit dem man „…“ wolle".)
            if (p.Tokens[t].Fold == "," && !(t + 2 < openTok && p.Tokens[t + 1].IsWord && (_lex!.Relatives.Contains(p.Tokens[t + 1].Fold)
                || _lex.Prepositions.Contains(p.Tokens[t + 1].Fold) && p.Tokens[t + 2].Is(WordClass.Determiners) && t + 3 < openTok && !p.Tokens[t + 3].IsUpper)))
            {
                comma = t;
                break;
            }

            reported |= p.Tokens[t].IsWord && (_lex!.Subjunctives.Contains(p.Tokens[t].Fold) || p.Tokens[t].Is(WordClass.Complementizers) && t == openTok - 1);
            if (p.Tokens[t].Fold is ":" or ";" or "(" or ")")
            {
                return null;
            }
        }

        if (comma < 0 || !(reported || p.Tokens[comma + 1].IsWord && p.Tokens[comma + 1].Is(WordClass.Complementizers)))
        {
            return null;
        }

        // (The owner: "der Opposition", "des Ministers", "von Umweltschützern", right before the comma.)
        for (int o = comma - 1; o > from && comma - o <= 4; o--)
        {
            if (p.Quoted[o] || !p.Tokens[o].IsWord)
            {
                return null;
            }

            if (!_lex!.ReportOwners.Contains(p.Tokens[o].Fold) || !p.Tokens[o - 1].IsUpper || !_lex.ClaimNouns.Contains(p.Tokens[o - 1].Fold))
            {
                continue;
            }

            var owner = _rules!.Phrases.Forward(p, o + 1, comma, out int end);
            if (owner is not { Pronoun: '\0' } || end != comma || _lex.SaysNothing(owner))
            {
                return null;
            }

            return p.Tokens[o].Is(WordClass.Determiners) ? owner with { Text = p.Span(o, comma) } : owner;
        }

        return null;
    }

    /// <summary>
    /// The speaker of the next sentence when it opens with a pointer (kind <c>pointer-object</c>:
    /// "Dies", "Das") right before its reporting verb ("Dies gibt der Verband bekannt."), else null.
    /// </summary>
    private Speaker? PointerAfter(ParagraphText p, int sentence, List<Frame> frames)
    {
        if (sentence + 1 >= p.Sentences.Count)
        {
            return null;
        }

        int from = p.Sentences[sentence + 1].From;
        if (from + 2 >= p.Sentences[sentence + 1].To || p.Quoted[from] || !p.Tokens[from].IsWord || !_lex!.PointerObjects.Contains(p.Tokens[from].Fold))
        {
            return null;
        }

        // (The frame reads the pointer as its subject: the phrase right after the verb is the subject.)
        if (!frames.Exists(f => f.Sentence == sentence + 1 && p.TokenAt(f.CueStart) == from + 1))
        {
            return null;
        }

        var reporter = _rules!.Phrases.Forward(p, from + 2, p.Sentences[sentence + 1].To, out _);
        return reporter is { Pronoun: '\0' } && !_lex.SaysNothing(reporter) ? reporter : null;
    }

    /// <summary>
    /// Rule "passive naming": "Die Stadtwerke wurden gestern im „Kurier“ als „…“ bezeichnet": in
    /// a passive, the subject is the one named, not the speaker; the agent after "von" or the
    /// medium after "in" speaks, else no one. True when the quote closes such a passive.
    /// </summary>
    private bool PassiveNaming(ParagraphText p, QuoteMarkSpan mark, int openTok, int sentence, out Speaker? agent)
    {
        agent = null;
        var (from, to) = p.Sentences[sentence];
        int participle = p.TokenAt(mark.Close + 1);
        if (openTok - 2 <= from || participle >= to || p.Quoted[participle] || !p.Tokens[participle].IsWord || p.Tokens[participle].IsUpper
            || !p.Tokens[participle].Is(WordClass.Verbs) || p.Quoted[openTok - 1] || !p.Tokens[openTok - 1].Is(WordClass.Qualifier))
        {
            return false;
        }

        int aux = -1;
        for (int t = openTok - 2; t > from; t--)
        {
            if (!p.Quoted[t] && p.Tokens[t].Fold is "," or ":" or ";")
            {
                break;
            }

            if (!p.Quoted[t] && p.Tokens[t].IsWord && (_lex!.PassiveAuxiliaries.Contains(p.Tokens[t].Fold) || _lex.PresentPassiveAuxiliaries.Contains(p.Tokens[t].Fold)))
            {
                aux = t;
                break;
            }
        }

        if (aux < 0)
        {
            return false;
        }

        for (int t = aux + 1; t < openTok - 1; t++)
        {
            if (p.Quoted[t] || !p.Tokens[t].IsWord)
            {
                continue;
            }

            bool byAgent = _lex!.AgentPrepositions.Contains(p.Tokens[t].Fold);
            if (!byAgent && !_lex.MediumPrepositions.Contains(p.Tokens[t].Fold))
            {
                continue;
            }

            // (The medium may be a title in quote marks: "im „Kurier“".)
            int start = t + 1;
            int end = start;
            while (end < openTok - 1 && (p.Quoted[end] || p.Tokens[end].IsWord && (p.Tokens[end].IsUpper || p.Tokens[end].Is(WordClass.Determiners))))
            {
                end++;
            }

            if (end > start && p.Tokens[end - 1].IsWord)
            {
                var sp = _rules!.Phrases.Forward(p, start, end, out _);
                agent = byAgent ? (sp is { Pronoun: '\0' } && !_lex.SaysNothing(sp) ? sp : null) : new Speaker { Text = p.Span(start, end) };
            }
            else if (end > start && !byAgent)
            {
                agent = new Speaker { Text = p.Text[p.Tokens[start].Start..p.Tokens[end - 1].End] };
            }

            break;
        }

        return true;
    }

    /// <summary>
    /// Rule "relative naming": "Im Netz erschien ein Kommentar, der den Plan als „…“ bezeichnet":
    /// a relative pronoun is the subject of the reporting verb after the quote; its antecedent,
    /// the phrase before the comma, speaks (a person, a body or a document).
    /// </summary>
    private Speaker? RelativeNaming(ParagraphText p, QuoteMarkSpan mark, int openTok, int sentence)
    {
        var (from, to) = p.Sentences[sentence];
        int verb = p.TokenAt(mark.Close + 1);
        if (verb >= to || p.Quoted[verb] || !p.Tokens[verb].IsWord || p.Tokens[verb].IsUpper || !p.Tokens[verb].Is(WordClass.Verbs))
        {
            return null;
        }

        for (int t = openTok - 1; t > from + 1; t--)
        {
            if (!p.Quoted[t] && p.Tokens[t].Fold is "," or ":" or ";")
            {
                return null;
            }

            if (!p.Quoted[t] && p.Tokens[t].IsWord && _lex!.Relatives.Contains(p.Tokens[t].Fold) && p.Tokens[t - 1].Fold == "," && !p.Quoted[t - 1])
            {
                // (Only the relative's own subject: "ein Kommentar, der den Plan …", not "…, den die Zeitung …".)
                if (t + 1 < openTok && p.Tokens[t + 1].IsWord && (p.Tokens[t + 1].Is(WordClass.Determiners) || p.Tokens[t + 1].IsUpper) && !p.Quoted[t + 1]
                    && _rules!.Phrases.Forward(p, t + 1, openTok, out _) is { } inner && (inner.IsPerson || _lex.IsDocument(inner)))
                {
                    return null;
                }

                // (The antecedent: a determiner, adjectives and nouns right before the comma.)
                int det = t - 2;
                while (det > from && p.Tokens[det].IsWord && !p.Quoted[det] && !p.Tokens[det].Is(WordClass.Determiners)
                    && (p.Tokens[det].IsUpper || p.Tokens[det].Class == WordClass.None))
                {
                    det--;
                }

                var sp = det >= from && det < t - 2 && p.Tokens[det].Is(WordClass.Determiners) && p.Tokens[t - 2].IsUpper
                    ? _rules!.Phrases.Forward(p, det, t - 1, out int end) is { } phrase && end == t - 1 ? phrase : null
                    : null;
                return sp is { Pronoun: '\0' } && (sp.IsPerson || _lex.IsDocument(sp) || _lex.IsBody(sp)) && !_lex.SaysNothing(sp) ? sp : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The document a colon intro names ("steht in dem Gesetzentwurf der Passus:", "enthält das
    /// Gesetzbuch folgende Regel:"): a determiner, adjectives and a document noun; null when
    /// the sentence names a person or none.
    /// </summary>
    private Speaker? ColonDocument(ParagraphText p, int from, int colon)
    {
        // ("(Überschrift auf ihrer Homepage: „…“)": a colon inside a parenthesis labels a heading.)
        for (int t = colon - 1; t >= from; t--)
        {
            if (!p.Quoted[t] && p.Tokens[t].Fold is ")")
            {
                break;
            }

            if (!p.Quoted[t] && p.Tokens[t].Fold is "(")
            {
                return null;
            }
        }

        for (int t = from; t < colon; t++)
        {
            var tok = p.Tokens[t];
            if (p.Quoted[t] || !tok.IsWord)
            {
                continue;
            }

            if (tok.Is(WordClass.Role) || _lex!.Pronouns.TryGetValue(tok.Fold, out char pronoun) && pronoun is 'm' or 'f' or 'p')
            {
                return null;
            }

            if (!tok.IsUpper || !_lex.IsDocumentNoun(tok.Fold))
            {
                continue;
            }

            int start = t;
            while (start > from && p.Tokens[start - 1].IsWord && !p.Quoted[start - 1] && !p.Tokens[start - 1].IsUpper
                && (p.Tokens[start - 1].Class == WordClass.None || p.Tokens[start - 1].Is(WordClass.Determiners)))
            {
                start--;
                if (p.Tokens[start].Is(WordClass.Determiners))
                {
                    break;
                }
            }

            return start < t && p.Tokens[start].Is(WordClass.Determiners) ? new Speaker { Text = p.Span(start, t + 1) } : null;
        }

        return null;
    }

    /// <summary>
    /// The name that stands in a list right before "(" or ":" and the quote at token
    /// <paramref name="openTok"/>: the phrase after the last comma or coordinator, which must be a
    /// name and end at the mark; null at a sentence's first phrase (the colon intro's rule).
    /// </summary>
    private Speaker? ListedSpeaker(ParagraphText p, int sentence, int openTok)
    {
        int mark = openTok - 1;
        int from = p.Sentences[sentence].From;
        if (mark <= from + 1 || p.Quoted[mark] || p.Tokens[mark].Fold is not (":" or "("))
        {
            return null;
        }

        int start = mark - 1;
        while (start > from && !p.Quoted[start - 1] && p.Tokens[start - 1].Fold != "," && !(p.Tokens[start - 1].IsWord && _lex!.Coordinators.Contains(p.Tokens[start - 1].Fold)))
        {
            start--;
        }

        if (start <= from || start >= mark || mark - start > 8)
        {
            return null;
        }

        var sp = _rules!.Phrases.Forward(p, start, mark, out int end);
        return sp is { IsName: true, Pronoun: '\0' } && end == mark ? sp : null;
    }

    // Whether the text at a token starts with a speaker phrase (its role first when split off).
    private static bool OpensWith(ParagraphText p, int tok, Speaker sp)
    {
        var rest = p.Text.AsSpan(p.Tokens[tok].Start);
        return rest.StartsWith(sp.Role is null ? sp.Text : sp.Role, StringComparison.Ordinal);
    }

    /// <summary>
    /// The person after the last comma of a colon intro that opens with a fronted phrase, when
    /// one verb alone stands between them and the colon ("…, sa femme Sylvie acquiesce :"), or null.
    /// </summary>
    private Speaker? FrontedColonIntro(ParagraphText p, int from, int colon)
    {
        int comma = colon - 1;
        while (comma > from && (p.Quoted[comma] || p.Tokens[comma].Fold != ","))
        {
            comma--;
        }

        if (comma <= from || comma + 2 >= colon)
        {
            return null;
        }

        var verb = p.Tokens[colon - 1];
        var sp = _rules!.Phrases.Forward(p, comma + 1, colon - 1, out int end);
        return sp is { IsName: true, Pronoun: '\0' } && end == colon - 1 && verb.IsWord && !verb.IsUpper && !p.Quoted[colon - 1] ? sp : null;
    }

    /// <summary>
    /// Rule "as-lead": "As Dunmore continues, “…”", "As journalist Ann Roe, who grew up nearby,
    /// put it in an article, “…”": a sentence opened by a conjunction of manner whose subject is a
    /// person and that runs into the quote after a comma gives the quote to that subject, whatever
    /// its verb. Null when the clause's subject is no person or personal pronoun.
    /// </summary>
    private Speaker? AsLead(ParagraphText p, int from, int comma)
    {
        if (_lex is null || _lex.AsLeads.Count == 0 || p.Quoted[from] || !p.Tokens[from].IsWord || !_lex.AsLeads.Contains(p.Tokens[from].Fold))
        {
            return null;
        }

        // The clause's subject, whatever its verb ("As Dunmore continues"); else the phrase
        // after the conjunction when a verb or an apposition's comma follows it ("As journalist
        // Ann Roe, who grew up nearby, put it in an article").
        var sp = from + 2 < comma ? _rules!.Subject(p, from + 1, comma) : null;
        if (sp is not ({ Pronoun: '\0', IsPerson: true } or { Pronoun: 'm' or 'f' }))
        {
            sp = _rules!.Phrases.Forward(p, from + 1, comma, out int end);
            sp = end < comma && !p.Quoted[end] && (p.Tokens[end].IsWord && !p.Tokens[end].IsUpper || p.Tokens[end].Fold == ",") ? sp : null;
        }

        return sp is { Pronoun: '\0', IsPerson: true } || sp is { Pronoun: 'm' or 'f' } ? sp : null;
    }

    /// <summary>
    /// Rule "colon subject" (feature colon-subject): the speaker of "X …: “…”" read as the
    /// sentence's subject, a person or a personal pronoun ("TV analyst Greg Olund perfectly
    /// summed up the team:"), or the agent of a passive right before the colon ("The second
    /// strike was described by bar worker Ann Lee:"). Null otherwise: the leading noun phrase is
    /// tried next.
    /// </summary>
    private Speaker? ColonSubject(ParagraphText p, int from, int colon)
    {
        if (_lex is not { ColonSubject: true } || colon - from < 3)
        {
            return null;
        }

        // (The agent: "by" after a passive auxiliary and a participle, then the phrase up to the colon.)
        for (int by = colon - 2; by > from + 1; by--)
        {
            if (p.Quoted[by] || !p.Tokens[by].IsWord || !_lex.AgentPrepositions.Contains(p.Tokens[by].Fold))
            {
                continue;
            }

            if (_lex.PassiveAuxiliaries.Contains(p.Tokens[by - 2].Fold) && p.Tokens[by - 1].IsWord && !p.Tokens[by - 1].IsUpper
                && _rules!.Phrases.Forward(p, by + 1, colon, out int end) is { Pronoun: '\0', IsPerson: true } agent && end == colon)
            {
                return agent;
            }

            break;
        }

        // (Not after a fronted clause or phrase: "After James Cook scored, FOX's Greg Olund summed
        // up the game:" has its subject after the comma. And only where the subject reads on from
        // the leading phrase, "TV" → "TV analyst Greg Olund": an apposition may hide the verb from
        // it, "Ann Roe, FNRS director at the lab, underscored …:" is Ann Roe.)
        var first = p.Tokens[from];
        if (!p.Quoted[from] && first.IsWord && first.Is(WordClass.Stops) && !first.Is(WordClass.Determiners) && !first.Is(WordClass.ClauseWords)
            && !_lex.CapitalisedNouns && p.FirstComma(from + 1, colon) is int fronted and > 0 && fronted + 3 < colon)
        {
            // "Au micro de Canal+, le capitaine Antoine Dupont ne cachait pas sa déception : « … »":
            // after a fronted prepositional phrase the subject follows its comma.
            return ColonSubject(p, fronted + 1, colon);
        }

        if (p.Quoted[from] || !first.IsWord || first.Is(WordClass.ClauseWords) || first.Is(WordClass.Adverbs) || first.Is(WordClass.Particles)
            || first.Is(WordClass.Stops) && !first.Is(WordClass.Determiners))
        {
            return null;
        }

        var subject = _rules!.Subject(p, from, colon);
        // Rule "body before a colon": "La Ligue des droits de l'homme a haussé le ton : « … »", "Le
        // syndicat a déposé plainte lundi : « … »": a body the lexicon knows (kinds org-head,
        // stance-body) speaks as a person would; "Le rapport conclut : « … »" names none.
        bool body = subject is { Pronoun: '\0', IsPerson: false } && IsBodyDescription(subject);
        if (subject is null || !(subject is { Pronoun: '\0', IsPerson: true } && !_lex.SaysNothing(subject) || subject is { Pronoun: 'm' or 'f' } || body))
        {
            return null;
        }

        var lead = _rules.Phrases.Leading(p, from, colon);
        string full = subject.Role is null ? subject.Text : subject.Role + " " + subject.Text;
        return lead is null || !lead.IsPerson || full.Contains(lead.Text, StringComparison.Ordinal) ? subject : null;
    }

    // Whether a sentence holds a capitalised word past its first, or a role word: someone it may name.
    private bool NamesAnyone(ParagraphText p, int from, int to)
    {
        for (int t = from + 1; t < to; t++)
        {
            var tok = p.Tokens[t];
            if (tok.IsWord && (tok.IsUpper && !(tok.Fold.Length == 1 && tok.Is(WordClass.Pronoun)) || tok.Is(WordClass.Role)))
            {
                return true;
            }
        }

        return false;
    }

    // How many paragraphs back a description is looked for beside a name.
    private const int DescriptionLookBack = 30;

    /// <summary>
    /// Rule "description-beside-name": "Joe Biden a reçu le président ukrainien Volodymyr
    /// Zelensky. « … », a déclaré le président ukrainien.": a definite description that the text
    /// wrote before right beside one name (after it, or after a comma) is that person. Null when
    /// it stands beside no name or beside several.
    /// </summary>
    private Speaker? NamedAfterDescription(List<ParagraphText> paragraphs, ParagraphText current, int limit, Speaker description)
    {
        if (_lex is null || description is not { IsName: false, Pronoun: '\0' } || _lex.Definites.Count == 0)
        {
            return null;
        }

        var words = QuoteTokenizer.Tokenize(description.Text, _lex.Known);
        if (words.Length < 2 || !_lex.Definites.Contains(words[0].Fold) || words.Any(w => w.IsUpper && w.Start > 0))
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = Math.Max(0, current.Index - DescriptionLookBack); i < paragraphs.Count && paragraphs[i].Index <= current.Index && names.Count < 2; i++)
        {
            var q = paragraphs[i];
            _rules!.NamesBeside(q, q.Index == current.Index ? limit : q.Tokens.Count, words, names);
        }

        string? found = names.Count == 1 ? names.First() : null;
        return found is null ? null : new Speaker { Text = found, Role = description.Text, IsName = true };
    }

    /// <summary>
    /// Who speaks in a paragraph that ends with a colon after a reporting verb ("Capt. Ann Roe
    /// said in the complaint:", "She told the Times:"): the quote that opens the next paragraph.
    /// Only a person: a document or a clause ("in dem es heißt:") may introduce a citation.
    /// </summary>
    private Speaker? ColonAtEnd(ParagraphText p, MentionHistory history)
    {
        // (In a verb-second language the field before the verb is often no subject: "Insbesondere
        // bemängelte das Gericht Satz 1, in dem es heißt:".)
        if (_rules is null || _lex!.VerbSecond || p.IsDash || p.Tokens.Count == 0 || p.Tokens[^1].Fold != ":")
        {
            return null;
        }

        var (from, to) = p.Sentences[^1];
        bool speech = false;
        for (int t = from; t < to && !speech; t++)
        {
            speech = !p.Quoted[t] && p.Tokens[t].IsWord && p.Tokens[t].Is(WordClass.Verbs) && !_lex!.Negations.Contains(t > from ? p.Tokens[t - 1].Fold : "");
        }

        // Rule "colon subject at the paragraph's end": with no reporting verb ("La directrice,
        // Martine Gauthier, se souvient :", "Le maire a réuni les commerçants :") the sentence's
        // subject is read as before a colon inside a paragraph.
        var subject = speech ? _rules.Subject(p, from, to) : ColonSubject(p, from, p.Tokens.Count - 1);
        return subject is null || _lex!.SaysNothing(subject) ? null
            : subject.Pronoun is 'm' or 'f' ? history.Resolve(subject)
            : subject is { Pronoun: '\0', IsPerson: true } ? subject : null;
    }

    /// <summary>
    /// Rule "reported subject": in a sentence of reported speech (German Konjunktiv I: "Der Airbus
    /// sei „…“", "Die Arbeitsagenturen würden „…“") a subject that is no person is what the
    /// speaker talks about; the quote is the last speaker's, when the paragraph or the one
    /// before has one (a person named there mostly reports on themself: "habe Celebi „…“").
    /// </summary>
    private Speaker? ReportedSpeaker(ParagraphText p, int sentence, Speaker? subject, Frame? before, Found? previousQuote, MentionHistory history)
    {
        // ("Für den Theologen X sei der Rücktritt „…“": the judging field names the speaker.)
        var first = p.Tokens[p.Sentences[sentence].From];
        if (subject is null || subject.Pronoun != '\0' || first.IsWord && _lex!.JudgeOpeners.Contains(first.Fold) || !IsReported(p, sentence))
        {
            return subject;
        }

        // Rule "latest speaker in reported speech": "„…“, sagte der Papst. Der Bruder des Papstes,
        // Georg Roth, war eingeweiht. „…“ Der Rücktritt sei ein „…“": a quote of the paragraph
        // that stands after the last frame is the nearer speaker.
        if (before is not null && previousQuote is { Speaker: not null } && previousQuote.Paragraph == p.Index
            && p.TokenAt(previousQuote.Start) is int quoteTok && quoteTok < p.Tokens.Count && p.SentenceOf(quoteTok) > before.Sentence)
        {
            return previousQuote.Speaker;
        }

        // (The person last named in the paragraph: "Am Rande nahm auch X Stellung. Jeder Pädagoge könne „…“".)
        return before?.Resolved
            ?? (previousQuote is { Speaker: not null } && previousQuote.Paragraph == p.Index ? previousQuote.Speaker : null)
            ?? (sentence > 0 && !subject.IsName ? history.LatestOther(subject) : null)
            ?? (previousQuote is { Speaker: not null } && previousQuote.Paragraph == p.Index - 1 ? previousQuote.Speaker : null)
            ?? subject;
    }

    /// <summary>True when an unquoted word of the sentence is a verb form of reported speech (kind <c>subjunctive</c>).</summary>
    private bool IsReported(ParagraphText p, int sentence)
    {
        // Only the main clause counts: "Der Senat hatte gehofft, dass die Mittel „…“ fließen
        // würden" is the Senate's own hope.
        var (from, to) = p.Sentences[sentence];
        for (int t = from; t < to && (p.Quoted[t] || p.Tokens[t].Fold is not ("," or ":" or ";")); t++)
        {
            if (!p.Quoted[t] && p.Tokens[t].IsWord && _lex!.Subjunctives.Contains(p.Tokens[t].Fold))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rule "incise with an unknown verb": "„…“, strich Romney heraus", "“…,” explained Smith":
    /// a comma after the closing mark (or a comma, question or exclamation mark before it), one
    /// lower-case word, then a name.
    /// </summary>
    private Speaker? UnknownVerbIncise(ParagraphText p, QuoteMarkSpan mark)
    {
        if (mark.Unclosed)
        {
            return null;
        }

        int t = p.TokenAt(mark.Close + 1);
        if (t < p.Tokens.Count && p.Tokens[t].Fold == "," && p.Tokens[t].Start <= mark.Close + 2)
        {
            t++;
        }
        else if (!(mark.End > 0 && p.Text[mark.End - 1] is ',' or '?' or '!') && !(mark.Close >= 0 && mark.Close < p.Text.Length && p.Text[mark.Close] == ','))
        {
            // A question or an exclamation closes its quote without a comma and the incise
            // follows all the same: "“Why not call a timeout there?” color analyst Kirk Hallstein said"
            // (in French after a space: « C'est un scandale ! » s'est exclamé X). (A part cut
            // before an incise inside the marks closes on its comma: « …, a-t-il lancé. … ».)
            return null;
        }

        if (t >= p.Tokens.Count)
        {
            return null;
        }

        int end = p.Sentences[p.SentenceOf(t)].To;
        if (SubjectFirstIncise(p, t, end) is { } subjectFirst)
        {
            return subjectFirst;
        }

        // "…», s'est exclamé X", "…», s'étonne X": the reflexive clitic belongs to the verb.
        if (t + 2 < end && p.Tokens[t].IsWord && _lex!.Reflexives.Contains(p.Tokens[t].Fold))
        {
            t++;
        }

        var fold = p.Tokens[t].Fold;

        bool aux = _lex!.Auxiliaries.Contains(fold);
        if (t + 1 >= end || !p.Tokens[t].IsWord || p.Tokens[t].IsUpper || _lex.Stops.Contains(fold) && !aux || _lex.Determiners.Contains(fold)
            || _lex.Complementizers.Contains(fold) || _lex.Negations.Contains(fold))
        {
            return null;
        }

        // "…», a-t-il conclu": the clitic is the speaker.
        for (int c = 0; c < _lex.CliticSuffixes.Count; c++)
        {
            var (suffix, kind) = _lex.CliticSuffixes[c];
            if (kind is 'm' or 'f' && (fold.EndsWith(suffix, StringComparison.Ordinal) || p.Tokens[t + 1].Fold.EndsWith(suffix, StringComparison.Ordinal)))
            {
                return new Speaker { Text = suffix.TrimStart('-', 't').TrimStart('-'), Pronoun = kind };
            }
        }

        // "…», fait-on valoir à Matignon": impersonal "on" speaks for the place after the verb group.
        int onAt = IsImpersonalClitic(fold) ? t + 1 : IsImpersonalClitic(p.Tokens[t + 1].Fold) ? t + 2 : -1;
        if (onAt >= 0 && onAt < end)
        {
            return _rules!.PlaceOfOn(p, onAt, end, out _) ?? (onAt + 1 < end && p.Tokens[onAt].IsWord && !p.Tokens[onAt].IsUpper ? _rules.PlaceOfOn(p, onAt + 1, end, out _) : null);
        }

        // A name or a person described by a role word ("lance un ouvrier", "raconte une
        // habitante"); a thing after an unknown verb ("indique le rapport") is no speaker.
        var sp = _rules!.Phrases.Forward(p, aux ? t + 2 : t + 1, end, out _);
        return sp is not null && (sp.IsPerson || sp.Pronoun is 'm' or 'f') ? sp : null;
    }

    /// <summary>
    /// "“…,” she continued.", "“…,” Ruiz recalled.": a pronoun or a name, one lower-case word
    /// that ends the sentence, after the closing mark and its comma, is an incise even when the
    /// verb is not in the lexicon (the English and French order; German puts the verb first).
    /// </summary>
    private Speaker? SubjectFirstIncise(ParagraphText p, int t, int end)
    {
        if (_lex!.VerbSecond || !p.Tokens[t].IsWord)
        {
            return null;
        }

        int verb;
        Speaker? subject;
        if (_lex.Pronouns.TryGetValue(p.Tokens[t].Fold, out char kind))
        {
            if (kind is not ('m' or 'f'))
            {
                return null;
            }

            subject = new Speaker { Text = p.Span(t, t + 1), Pronoun = kind };
            verb = t + 1;
        }
        else
        {
            int nameEnd = t;
            while (nameEnd < end && p.Tokens[nameEnd].IsWord && p.Tokens[nameEnd].IsUpper)
            {
                nameEnd++;
            }

            if (nameEnd == t || nameEnd - t > 4 || !_rules!.Phrases.IsNameRun(p, t, nameEnd))
            {
                return null;
            }

            subject = _rules.Phrases.Split(p, t, nameEnd, -1, -1);
            verb = nameEnd;
        }

        bool endsThere = verb + 1 >= end || !p.Tokens[verb + 1].IsWord && p.Tokens[verb + 1].Fold is "." or "!" or "?" or ";";
        var v = verb < end ? p.Tokens[verb] : default;
        if (subject is { IsName: true } or { Pronoun: 'm' or 'f' } && v.IsWord && !v.IsUpper && endsThere && !_lex.Negations.Contains(v.Fold)
            && !_lex.Auxiliaries.Contains(v.Fold))
        {
            return subject;
        }

        // "“…,” UN chief Antonio Guterres told reporters after the vote.": a named subject, with
        // its role, then a reporting verb we know, whatever follows it.
        // "“…,” Jane Roe, a dietitian at the county clinic, told the Gazette": the apposition's
        // closing comma may stand before the verb.
        var phrase = _rules!.Phrases.Forward(p, t, end, out int phraseEnd);
        if (phrase is { IsName: true, Role: not null } && phraseEnd + 1 < end && p.Tokens[phraseEnd].Fold == ",")
        {
            phraseEnd++;
        }

        return phrase is { IsName: true } && phraseEnd < end && p.Tokens[phraseEnd].IsWord && p.Tokens[phraseEnd].Is(WordClass.Verbs)
            && !p.Tokens[phraseEnd].IsUpper ? phrase : null;
    }

    /// <summary>
    /// Rule "possessive speech noun": "Ann Roe's advice is simple: “…”", "Dr. Lee's trusty
    /// answer was: “…”": a name that owns a noun of speech right before the colon speaks.
    /// </summary>
    private Speaker? PossessiveSpeech(ParagraphText p, int from, int colon)
    {
        const int MaxNameWords = 4;
        const int MaxNounWords = 5;
        int t = from;
        while (t < colon && t - from < MaxNameWords && p.Tokens[t].IsWord && p.Tokens[t].IsUpper && !p.Quoted[t] && !_lex!.IsPossessive(p.Tokens[t].Fold))
        {
            t++;
        }

        if (t >= colon || !p.Tokens[t].IsWord || !p.Tokens[t].IsUpper || p.Quoted[t] || !_lex!.IsPossessive(p.Tokens[t].Fold))
        {
            return null;
        }

        // The owned phrase: lower-case words up to a noun of speech, then at most a copula and a word.
        int u = t + 1;
        while (u < colon && u - t <= MaxNounWords && p.Tokens[u].IsWord && !p.Tokens[u].IsUpper && !p.Quoted[u] && !_lex.SpeechNouns.Contains(p.Tokens[u].Fold))
        {
            u++;
        }

        if (u >= colon || !_lex.SpeechNouns.Contains(p.Tokens[u].Fold) || colon - u > 3)
        {
            return null;
        }

        for (int w = u + 1; w < colon; w++)
        {
            if (!p.Tokens[w].IsWord || p.Quoted[w] || w == u + 1 && !p.Tokens[w].Is(WordClass.Auxiliaries))
            {
                return null;
            }
        }

        // (A possessive is no phrase head, so the name is cut here: the run without its ending.)
        var first = p.Tokens[from];
        if (first.Is(WordClass.Determiners) || first.Is(WordClass.Stopwords) || first.Is(WordClass.ClauseWords) || _lex.Pronouns.ContainsKey(first.Fold))
        {
            return null;
        }

        var fold = p.Tokens[t].Fold;
        int end = p.Tokens[t].End - _lex.PossessiveEndingLength(fold);
        return end > p.Tokens[t].Start ? new Speaker { Text = p.Text[first.Start..end], IsName = true } : null;
    }

    /// <summary>
    /// "Ann Roe's hope is that the board “…”": a name that owns a noun of speech or thought before
    /// a copula and "that" speaks the fragment in the clause (see <see cref="PossessiveSpeech"/>).
    /// </summary>
    private Speaker? PossessiveThought(ParagraphText p, int from, int openTok)
    {
        for (int t = from + 2; t < openTok; t++)
        {
            if (p.Tokens[t].IsWord && p.Tokens[t].Is(WordClass.Complementizers))
            {
                return PossessiveSpeech(p, from, t);
            }
        }

        return null;
    }

    /// <summary>
    /// A paragraph that is only a dash and a name ("— Melody Tashby", "— Ann Roe, nurse",
    /// "— ValGal (@ValGal1212) December 22, 2023"): the name, or null. The name is two to five
    /// capitalised words, or a one-word handle followed by its @-account.
    /// </summary>
    private Speaker? SignatureLine(ParagraphText p)
    {
        const int MaxNameWords = 5;
        if (!p.IsDash || p.Tokens.Count < 2 || p.Marks.Count > 0 || p.Block.Kind == BodyBlockKind.Heading)
        {
            return null;
        }

        int from = 0;
        while (from < p.Tokens.Count && !p.Tokens[from].IsWord)
        {
            from++;
        }

        int end = from;
        while (end < p.Tokens.Count && p.Tokens[end].IsWord && (p.Tokens[end].IsUpper || end > from && _lex is not null && _lex.NameParticles.Contains(p.Tokens[end].Fold)) && end - from < MaxNameWords)
        {
            end++;
        }

        int words = end - from;
        bool rest = end < p.Tokens.Count;
        bool handle = rest && p.Tokens[end].Fold == "(" && end + 1 < p.Tokens.Count && p.Tokens[end + 1].Fold == "@";
        if (words == 0 || words == 1 && !handle || rest && !handle && p.Tokens[end].Fold != ",")
        {
            return null;
        }

        // ("— Ann Roe, nurse at the clinic": a short role may follow the name.)
        if (rest && !handle && p.Tokens.Count - end > 8)
        {
            return null;
        }

        return new Speaker { Text = p.Text[p.Tokens[from].Start..p.Tokens[end - 1].End], IsName = true };
    }

    /// <summary>
    /// Rule "dash signature": "“…” —Tom Pollard, director of interiors at a design firm": a dash right
    /// after the closing mark, then a name, signs the quote (testimonials, pull quotes).
    /// </summary>
    private Speaker? DashSignature(ParagraphText p, QuoteMarkSpan mark)
    {
        if (mark.Unclosed)
        {
            return null;
        }

        int t = p.TokenAt(mark.Close + 1);
        if (t + 1 >= p.Tokens.Count || p.Tokens[t].IsWord || !Formats.Common.TextRules.IsDash(p.Text[p.Tokens[t].Start]) || p.Tokens[t].Start > mark.Close + 3)
        {
            return null;
        }

        // ("–– Name": a dash typed twice is one.)
        int nameFrom = t + 1;
        while (nameFrom + 1 < p.Tokens.Count && !p.Tokens[nameFrom].IsWord && Formats.Common.TextRules.IsDash(p.Text[p.Tokens[nameFrom].Start]) && nameFrom - t < 3)
        {
            nameFrom++;
        }

        var sp = _rules!.Phrases.Forward(p, nameFrom, p.Tokens.Count, out _);
        if (sp is { IsName: true })
        {
            return sp;
        }

        // "“…” —mimiofmixedblessings": a reader's user name, in lower case, that ends the paragraph.
        const int MaxHandleWords = 2;
        int end = nameFrom;
        while (end < p.Tokens.Count && p.Tokens[end].IsWord && !p.Quoted[end] && end - nameFrom < MaxHandleWords)
        {
            end++;
        }

        return end > nameFrom && end == p.Tokens.Count && !p.Tokens[nameFrom].Is(WordClass.Stopwords) && !p.Tokens[nameFrom].Is(WordClass.Stops)
            && !p.Tokens[nameFrom].Is(WordClass.Determiners) && !p.Tokens[nameFrom].Is(WordClass.Pronoun)
            ? new Speaker { Text = p.Text[p.Tokens[nameFrom].Start..p.Tokens[end - 1].End], IsName = true }
            : null;
    }

    /// <summary>
    /// True when the words of the sentence before its quote are only a short fronted phrase and
    /// a comma (rule "opener then quote"): a preposition, an adverb or a listed opener first, then
    /// no capital, verb, pronoun or other quote ("With these drugs, however, “…”").
    /// </summary>
    private bool OpenerOnly(ParagraphText p, int sentence, int openTok)
    {
        const int MaxOpenerTokens = 8;
        var (from, _) = p.Sentences[sentence];
        if (_lex is null || _lex.Openers.Count == 0 || openTok - from < 2 || openTok - from > MaxOpenerTokens || p.Tokens[openTok - 1].Fold != ","
            || p.Quoted[openTok - 1])
        {
            return false;
        }

        var first = p.Tokens[from];
        if (!first.IsWord || p.Quoted[from] || !(_lex.FrontedPrepositions.Contains(first.Fold) || _lex.Openers.Contains(first.Fold)))
        {
            return false;
        }

        for (int t = from; t < openTok; t++)
        {
            var tok = p.Tokens[t];
            if (p.Quoted[t] || !tok.IsWord && tok.Fold != "," || tok.IsWord && (t > from && tok.IsUpper || tok.Is(WordClass.Verbs) || tok.Is(WordClass.Auxiliaries)
                || tok.Is(WordClass.Pronoun) || _lex.Pronouns.ContainsKey(tok.Fold)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Rule "clause subject": a fragment quoted in "le dirigeant a offert le « … »" is the subject's.</summary>
    private Speaker? ClauseSubject(ParagraphText p, int openTok, int sentence)
    {
        var (from, _) = p.Sentences[sentence];
        for (int t = openTok - 1; t > from && t >= openTok - 6; t--)
        {
            if (!p.Tokens[t].IsWord || p.Quoted[t])
            {
                return null;
            }

            if (p.Tokens[t].Is(WordClass.Auxiliaries))
            {
                var sp = _rules!.Phrases.Backward(p, from, t);
                return sp is { Pronoun: '\0' } && sp.IsPerson ? sp : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Rule "quoted source": a short quote that is itself the subject of a reporting verb
    /// ("Wie „heise online“ berichtet", "as “The Times” reported") names a medium, it is not
    /// speech: a function word before it, the verb right after it with no comma.
    /// </summary>
    private bool IsSourceName(ParagraphText p, int openTok, QuoteMarkSpan mark, int words, bool sentenceEnd)
    {
        if (_lex is null || mark.Unclosed || sentenceEnd || words > 3 || openTok == 0)
        {
            return false;
        }

        var before = p.Tokens[openTok - 1];
        if (!before.IsWord || p.Quoted[openTok - 1] || before.Is(WordClass.Qualifier) || !(before.Is(WordClass.ClauseWords) || before.Is(WordClass.CueWords)))
        {
            return false;
        }

        int after = p.TokenAt(mark.Close + 1);
        return after < p.Tokens.Count && p.Tokens[after].IsWord && !p.Quoted[after] && p.Tokens[after].Is(WordClass.Verbs);
    }

    /// <summary>
    /// Rule "quoted verb": "la Fédération française de football « condamne fermement » les
    /// violences": a quote that opens with a verb right after the sentence's subject holds the
    /// subject's own words, whatever the subject is (a body too). Only where the language asks for
    /// it (feature <c>quoted-verb</c>): English quotes a verb alone ("the brain “sees”") as a term.
    /// </summary>
    private Speaker? QuotedVerbHolder(ParagraphText p, QuoteMarkSpan mark, int sentence, int openTok, int contentFrom, MentionHistory history)
    {
        if (_lex is null || _rules is null || !_lex.QuotedVerb || openTok < 1 || contentFrom >= p.Tokens.Count)
        {
            return null;
        }

        var first = p.Tokens[contentFrom];
        var before = p.Tokens[openTok - 1];
        // A verb the lexicon lists, or a word that is no function word with the verb's object right
        // after the closing mark ("« condamne fermement » les violences").
        int after = p.TokenAt(mark.Close + 1);
        bool objectAfter = after < p.Tokens.Count && p.Tokens[after].IsWord && !p.Quoted[after] && p.Tokens[after].Is(WordClass.Determiners)
            && !p.Tokens[after].IsUpper && p.SentenceOf(after) == sentence;
        bool verb = first.Is(WordClass.Verbs) || objectAfter && first.Class == 0;
        if (!first.IsWord || first.IsUpper || !verb || first.Is(WordClass.Determiners) || _lex.HasParticipleEnding(first.Fold)
            || !before.IsWord || p.Quoted[openTok - 1] || before.Is(WordClass.Determiners) || before.Is(WordClass.Particles) || before.Is(WordClass.Stops)
            || before.Is(WordClass.Verbs) && !before.IsUpper || before.Is(WordClass.Auxiliaries) || before.Is(WordClass.ClauseWords))
        {
            return null;
        }

        var subject = _rules.Phrases.Backward(p, p.Sentences[sentence].From, openTok);
        return subject switch
        {
            { Pronoun: 'm' or 'f' } => history.Resolve(subject, (p.Index, sentence)),
            // (A person, a name or a body: "l'algorithme « apprend » les visages" quotes a term.)
            { Pronoun: '\0' } when subject.IsPerson || subject.IsName || IsBodyDescription(subject) => subject,
            _ => null,
        };
    }

    // A description headed by a body that speaks: "le syndicat", "la Fédération" (kinds stance-body, org-head).
    private bool IsBodyDescription(Speaker speaker)
    {
        foreach (var word in speaker.Text.Split(' ', '\u00A0'))
        {
            string fold = QuoteFold.FoldWithoutElision(word, out _);
            if (_lex!.StanceBodies.Contains(fold) || _lex.OrganisationHeads.Contains(fold))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rule "title mid-sentence": "La romancière X publie « Les Heures lentes ».", "Son premier
    /// roman, « Le Sel des jours », a reçu le prix": where only names are capitalised, a quote
    /// that no speech frame holds, inside a sentence, opening with a capitalised determiner and
    /// holding no sentence of its own is a title: a verb's object, or an apposition between
    /// commas. Not after a colon or a comma alone ("Elle soupire, « La vie est dure »."), where
    /// a sentence is quoted.
    /// </summary>
    private bool MidSentenceTitle(ParagraphText p, QuoteMarkSpan mark, int openTok, int contentFrom, int words, bool sentenceEnd, bool embedded, bool followedByComma)
    {
        const int MaxTitleWords = 8;
        if (_lex is not { CapitalisedNouns: false } || !embedded || sentenceEnd || mark.Continues || words > MaxTitleWords || contentFrom >= p.Tokens.Count
            || p.Tokens[contentFrom] is not { IsWord: true, IsUpper: true } first || !first.Is(WordClass.Determiners) || p.Quoted[openTok - 1])
        {
            return false;
        }

        var before = p.Tokens[openTok - 1];
        return before.IsWord ? !before.Is(WordClass.Complementizers) : before.Fold == "," && followedByComma;
    }

    /// <summary>Rules "title noun" and "name in quotes": “Rodong Sinmun”, „Eagle“, the operation « Barkhane ».</summary>
    private bool IsTitle(ParagraphText p, int openTok, int contentFrom, int words, bool titleCase, bool sentenceEnd)
    {
        if (_lex is not null)
        {
            bool titleStart = contentFrom < p.Tokens.Count && p.Tokens[contentFrom].IsWord && p.Tokens[contentFrom].IsUpper;
            // "„Aktion Deutschland hilft“", "« Opération Barkhane »": the title noun is inside.
            if (words > 1 && p.Tokens[contentFrom].IsWord && p.Tokens[contentFrom].IsUpper && _lex.IsTitleNoun(p.Tokens[contentFrom].Fold))
            {
                return true;
            }

            // The title noun stands right before the quote, or before one adjective
            // ("le journal nord-coréen “Rodong Sinmun”"), never before "als", "de", "comme".
            for (int t = openTok - 1, seen = 0; t >= 0 && seen < 2 && p.Tokens[t].IsWord; t--, seen++)
            {
                var fold = p.Tokens[t].Fold;
                if (_lex.IsTitleNoun(fold))
                {
                    return true;
                }

                // Rule "document title": "dans son rapport « L'État face aux crises »": a document
                // noun right before a capitalised quote of several words names the document's title
                // (not "un rapport « accablant »", one word, nor "le rapport « doit être revu »").
                if (t == openTok - 1 && words > 1 && titleStart && _lex.IsDocumentNoun(fold))
                {
                    return true;
                }

                if (_lex.Stops.Contains(fold) || _lex.ClauseWords.Contains(fold) || _lex.Particles.Contains(fold) || _lex.Determiners.Contains(fold) || p.Tokens[t].IsUpper)
                {
                    break;
                }
            }
        }

        // Capitalised words with at most short function words between them ("Institute for
        // Contemporary Art", "Union pour un Mouvement Populaire") are a name or a title. German
        // capitalises every noun, so one capitalised word says nothing there.
        return titleCase && !sentenceEnd && words <= 8;
    }

    /// <summary>
    /// Rule "naming verb": "ce que les riverains appellent « la zone »", "le stade, surnommé « le
    /// Chaudron »", "appellent ce carrefour « … »": a quote that a naming verb puts on something,
    /// right after the verb or after its object (a determiner and up to two words), is a name,
    /// not speech. A preposition in between ends the look ("appelle à « … »" calls for something),
    /// and so does one that opens the quote ("a appelé « à la retenue »").
    /// </summary>
    private bool IsNamed(ParagraphText p, int openTok, int contentFrom)
    {
        const int MaxObjectWords = 3;
        if (_lex is null || _lex.NamingVerbs.Count == 0
            || contentFrom < p.Tokens.Count && p.Tokens[contentFrom].IsWord && _lex.RecipientPrepositions.Contains(p.Tokens[contentFrom].Fold))
        {
            return false;
        }

        for (int t = openTok - 1; t >= 0 && t >= openTok - 1 - MaxObjectWords && p.Tokens[t].IsWord && !p.Quoted[t]; t--)
        {
            var tok = p.Tokens[t];
            if (_lex.NamingVerbs.Contains(tok.Fold))
            {
                return true;
            }

            if (tok.IsUpper || !tok.Is(WordClass.Determiners) && (tok.Is(WordClass.Stops) || tok.Is(WordClass.Particles) || tok.Is(WordClass.ClauseWords) || tok.Is(WordClass.Verbs)))
            {
                return false;
            }
        }

        return false;
    }

    // Whether the word before a quote makes it a noun of the reported words: an indefinite article
    // or "als" (data), or a lower-case word no lexicon knows, an adjective ("einen größeren „…“");
    // not a definite article or a preposition, which a title or a name follows as often.
    private bool QuotedNounLead(ParagraphText p, int openTok, int contentFrom)
    {
        if (openTok == 0 || p.Quoted[openTok - 1] || !p.Tokens[openTok - 1].IsWord)
        {
            return false;
        }

        // (An initialism, „DFB“, is a name whatever stands before it.)
        if (contentFrom < p.Tokens.Count && p.IsAllCaps(contentFrom))
        {
            return false;
        }

        ref readonly var before = ref p.Tokens[openTok - 1];
        return _lex!.QuotedNounLeads.Contains(before.Fold) || !before.IsUpper && !before.IsDigit && before.Class == WordClass.None;
    }

    // Whether nothing but determiners stands between a cue's first token and a quote mark's token.
    private static bool OnlyDeterminersBetween(ParagraphText p, int cue, int openTok)
    {
        for (int t = cue + 1; t < openTok; t++)
        {
            if (!p.Tokens[t].IsWord || !p.Tokens[t].Is(WordClass.Determiners))
            {
                return false;
            }
        }

        return cue < openTok;
    }

    /// <summary>Rule "address": "tagesschau.de", "news.bbc.co.uk" in quote marks are names of sites.</summary>
    private static bool IsAddress(string text, QuoteMarkSpan mark)
    {
        var span = text.AsSpan(mark.Start, mark.End - mark.Start);
        int dot = span.IndexOf('.');
        return dot > 0 && dot < span.Length - 1 && span.IndexOfAny(' ', '\u00A0') < 0;
    }

    /// <summary>
    /// A sentence that reports speech: it holds a frame or a reporting word, or follows a
    /// sentence of the paragraph that does (the fragment continues the reported speech).
    /// </summary>
    private bool HasSpeechSignal(ParagraphText p, int sentence, List<Frame> frames)
    {
        if (_lex is null)
        {
            return false;
        }

        if (frames.Any(f => f.Sentence == sentence))
        {
            return true;
        }

        var (from, to) = p.Sentences[sentence];
        for (int t = from; t < to; t++)
        {
            // (An auxiliary that opens a cue, "hatte es geheißen", signals speech only through its frame.)
            if (!p.Quoted[t] && p.Tokens[t].IsWord && (p.Tokens[t].Is(WordClass.Verbs) || p.Tokens[t].Is(WordClass.CueWords) && !p.Tokens[t].Is(WordClass.Auxiliaries)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence opens with a subordinating conjunction ("Während …", "Weil …").</summary>
    private bool OpensSubordinate(ParagraphText p, int sentence)
    {
        int from = p.Sentences[sentence].From;
        return _rules is not null && p.Tokens[from].IsWord && !p.Quoted[from] && _rules.Lexicon.Subordinators.Contains(p.Tokens[from].Fold);
    }

    // A sentence's first word standing alone as its subject, capitalised nowhere else in the
    // article, and no given name, title, acronym or capitalised compound ("Merriam-Webster")
    // (subject-verb languages: a German noun is capitalised everywhere).
    private bool LoneOpener(ParagraphText p, int sf, Speaker subject)
    {
        var tok = p.Tokens[sf];
        return _lex is { CapitalisedNouns: false } && tok.IsWord && tok.IsUpper && !p.Quoted[sf] && subject.Text == p.Span(sf, sf + 1)
            && !p.MidSentenceCapitals.Contains(tok.Fold) && !_lex.GivenNames.ContainsKey(tok.Fold) && !tok.Is(WordClass.Honorific) && !p.IsAllCaps(sf)
            && !CapitalAfterHyphen(p.Text, tok.Start, tok.End);
    }

    private static bool CapitalAfterHyphen(string text, int from, int to)
    {
        for (int i = from + 1; i + 1 < to; i++)
        {
            if (text[i] == '-' && char.IsUpper(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rule "indirect speech": a frame whose content is not quoted. Rule "unresolved pronoun
    /// speaks" (feature <c>unresolved-pronoun-speech</c>): "Am Montag teilten sie mit, dass …" with
    /// no antecedent the article shows is still reported speech, with no speaker.
    /// </summary>
    private Found? Indirect(ParagraphText p, Frame f)
    {
        bool unresolvedPronoun = f.Resolved is null && _lex is { UnresolvedPronounSpeech: true } && f.Speaker is { Pronoun: 'm' or 'f' or 'p' or 'd' };
        if (f.Resolved is null && !unresolvedPronoun || p.IsDash || f.ObjectIsNoSpeech)
        {
            return null;
        }

        int start = f.ContentStart, end = f.ContentEnd;
        while (start < end && (char.IsWhiteSpace(p.Text[start]) || p.Text[start] is ',' or ':'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(p.Text[end - 1]) || p.Text[end - 1] is ',' or '.' or ';' or ':'))
        {
            end--;
        }

        // (Three words are enough: the content may be a whole paragraph.)
        int words = 0;
        for (int i = start; i < end && words < 3; i++)
        {
            if (char.IsLetter(p.Text[i]) && (i == start || !char.IsLetter(p.Text[i - 1])))
            {
                words++;
            }
        }

        if (words < 3)
        {
            return null;
        }

        if (unresolvedPronoun)
        {
            // (Only a reported clause after a comma or "dass", in a statement: "Er meldete das
            // Patent an" reports nothing, "Befürchten Sie …?" asks.)
            int first = p.TokenAt(start);
            var (_, sentenceTo) = p.Sentences[f.Sentence];
            bool clause = first > 0 && first < p.Tokens.Count && (p.Tokens[first - 1].Fold == "," && !p.Quoted[first - 1] || p.Tokens[first].Is(WordClass.Complementizers));
            if (!clause || sentenceTo > 0 && p.Tokens[sentenceTo - 1].Fold == "?")
            {
                return null;
            }
        }

        return new Found(p.Index, start, end, QuoteKind.Indirect, f.Resolved, f.Cue);
    }

    private static char FirstLetter(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return text[i];
            }
        }

        return 'A';
    }

    /// <summary>A quote before canonical naming.</summary>
    private sealed record Found(int Paragraph, int Start, int End, QuoteKind Kind, Speaker? Speaker, string? Cue)
    {
        public bool Unclosed { get; init; }

        /// <summary>The speaker was only carried over from the quote before (rule "continuation").</summary>
        public bool Inherited { get; init; }

        public Quote ToQuote(CanonicalNames names) => new()
        {
            Text = names.Text(Paragraph, Start, End),
            Kind = Kind,
            Speaker = Speaker is null ? null : names.Canonical(Speaker),
            SpeakerRole = Speaker?.Role,
            Cue = Cue,
            Paragraph = Paragraph,
            Start = Start,
            Length = End - Start,
        };
    }
}
