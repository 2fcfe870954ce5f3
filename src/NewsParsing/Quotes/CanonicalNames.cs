namespace NewsParsing.Quotes;

/// <summary>
/// One name per person in an article: "Poutine", "M. Poutine" and "Vladimir Poutine" are one
/// speaker, named by the fullest form the article's body uses (a longer run of capitalised
/// words that ends with the same words).
/// </summary>
internal sealed class CanonicalNames
{
    private readonly List<ParagraphText> _paragraphs;
    private readonly QuoteLexicon? _lex;
    private readonly Dictionary<string, List<(string[] Folds, string Text)>> _byLastWord = new(StringComparer.Ordinal);

    // An article names the same speaker many times: resolve each spelling once.
    private readonly Dictionary<string, string> _resolved = new(StringComparer.Ordinal);
    private readonly IEnumerable<Speaker?> _speakers;
    private bool _collected;

    // The last words of the names to resolve: only runs ending with one of them can be a
    // fuller form, so only those are kept.
    private readonly HashSet<string> _lastWords = new(StringComparer.Ordinal);

    /// <param name="paragraphs">The article's paragraphs.</param>
    /// <param name="lexicon">The language's lexicon, or null.</param>
    /// <param name="speakers">Every speaker that will be resolved.</param>
    /// <param name="isLowerCaseWord">Whether the article writes a folded word in lower case somewhere.</param>
    public CanonicalNames(List<ParagraphText> paragraphs, QuoteLexicon? lexicon, IEnumerable<Speaker?> speakers, Func<string, bool> isLowerCaseWord)
    {
        _paragraphs = paragraphs;
        _lex = lexicon;
        _speakers = speakers;
        _isLowerCaseWord = isLowerCaseWord;
    }

    private readonly Func<string, bool> _isLowerCaseWord;

    public string Text(int paragraph, int start, int end) => _paragraphs[paragraph].Text[start..end];

    public string Canonical(Speaker speaker)
    {
        if (!speaker.IsName)
        {
            return speaker.Text;
        }

        if (!_resolved.TryGetValue(speaker.Text, out var canonical))
        {
            canonical = Resolve(speaker.Text);
            _resolved[speaker.Text] = canonical;
        }

        return canonical;
    }

    // The folded words of a speaker's name without its honorific, by name: an article names
    // the same speaker many times.
    private readonly Dictionary<string, string[]> _nameWords = new(StringComparer.Ordinal);

    private string[] NameWords(string speakerText)
    {
        if (_nameWords.TryGetValue(speakerText, out var known))
        {
            return known;
        }

        var tokens = QuoteTokenizer.TokenizePooled(speakerText, _lex?.Known);
        try
        {
            var words = new List<string>(tokens.Count);
            for (int t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].IsWord)
                {
                    words.Add(tokens[t].Fold);
                }
            }

            if (words.Count > 0 && _lex is not null && _lex.Honorifics.ContainsKey(words[0]))
            {
                words.RemoveAt(0);
            }

