namespace NewsParsing.Quotes;

/// <summary>
/// Rule "incise inside the marks" (French, feature <c>inner-incise</c>): French puts the incise
/// inside one pair of marks, « Nous sommes prêts, a assuré X. Mais pas à tout prix. », where
/// English closes and reopens them. The span is cut in two around the incise, so each part is a
/// quote of its own and the incise reads as the incise after the first part.
/// </summary>
internal static class InnerIncises
{
    // A speaker phrase in an incise is short: "la secrétaire générale du syndicat, Agnès Morin".
    private const int MaxPhraseTokens = 14;

    /// <summary>The spans with every inner incise cut out; the list itself when there is none.</summary>
    public static List<QuoteMarkSpan> Split(string text, TokenList tokens, List<QuoteMarkSpan> marks, QuoteLexicon lex)
    {
        List<QuoteMarkSpan>? result = null;
        int t = 0;
        for (int m = 0; m < marks.Count; m++)
        {
            var mark = marks[m];
            // Only a span with a comma inside can hold an incise; most have none.
            if (text.AsSpan(mark.Start, mark.End - mark.Start).IndexOf(',') < 0)
            {
                result?.Add(mark);
                continue;
            }

            while (t < tokens.Count && tokens[t].Start < mark.Start)
            {
                t++;
            }

            var rest = mark;
            for (; t < tokens.Count && tokens[t].Start < rest.End; t++)
            {
                if (tokens[t].IsWord || tokens[t].Fold != "," || IncisEnd(tokens, t + 1, rest.End, lex) is not int close)
                {
                    continue;
                }

                // At least two words must follow the incise inside the marks.
                int next = close + 1;
                if (next + 1 >= tokens.Count || !tokens[next].IsWord || !tokens[next + 1].IsWord || tokens[next + 1].Start >= rest.End)
                {
                    continue;
                }

                result ??= marks.GetRange(0, m);
                int end = tokens[t].Start;
                while (end > rest.Start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                result.Add(rest with { Close = tokens[t].Start, End = end });
                rest = new QuoteMarkSpan(tokens[next].Start, rest.Close, tokens[next].Start, rest.End) { Continues = true };
                t = next;
            }

            result?.Add(rest);
        }

        return result ?? marks;
    }

    /// <summary>
    /// The token that closes an incise opening at <paramref name="t"/> (the comma or full stop
    /// after it), or null: "a-t-il prévenu", "dit-elle", "a assuré le ministre", "explique
    /// l'économiste Anne Roche", each ended by a comma or a full stop.
    /// </summary>
    private static int? IncisEnd(TokenList tokens, int t, int end, QuoteLexicon lex)
    {
        if (t >= tokens.Count || !tokens[t].IsWord || tokens[t].IsUpper)
        {
            return null;
        }

        // Inverted clitic: "a-t-il prévenu", "dit-elle", "estime-t-on".
        var fold = tokens[t].Fold;
        if (fold.Contains('-', StringComparison.Ordinal) && CliticStem(fold, lex) is { } stem)
        {
            int v = t + 1;
            if (lex.Auxiliaries.Contains(fold))
            {
                while (v < tokens.Count && tokens[v].IsWord && tokens[v].Is(WordClass.Adverbs))
                {
                    v++;
                }

                // (The clitic says it all: a participle no list knows, "a-t-il lancé", "a-t-elle
                // souri", is the verb as after the closing mark.)
                if (v >= tokens.Count || !tokens[v].IsWord || tokens[v].IsUpper || !tokens[v].Is(WordClass.Verbs) && tokens[v].Class != 0)
                {
                    return null;
                }

                v++;
            }
            else if (!lex.Verbs.Contains(stem))
            {
                return null;
            }

            return v < tokens.Count && tokens[v].Start < end && tokens[v].Fold is "," or "." ? v : null;
        }

        // Verb group then a named or described subject: "a assuré la porte-parole, Agnès Morin".
        int k = t;
        if (lex.Reflexives.Contains(fold))
        {
            k++;
        }

        while (k < tokens.Count && tokens[k].IsWord && (tokens[k].Is(WordClass.Auxiliaries) || tokens[k].Is(WordClass.Adverbs)) && !tokens[k].Is(WordClass.Verbs))
        {
            k++;
        }

        if (k >= tokens.Count || !tokens[k].IsWord || !tokens[k].Is(WordClass.Verbs))
        {
            return null;
        }

        k++;
        if (k >= tokens.Count || !tokens[k].IsWord || !(tokens[k].IsUpper || tokens[k].Is(WordClass.Determiners) || tokens[k].Is(WordClass.Honorific)))
        {
            return null;
        }

        // The phrase runs to the full stop, or to a comma after the name ("…, Agnès Morin, ne …").
        bool upper = false;
        for (int e = k; e < tokens.Count && e - k <= MaxPhraseTokens && tokens[e].Start < end; e++)
        {
            var tok = tokens[e];
            if (tok.IsWord)
            {
                upper |= tok.IsUpper;
                if (tok.Is(WordClass.Verbs) || tok.Is(WordClass.Complementizers) && !tok.Is(WordClass.Determiners))
                {
                    return null;
                }

                continue;
            }

            if (tok.Fold == ".")
            {
                return e;
            }

            // A comma after a role closes only the role when a name follows ("le porte-parole, Agnès Morin").
            if (tok.Fold == ",")
            {
                // So does one after a role that holds a capitalised word ("le ministre des Armées,
                // Sébastien Lecornu."): a described subject, then a short name that ends the incise.
                // A name's apposition that ends the incise stays too ("a assuré Marc Dupont,
                // président du syndicat.").
                if (upper && !tokens[k].Is(WordClass.Determiners) && RoleThenEnd(tokens, e + 1, end, lex) is int roleEnd)
                {
                    return roleEnd;
                }

                if (upper && !(tokens[k].Is(WordClass.Determiners) && NameThenEnd(tokens, e + 1, end, lex))
                    || e + 1 >= tokens.Count || !tokens[e + 1].IsWord || !tokens[e + 1].IsUpper)
                {
                    return e;
                }

                continue;
            }

            return null;
        }

        return null;
    }

    // A role word (after at most a determiner) and the words of its phrase up to a full stop: that stop.
    private static int? RoleThenEnd(TokenList tokens, int t, int end, QuoteLexicon lex)
    {
        int r = t < tokens.Count && tokens[t].IsWord && tokens[t].Is(WordClass.Determiners) ? t + 1 : t;
        if (r >= tokens.Count || !tokens[r].IsWord || tokens[r].IsUpper || !lex.IsRole(tokens[r].Fold, out _))
        {
            return null;
        }

        for (int e = r + 1; e < tokens.Count && e - t <= MaxPhraseTokens && tokens[e].Start < end; e++)
        {
            if (!tokens[e].IsWord)
            {
                return tokens[e].Fold == "." ? e : null;
            }

            if (tokens[e].Is(WordClass.Verbs) || tokens[e].Is(WordClass.Auxiliaries) || tokens[e].Is(WordClass.Complementizers) && !tokens[e].Is(WordClass.Determiners))
            {
                return null;
            }
        }

        return null;
    }

    // A run of at most four capitalised words (with name particles) from t, then a full stop or a comma.
    private static bool NameThenEnd(TokenList tokens, int t, int end, QuoteLexicon lex)
    {
        const int MaxNameWords = 4;
        int e = t;
        while (e < tokens.Count && e - t <= MaxNameWords && tokens[e].Start < end && tokens[e].IsWord
            && (tokens[e].IsUpper && !tokens[e].Is(WordClass.Determiners) || e > t && lex.NameParticles.Contains(tokens[e].Fold)))
        {
            e++;
        }

        return e > t && e - t <= MaxNameWords && e < tokens.Count && tokens[e].Start < end && tokens[e].Fold is "." or ",";
    }

    private static string? CliticStem(string fold, QuoteLexicon lex)
    {
        foreach (var (suffix, _) in lex.CliticSuffixes)
        {
            if (fold.Length > suffix.Length && fold.EndsWith(suffix, StringComparison.Ordinal))
            {
                return fold[..^suffix.Length];
            }
        }

        return null;
    }
}