            return _nameWords[speakerText] = [.. words];
        }
        finally
        {
            tokens.Return();
        }
    }

    private string Resolve(string speakerText)
    {
        var words = NameWords(speakerText);
        if (!_collected)
        {
            // Built on the first name to canonicalise: most articles without quotes never need it.
            foreach (var speaker in _speakers)
            {
                if (speaker is { IsName: true } && NameWords(speaker.Text) is { Length: > 0 } nameWords)
                {
                    _lastWords.Add(nameWords[^1]);
                }
            }

            if (_lex?.CapitalisedNouns == true)
            {
                foreach (var p in _paragraphs)
                {
                    CollectArticleNouns(p);
                }
            }

            foreach (var p in _paragraphs)
            {
                CollectRuns(p);
            }

            _collected = true;
        }

        if (words.Length == 0 || !_byLastWord.TryGetValue(words[^1], out var runs))
        {
            return speakerText;
        }

        // The fuller form the article writes first, where it introduces the person ("Jade Blake",
        // not a later caption credit run into the name: "The Daily World Jade Blake").
        string best = speakerText;
        var tail = words;
        foreach (var (folds, text) in runs)
        {
            if (folds.Length > words.Length && folds.AsSpan(folds.Length - tail.Length).SequenceEqual(tail))
            {
                best = text;
                break;
            }
        }

        return best;
    }

    // A word the article writes in lower case somewhere (the finder builds the set once, on first need).
    private bool IsLowerCaseWord(string fold) => _isLowerCaseWord(fold);

    // German capitalises nouns: a word the article writes after an article ("die Zeitung") is a
    // common noun, and a run that starts with it ("Zeitung Yolanda Alcorn") is not one name.
    private readonly HashSet<string> _nouns = new(StringComparer.Ordinal);

    private void CollectArticleNouns(ParagraphText p)
    {
        for (int t = 1; t < p.Tokens.Count; t++)
        {
            if (p.Tokens[t].IsWord && p.Tokens[t].IsUpper && p.Tokens[t - 1].IsWord && p.Tokens[t - 1].Is(WordClass.Determiners))
            {
                _nouns.Add(p.Tokens[t].Fold);
            }
        }
    }

    private void CollectRuns(ParagraphText p)
    {
        var tokens = p.Tokens;
        int t = 0;
        while (t < tokens.Count)
        {
            if (!tokens[t].IsWord || !tokens[t].IsUpper)
            {
                t++;
                continue;
            }

            int from = t;
            int to = t + 1;
            // A possessive ends a name ("Bank of America's Reif Ehrling", "Kennedy's Salon article").
            while (to < tokens.Count && _lex?.IsPossessive(tokens[to - 1].Fold) != true && (tokens[to].IsWord && tokens[to].IsUpper
                || tokens[to].Fold == "." && tokens[to - 1].Fold.Length == 1 && to + 1 < tokens.Count && tokens[to + 1].IsUpper))
            {
                to++;
            }

            t = to;
            // A single word is no fuller form of anything (the most common run: a sentence's first word).
            if (to - from < 2 || !_lastWords.Contains(tokens[to - 1].Fold) && !(to - from >= 3 && _lex is not null && _lex.PostNominals.Contains(tokens[to - 1].Fold) && _lastWords.Contains(tokens[to - 2].Fold)))
            {
                continue;
            }

            // Drop what is not part of a name: sentence-initial determiners and cues, titles, roles,
            // and (German) common nouns.
            while (from < to && (!tokens[from].IsWord || _nouns.Contains(tokens[from].Fold) || _lex is not null && (tokens[from].Is(WordClass.Determiners)
                || tokens[from].Is(WordClass.Stopwords) || _lex.Honorifics.ContainsKey(tokens[from].Fold)
                || _lex.IsRole(tokens[from].Fold, out _) || tokens[from].Is(WordClass.Adverbs) || tokens[from].Is(WordClass.Stops))))
            {
                from++;
            }

            if (from < to && _lex?.CapitalisedNouns != true && p.OpensSentence(from) && tokens[from].Class != 0 && !tokens[from].Is(WordClass.Honorific) && !p.MidSentenceCapitals.Contains(tokens[from].Fold))
            {
                // "Meanwhile Sarah Lin": a function word capitalised only because it opens the
                // sentence; an unknown word there ("Ivo Brand spoke") is a first name.
                from++;
            }

            if (from > 0 && to - from >= 3 && _lex is not null && _lex.RecipientPrepositions.Contains(tokens[from - 1].Fold))
            {
                // "a confié au Parisien Marie Dufour": the first word names who was spoken to.
                from++;
            }

            for (int r = to - 2; r >= from; r--)
            {
                // "Health Minister Sarah Cole": the name starts after the last role word.
                // So does "Missouri Rep. Emanuel Clay" after a title.
                if (_lex is not null && tokens[r].IsWord && (_lex.IsRole(tokens[r].Fold, out _) || _lex.Honorifics.ContainsKey(tokens[r].Fold)))
                {
                    from = r + 1;
                    while (from < to && !tokens[from].IsWord)
                    {
                        from++;
                    }

                    break;
                }
            }

            if (_lex is { CapitalisedNouns: false } && to - from >= 3 && (p.IsAllCaps(from) && !p.IsAllCaps(from + 1) || IsLowerCaseWord(tokens[from].Fold)))
            {
                // "KATIE Price" in a lead's capitals, "OG Solomon Tate", "Legendary Rick Perry",
                // "the House Newt Gingrich": a word in capitals before a name, or one the article
                // also writes in lower case, is no part of it (only when two words are left:
                // "Will Smith" stays whole).
                from++;
            }

            var words = new List<string>();
            for (int i = from; i < to; i++)
            {
                if (tokens[i].IsWord)
                {
                    words.Add(tokens[i].Fold);
                }
            }

            if (words.Count < 2 || words.Count > 4)
            {
                continue;
            }

            var text = p.Span(from, to);
            if (!_byLastWord.TryGetValue(words[^1], out var list))
            {
                _byLastWord[words[^1]] = list = [];
            }

            list.Add(([.. words], text));

            // "Robert F. Kennedy Jr.": a suffix after the surname is no part of how the article
            // shortens the name, so "Kennedy" also finds the full form with its suffix.
            if (words.Count >= 3 && _lex is not null && _lex.PostNominals.Contains(words[^1]) && _lastWords.Contains(words[^2]))
            {
                if (!_byLastWord.TryGetValue(words[^2], out var bySurname))
                {
                    _byLastWord[words[^2]] = bySurname = [];
                }

                bySurname.Add(([.. words[..^1]], to < tokens.Count && tokens[to].Fold == "." && tokens[to].Start == tokens[to - 1].End ? p.Span(from, to + 1) : text));
            }
        }
    }
}
