namespace NewsParsing.Quotes;

/// <summary>
/// Finds the phrase that names a speaker around a cue and splits it into name and role:
/// "le porte-parole du ministère américain de la Défense, Pat Ryder" → Pat Ryder + role.
/// </summary>
internal sealed class SpeakerPhrases(QuoteLexicon lex)
{
    private const int MaxPhraseTokens = 14;

    /// <summary>
    /// "al-Ansari", "el-Sissi", "ibn-Khaldoun": a lower-case name particle joined by a hyphen to
    /// a capitalised name is a name word.
    /// </summary>
    private bool IsParticleCompound(ParagraphText p, in QuoteToken token)
    {
        int hyphen = token.Fold.IndexOf('-', StringComparison.Ordinal);
        return hyphen is > 0 and <= 4 && token.Start + hyphen + 1 < token.End && char.IsUpper(p.Text[token.Start + hyphen + 1])
            && lex.NameParticles.Contains(token.Fold[..hyphen]);
    }

    /// <summary>
    /// A short lower-case name particle before a capitalised name word, or two before one
    /// ("Virgil van Dijk", "Ursula von der Leyen", "Hanneke van den Broek"). Only one in German,
    /// where a capitalised noun may follow two ("Petra Paul von der Linksfraktion").
    /// </summary>
    private bool IsParticleBeforeName(ParagraphText p, int at, int to)
    {
        var tokens = p.Tokens;
        int particles = lex.CapitalisedNouns ? 1 : 2;
        for (int k = at; k < at + particles && k + 1 < to; k++)
        {
            var n = tokens[k];
            if (p.Quoted[k] || !n.IsWord || n.IsUpper || n.Fold.Length > 3 || !lex.NameParticles.Contains(n.Fold))
            {
                return false;
            }

            if (tokens[k + 1].IsUpper && !tokens[k + 1].Is(WordClass.Determiners))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The minister, speaking to reporters in Berlin, said …", "The report, published on Monday,
    /// found …", "Le maire, constatant les dégâts, a déclaré …": a participle's phrase between
    /// commas tells the circumstances; the subject stands before it.
    /// </summary>
    /// <summary>
    /// True when the comma at <paramref name="comma"/> closes a participle's phrase that follows
    /// an earlier phrase of the sentence ("The minister, speaking to reporters in Berlin, said").
    /// </summary>
    public bool ParticipialAsideBefore(ParagraphText p, int sentenceFrom, int comma)
    {
        int open = comma - 1;
        while (open > sentenceFrom && !p.Quoted[open] && p.Tokens[open].Fold != ",")
        {
            open--;
        }

        return open > sentenceFrom && p.Tokens[open].Fold == "," && !p.Quoted[open] && IsParticipialAside(p, (open + 1, comma));
    }

    private bool IsParticipialAside(ParagraphText p, (int From, int To) segment) =>
        segment.To - segment.From >= 2 && p.Tokens[segment.From].IsWord && !p.Tokens[segment.From].IsUpper && !p.Quoted[segment.From]
        && (lex.HasParticipleEnding(p.Tokens[segment.From].Fold) || lex.HasPastParticipleEnding(p.Tokens[segment.From].Fold));

    /// <summary>
    /// Rule "subject, aside, verb": true when the comma at <paramref name="comma"/> closes an aside
    /// ("pour sa part", "de son côté") that the sentence's first comma opens after its subject:
    /// "La présidente de la région, pour sa part, estime le projet « irréaliste »".
    /// </summary>
    public bool SubjectAsideBefore(ParagraphText p, int sentenceFrom, int comma)
    {
        int open = p.FirstComma(sentenceFrom, comma);
        return open > sentenceFrom && !p.Quoted[sentenceFrom] && IsAside(p, (open + 1, comma));
    }

    private bool IsAside(ParagraphText p, (int From, int To) segment)
    {
        if (segment.To <= segment.From || !p.Tokens[segment.From].IsWord || !lex.Asides.TryGetValue(p.Tokens[segment.From].Fold, out var asides))
        {
            return false;
        }

        foreach (var words in asides)
        {
            if (words.Length != segment.To - segment.From)
            {
                continue;
            }

            bool same = true;
            for (int w = 0; w < words.Length && same; w++)
            {
                same = !p.Quoted[segment.From + w] && p.Tokens[segment.From + w].Fold == words[w];
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Selon lui, …": a pronoun that is also listed as an adverb (the clitic of "X lui a dit")
    /// is the speaker when a sentence opens with it and its cue ("Selon lui", "D'après lui")
    /// and punctuation follows. (Inside a sentence, "X a exprimé, selon lui, …" only repeats
    /// the sentence's own speaker.)
    /// </summary>
    private static bool IsPronounAlone(ParagraphText p, int i, int end) =>
        p.Tokens[i].Is(WordClass.Pronoun) && (i + 1 >= end || !p.Tokens[i + 1].IsWord)
        && i - p.Sentences[p.SentenceOf(i)].From is > 0 and <= 2;

    // "LFI", "PS": a word of two to five capitals.
    private static bool IsAcronym(ParagraphText p, int t) => p.Tokens[t].End - p.Tokens[t].Start <= 5 && p.IsAllCaps(t);

    // "Canal+": a plus sign written onto the end of a capitalised name.
    private static bool IsNamePlus(ParagraphText p, int k) =>
        k > 0 && p.Tokens[k].Fold == "+" && p.Tokens[k - 1].IsWord && p.Tokens[k - 1].IsUpper && p.Tokens[k - 1].End == p.Tokens[k].Start;

    /// <summary>
    /// The speaker phrase that starts at or after token <paramref name="i"/> (inversion: "a
    /// déclaré mardi soir l'agence Interfax", "sagte der Minister", "selon X"). Leading adverbs,
    /// weekdays and dates are skipped; a following "role, Name" or "Name, role," apposition joins.
    /// </summary>
    public Speaker? Forward(ParagraphText p, int i, int end, out int phraseEnd)
    {
        var tokens = p.Tokens;
        // ("zeigte sich die Regierung entsetzt": a German reflexive after the verb comes before the subject.)
        while (i < end && tokens[i].IsWord && (tokens[i].Is(WordClass.Adverbs) || tokens[i].IsDigit || lex.VerbSecond && lex.Reflexives.Contains(tokens[i].Fold))
            && !p.Quoted[i] && !IsPronounAlone(p, i, end))
        {
            i++;
        }

        if (i < end && tokens[i].IsWord && !p.Quoted[i] && (lex.RecipientPrepositions.Contains(tokens[i].Fold) || lex.MannerPrepositions.Contains(tokens[i].Fold)))
        {
            // "« … », a précisé à l'AFP le commandant Éric Vidal": the one spoken to comes
            // between the verb and the speaker. Skip the preposition, its determiners and one
            // word ("l'AFP", "la presse", "franceinfo"), then read the subject. So does the
            // manner of speaking ("a indiqué par téléphone le maire", "estime par ailleurs X").
            // ("auprès de l'AFP": a compound preposition ends with "de", skipped like a determiner.)
            int j = i + 1;
            while (j < end && tokens[j].IsWord && !p.Quoted[j] && (tokens[j].Is(WordClass.Determiners) || j == i + 1 && tokens[j].Is(WordClass.Particles)))
            {
                j++;
            }

            // "à l'agence Reuters le chef de la diplomatie", "à la sortie de l'audience la mère de
            // la victime": a longer phrase of the one spoken to (or of the place) ends where the
            // subject's determiner follows a noun rather than a preposition.
            // (A "+" inside a medium's name is part of it: "au micro de Canal+ le capitaine".)
            for (int k = j + 1; k < end && k <= j + 6 && (tokens[k].IsWord || IsNamePlus(p, k)) && !p.Quoted[k]; k++)
            {
                if (tokens[k].Is(WordClass.Determiners) && !tokens[k].Is(WordClass.Particles) && !tokens[k].IsUpper && !tokens[k - 1].Is(WordClass.Determiners)
                    && !tokens[k - 1].Is(WordClass.Particles) && !tokens[k - 1].Is(WordClass.Stops) && !lex.RecipientPrepositions.Contains(tokens[k - 1].Fold))
                {
                    return Forward(p, k, end, out phraseEnd);
                }
            }

            if (j + 1 < end && tokens[j].IsWord && !p.Quoted[j] && IsPhraseStart(tokens[j + 1]) && !p.Quoted[j + 1])
            {
                return Forward(p, j + 1, end, out phraseEnd);
            }

            if (j + 2 < end && IsNamePlus(p, j + 1) && IsPhraseStart(tokens[j + 2]) && !p.Quoted[j + 2])
            {
                // "a confié à Canal+ le capitaine Antoine Dupont".
                return Forward(p, j + 2, end, out phraseEnd);
            }

            phraseEnd = i;
            return null;
        }

        bool attributed = false;
        if (ExtendedAttributeEnd(p, i, end) is int head and > 0)
        {
            // "schrieb die in New York geborene Lopez": the attribute before the noun is no name;
            // the phrase reads on as one opened by its article.
            i = head;
            attributed = true;
        }

        int from = i;
        phraseEnd = i;
        if (i < end && tokens[i].IsWord && !p.Quoted[i] && lex.Pronouns.TryGetValue(tokens[i].Fold, out char pronoun) && !tokens[i].Is(WordClass.Determiners))
        {
            // "kommentierte er seinen Ausfall", "zitierte man X": after the verb a pronoun is the
            // whole subject and the words after it are the object.
            phraseEnd = i + 1;
            return Split(p, i, i + 1, -1, -1);
        }

        if (i >= end || !tokens[i].IsWord || p.Quoted[i] || tokens[i].Is(WordClass.Stops) && !tokens[i].Is(WordClass.Determiners) || tokens[i].Is(WordClass.Complementizers))
        {
            return null;
        }

        // "fügt … hinzu", "gab dazu bekannt": in German a lower-case word after the verb is a
        // particle or an object, not a speaker (nouns and names are capitalised).
        if (lex.CapitalisedNouns && !IsPhraseStart(tokens[i]))
        {
            return null;
        }

        int to = ScanPhrase(p, from, end);
        if (to == from)
        {
            return null;
        }

        int appFrom = -1, appTo = -1;
        int tail = to;
        while (tail < end && tail - from < MaxPhraseTokens && tokens[tail].IsWord && !p.Quoted[tail] && !tokens[tail].Is(WordClass.Complementizers))
        {
            tail++;
        }

        if (tail > to && tail < end && tokens[tail].Fold == "," && tokens[to].Is(WordClass.Stops) && FindName(p, from, to).From < 0 && HasRole(p, from, to))
        {
            // "die Sprecherin der Fraktion im Landtag, Carla Wendt": a prepositional tail of the
            // role before the comma, then the name.
            int segTo = ScanSegment(p, tail + 1, end);
            if (segTo > tail + 1 && IsNameRun(p, tail + 1, segTo) && (segTo >= end || !tokens[segTo].IsWord))
            {
                phraseEnd = segTo;
                return Split(p, tail + 1, segTo, from, tail);
            }

            // (The closing comma missing: "…, Peter Lorenz am Montag".)
            if (lex.CapitalisedNouns && tokens[from].Is(WordClass.Determiners) && NameRunEnd(p, tail + 1, segTo) is int runEnd and > 0)
            {
                phraseEnd = runEnd;
                return Split(p, tail + 1, runEnd, from, tail);
            }
        }

        int closed = -1;
        if (to < end && tokens[to].Fold == ",")
        {
            int segTo = ScanSegment(p, to + 1, end);
            int nameTo = segTo;
            if (lex.CapitalisedNouns && segTo < end && tokens[segTo].Fold == ")" && !p.Quoted[segTo])
            {
                // "der Vorsitzende des Ausschusses, Peter Lorenz (SPD), den Entwurf": a short
                // parenthesis (the party) closes the name. (German only: English reads
                // "drugs, called GLP-1 agonists, … (GLP-1)" into it.)
                int open = segTo - 1;
                while (open > to + 1 && tokens[open].Fold != "(")
                {
                    open--;
                }

                if (open > to + 1 && tokens[open].Fold == "(" && segTo - open <= 4)
                {
                    nameTo = open;
                    segTo++;
                }
            }

            bool followedByEnd = segTo >= end || !tokens[segTo].IsWord;
            // A role phrase opened by a determiner may hold a capitalised genitive ("der
            // Oberrabbiner Israels, Yona Metz"): the name after the comma is still the speaker.
            // So does a two-word name after any such phrase: in German a capitalised run after an
            // article is a noun phrase ("der aschkenasische Oberrabbiner Israels, Yona Metz").
            // A role phrase may name an organisation too ("le délégué CGT, Marc Petit", "the
            // chief executive of Apple, Tim Cook"): the name after the comma speaks.
            bool determinerFirst = tokens[from].Is(WordClass.Determiners) || attributed;
            bool roleFirst = FindName(p, from, to).From < 0
                || determinerFirst && HasRole(p, from, to)
                || lex.CapitalisedNouns && determinerFirst && segTo - (to + 1) >= 2;
            if (nameTo > to + 1 && IsNameRun(p, to + 1, nameTo) && roleFirst && followedByEnd)
            {
                // "le porte-parole du ministère, Pat Ryder"
                appFrom = from;
                appTo = to;
                from = to + 1;
                to = nameTo;
                closed = segTo;
            }
            else if (segTo == to + 2 && tokens[to + 1].IsDigit && FindName(p, from, to).From >= 0)
            {
                // "added Lopez, 34, a nurse from Ohio": an age is no role; the apposition after it is.
                int roleTo = segTo < end && tokens[segTo].Fold == "," ? ScanSegment(p, segTo + 1, end) : segTo;
                if (roleTo > segTo + 1 && (roleTo >= end || !tokens[roleTo].IsWord) && IsAppositionStart(tokens[segTo + 1]) && !tokens[segTo + 1].IsDigit
                    && !HasAuxiliary(p, segTo + 1, roleTo))
                {
                    appFrom = segTo + 1;
                    appTo = roleTo;
                }
                else
                {
                    closed = segTo;
                }
            }
            else if (lex.CapitalisedNouns && determinerFirst && FindName(p, from, to).From < 0 && HasRole(p, from, to) && NameRunEnd(p, to + 1, segTo) is int runEnd and > 0)
            {
                // "sagte der Vorsitzende der Gewerkschaft, Peter Lorenz am Montag": the comma that
                // should close the name is missing; the name ends where a lower-case word or an
                // article follows it.
                appFrom = from;
                appTo = to;
                from = to + 1;
                to = runEnd;
                closed = runEnd;
            }
            else if (segTo > to + 1 && followedByEnd && FindName(p, from, to).From >= 0
                && (IsAppositionStart(tokens[to + 1]) || tokens[to + 1].Is(WordClass.Determiners) && HasRole(p, to + 1, segTo))
                && !HasAuxiliary(p, to + 1, segTo))
            {
                // "Pat Ryder, the Pentagon spokesman"
                appFrom = to + 1;
                appTo = segTo;
            }
        }

        phraseEnd = Math.Max(Math.Max(to, appTo), closed);
        return Split(p, from, to, appFrom, appTo);
    }

    // "(Fraser said …": an opening bracket that starts the sentence or follows a quote or a
    // sentence's end, with no closing bracket between it and the verb.
    private static bool OpensClauseInBrackets(ParagraphText p, int open, int verbStart)
    {
        for (int k = open + 1; k < verbStart; k++)
        {
            if (p.Tokens[k].Fold == ")" && !p.Quoted[k])
            {
                return false;
            }
        }

        return open == 0 || p.Quoted[open - 1] || p.Tokens[open - 1].Fold is "." or "!" or "?" or "”" or "\"";
    }

    // Whether the first `count` segments are each a run of names.
    private bool AllNameRuns(ParagraphText p, List<(int From, int To)> segments, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (!IsNameRun(p, segments[i].From, segments[i].To))
            {
                return false;
            }
        }

        return true;
    }

    // A degree after a name ("MD", "PhD").
    private bool IsPostNominal(ParagraphText p, int t) => p.Tokens[t].IsWord && lex.PostNominals.Contains(p.Tokens[t].Fold);

    /// <summary>
    /// The subject before a cue that starts at token <paramref name="verbStart"/>: the last comma
    /// segment of the clause, with an apposition segment around it as role ("Mardi, le chef de
    /// l'OTAN, Jens Stoltenberg, a déclaré"; "Tor Bukkvoll, chercheur en chef…, a déclaré").
    /// Null when the clause opens with a preposition or adverb (German inversion).
    /// </summary>
    public Speaker? Backward(ParagraphText p, int sentenceFrom, int verbStart, bool subject = true)
    {
        if (subject && LeadingName(p, sentenceFrom, verbStart) is { } leading)
        {
            return leading;
        }

        if (ListRelativeClause(p, sentenceFrom, verbStart) is int relativeComma and >= 0
            && Backward(p, sentenceFrom, relativeComma, subject) is { IsPerson: true } beforeRelative)
        {
            return beforeRelative;
        }

        var segments = new List<(int From, int To)>();
        int to = verbStart;
        int t = verbStart - 1;
        int relative = -1;
        bool inParenthesis = false;
        int limit = 3;
        int relativeOpens = RelativeClauseBefore(p, sentenceFrom, verbStart);
        while (t >= sentenceFrom && segments.Count < limit)
        {
            var tok = p.Tokens[t];
            if (p.Quoted[t] && QuotedNameOpen(p, t, verbStart) is int open and > 0)
            {
                // "Die Wochenzeitung „Neue Stimme“ hatte kritisiert": a name in quote marks is
                // part of the subject.
                t = open - 1;
                continue;
            }

            // (A clause word inside a German relative clause before the verb opens no clause of
            // the sentence: "Küng, der als Kritiker gilt, hofft".)
            bool boundary = (p.Quoted[t] || !tok.IsWord && tok.Fold is ":" or ";" or "-" or "(" or "[" || tok.IsWord && tok.Is(WordClass.ClauseWords) && !tok.IsUpper && (relativeOpens < 0 || t <= relativeOpens))
                && !RoleCoordinator(p, t, verbStart) && !IsOrganisationCoordinator(p, sentenceFrom, t, verbStart) && !CoordinatedApposition(p, sentenceFrom, t, verbStart);
            if (!tok.IsWord && tok.Fold == ")" && !p.Quoted[t])
            {
                inParenthesis = true;
            }

            // Rule "verb inside a parenthesis": "(Fraser said that staff “…”.)": an opening
            // bracket not closed before the verb opens the clause; only a bracket the scan saw
            // closed is skipped.
            if (inParenthesis && !p.Quoted[t] || boundary && tok.Fold == "(" && !lex.VerbSecond && !OpensClauseInBrackets(p, t, verbStart))
            {
                // "(FFI)", "(D-N.M.)" inside a phrase: skip the parenthesis.
                boundary = false;
                inParenthesis = tok.Fold != "(";
            }

            if (!tok.IsWord && tok.Fold == ",")
            {
                // The empty segment of "…, said" does not count against the three kept, nor does
                // an age ("Joe Roe, 18, from Truro, Cornwall, told").
                limit += segments.Count == 0 && t + 1 == to || to - t == 2 && (p.Tokens[t + 1].IsDigit || IsPostNominal(p, t + 1)) ? 1 : 0;
                segments.Add((t + 1, to));
                to = t;
            }
            else if (boundary && relative < 0 && segments.Count == 1 && segments[0].To == segments[0].From && tok.IsWord && lex.Relatives.Contains(tok.Fold))
            {
                // "Maria Keane, the designer who made the dress, said", "Sen. Ann Cole, who signed
                // the letter, said" : a relative clause closed by the comma before the verb belongs
                // to the phrase before it; the phrase ends where the clause opens.
                relative = t;
            }
            else if (boundary)
            {
                break;
            }

            t--;
        }

        if (segments.Count < limit)
        {
            segments.Add((t + 1, to));
        }

        segments.RemoveAll(s => s.To <= s.From);
        if (segments.Count == 0 || segments[0].To != verbStart && segments[0].To != verbStart - 1)
        {
            return null;
        }

        // "Tom Baker, 18, from Truro, told the BBC": the home town after an age is no subject
        // either, nor is the region after it ("of Truro, Cornwall,").
        // (Loops, not lambdas: a lambda over `p` made Backward allocate a closure on every call.)
        int age = -1;
        for (int a = 1; a < segments.Count; a++)
        {
            if (segments[a].To - segments[a].From == 1 && p.Tokens[segments[a].From].IsDigit)
            {
                age = a;
                break;
            }
        }

        if (age > 0 && age + 1 < segments.Count && p.Tokens[segments[age - 1].From].IsWord && !p.Tokens[segments[age - 1].From].IsUpper
            && (p.Tokens[segments[age - 1].From].Is(WordClass.Stops) || p.Tokens[segments[age - 1].From].Is(WordClass.Particles)) && AllNameRuns(p, segments, age - 1))
        {
            segments.RemoveRange(0, age);
        }

        // Rule "region after a place": "“…,” Ann Roe, a nurse at a clinic in Leeds, England, says": a
        // name alone between commas after an apposition that ends in a place ("in Leeds") names
        // the place's region or country, not the speaker; the name before the apposition speaks.
        if (!lex.VerbSecond && segments.Count >= 3 && IsNameRun(p, segments[0].From, segments[0].To) && segments[0].To - segments[0].From <= 3
            && EndsInPlace(p, segments[1]) && IsNameSegment(p, segments[2]))
        {
            segments.RemoveAt(0);
        }

        // "Povich, 84, was honored", "Jane Doe, PhD, said": an age or a degree between commas is not the subject.
        if (segments.Count > 1 && segments[0].To - segments[0].From == 1
            && (p.Tokens[segments[0].From].IsDigit || p.Tokens[segments[0].From].IsWord && lex.PostNominals.Contains(p.Tokens[segments[0].From].Fold)))
        {
            segments.RemoveAt(0);
        }

        // "Les syndicats, eux, dénoncent": a stressed pronoun between commas repeats the subject
        // before it (unlike "This, he said, mirrors", where the pronoun is the subject).
        // ("Interrogée sur ce point, elle a répondu": without a comma after it "elle" is the subject.)
        if (segments.Count > 1 && segments[0].To - segments[0].From == 1 && segments[0].To == verbStart - 1 && p.Tokens[segments[0].From].IsWord
            && lex.StressedPronouns.Contains(p.Tokens[segments[0].From].Fold))
        {
            segments.RemoveAt(0);
        }

        // "La Confédération paysanne, pour sa part, juge": an aside between commas is not the subject.
        // ("Un haut responsable, cité par le Washington Post, affirme": a relaying cue opens one too, rule "relayed source".)
        if (segments.Count > 1 && (IsAside(p, segments[0]) || segments[0].To == verbStart - 1 && p.Tokens[verbStart - 1].Fold == ","
            && (IsParticipialAside(p, segments[0]) || p.Tokens[segments[0].From].IsWord && !p.Quoted[segments[0].From] && lex.RelayCues.Contains(p.Tokens[segments[0].From].Fold))))
        {
            segments.RemoveAt(0);
        }

        // German relative clause between subject and verb ("Klose, der wegen Foulspiels Rot sah,
        // nannte …"): it opens with a pronoun and ends with its verb in lower case; skip it.
        while (segments.Count > 1 && IsRelativeClause(p, segments[0]))
        {
            segments.RemoveAt(0);
        }

        // German verb-second: a field that opens with a preposition or conjunction ("Als Antwort
        // auf den Brief sagte …") is not the subject; the subject follows the verb.
        var field = segments[^1];
        if (segments.Count == 1 && field.From == sentenceFrom && p.Tokens[field.From].IsWord && IsInversionOpener(p, field.From, verbStart))
        {
            return null;
        }

        var (from, end) = relative > segments[0].From && relative < segments[0].To ? (segments[0].From, relative) : Clean(p, segments[0]);

        // "Dem Sender sagte die Ministerin …", "Den Plan kritisierte er": a field opened by an
        // oblique determiner is the object; the subject follows the verb.
        if (subject && from < end && OpensOblique(p, from, end))
        {
            return null;
        }
        // ("Ann Roe, MD, a surgeon at X, a clinic, told": a degree between the name and its
        // appositions is neither.)
        if (!lex.VerbSecond && segments.Count == 4 && IsPostNominal(p, segments[2].From) && segments[2].To - segments[2].From == 1)
        {
            segments.RemoveAt(2);
        }

        // "Dan Kerwin, litigation specialist at Harlow Parks, a City law firm, said": two
        // appositions after a name; the name speaks and the first apposition is the role.
        // Rule "role then description": so it does when the first opens with a determiner and
        // holds a role word ("Tom Reyes, the director of Fair Press, a media watchdog, says").
        if (segments.Count == 3 && !lex.VerbSecond && from < end && p.Tokens[from].Is(WordClass.Determiners))
        {
            var (nf, nt) = Clean(p, segments[2]);
            var (rf, rt) = segments[1];
            if (nt == segments[2].To && IsNameRun(p, nf, nt) && rf < rt && IsAppositionStart(p.Tokens[rf])
                && (!p.Tokens[rf].Is(WordClass.Determiners) || HasRole(p, rf, rt)))
            {
                return Split(p, nf, nt, rf, rt);
            }
        }

        // Rule "role description, then its apposition": "Le prévenu, un ancien comptable de 52 ans,
        // a gardé le silence": a description with a role word opens the sentence and an apposition
        // opened by a lower-case determiner follows between commas: the description is the
        // subject (a later "il" refers to it), the apposition its role.
        if (!lex.VerbSecond && segments.Count == 2 && segments[1].From == sentenceFrom && from < end && p.Tokens[from].IsWord && !p.Tokens[from].IsUpper
            && p.Tokens[from].Is(WordClass.Determiners) && !HasAuxiliary(p, from, end))
        {
            var (df, dt) = Clean(p, segments[1]);
            if (df < dt && dt == segments[1].To && p.Tokens[df].Is(WordClass.Determiners) && HasRole(p, df, dt) && FindName(p, df, dt).From < 0)
            {
                return Split(p, df, dt, from, end);
            }
        }

        int appFrom = -1, appTo = -1;
        int used = 0;
        bool roleApposition = from < end && segments.Count > 1
            && (p.Tokens[from].Is(WordClass.Determiners) && HasRole(p, from, end) || IsCapitalisedTitle(p, from, segments[0].To))
            && IsNameRun(p, Clean(p, segments[1]).From, Clean(p, segments[1]).To);
        // "Smith, the minister, said": an apposition opened by a determiner follows a name;
        // after a fronted phrase ("Whatever the case, the town had …") it is the subject itself.
        // "The suspect was arrested on Monday, police said": a bare noun after a clause is the
        // subject itself; it is an apposition only after a name. (German fields are not
        // comma-separated that way: there the earlier reading stays.)
        if (from < end && (IsAppositionStart(p.Tokens[from]) || roleApposition) && segments.Count > 1
            && (IsNameSegment(p, segments[1]) || lex.VerbSecond && !p.Tokens[from].Is(WordClass.Determiners)))
        {
            appFrom = from;
            appTo = end;
            (from, end) = Clean(p, segments[1]);
            used = 1;
        }

        // "tourist Joe Hayes, 18, told": an occupation noun we may not list before a name, where
        // the phrase opens (not a verb's object: "which supported Rising Tide's research").
        bool nounBeforeName = !lex.CapitalisedNouns && end - from > 2 && (from == sentenceFrom || p.Quoted[from - 1] || p.Tokens[from - 1].Fold is "," or ":")
            && p.Tokens[from].IsWord && !p.Tokens[from].IsUpper && p.Tokens[from].Class == 0
            && !lex.HasParticipleEnding(p.Tokens[from].Fold) && IsNameRun(p, from + 1, end);
        if (from >= end || end - from > MaxPhraseTokens || !IsPhraseStart(p.Tokens[from]) && !IsParticleName(p, from, end) && !nounBeforeName)
        {
            return null;
        }

        if (appFrom < 0 && segments.Count > used + 1 && IsNameRun(p, from, end))
        {
            var (rf, rt) = Clean(p, segments[used + 1]);
            if (rf < rt && rt - rf <= MaxPhraseTokens && p.Tokens[rf].Is(WordClass.Determiners) && HasRole(p, rf, rt))
            {
                appFrom = rf;
                appTo = rt;
            }
        }

        return Split(p, from, end, appFrom, appTo);
    }

    /// <summary>
    /// "U.N. Director for the Crisis Group", "Deputy Director of Research": a capitalised run that
    /// ends with a role word and is followed by what the role is of is a job title, not a name
    /// (English only: a German capitalised run holds nouns of every kind). A run with nothing
    /// after it may be a surname that is also a role word ("Stephen King").
    /// </summary>
    private bool IsCapitalisedTitle(ParagraphText p, int from, int to)
    {
        var tokens = p.Tokens;
        if (lex.CapitalisedNouns)
        {
            return false;
        }

        int t = from;
        while (t < to && (tokens[t].IsWord && tokens[t].IsUpper || tokens[t].Fold == "."))
        {
            t++;
        }

        int last = tokens[t - 1].Fold == "." ? t - 2 : t - 1;
        return last > from && t < to && tokens[t].IsWord && !tokens[t].IsUpper && tokens[last].IsWord && lex.IsRole(tokens[last].Fold, out _);
    }

    /// <summary>
    /// German field "Name, apposition, verb": a sentence that opens with a name closed by a comma,
    /// then appositions up to the comma before the verb, has the name as subject, even when an
    /// apposition holds a coordination or a relative clause ("Hans Roth, ein Abgeordneter aus
    /// Kiel und Oberst außer Dienst, sagte"). The first apposition is the role unless it is a
    /// relative clause. Null when the field is shaped otherwise.
    /// </summary>
    public Speaker? LeadingName(ParagraphText p, int sentenceFrom, int verbStart)
    {
        if (!lex.VerbSecond || verbStart - 2 <= sentenceFrom || p.Quoted[verbStart - 1] || p.Tokens[verbStart - 1].Fold != ","
            || verbStart - sentenceFrom > 2 * MaxPhraseTokens)
        {
            return null;
        }

        int comma = sentenceFrom;
        while (comma < verbStart && p.Tokens[comma].IsWord && !p.Quoted[comma])
        {
            comma++;
        }

        if (comma == sentenceFrom || comma - sentenceFrom > 4 || comma + 1 >= verbStart - 1 || p.Tokens[comma].Fold != ","
            || !IsNameRun(p, sentenceFrom, comma) || !IsPhraseStart(p.Tokens[sentenceFrom]) || IsInversionOpener(p, sentenceFrom, comma))
        {
            return null;
        }

        int appTo = -1;
        for (int t = comma + 1; t < verbStart - 1; t++)
        {
            var tok = p.Tokens[t];
            // (A hyphen that ends a word shortens a compound: "Journalistinnen- und Journalisten-Union".)
            if (p.Quoted[t] || !tok.IsWord && (tok.Fold is ":" or ";" or "(" or ")" || tok.Fold == "-" && p.Tokens[t - 1].End != tok.Start))
            {
                return null;
            }

            if (appTo < 0 && !tok.IsWord && tok.Fold == ",")
            {
                appTo = t;
            }
        }

        appTo = appTo < 0 ? verbStart - 1 : appTo;
        int appFrom = comma + 1;
        // "Müller, Meier und Schulze, …": a list of names, not a name and its role.
        if (IsNameRun(p, appFrom, appFrom + 1) && !lex.IsRole(p.Tokens[appFrom].Fold, out _) && !p.Tokens[appFrom].Is(WordClass.Determiners)
            || lex.Relatives.Contains(p.Tokens[appFrom].Fold) && IsRelativeClause(p, (appFrom, appTo)))
        {
            appFrom = appTo = -1;
            if (!lex.Relatives.Contains(p.Tokens[comma + 1].Fold))
            {
                return null;
            }
        }

        var speaker = Split(p, sentenceFrom, comma, appFrom, appTo);
        return speaker is { IsName: true } ? speaker : null;
    }

    /// <summary>
    /// The noun phrase that ends right before a postposed cue ("dem jüngsten Bericht der Zeitung
    /// zufolge" → "dem jüngsten Bericht der Zeitung"): nouns, their articles and adjectives, and
    /// genitives after a noun. Null when no noun stands there.
    /// </summary>
    public Speaker? NounPhraseBefore(ParagraphText p, int sentenceFrom, int end)
    {
        if (!lex.CapitalisedNouns)
        {
            return null;
        }

        var tokens = p.Tokens;
        int start = end;
        for (int t = end - 1; t >= sentenceFrom; t--)
        {
            var tok = tokens[t];
            if (!tok.IsWord || p.Quoted[t])
            {
                break;
            }

            if (tok.Is(WordClass.Determiners))
            {
                start = t;
                // A genitive article continues the phrase of the noun before it ("Bericht der Zeitung").
                if (t - 1 >= sentenceFrom && tokens[t - 1].IsWord && !p.Quoted[t - 1] && tokens[t - 1].IsUpper && !IsFunctionWord(tokens[t - 1]))
                {
                    continue;
                }

                break;
            }

            if (tok.IsUpper && !IsFunctionWord(tok))
            {
                start = t;
                continue;
            }

            // An adjective between an article and its noun ("dem jüngsten Bericht").
            if (!tok.IsUpper && start < end && !IsFunctionWord(tok) && t - 1 >= sentenceFrom && (tokens[t - 1].Is(WordClass.Determiners) || !tokens[t - 1].IsUpper && tokens[t - 1].IsWord))
            {
                start = t;
                continue;
            }

            break;
        }

        // The phrase must hold its noun, not only an article or an adjective; a statement noun
        // keeps its adjectives ("offiziellen russischen Angaben zufolge").
        bool statement = end > sentenceFrom && lex.IsReportNoun(tokens[end - 1].Fold, out int part) && part == 0;
        while (start < end && !tokens[start].IsUpper && !tokens[start].Is(WordClass.Determiners) && !(statement && start < end - 1 && tokens[start].Class == WordClass.None))
        {
            start++;
        }

        if (statement && start < end - 1 && !tokens[start].IsUpper)
        {
            return new Speaker { Text = p.Span(start, end) };
        }

        return start < end && tokens[end - 1].IsUpper ? Split(p, start, end, -1, -1) : null;
    }

    private static bool IsFunctionWord(QuoteToken tok) =>
        tok.Is(WordClass.Stops) || tok.Is(WordClass.Verbs) || tok.Is(WordClass.Auxiliaries) || tok.Is(WordClass.Adverbs)
        || tok.Is(WordClass.ClauseWords) || tok.Is(WordClass.Stopwords) || tok.Is(WordClass.Pronoun) || tok.Is(WordClass.CueWords);

    /// <summary>
    /// "Ross Rowland, who produced records by Alder, Birch and Cedar, said": in a
    /// subject-verb language, a relative clause that ends in a list ("A, B and C") before the
    /// comma of the verb; the comma before the relative pronoun, or -1. (A last segment without
    /// a coordinator may be the subject of an incise: "The plant, which closed in 2019, employs
    /// 200 people, Smith said".)
    /// </summary>
    public int ListRelativeClause(ParagraphText p, int sentenceFrom, int verbStart)
    {
        const int MaxRelativeTokens = 30;
        if (lex.VerbSecond || lex.Coordinators.Count == 0 || verbStart - 2 <= sentenceFrom || p.Tokens[verbStart - 1].Fold != "," || p.Quoted[verbStart - 1])
        {
            return -1;
        }

        int lastComma = -1;
        bool coordinated = false;
        for (int t = verbStart - 2; t > sentenceFrom && verbStart - t <= MaxRelativeTokens; t--)
        {
            var tok = p.Tokens[t];
            if (p.Quoted[t] || !tok.IsWord && tok.Fold is ":" or ";" or "(" or ")" or "-")
            {
                return -1;
            }

            if (!tok.IsWord && tok.Fold == ",")
            {
                if (lastComma < 0 && !coordinated)
                {
                    return -1;
                }

                lastComma = t;
                continue;
            }

            coordinated |= lastComma < 0 && tok.IsWord && lex.Coordinators.Contains(tok.Fold);
            if (tok.IsWord && lex.Relatives.Contains(tok.Fold) && p.Tokens[t - 1].Fold == "," && !p.Quoted[t - 1])
            {
                return lastComma > t && coordinated ? t - 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The noun phrase that opens a sentence, up to its first lower-case word that is not a
    /// determiner or a particle ("Die Bewohner des Dorfes sehen alles gelassen:" → "Die
    /// Bewohner des Dorfes"), for a quote introduced by a colon.
    /// </summary>
    public Speaker? Leading(ParagraphText p, int sentenceFrom, int limit)
    {
        int t = PhraseEnd(p, sentenceFrom, limit);

        if (AfterParticipleField(p, sentenceFrom, limit) is { } afterParticiple)
        {
            return afterParticiple;
        }

        if (lex.VerbSecond && p.Tokens[sentenceFrom].IsWord && !p.Quoted[sentenceFrom] && lex.Prepositions.Contains(p.Tokens[sentenceFrom].Fold))
        {
            return AfterFrontedField(p, sentenceFrom, limit);
        }

        if (AfterAdverbField(p, sentenceFrom, limit) is { } inverted)
        {
            return inverted;
        }


        if (t == sentenceFrom || !IsPhraseStart(p.Tokens[sentenceFrom]) || IsInversionOpener(p.Tokens[sentenceFrom]))
        {
            return null;
        }

        // German verb-second with the object first: "Den Plan lobte er mit den Worten:", "Dem
        // Sender sagte die Ministerin Anna Roth:", "Die Reform stellte der Vorsitzende Paul
        // Graf in Frage:": the subject is the phrase after the verb (a pronoun, or a person
        // after an oblique field or opened by a nominative article).
        int verb = t;
        while (lex.VerbSecond && verb < limit && p.Tokens[verb].IsWord && p.Tokens[verb].Is(WordClass.Stops) && !p.Tokens[verb].Is(WordClass.Determiners))
        {
            // "Den Unmut der Partei über die Pläne brachte …": a prepositional phrase continues the field.
            // Rule "adjective after a fused preposition": "… am alten Hafen weist X von sich:": the
            // adjectives between a preposition and its capitalised noun stay in the field.
            verb = PhraseEnd(p, FieldAdjectives(p, verb + 1, limit), limit);
        }

        // (A clause word after the phrase opens a subordinate clause, not the verb: "Die ersten
        // Worte X, als er …".)
        if (lex.CapitalisedNouns && verb + 1 < limit && p.Tokens[verb].IsWord && !p.Tokens[verb].IsUpper && !p.Tokens[verb].Is(WordClass.ClauseWords))
        {
            bool oblique = OpensOblique(p, sentenceFrom, verb);
            var after = Forward(p, verb + 1, limit, out _);
            bool nominative = lex.Nominatives.Contains(p.Tokens[verb + 1].Fold);
            if (after is { Pronoun: 'm' or 'f' } || (oblique || nominative) && after is not null && after.IsPerson)
            {
                return after;
            }

            // Rule "thing first, person after the verb": "Jede Mitschuld am Unfall weist Lenz von
            // sich: „…“": before a colon, a field whose head says nothing (quote-non-speakers) is
            // the object; the person after the finite verb is the subject.
            if (limit < p.Tokens.Count && p.Tokens[limit].Fold == ":" && after is { Pronoun: '\0', IsPerson: true } && !lex.SaysNothing(after) && Split(p, sentenceFrom, t, -1, -1) is { } field && lex.SaysNothing(field))
            {
                // (A reflexive tail is neither role nor name: "weist Lenz von sich".)
                var who = after.Role is { Length: > 0 } role && char.IsLower(role[0]) ? after with { Role = null } : after;
                int tail = who.Text.Length;
                while (tail > 0 && who.Text.LastIndexOf(' ', tail - 1) is int space and > 0 && char.IsLower(who.Text[space + 1]))
                {
                    tail = space;
                }

                return tail < who.Text.Length ? who with { Text = who.Text[..tail] } : who;
            }

            if (oblique)
            {
                return null;
            }
        }

        // "Der Leiter der Studie, Rui Costa Lima, sieht …:": the name in the apposition speaks.
        if (t < limit && p.Tokens[t].Fold == "," && p.Tokens[sentenceFrom].Is(WordClass.Determiners) && HasRole(p, sentenceFrom, t))
        {
            int segTo = ScanSegment(p, t + 1, limit);
            if (segTo > t + 1 && segTo < limit && p.Tokens[segTo].Fold == "," && IsNameRun(p, t + 1, segTo))
            {
                return Split(p, t + 1, segTo, sentenceFrom, t);
            }
        }

        // Only a determiner and a noun, or a name, is trusted this far from any cue.
        var first = p.Tokens[sentenceFrom];
        bool detNoun = first.Is(WordClass.Determiners) && sentenceFrom + 1 < t && p.Tokens[sentenceFrom + 1].IsUpper;
        var speaker = Split(p, sentenceFrom, t, -1, -1);
        return detNoun || speaker is { IsName: true } && !first.Is(WordClass.Stopwords) ? speaker : null;
    }

    /// <summary>
    /// German verb-second after a fronted prepositional field: "In dem Verfahren sieht Osterloh
    /// einen „…“", "Im Kongress warb Obama mit den Worten: „…“": the person or pronoun after the
    /// finite verb is the subject. A judging field names the one who judges when no person
    /// follows the verb: "Für den Theologen Hans Küng sei der Rücktritt „…“".
    /// </summary>
    private Speaker? AfterFrontedField(ParagraphText p, int sentenceFrom, int limit)
    {
        int verb = sentenceFrom;
        while (verb < limit && p.Tokens[verb].IsWord && !p.Quoted[verb] && lex.Prepositions.Contains(p.Tokens[verb].Fold))
        {
            // A preposition is followed by its noun phrase, adjectives included ("Zum ideologischen Hintergrund").
            int np = verb + 1;
            while (np < limit && np < verb + 4 && p.Tokens[np].IsWord && !p.Quoted[np] && !p.Tokens[np].IsUpper && !p.Tokens[np].Is(WordClass.Determiners)
                && !p.Tokens[np].Is(WordClass.Stops) && !p.Tokens[np].Is(WordClass.Adverbs) && !p.Tokens[np].Is(WordClass.ClauseWords))
            {
                np++;
            }

            verb = PhraseEnd(p, np, limit);
        }

        if (verb + 1 >= limit || verb == sentenceFrom || p.Quoted[verb] || !p.Tokens[verb].IsWord || p.Tokens[verb].IsUpper
            || p.Tokens[verb].Is(WordClass.ClauseWords) || p.Tokens[verb].Is(WordClass.Determiners))
        {
            return null;
        }

        // (A body that may speak too: "Im Netz zeigte sich die Landesregierung entsetzt".)
        var after = Forward(p, verb + 1, limit, out _);
        if (after is { Pronoun: 'm' or 'f' } || after is { Pronoun: '\0', IsPerson: true } || after is not null && lex.IsBody(after))
        {
            return after;
        }

        if (!lex.JudgeOpeners.Contains(p.Tokens[sentenceFrom].Fold) || PhraseEnd(p, sentenceFrom + 1, limit) != verb)
        {
            return null;
        }

        // "Für den Theologen Hans Küng": a common noun before the name is its description.
        var judge = Forward(p, sentenceFrom + 1, verb, out _);
        return judge is { Pronoun: '\0', IsPerson: true } ? judge : CitedName(p, sentenceFrom + 1, verb);
    }

    /// <summary>
    /// German verb-second after a one-word adverbial field: "So warnten Vertreter der Verbände vor
    /// einem „…“", "Höhnisch veröffentlichte der Autor dazu: „…“": the word after the field is the
    /// finite verb and the person or pronoun after it is the subject. The field is an adverb, or a
    /// word the article capitalises only where a sentence opens (an adjective used as an adverb).
    /// </summary>
    private Speaker? AfterAdverbField(ParagraphText p, int sentenceFrom, int limit)
    {
        if (!lex.VerbSecond || sentenceFrom + 2 >= limit)
        {
            return null;
        }

        var first = p.Tokens[sentenceFrom];
        var verb = p.Tokens[sentenceFrom + 1];
        bool adverbial = first.IsWord && !p.Quoted[sentenceFrom] && !first.Is(WordClass.Determiners) && !lex.Pronouns.ContainsKey(first.Fold)
            && (first.Is(WordClass.Adverbs) || first.IsUpper && first.Class == 0 && !p.MidSentenceCapitals.Contains(first.Fold) && lex.HasAdverbEnding(first.Fold));
        if (!adverbial || !verb.IsWord || p.Quoted[sentenceFrom + 1] || verb.IsUpper || verb.Is(WordClass.Determiners) || verb.Is(WordClass.ClauseWords)
            || verb.Is(WordClass.Stops) || verb.Is(WordClass.Adverbs) || lex.Pronouns.ContainsKey(verb.Fold))
        {
            return null;
        }

        var after = Forward(p, sentenceFrom + 2, limit, out _);
        return after is { Pronoun: 'm' or 'f' } or { Pronoun: '\0', IsPerson: true } || after is not null && lex.IsBody(after) ? after : null;
    }

    /// <summary>
    /// Rule "fronted participle clause" (German): "Höhnisch, wohl auf die Kritik reagierend,
    /// veröffentlichte der Autor dazu: „…“": a fronted field whose comma follows a present
    /// participle (kind <c>participle-field-ending</c>, "-end") is a participle clause; the word
    /// after that comma is the finite verb and the person, pronoun or body after it the subject.
    /// </summary>
    private Speaker? AfterParticipleField(ParagraphText p, int sentenceFrom, int limit)
    {
        if (!lex.VerbSecond || lex.ParticipleFieldEndings.Count == 0)
        {
            return null;
        }

        int commas = 0;
        for (int c = sentenceFrom + 1; c + 2 < limit && commas < 3; c++)
        {
            var tok = p.Tokens[c];
            if (p.Quoted[c])
            {
                return null;
            }

            if (tok.Fold != ",")
            {
                if (!tok.IsWord)
                {
                    return null;
                }

                continue;
            }

            commas++;
            var last = p.Tokens[c - 1];
            if (!last.IsWord || last.IsUpper || last.Class != WordClass.None || last.Fold.Length < 6 || !lex.ParticipleFieldEndings.Any(e => last.Fold.EndsWith(e, StringComparison.Ordinal)))
            {
                continue;
            }

            var verb = p.Tokens[c + 1];
            if (!verb.IsWord || p.Quoted[c + 1] || verb.IsUpper || verb.Is(WordClass.Determiners) || verb.Is(WordClass.ClauseWords) || verb.Is(WordClass.Stops)
                || verb.Is(WordClass.Adverbs) || lex.Pronouns.ContainsKey(verb.Fold))
            {
                return null;
            }

            var after = Forward(p, c + 2, limit, out _);
            return after is { Pronoun: 'm' or 'f' } or { Pronoun: '\0', IsPerson: true } || after is not null && lex.IsBody(after) ? after : null;
        }

        return null;
    }

    /// <summary>
    /// After a preposition, its capitalised noun when one unknown inflected adjective comes before
    /// it ("am alten Hafen" → "Hafen"); otherwise <paramref name="t"/> itself.
    /// </summary>
    private static int FieldAdjectives(ParagraphText p, int t, int limit)
    {
        if (t + 1 >= limit || p.Quoted[t] || p.Quoted[t + 1] || !p.Tokens[t].IsWord || p.Tokens[t].IsUpper || p.Tokens[t].Class != 0
            || !p.Tokens[t + 1].IsWord || !p.Tokens[t + 1].IsUpper)
        {
            return t;
        }

        string fold = p.Tokens[t].Fold;
        return fold.Length > 3 && (fold.EndsWith('e') || fold.EndsWith("en", StringComparison.Ordinal) || fold.EndsWith("em", StringComparison.Ordinal)
            || fold.EndsWith("er", StringComparison.Ordinal) || fold.EndsWith("es", StringComparison.Ordinal)) ? t + 1 : t;
    }

    /// <summary>The end of a noun phrase: capitalised words, determiners and the adjectives after them.</summary>
    private static int PhraseEnd(ParagraphText p, int t, int limit)
    {
        int from = t;
        while (t < limit && IsInitialDot(p, t, from, limit))
        {
            t++;
        }

        while (t < limit && p.Tokens[t].IsWord && !p.Quoted[t]
            && (p.Tokens[t].IsUpper || p.Tokens[t].Is(WordClass.Determiners) || p.Tokens[t].Is(WordClass.Particles)
                || t > from && p.Tokens[t - 1].Is(WordClass.Determiners) && !p.Tokens[t].Is(WordClass.Stopwords) && !p.Tokens[t].Is(WordClass.Adverbs))
            && !p.Tokens[t].Is(WordClass.Verbs) && !p.Tokens[t].Is(WordClass.Auxiliaries))
        {
            t++;
            // "Marsha P. Johnson": the dot of a middle initial stays inside the name.
            if (IsInitialDot(p, t, from, limit))
            {
                t++;
            }
        }

        return t;
    }

    private static bool IsInitialDot(ParagraphText p, int t, int from, int limit)
    {
        var tokens = p.Tokens;
        return t > from && t + 1 < limit && !tokens[t].IsWord && tokens[t].Fold == "." && !p.Quoted[t]
            && tokens[t - 1].IsWord && tokens[t - 1].IsUpper && tokens[t - 1].Fold.Length == 1 && tokens[t - 1].End == tokens[t].Start
            && tokens[t + 1].IsWord && tokens[t + 1].IsUpper && !p.Quoted[t + 1];
    }

    /// <summary>
    /// German extended attribute: a determiner, then a prepositional phrase and the adjective or
    /// participle it qualifies, before the noun ("die in New York City geborene Lopez", "der seit
    /// Jahren amtierende Bürgermeister"). Returns the noun's token, or -1.
    /// </summary>
    private int ExtendedAttributeEnd(ParagraphText p, int det, int end)
    {
        var tokens = p.Tokens;
        if (!lex.CapitalisedNouns || det + 3 >= end || !tokens[det].IsWord || p.Quoted[det] || !tokens[det].Is(WordClass.Determiners) || tokens[det].Is(WordClass.Oblique)
            || !tokens[det + 1].IsWord || tokens[det + 1].IsUpper || !lex.Prepositions.Contains(tokens[det + 1].Fold))
        {
            return -1;
        }

        for (int k = det + 2; k + 1 < end && k <= det + 9; k++)
        {
            var tok = tokens[k];
            if (p.Quoted[k] || !tok.IsWord)
            {
                return -1;
            }

            // An adjective inside the prepositional phrase follows its article or preposition ("in
            // der vergangenen Woche", "zur kalifornischen Universität gehörende").
            if (!tok.IsUpper && !tok.Is(WordClass.Determiners) && !lex.Prepositions.Contains(tok.Fold) && !tok.Is(WordClass.Stopwords)
                && !tokens[k - 1].Is(WordClass.Determiners) && !lex.Prepositions.Contains(tokens[k - 1].Fold) && tokens[k + 1].IsWord && tokens[k + 1].IsUpper && !p.Quoted[k + 1]
                && tok.Fold.Length > 3 && (tok.Fold.EndsWith('e') || tok.Fold.EndsWith("en", StringComparison.Ordinal)))
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// In a verb-second language, the comma that opens a relative clause closed right before the
    /// verb ("Der Theologe, der als Kritiker gilt, hofft"), or -1.
    /// </summary>
    private int RelativeClauseBefore(ParagraphText p, int sentenceFrom, int verbStart)
    {
        if (!lex.VerbSecond || verbStart - 1 <= sentenceFrom || p.Tokens[verbStart - 1].Fold != "," || p.Quoted[verbStart - 1])
        {
            return -1;
        }

        for (int c = verbStart - 2; c > sentenceFrom && c >= verbStart - MaxPhraseTokens; c--)
        {
            var tok = p.Tokens[c];
            if (p.Quoted[c] || !tok.IsWord && tok.Fold is ":" or ";" or "(" or ")")
            {
                return -1;
            }

            if (!tok.IsWord && tok.Fold == ",")
            {
                return IsRelativeClause(p, (c + 1, verbStart - 1)) ? c : -1;
            }
        }

        return -1;
    }

    private bool IsRelativeClause(ParagraphText p, (int From, int To) segment)
    {
        var (from, to) = segment;
        if (to - from < 3 || !lex.Relatives.Contains(p.Tokens[from].Fold) || p.Quoted[to - 1])
        {
            return false;
        }

        var last = p.Tokens[to - 1];
        var next = p.Tokens[from + 1];
        // Rule "relative aside" (feature relative-aside): where a relative pronoun is no article, the
        // clause between commas may end with a name or a role ("Le ministre, qui était en visite à
        // Lyon, a assuré que …"); German "der Kapitän" needs the verb-last test.
        return last.IsWord && !next.IsUpper && (lex.RelativeAside || !last.IsUpper && !lex.IsRole(last.Fold, out _));
    }

    /// <summary>
    /// In a language that capitalises nouns, the name that ends a phrase after a cite verb when
    /// a common noun stands before it: "zitierte die Zeitung Yolanda Alcorn" → Yolanda Alcorn
    /// (the noun is the subject, the name its object). Null when the noun is a role ("der
    /// Minister Hans Eichel" is one person).
    /// </summary>
    public Speaker? CitedName(ParagraphText p, int from, int to)
    {
        if (!lex.CapitalisedNouns || to - from < 3 || !p.Tokens[from].Is(WordClass.Determiners))
        {
            return null;
        }

        for (int t = from + 2; t < to; t++)
        {
            var noun = p.Tokens[t - 1];
            if (noun.IsWord && noun.IsUpper && !noun.Is(WordClass.Determiners) && !lex.IsRole(noun.Fold, out _)
                && p.Tokens[t].IsUpper && IsNameRun(p, t, to) && to - t <= 4)
            {
                var named = Split(p, t, to, -1, -1);
                return named is { IsName: true } ? named : null;
            }
        }

        return null;
    }

    // "[la] Ligue pour la protection des oiseaux": an optional determiner, capitalised words, an
    // organisation joiner, then lower-case words, determiners and particles only.
    private bool OrganisationName(ParagraphText p, int from, int to)
    {
        var tokens = p.Tokens;
        int t = from < to && tokens[from].Is(WordClass.Determiners) ? from + 1 : from;
        int run = t;
        while (t < to && tokens[t].IsWord && tokens[t].IsUpper && !p.Quoted[t])
        {
            t++;
        }

        if (t == run || !IsOrganisationJoiner(p, run, t, to))
        {
            return false;
        }

        for (int u = t + 1; u < to; u++)
        {
            if (p.Quoted[u] || !tokens[u].IsWord || tokens[u].IsUpper && !tokens[u].Is(WordClass.Determiners))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the tokens are only capitalised words (a name on its own).</summary>
    public bool IsNameRun(ParagraphText p, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        for (int t = from; t < to; t++)
        {
            var tok = p.Tokens[t];
            if (tok.IsWord ? !tok.IsUpper && !tok.Is(WordClass.Particles) && !IsParticleCompound(p, tok) && !(t > from && IsParticleBeforeName(p, t, to)) : tok.Fold != "." || t == from)
            {
                return false;
            }
        }

        return p.Tokens[from].IsUpper && !p.Tokens[from].Is(WordClass.Determiners) && !lex.Pronouns.ContainsKey(p.Tokens[from].Fold);
    }

    /// <summary>Splits a phrase into a speaker: a pronoun, a name with its role, or a description.</summary>
    public Speaker? Split(ParagraphText p, int from, int to, int appFrom, int appTo)
    {
        var tokens = p.Tokens;
        int read = to;
        to = VerbCut(p, from, to);
        if (to - from == 1 && lex.Pronouns.TryGetValue(tokens[from].Fold, out char kind))
        {
            return new Speaker { Text = p.Span(from, to), Pronoun = kind };
        }

        // Rule "contracted auxiliary on a pronoun": "She’s said that …", "They’ve told …": the
        // pronoun written with its auxiliary as one word is the pronoun.
        if (to - from == 1 && tokens[from].Fold.IndexOf('\'') is int joint and > 0 && joint < tokens[from].Fold.Length - 1
            && lex.Pronouns.TryGetValue(tokens[from].Fold[..joint], out char contracted) && contracted != 'x')
        {
            var word = p.Span(from, to);
            int cut = word.IndexOfAny(['\'', '\u2019']);
            return cut > 0 ? new Speaker { Text = word[..cut], Pronoun = contracted } : null;
        }

        if (lex.Pronouns.TryGetValue(tokens[from].Fold, out char first) && first == 'x' && !(to - from > 1 && tokens[from].Is(WordClass.Determiners)))
        {
            // "Nous avons affirmé …": the journalist or an impersonal subject is no speaker.
            return new Speaker { Text = p.Span(from, from + 1), Pronoun = 'x' };
        }

        if (to - from > 1 && lex.Pronouns.ContainsKey(tokens[from].Fold) && !tokens[from].Is(WordClass.Determiners))
        {
            // "He exudes an unshakable confidence": a personal pronoun opens a clause, never a
            // description of someone.
            return null;
        }

        if (IsParticleName(p, from, to))
        {
            return new Speaker { Text = p.Span(from, to), IsName = true };
        }

        if (to - from == 3 && appFrom < 0 && IsNameJoiner(p, from, from + 1, to) && !lex.IsRole(tokens[from].Fold, out _))
        {
            // "Reporters sans frontières": the organisation's whole name, not its capitalised first
            // word (a role word first, "Médecins sans frontières", is read as a description already).
            return new Speaker { Text = p.Span(from, to) };
        }

        if (appFrom < 0 && OrganisationName(p, from, to))
        {
            // "Action contre la faim": the organisation's whole name, not its capitalised first word.
            return new Speaker { Text = p.Span(from, to) };
        }

        var gender = SpeakerGender.Unknown;
        var detGender = SpeakerGender.Unknown;
        int start = from;
        if (tokens[start].Is(WordClass.Determiners))
        {
            lex.DeterminerGenders.TryGetValue(tokens[start].Fold, out detGender);
        }

        if (detGender == SpeakerGender.Unknown && appFrom >= 0 && tokens[appFrom].Is(WordClass.Determiners))
        {
            // "La maire de Nantes, Johanna Rolland": the apposition's determiner tells the gender.
            lex.DeterminerGenders.TryGetValue(tokens[appFrom].Fold, out detGender);
        }

        bool hasRole = HasRole(p, from, to, out var roleGender) || appFrom >= 0 && HasRole(p, appFrom, appTo, out roleGender);
        if (hasRole)
        {
            gender = roleGender != SpeakerGender.Unknown ? roleGender : detGender;

            // "la maire", "la juge": a feminine determiner before a role written in its masculine
            // form names a woman (where a determiner's gender is no plural's, as it is in German).
            if (!lex.CapitalisedNouns && detGender == SpeakerGender.Feminine)
            {
                gender = SpeakerGender.Feminine;
            }
        }

        var (nameFrom, nameTo) = FindName(p, from, to);
        if (nameFrom >= 0 && IsWebAddress(p, nameTo))
        {
            // "according to AL.com": a web site speaks, but no pronoun refers to it.
            var site = p.Span(nameFrom, nameTo + 2);
            int apostrophe = site.LastIndexOfAny(['\'', '’']);
            return new Speaker { Text = IsPossessive(tokens[nameTo + 1]) && apostrophe > 0 ? site[..apostrophe] : site };
        }

        if (nameFrom >= 0)
        {
            int nf = nameFrom;
            if (lex.Honorifics.TryGetValue(tokens[nf].Fold, out var hg) && nameTo - nf > 1)
            {
                gender = hg;
                nf++;
                if (nf < nameTo && tokens[nf].Fold == ".")
                {
                    nf++;
                }
            }

            if (gender == SpeakerGender.Unknown && nameTo - nf > 1 && lex.GivenNames.TryGetValue(tokens[nf].Fold, out var given))
            {
                // "Anna Roth": a given name of two or more words tells the gender.
                gender = given;
            }

            var role = Join(RoleText(p, from, nameFrom, nameTo, to), appFrom >= 0 ? p.Span(appFrom, appTo) : null);
            return new Speaker { Text = p.Span(nf, nameTo), Role = role, Gender = gender, IsName = true };
        }

        var text = p.Span(from, to).Trim(' ', ',', '.');
        // (A compound statement noun names its source, "Medienberichten zufolge": no lone opener.)
        // (A word the finite verb follows is the verb's subject, "Kritiker hatten …", unless it is a
        // function word: "Danach beginnt", "Ihm wird".)
        bool loneOpener = lex.CapitalisedNouns && to - from == 1 && p.StartsSentence(from) && !p.MidSentenceCapitals.Contains(tokens[from].Fold) && !hasRole
            && !(lex.IsReportNoun(tokens[from].Fold, out int sourceLength) && sourceLength > 0) && !(to < read && tokens[from].Class == WordClass.None && !lex.ObjectPronouns.Contains(tokens[from].Fold));
        if (text.Length == 0 || to - from > 10 || !HasContentWord(p, from, to) || loneOpener)
        {
            return null;
        }

        return new Speaker
        {
            Text = text,
            Role = appFrom >= 0 ? p.Span(appFrom, appTo).Trim(' ', ',') : null,
            Gender = gender,
            IsRole = hasRole,
        };
    }

    /// <summary>
    /// Rule "swallowed verb" (German): a speaker phrase read past its noun phrase ends before its
    /// first lower-case word that is neither a determiner, a preposition nor an adjective after
    /// one ("Die Universität berief" → "Die Universität", "Kritiker hatten ihm" → "Kritiker",
    /// "Die Gäste hingegen" → "Die Gäste"), and a preposition or article left at its end goes
    /// ("der Sprecher der Stadt vom vergangenen" → "der Sprecher der Stadt"). A lower-case name
    /// with a hyphen, dot or digit stays ("ver.di", "n-tv"); what is left must end in a capital or
    /// such a name after some capitalised word that is no article ("Die beiden" stays). Returns the
    /// phrase's new end token (words are tokens written together, "(offenbar" is one word).
    /// </summary>
    public int VerbCut(ParagraphText p, int from, int to)
    {
        if (!lex.VerbSecond || to - from < 2)
        {
            return to;
        }

        var ends = new List<int>();
        for (int t = from + 1; t <= to; t++)
        {
            if (t == to || p.Tokens[t].Start > p.Tokens[t - 1].End)
            {
                if (t < to && p.Tokens[t].Start != p.Tokens[t - 1].End + 1 || t < to && p.Text[p.Tokens[t - 1].End] != ' ')
                {
                    return to;
                }

                ends.Add(t);
            }
        }

        if (ends.Count < 2)
        {
            return to;
        }

        var words = new string[ends.Count];
        for (int w = 0, start = from; w < ends.Count; start = ends[w], w++)
        {
            words[w] = p.Span(start, ends[w]);
        }

        // (An extended attribute opens with an article and a second article or a preposition: "Die
        // das Rennen gewinnende Läuferin", "die in Rom geborene Sängerin"; its participle, before a
        // capital, is no verb.)
        bool attribute = (WordClassOf(words[0]) & WordClass.Determiners) != 0 && char.IsLower(words[1][0]) && IsLinking(words[1]);
        int cut = words.Length;
        for (int i = 1; i < words.Length; i++)
        {
            var w = words[i];
            if (!char.IsLower(w[0]) || HasNameMark(w) || IsNameParticle(words, i))
            {
                continue;
            }

            if (attribute && i > 2 && i + 1 < words.Length && char.IsUpper(words[i + 1][0]) && w.Length > 3 && WordClassOf(w) == 0
                && lex.AdjectiveEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)))
            {
                attribute = false;
                continue;
            }

            if (!IsLinking(w) && !IsAdjective(words, i))
            {
                cut = i;
                break;
            }
        }

        // (Only past a cut, or a preposition or article at the end: "ver.di", "taz" stay.)
        while (cut > 1 && char.IsLower(words[cut - 1][0]) && !IsNameParticle(words, cut - 1)
            && (IsLinking(words[cut - 1]) || cut < words.Length && WordClassOf(words[cut - 1]) == 0 && IsLinking(words[cut - 2])))
        {
            cut--;
        }

        if (cut == words.Length || !char.IsUpper(words[cut - 1][0]) && !HasNameMark(words[cut - 1]))
        {
            return to;
        }

        for (int i = 0; i < cut; i++)
        {
            if (char.IsUpper(words[i][0]) && (WordClassOf(words[i]) & (WordClass.Determiners | WordClass.Stopwords | WordClass.Pronoun)) == 0)
            {
                return ends[cut - 1];
            }
        }

        return to;
    }

    // A hyphen, a dot or a digit marks a lower-case word as a name ("ver.di", "n-tv", "el-Baradei").
    private static bool HasNameMark(string word) => word.Any(c => c is '-' or '.' || char.IsDigit(c));

    private WordClass WordClassOf(string word)
    {
        QuoteFold.Fold(word, 0, word.Length, lex.Known, out var wc);
        return wc;
    }

    // An article or preposition that links the words of a noun phrase ("der", "von", "vom").
    private bool IsLinking(string word) =>
        char.IsLower(word[0]) && (WordClassOf(word) is var wc && (wc & (WordClass.Determiners | WordClass.Stops)) != 0
            && (wc & (WordClass.Adverbs | WordClass.Auxiliaries | WordClass.Verbs)) == 0 || lex.Prepositions.Contains(QuoteFold.Fold(word, 0, word.Length)));

    // An unknown lower-case word after an article or preposition (or another such word), before a capital: "der kritischen thailändischen Öffentlichkeit".
    private bool IsAdjective(string[] words, int i)
    {
        int from = i;
        while (from > 0 && char.IsLower(words[from - 1][0]) && WordClassOf(words[from - 1]) == 0)
        {
            from--;
        }

        int to = i;
        while (to < words.Length && char.IsLower(words[to][0]) && WordClassOf(words[to]) == 0)
        {
            to++;
        }

        // ("den Tenor chinesischer Medien": a genitive with no article; "von heute Mittag", "einer
        // gestern vorgestellten Studie": an adverb inside the phrase, before its noun.)
        var wc = WordClassOf(words[i]);
        bool adverb = (wc & WordClass.Adverbs) != 0 && (wc & (WordClass.Verbs | WordClass.Auxiliaries | WordClass.Determiners)) == 0 && i + 1 < words.Length
            && (char.IsUpper(words[i + 1][0]) || IsAdjective(words, i + 1));
        bool genitive = wc == 0 && from == i && from > 0 && char.IsUpper(words[from - 1][0]) && words[i].EndsWith("er", StringComparison.Ordinal)
            && to == i + 1 && to < words.Length && char.IsUpper(words[to][0]);
        return adverb || genitive || wc == 0 && from > 0 && (IsLinking(words[from - 1]) || WordClassOf(words[from - 1]) is var pc && (pc & WordClass.Adverbs) != 0 && (pc & WordClass.Verbs) == 0)
            && to < words.Length && char.IsUpper(words[to][0]);
    }

    // "Jaap de Hoop Scheffer": a lower-case particle before a capitalised name word.
    private bool IsNameParticle(string[] words, int i) =>
        i + 1 < words.Length && words[i + 1].Length > 0 && char.IsUpper(words[i + 1][0]) && lex.NameParticles.Contains(words[i]);

    /// <summary>A full stop and a lower-case word written onto the name's end: a domain ("AL.com").</summary>
    private static bool IsWebAddress(ParagraphText p, int nameTo) =>
        nameTo + 1 < p.Tokens.Count && p.Tokens[nameTo].Fold == "." && p.Tokens[nameTo].Start == p.Tokens[nameTo - 1].End
        && p.Tokens[nameTo + 1].IsWord && !p.Tokens[nameTo + 1].IsUpper && p.Tokens[nameTo + 1].Start == p.Tokens[nameTo].End;

    /// <summary>The first run of capitalised words that names someone (not "le Kremlin", not "de la Défense").</summary>
    public (int From, int To) FindName(ParagraphText p, int from, int to)
    {
        var tokens = p.Tokens;
        var best = (From: -1, To: -1);
        int t = from;
        while (t < to)
        {
            // A short capitalised adverb inside a phrase, right before another capitalised word, is
            // a first name: "economist Jan Hatzius", "Prime Minister May" ("Jan" and "May" are
            // month words too).
            bool shortFirstName = t > from && tokens[t].Fold.Length <= 3 && t + 1 < to && tokens[t + 1].IsWord && tokens[t + 1].IsUpper
                && tokens[t].Is(WordClass.Adverbs) && !tokens[t].Is(WordClass.Stopwords) && !tokens[t].Is(WordClass.Stops);
            // (A name in quote marks inside the phrase is a work or a firm: "der Agentur „Blaue Welle“".)
            if (p.Quoted[t] || !tokens[t].IsWord || !tokens[t].IsUpper || tokens[t].Is(WordClass.Determiners) || tokens[t].Is(WordClass.CueWords)
                || (tokens[t].Is(WordClass.Stopwords) || tokens[t].Is(WordClass.Adverbs) && !shortFirstName || tokens[t].Is(WordClass.Stops)) && !lex.Honorifics.ContainsKey(tokens[t].Fold))
            {
                t++;
                continue;
            }

            // "Meanwhile Bartleby", "Accordingly Turkey": a function word capitalised only because
            // it opens the sentence does not start a name; an unknown word ("Ana Ruiz") may.
            if (!lex.CapitalisedNouns && p.OpensSentence(t) && tokens[t].Class != 0 && !tokens[t].Is(WordClass.Honorific) && !tokens[t].Is(WordClass.Role)
                && t + 1 < to && tokens[t + 1].IsWord && tokens[t + 1].IsUpper && !p.MidSentenceCapitals.Contains(tokens[t].Fold))
            {
                t++;
                continue;
            }

            int runFrom = t;
            int runTo = t + 1;
            // (A particle after a role word opens what the role is of, not a name: "ein Sprecher
            // der Downing Street", "der Bürgermeister von New Orleans".)
            while (runTo < to && !IsPossessive(tokens[runTo - 1]))
            {
                var n = tokens[runTo];
                if (!p.Quoted[runTo] && n.IsWord && (n.IsUpper || IsParticleCompound(p, n)) || n.Fold == "." && tokens[runTo - 1].IsWord && (tokens[runTo - 1].Fold.Length == 1 || lex.Honorifics.ContainsKey(tokens[runTo - 1].Fold))
                    || IsParticleBeforeName(p, runTo, to) && !lex.IsRole(tokens[runTo - 1].Fold, out _))
                {
                    runTo++;
                    continue;
                }

                break;
            }

            // Role words that open a run are the role ("Innenminister Heribert Reh").
            int nameFrom = runFrom;
            for (int r = runTo - 2; r >= runFrom; r--)
            {
                // "Health Minister Sarah Cole": everything up to the last role word is the role.
                // So is a title after a first word ("Missouri Rep. Emanuel Clay"); a title
                // that opens the run stays for its gender ("Mrs. Ruth Hale").
                if (tokens[r].IsWord && (lex.IsRole(tokens[r].Fold, out _) || r > runFrom && !lex.CapitalisedNouns && lex.Honorifics.ContainsKey(tokens[r].Fold)))
                {
                    nameFrom = r + 1;
                    break;
                }
            }

            while (nameFrom < runTo && (tokens[nameFrom].IsWord && lex.IsRole(tokens[nameFrom].Fold, out _) || !tokens[nameFrom].IsUpper))
            {
                nameFrom++;
            }

            // "le député LFI François Ruffin": an acronym between a role word and a name of two
            // words or more is the role's party or body, not part of the name.
            if (nameFrom == runFrom && runTo - nameFrom >= 3 && runFrom > from && tokens[runFrom - 1].IsWord && !tokens[runFrom - 1].IsUpper
                && lex.IsRole(tokens[runFrom - 1].Fold, out _) && IsAcronym(p, runFrom) && !IsAcronym(p, runFrom + 1))
            {
                nameFrom++;
            }

            // "Alton Marsh’s infusion …": a possessive name is not the head of the phrase.
            if (IsPossessive(tokens[runTo - 1]))
            {
                t = runTo;
                continue;
            }

            var before = runFrom > from ? tokens[runFrom - 1] : default;
            bool afterDet = runFrom > from && before.IsWord && (before.Is(WordClass.Determiners) || before.Is(WordClass.Particles));

            // German capitalises nouns: one capitalised word in a phrase that opens with a
            // determiner ("das russische Außenministerium") is a description, not a name.
            // So is one after a lower-case adjective ("der Anwältin des späteren Opfers").
            bool germanNoun = lex.CapitalisedNouns && runTo - nameFrom == 1
                && (tokens[from].Is(WordClass.Determiners) || nameFrom > from && tokens[nameFrom - 1].IsWord && !tokens[nameFrom - 1].IsUpper && !tokens[nameFrom - 1].Is(WordClass.Particles));
            // A lone word capitalised only where sentences open names no one: in German any such
            // noun ("Überraschend"); elsewhere a function word or a participle ("Whatever",
            // "Moving"), while an unknown word there is most often a surname ("Kourtney went").
            // ("Aid groups said", "Health officials said": followed by a lower-case noun it
            // modifies, it is no name either.)
            bool sentenceInitialOnly = runTo - runFrom == 1 && !p.MidSentenceCapitals.Contains(tokens[runFrom].Fold)
                && (lex.CapitalisedNouns ? p.StartsSentence(runFrom) : p.OpensSentence(runFrom)
                    && (tokens[runFrom].Class != 0 || lex.HasParticipleEnding(tokens[runFrom].Fold)
                        || runTo < to && tokens[runTo].IsWord && !tokens[runTo].IsUpper && (tokens[runTo].Class == 0 || tokens[runTo].Is(WordClass.Role))
                        // "Sure, she's had two children": set off by a comma before a pronoun, a
                        // word the article capitalises only where sentences open is a sentence
                        // adverb ("Sami, 7, has friends", "Roe, an organizer, …" stay names).
                        || runTo == to && to + 1 < p.Tokens.Count && tokens[to].Fold == "," && !p.Quoted[to + 1] && tokens[to + 1].IsWord
                            && IsPronounWord(tokens[to + 1].Fold) && !tokens[to + 1].Is(WordClass.Determiners)));
            // "Her current PC setup", "a Boston resident": in a phrase opened by a determiner, a
            // capitalised run before a lower-case noun we do not list modifies it; no one is named.
            bool modifier = !lex.CapitalisedNouns && tokens[from].Is(WordClass.Determiners) && runTo < to && tokens[runTo].IsWord && !tokens[runTo].IsUpper
                && tokens[runTo].Class == 0 && !lex.HasParticipleEnding(tokens[runTo].Fold);
            // "Meta's chief AI scientist Yann LeCun", "U.S. officials": a capitalised run before a
            // lower-case role word modifies the role; the name, if any, comes after it.
            bool roleModifier = !lex.CapitalisedNouns && runTo < to && tokens[runTo].IsWord && !tokens[runTo].IsUpper && tokens[runTo].Is(WordClass.Role);
            // Rule "name of a place": "les habitants de la place Carnot", "le proviseur du lycée
            // Jean-Moulin": a run right after a noun that takes a name (kind place-noun) names
            // the place, not the speaker.
            bool placeName = nameFrom == runFrom && runFrom > from && before.IsWord && !before.IsUpper && lex.PlaceNouns.Contains(before.Fold);
            // ("le secrétaire d'État au Numérique": the domain after a role is no name, rule "role with its domain".)
            placeName |= nameFrom == runFrom && runFrom > from && before.IsWord && IsRoleDomain(p, from, runFrom - 1, to);
            if (nameFrom == runFrom && afterDet || nameFrom >= runTo || lex.Pronouns.ContainsKey(tokens[nameFrom].Fold) || germanNoun || sentenceInitialOnly || modifier || roleModifier || placeName)
            {
                t = runTo;
                continue;
            }

            // "State Department spokesman Ned Carver": a run right after a role word is the name.
            if (best.From < 0)
            {
                best = (nameFrom, runTo);
            }

            // "Bank of America's Reif Ehrling": a name after a possessive is the head.
            // So is one after a common noun that follows an earlier name ("Seahawks linebacker
            // Jordyn Banks"): the earlier name qualifies the noun, an occupation we may not list.
            bool afterNounAfterName = !lex.CapitalisedNouns && best.From >= 0 && best.To < runFrom && tokens[runFrom - 1].IsWord
                && !tokens[runFrom - 1].IsUpper && tokens[runFrom - 1].Class == 0;
            bool afterRole = nameFrom > runFrom || afterNounAfterName || runFrom > from && tokens[runFrom - 1].IsWord && (lex.IsRole(tokens[runFrom - 1].Fold, out _) || IsPossessive(tokens[runFrom - 1]));
            if (afterRole)
            {
                return (nameFrom, runTo);
            }

            t = runTo;
        }

        return best;
    }

    public bool HasRole(ParagraphText p, int from, int to) => HasRole(p, from, to, out _);

    /// <summary>A description needs a word that is not a function word ("die" alone names no one).</summary>
    private bool HasContentWord(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            var tok = p.Tokens[t];
            if (tok.IsWord && (!tok.IsDigit || IsNumberCompound(tok)) && !tok.Is(WordClass.Stopwords) && !tok.Is(WordClass.Determiners)
                && !tok.Is(WordClass.Adverbs) && !tok.Is(WordClass.Stops) && !tok.Is(WordClass.CueWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The end of a name of two or more capitalised words that opens the range and is followed,
    /// inside it, by a lower-case word or an article; -1 otherwise.
    /// </summary>
    private int NameRunEnd(ParagraphText p, int from, int to)
    {
        int k = from;
        while (k < to && p.Tokens[k].IsWord && p.Tokens[k].IsUpper && !p.Quoted[k] && !p.Tokens[k].Is(WordClass.Determiners))
        {
            k++;
        }

        return k - from >= 2 && k < to && p.Tokens[k].IsWord && !p.Quoted[k] && (!p.Tokens[k].IsUpper || p.Tokens[k].Is(WordClass.Determiners))
            && IsNameRun(p, from, k) ? k : -1;
    }

    /// <summary>
    /// A number joined to a word ("58-Jährige", "17-jähriger"): a noun of its own ("der
    /// 58-Jährige sagte"), where a bare number is an age or a date.
    /// </summary>
    private static bool IsNumberCompound(QuoteToken tok)
    {
        int hyphen = tok.Fold.IndexOf('-');
        return tok.IsDigit && hyphen > 0 && hyphen + 1 < tok.Fold.Length && char.IsLetter(tok.Fold[hyphen + 1]);
    }

    /// <summary>
    /// True when a comma segment is a name phrase and nothing else ("Pat Ryder"), not a clause
    /// that merely contains a name ("Kennedy's Salon article had been corrected").
    /// </summary>
    private bool IsNameSegment(ParagraphText p, (int From, int To) segment)
    {
        // "Invitée de RTL, la ministre a affirmé …": a participle that opens the sentence opens a
        // fronted phrase, no name (kind front-participle).
        if (p.Tokens[segment.From].IsWord && lex.FrontParticiples.Contains(p.Tokens[segment.From].Fold) && p.OpensSentence(segment.From))
        {
            return false;
        }

        var (from, to) = Clean(p, segment);
        return to == segment.To && FindName(p, from, to).From >= 0;
    }

    private bool IsPossessive(QuoteToken tok) => tok.IsWord && lex.IsPossessive(tok.Fold);


    private bool HasRole(ParagraphText p, int from, int to, out SpeakerGender gender)
    {
        // "the police spokesman": a group word modifies a person's role, which gives the gender.
        bool found = false;
        gender = SpeakerGender.Unknown;
        for (int t = from; t < to; t++)
        {
            if (p.Tokens[t].IsWord && lex.IsRole(p.Tokens[t].Fold, out var g))
            {
                if (!found || gender == SpeakerGender.Plural)
                {
                    gender = g;
                }

                found = true;
            }
        }

        return found;
    }

    private static string? Join(string? a, string? b)
    {
        a = string.IsNullOrWhiteSpace(a) ? null : a.Trim(' ', ',');
        b = string.IsNullOrWhiteSpace(b) ? null : b.Trim(' ', ',');
        return a is null ? b : b is null ? a : a + ", " + b;
    }

    private string? RoleText(ParagraphText p, int from, int nameFrom, int nameTo, int to)
    {
        int rf = from;
        while (rf < nameFrom && p.Tokens[rf].Is(WordClass.Determiners))
        {
            rf++;
        }

        var before = p.Span(rf, nameFrom).Trim(' ', ',');

        // "Christi Gray rejected Johnson's request": outside German, words after a name are its
        // role only behind a comma, a parenthesis or a particle ("Pat Ryder, the spokesman",
        // "Dan Kern of Reuters"); a lower-case word there is the clause going on.
        if (!lex.CapitalisedNouns && nameTo < to && p.Tokens[nameTo].IsWord && !p.Tokens[nameTo].IsUpper && !p.Tokens[nameTo].Is(WordClass.Particles))
        {
            return Join(before, null);
        }

        var after = p.Span(nameTo, to).Trim(' ', ',');
        return Join(before, after);
    }

    /// <summary>
    /// True when the phrase opens with an oblique determiner ("Dem Sender", "Den Plan") or with a
    /// determiner whose adjective ending marks the oblique case ("Der britischen Zeitung sagte
    /// er": dative, where the nominative is "der britische"). Such a field is an object.
    /// </summary>
    public bool OpensOblique(ParagraphText p, int from, int end)
    {
        var tokens = p.Tokens;
        if (tokens[from].Is(WordClass.Oblique))
        {
            return true;
        }

        if (from + 2 >= end || !tokens[from].IsWord || !lex.ObliqueAdjectives.TryGetValue(tokens[from].Fold, out var endings))
        {
            return false;
        }

        var adjective = tokens[from + 1];
        return adjective.IsWord && !adjective.IsUpper && !p.Quoted[from + 1] && !adjective.Is(WordClass.Adverbs) && !adjective.Is(WordClass.Stopwords)
            && !adjective.Is(WordClass.Stops) && tokens[from + 2].IsWord && tokens[from + 2].IsUpper
            && EndsWithAny(adjective.Fold, endings);
    }

    // (A loop, not a lambda over the token: a captured local costs a closure on every call.)
    private static bool EndsWithAny(string fold, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (fold.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "Selon Amnesty International, douze journalistes ont été arrêtés.": a segment with an
    // auxiliary is the clause after the name, not its apposition.
    private static bool HasAuxiliary(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (p.Tokens[t].IsWord && !p.Tokens[t].IsUpper && p.Tokens[t].Is(WordClass.Auxiliaries))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAppositionStart(QuoteToken tok) =>
        tok.IsWord && (!tok.IsUpper && !lex.Pronouns.ContainsKey(tok.Fold) && !tok.Is(WordClass.Determiners) || lex.IsRole(tok.Fold, out _))
        || tok.IsWord && tok.Is(WordClass.Determiners) && lex.DeterminerOpensApposition;

    private bool IsInversionOpener(QuoteToken tok) =>
        lex.VerbSecond && !tok.Is(WordClass.Determiners) && !lex.Pronouns.ContainsKey(tok.Fold)
        && (tok.Is(WordClass.Stopwords) || tok.Is(WordClass.Stops) || tok.Is(WordClass.ClauseWords) || tok.Is(WordClass.Adverbs));

    /// <summary>
    /// True when the field before the verb opens with a word that inverts the clause; a focus
    /// particle before a determiner or a name ("Auch der Minister sagte") does not.
    /// </summary>
    private bool IsInversionOpener(ParagraphText p, int t, int limit)
    {
        var tok = p.Tokens[t];
        if (IsParticleName(p, t, limit))
        {
            // "Von der Leyen betonte …", "De Maizière sagte …": a surname that opens with its particle.
            return false;
        }

        if (tok.Is(WordClass.Focus) && t + 1 < limit && p.Tokens[t + 1].IsWord && !p.Tokens[t + 1].Is(WordClass.Oblique)
            && (p.Tokens[t + 1].Is(WordClass.Determiners) || p.Tokens[t + 1].IsUpper && !p.Tokens[t + 1].Is(WordClass.Stopwords)))
        {
            return false;
        }

        return IsInversionOpener(tok);
    }

    /// <summary>
    /// True when the tokens are a surname opened by its capitalised particle and nothing else
    /// ("Von der Leyen", "De Maizière"): particles, then one or two capitalised words.
    /// </summary>
    private bool IsParticleName(ParagraphText p, int from, int to)
    {
        if (to - from < 2 || to - from > 4 || !p.Tokens[from].IsWord || !p.Tokens[from].IsUpper || !lex.NameParticles.Contains(p.Tokens[from].Fold)
            || p.Tokens[from].Is(WordClass.Determiners))
        {
            // ("Der Adler": an article that opens a sentence is no particle.)
            return false;
        }

        int t = from + 1;
        while (t < to && p.Tokens[t].IsWord && !p.Tokens[t].IsUpper && lex.NameParticles.Contains(p.Tokens[t].Fold))
        {
            t++;
        }

        int names = 0;
        for (; t < to; t++, names++)
        {
            if (!p.Tokens[t].IsWord || p.Quoted[t] || !p.Tokens[t].IsUpper || p.Tokens[t].Is(WordClass.Stopwords) || lex.IsRole(p.Tokens[t].Fold, out _))
            {
                return false;
            }
        }

        return names is 1 or 2;
    }

    private bool IsPhraseStart(QuoteToken tok) =>
        tok.IsWord && (tok.IsUpper || tok.Is(WordClass.Determiners) || lex.Pronouns.ContainsKey(tok.Fold) || lex.IsRole(tok.Fold, out _))
        && !(tok.Is(WordClass.Stops) && !tok.Is(WordClass.Determiners)) && !tok.Is(WordClass.Adverbs) && !tok.Is(WordClass.CueWords)
        && !(tok.Is(WordClass.Stopwords) && !tok.Is(WordClass.Determiners) && !lex.Pronouns.ContainsKey(tok.Fold));

    /// <summary>
    /// Drops leading adverbs, dates and everything up to a clause word from a segment, and what
    /// follows a preposition ("Der Sprecher der Polizei in Berlin" → "Der Sprecher der Polizei").
    /// </summary>
    private (int From, int To) Clean(ParagraphText p, (int From, int To) segment)
    {
        int from = segment.From;
        int to = segment.To;
        for (int t = segment.To - 1; t >= segment.From; t--)
        {
            if (p.Tokens[t].IsWord && p.Tokens[t].Is(WordClass.ClauseWords) && !p.Tokens[t].Is(WordClass.Determiners) && !IsOrganisationCoordinator(p, segment.From, t, segment.To)
                // (The role of "Ann Roe, a lawyer and activist, said" keeps both nouns.)
                && !(segment.To < p.Tokens.Count && p.Tokens[segment.To].Fold == "," && CoordinatedApposition(p, 0, t, segment.To + 1)))
            {
                from = t + 1;
                break;
            }
        }

        // ("Selbst die Zeitung hatte kritisiert": a focus particle before the subject is no part of it.)
        while (from < to && p.Tokens[from].IsWord && (p.Tokens[from].Is(WordClass.Adverbs) || p.Tokens[from].IsDigit || p.Tokens[from].Is(WordClass.Focus) && from + 1 < to))
        {
            from++;
        }

        from = AfterTimePhrase(p, from, to);

        for (int t = from + 1; t < to; t++)
        {
            var fold = p.Tokens[t].Fold;
            // "Microsoft has already announced": in a subject-verb language the noun phrase ends
            // before an auxiliary or a verb, so what the clause left between them is no role.
            // (A German field before the verb is one constituent already.)
            // ("à" folds to the auxiliary "a": a role's domain after it is no verb, rule "role with its domain".)
            if (p.Tokens[t].IsWord && !IsRoleDomain(p, from, t, to) && (lex.Stops.Contains(fold) && !lex.Particles.Contains(fold) && !lex.Determiners.Contains(fold) && !IsOrganisationJoiner(p, from, t, to) && !IsOrganisationCoordinator(p, from, t, to)
                    && !(segment.To < p.Tokens.Count && p.Tokens[segment.To].Fold == "," && CoordinatedApposition(p, 0, t, segment.To + 1))
                || !lex.VerbSecond && !p.Tokens[t].IsUpper && (p.Tokens[t].Is(WordClass.Auxiliaries) || p.Tokens[t].Is(WordClass.Verbs)) && !IsNounAfterDeterminer(p, t)))
            {
                to = t;
                break;
            }
        }

        // "Police initially said": an adverb before the verb is not part of the subject.
        while (to > from + 1 && p.Tokens[to - 1].IsWord && p.Tokens[to - 1].Is(WordClass.Adverbs))
        {
            to--;
        }

        return (from, to);
    }

    /// <summary>
    /// Rule "fronted time phrase": "On Tuesday the minister said", "Last week Mary Jones told
    /// reporters", "In March 2023 the board wrote": a time phrase before the subject, with no
    /// comma, is no part of it. A lead word ("last") or a fronted preposition ("on") followed only
    /// by time words (a time noun, a weekday or month, a time adverb, a number, an abbreviation's
    /// dot) is skipped when a phrase is left after it; otherwise <paramref name="from"/> stays.
    /// </summary>
    private int AfterTimePhrase(ParagraphText p, int from, int to)
    {
        if (from + 2 >= to || !p.Tokens[from].IsWord || p.Quoted[from]
            || !(lex.TimeLeads.Contains(p.Tokens[from].Fold) || lex.FrontedPrepositions.Contains(p.Tokens[from].Fold)))
        {
            return from;
        }

        int t = from + 1;
        // "on the day", "in the morning": a determiner may stand before a time noun.
        if (lex.FrontedPrepositions.Contains(p.Tokens[from].Fold) && t + 1 < to && p.Tokens[t].Is(WordClass.Determiners) && lex.TimeNouns.Contains(p.Tokens[t + 1].Fold))
        {
            t++;
        }

        int words = 0;
        while (t < to && !p.Quoted[t] && (p.Tokens[t].IsWord
                ? lex.TimeNouns.Contains(p.Tokens[t].Fold) || p.Tokens[t].Is(WordClass.Adverbs) && !p.Tokens[t].Is(WordClass.Determiners) || p.Tokens[t].IsDigit
                : p.Tokens[t].Fold == "." && words > 0))
        {
            words += p.Tokens[t].IsWord ? 1 : 0;
            t++;
        }

        return words > 0 && t < to && p.Tokens[t].IsWord ? t : from;
    }

    /// <summary>The end of a comma segment (an apposition): the next comma, colon or sentence end.</summary>
    private int ScanSegment(ParagraphText p, int from, int end)
    {
        int t = from;
        while (t < end && t - from < MaxPhraseTokens && !p.Quoted[t])
        {
            var tok = p.Tokens[t];
            if (!tok.IsWord && tok.Fold is "," or ";" or ":" or "!" or "?" or "-" or ")"
                || tok.Fold == "." && !(t > from && p.Tokens[t - 1].IsUpper && p.Tokens[t - 1].Fold.Length == 1))
            {
                break;
            }

            t++;
        }

        return t;
    }

    /// <summary>
    /// The token after a short name in quote marks that opens at <paramref name="t"/> right after
    /// a noun announcing a name ("Wochenzeitung „Neue Stimme“"), or -1.
    /// </summary>
    private int QuotedNameEnd(ParagraphText p, int t, int end)
    {
        const int MaxQuotedNameTokens = 8;
        var tokens = p.Tokens;
        if (t == 0 || tokens[t].IsWord || !tokens[t - 1].IsWord || p.Quoted[t - 1] || !tokens[t - 1].IsUpper || !lex.IsTitleNoun(tokens[t - 1].Fold))
        {
            return -1;
        }

        foreach (var mark in p.Marks)
        {
            if (mark.Open == tokens[t].Start && !mark.Unclosed)
            {
                int after = p.TokenAt(mark.Close + 1);
                return after - t <= MaxQuotedNameTokens && after <= end && p.TokenAt(mark.Start) < p.TokenAt(mark.End) ? after : -1;
            }
        }

        return -1;
    }

    /// <summary>The opening token of the quoted name whose closing mark is token <paramref name="t"/> (see <see cref="QuotedNameEnd"/>), or -1.</summary>
    public int QuotedNameOpen(ParagraphText p, int t, int end)
    {
        foreach (var mark in p.Marks)
        {
            if (mark.Close == p.Tokens[t].Start)
            {
                int open = p.TokenAt(mark.Open);
                return QuotedNameEnd(p, open, end) == t + 1 ? open : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "D'après Le Canard enchaîné, …", "selon Le Journal du dimanche, …": a title opened by a
    /// capitalised article mid-sentence (a newspaper's name) keeps its lower-case words up to
    /// the punctuation that closes the phrase (at most three of them). Returns that end, or -1.
    /// (Not German: there a lower-case word after a noun is the verb.)
    /// </summary>
    private int TitleTailEnd(ParagraphText p, int from, int t, int end)
    {
        const int MaxTailWords = 3;
        var tokens = p.Tokens;
        if (lex.CapitalisedNouns || !tokens[from].IsUpper || !tokens[from].Is(WordClass.Determiners) || p.OpensSentence(from) || t - from < 2)
        {
            return -1;
        }

        for (int r = from + 1; r < t; r++)
        {
            if (!tokens[r].IsWord || !tokens[r].IsUpper && !tokens[r].Is(WordClass.Particles))
            {
                return -1;
            }
        }

        for (int k = t; k <= t + MaxTailWords; k++)
        {
            if (k >= end)
            {
                return k > t ? k : -1;
            }

            var tok = tokens[k];
            if (p.Quoted[k])
            {
                return -1;
            }

            if (!tok.IsWord)
            {
                return k > t && tok.Fold is "," or "." or ":" or ";" ? k : -1;
            }

            bool afterParticle = tokens[k - 1].IsWord && tokens[k - 1].Is(WordClass.Particles);
            if (k == t + MaxTailWords || tok.Is(WordClass.Auxiliaries) || tok.Is(WordClass.Complementizers) || lex.Pronouns.ContainsKey(tok.Fold)
                || tok.Is(WordClass.Adverbs) && !afterParticle || tok.Is(WordClass.Determiners) && !tok.Is(WordClass.Particles))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Rule "name joiner": a capitalised plural noun that opens the phrase, a joining word (kind
    /// <c>name-joiner</c>, French "sans") and a lower-case plural noun are one organisation's name
    /// ("Médecins sans frontières"); a person's name does not end in the plural "-s" of a noun
    /// this way, and a given name is left out ("Jacques sans …").
    /// </summary>
    private bool IsNameJoiner(ParagraphText p, int from, int t, int end)
    {
        var tokens = p.Tokens;
        return t == from + 1 && t + 1 < end && lex.NameJoiners.Contains(tokens[t].Fold) && !p.Quoted[t + 1]
            && tokens[from].IsUpper && tokens[from].Fold.Length > 3 && tokens[from].Fold.EndsWith('s') && !lex.GivenNames.ContainsKey(tokens[from].Fold)
            && tokens[t + 1].IsWord && !tokens[t + 1].IsUpper && tokens[t + 1].Class == 0 && tokens[t + 1].Fold.EndsWith('s');
    }

    /// <summary>
    /// Rule "organisation name with a prepositional tail": "Action contre la faim", "la Ligue pour
    /// la protection des oiseaux", "le Haut Conseil pour le climat": capitalised words that hold an
    /// organisation's head noun (kind <c>org-head</c>), then a joiner (kind <c>org-joiner</c>) at
    /// <paramref name="t"/> and a determiner before a lower-case word, make one name.
    /// </summary>
    private bool IsOrganisationJoiner(ParagraphText p, int from, int t, int end)
    {
        var tokens = p.Tokens;
        if (lex.OrganisationHeads.Count == 0 || t <= from || t + 2 >= end || p.Quoted[t] || p.Quoted[t + 1] || p.Quoted[t + 2]
            || !lex.OrganisationJoiners.Contains(tokens[t].Fold))
        {
            return false;
        }

        bool head = false;
        for (int h = t - 1; h >= from && tokens[h].IsWord && tokens[h].IsUpper && !tokens[h].Is(WordClass.Determiners) && !p.Quoted[h]; h--)
        {
            head |= lex.OrganisationHeads.Contains(tokens[h].Fold);
        }

        // (A determiner is asked for: "pour répondre aux critiques" is the clause's purpose.)
        var det = tokens[t + 1];
        var word = tokens[t + 2];
        return head && det.IsWord && det.Is(WordClass.Determiners) && word.IsWord && !word.IsUpper
            && !lex.OrganisationTailStops.Contains(det.Fold) && !lex.OrganisationTailStops.Contains(word.Fold)
            && !word.Is(WordClass.Verbs) && !word.Is(WordClass.Auxiliaries) && !word.Is(WordClass.Stops) && !word.Is(WordClass.Determiners) && !lex.IsRole(word.Fold, out _);
    }

    /// <summary>
    /// Rule "role with its domain": "le commissaire européen à l'Agriculture", "la ministre déléguée
    /// aux Transports", "le secrétaire d'État au Budget": a preposition of kind role-domain right
    /// after a role word (an adjective or participle may stand between), then a capitalised
    /// domain (after its determiner), stays in the description.
    /// </summary>
    private bool IsRoleDomain(ParagraphText p, int from, int t, int end)
    {
        var tokens = p.Tokens;
        if (lex.RoleDomainPrepositions.Count == 0 || t <= from || t + 1 >= end || p.Quoted[t] || !lex.RoleDomainPrepositions.Contains(tokens[t].Fold))
        {
            return false;
        }

        bool role = false;
        for (int r = t - 1; r >= from && r >= t - 3 && !role && tokens[r].IsWord && !p.Quoted[r]; r--)
        {
            role = lex.IsRole(tokens[r].Fold, out _);
        }

        // ("à Bruxelles" is where: after a bare preposition that takes an article, "à", one is asked for.)
        int d = t + 1;
        if (d + 1 < end && tokens[d].IsWord && tokens[d].Is(WordClass.Determiners) && !tokens[d].IsUpper)
        {
            d++;
        }
        else if (!tokens[t].Is(WordClass.Determiners) && tokens[t].Fold.Length == 1)
        {
            return false;
        }

        return role && tokens[d].IsWord && tokens[d].IsUpper && !p.Quoted[d] && !tokens[d].Is(WordClass.Determiners);
    }

    /// <summary>
    /// Rule "organisation name with a coordinated tail": "la Fondation pour la nature et l'homme",
    /// "l'Association des paralysés et des handicapés", "la Ligue pour la protection des oiseaux et
    /// de la faune": inside a name that holds an organisation's head noun (kind <c>org-head</c>) and
    /// runs on in lower case, a coordinator at <paramref name="t"/> followed by "de"/"des"/"l'" and a
    /// lower-case noun joins the name ("et le ministre", "et les habitants", "et a ajouté", "et
    /// l'avocat de la victime" do not).
    /// </summary>
    private bool IsOrganisationCoordinator(ParagraphText p, int from, int t, int end)
    {
        const int MaxTailWords = 8;
        var tokens = p.Tokens;
        if (lex.OrganisationHeads.Count == 0 || lex.CapitalisedNouns || t <= from || t + 2 >= end || p.Quoted[t] || p.Quoted[t + 1] || p.Quoted[t + 2]
            || !tokens[t].IsWord || !lex.Coordinators.Contains(tokens[t].Fold)
            || !tokens[t - 1].IsWord || tokens[t - 1].IsUpper || p.Quoted[t - 1] || tokens[t - 1].Is(WordClass.Verbs) && !IsNounAfterDeterminer(p, t - 1)
            || tokens[t - 1].Is(WordClass.Auxiliaries) || tokens[t - 1].Is(WordClass.Stops))
        {
            return false;
        }

        bool head = false;
        for (int h = t - 1; h >= from && h >= t - MaxTailWords && tokens[h].IsWord && !p.Quoted[h]; h--)
        {
            var tok = tokens[h];
            if (tok.IsUpper && lex.OrganisationHeads.Contains(tok.Fold))
            {
                head = true;
                break;
            }

            if (!tok.IsUpper && (tok.Is(WordClass.Auxiliaries) || tok.Is(WordClass.Verbs) && !IsNounAfterDeterminer(p, h)
                || tok.Is(WordClass.Stops) && !tok.Is(WordClass.Particles) && !tok.Is(WordClass.Determiners) && !lex.OrganisationJoiners.Contains(tok.Fold)))
            {
                return false;
            }
        }

        // "et de la faune", "et des handicapés", "et l'homme": "of" or an elided article, then a noun.
        int w = t + 1;
        var link = tokens[w];
        if (!link.IsWord || !(link.Is(WordClass.Particles) || link.Is(WordClass.Determiners) && link.Fold.EndsWith('\'')))
        {
            return false;
        }

        w++;
        if (w + 1 < end && tokens[w].IsWord && tokens[w].Is(WordClass.Determiners) && link.Is(WordClass.Particles) && !p.Quoted[w])
        {
            w++;
        }

        var word = tokens[w];
        return head && !p.Quoted[w] && word.IsWord && !word.IsUpper && !word.Is(WordClass.Auxiliaries) && !word.Is(WordClass.Stops) && !word.Is(WordClass.Determiners)
            && (!word.Is(WordClass.Verbs) || IsNounAfterDeterminer(p, w))
            // ("et l'avocat de la victime, Me Roe": a role before a name opens a second speaker.)
            && !(lex.IsRole(word.Fold, out _) && w + 1 < end && (tokens[w + 1].IsUpper || tokens[w + 1].Is(WordClass.Particles)));
    }

    /// <summary>
    /// Rule "participle noun after a determiner": "l'avocate de l'accusée", "l'avocat du prévenu":
    /// a verb form (not an auxiliary) right after a determiner inside a phrase is a noun, so the
    /// phrase goes on. (Not where nouns are capitalised: a German verb is told by its case.)
    /// </summary>
    private bool IsNounAfterDeterminer(ParagraphText p, int t)
    {
        var tok = p.Tokens[t];
        var before = p.Tokens[t - 1];
        return !lex.CapitalisedNouns && !tok.IsUpper && !tok.Is(WordClass.Auxiliaries) && !p.Quoted[t - 1] && before.IsWord && before.Is(WordClass.Determiners)
            && !before.Is(WordClass.Auxiliaries) && !lex.Pronouns.ContainsKey(before.Fold);
    }

    /// <summary>
    /// Rule "coordinated role": "chief awards and industry officer Ann Roe", "chief operating and
    /// financial officer Ann Roe": a coordinator between lower-case words of a role that ends with a
    /// role word and a capitalised name (subject-verb languages only) joins the role, not two phrases.
    /// </summary>
    private bool RoleCoordinator(ParagraphText p, int t, int end)
    {
        const int MaxRoleWordsAfter = 4;
        var tokens = p.Tokens;
        if (lex.CapitalisedNouns || lex.VerbSecond || t < 1 || t + 2 >= end || p.Quoted[t] || !tokens[t].IsWord || !lex.Coordinators.Contains(tokens[t].Fold)
            || !tokens[t - 1].IsWord || tokens[t - 1].IsUpper || p.Quoted[t - 1] || tokens[t - 1].Class != 0 && !lex.IsRole(tokens[t - 1].Fold, out _))
        {
            return false;
        }

        for (int k = t + 1; k + 1 < end && k <= t + MaxRoleWordsAfter; k++)
        {
            var tok = tokens[k];
            if (p.Quoted[k] || !tok.IsWord || tok.IsUpper || tok.Class != 0 && !lex.IsRole(tok.Fold, out _))
            {
                return false;
            }

            if (lex.IsRole(tok.Fold, out _) && tokens[k + 1].IsWord && tokens[k + 1].IsUpper && !p.Quoted[k + 1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rule "coordinated apposition": "“…,” Ann Roe, a lawyer and activist, told the Courier",
    /// "Ann Roe, the senior and managing editor of the paper, said": a coordinator inside an
    /// apposition set off by commas after a name joins two nouns or modifiers of one role; the name
    /// before it stays the subject (cut at "and", the phrase lost its name and the verb's object
    /// was taken for the speaker). Subject-verb languages only.
    /// </summary>
    private bool CoordinatedApposition(ParagraphText p, int sentenceFrom, int t, int verbStart)
    {
        const int MaxAppositionTokens = 14;
        var tokens = p.Tokens;
        // (A name may end the first role when the second opens in lower case: "president of
        // Alder Homes and a member of the panel".)
        if (lex.CapitalisedNouns || lex.VerbSecond || t - 3 < sentenceFrom || t + 2 >= verbStart || p.Quoted[t] || !tokens[t].IsWord || !lex.Coordinators.Contains(tokens[t].Fold)
            || !tokens[t - 1].IsWord || p.Quoted[t - 1] || p.Quoted[t + 1]
            || (tokens[t - 1].IsUpper ? tokens[t + 1].IsUpper || !tokens[t + 1].IsWord : tokens[t - 1].Class != 0 && !lex.IsRole(tokens[t - 1].Fold, out _)))
        {
            return false;
        }

        int open = t - 1;
        while (open > sentenceFrom && t - open <= MaxAppositionTokens && IsAppositionWord(p, open))
        {
            open--;
        }

        // The apposition opens in lower case ("a lawyer", "the senior") right after a name's comma.
        if (open <= sentenceFrom || p.Quoted[open] || tokens[open].Fold != "," || tokens[open + 1].IsUpper
            || !tokens[open - 1].IsWord || !tokens[open - 1].IsUpper || p.Quoted[open - 1] || tokens[open - 1].Is(WordClass.Determiners))
        {
            return false;
        }

        int close = t + 1;
        while (close < verbStart && close - t <= MaxAppositionTokens && IsAppositionWord(p, close))
        {
            close++;
        }

        // (A person's role word stands in it: "the bankrupt toy and games maker" is a firm's.)
        // Rule "coordinated apposition before a relative": the apposition may end where a relative
        // clause opens that a comma closes before the verb ("Tom Reyes, former Ledger editor and
        // Times columnist who is now at X, wrote").
        return close > t + 1 && close < verbStart && !p.Quoted[close] && (tokens[close].Fold == "," || RelativeClosedBefore(p, close, verbStart))
            && HasRole(p, open + 1, close);
    }

    // "who is now at X," : a relative pronoun at `rel` whose clause a comma closes right before the verb.
    private bool RelativeClosedBefore(ParagraphText p, int rel, int verbStart)
    {
        if (!p.Tokens[rel].IsWord || !lex.Relatives.Contains(p.Tokens[rel].Fold) || verbStart - 1 <= rel + 1 || p.Tokens[verbStart - 1].Fold != "," || p.Quoted[verbStart - 1])
        {
            return false;
        }

        for (int k = rel + 1; k < verbStart - 1; k++)
        {
            if (p.Quoted[k] || !p.Tokens[k].IsWord && p.Tokens[k].Fold is "," or ":" or ";" or "(" or ")")
            {
                return false;
            }
        }

        return true;
    }

    // A word that may stand inside a role apposition: no verb, auxiliary, pronoun or clause word
    // (a plural possessive's apostrophe too: "the tenants' union").
    private bool IsAppositionWord(ParagraphText p, int k)
    {
        var tok = p.Tokens[k];
        if (!tok.IsWord && tok.Fold is "'" or "’" && !p.Quoted[k] && k > 0 && p.Tokens[k - 1].IsWord && p.Tokens[k - 1].End == tok.Start)
        {
            return true;
        }

        // ("the Patent and Trademark Office": a coordinator inside a name.)
        if (tok.IsWord && !p.Quoted[k] && lex.Coordinators.Contains(tok.Fold) && k > 0 && k + 1 < p.Tokens.Count
            && p.Tokens[k - 1].IsWord && p.Tokens[k - 1].IsUpper && p.Tokens[k + 1].IsWord && p.Tokens[k + 1].IsUpper && !p.Quoted[k + 1])
        {
            return true;
        }

        return tok.IsWord && !p.Quoted[k] && !tok.Is(WordClass.Auxiliaries) && !tok.Is(WordClass.ClauseWords) && !tok.Is(WordClass.Complementizers)
            && !tok.Is(WordClass.Pronoun) && !lex.Pronouns.ContainsKey(tok.Fold) && (!tok.Is(WordClass.Verbs) || IsNounAfterDeterminer(p, k));
    }

    // A segment that ends in a place preposition and a capitalised run ("a nurse at a clinic in Leeds").
    private bool EndsInPlace(ParagraphText p, (int From, int To) segment)
    {
        int k = segment.To - 1;
        while (k > segment.From && p.Tokens[k].IsWord && p.Tokens[k].IsUpper && !p.Quoted[k])
        {
            k--;
        }

        return k > segment.From && k < segment.To - 1 && p.Tokens[k].IsWord && !p.Quoted[k] && lex.PlacePrepositions.Contains(p.Tokens[k].Fold);
    }

    // A pronoun, or a pronoun with a clitic verb ("she's", "they've").
    private bool IsPronounWord(string fold)
    {
        int apostrophe = fold.IndexOf('\'');
        return lex.Pronouns.ContainsKey(apostrophe > 0 ? fold[..apostrophe] : fold);
    }

    /// <summary>The end of a speaker phrase: stops at punctuation, quotes, stop words and verbs.</summary>
    private int ScanPhrase(ParagraphText p, int from, int end)
    {
        var tokens = p.Tokens;
        int t = from;
        bool complement = false;
        while (t < end && t - from < MaxPhraseTokens)
        {
            var tok = tokens[t];
            if (p.Quoted[t])
            {
                // "der Mitarbeiter der Agentur „Blaue Welle“": a name in quote marks after a noun
                // that announces one belongs to the phrase.
                if (QuotedNameEnd(p, t, end) is int nameEnd and > 0)
                {
                    t = nameEnd;
                    continue;
                }

                break;
            }

            // Inside that complement a plural possessive goes on: "familiar with the regulators’ analysis".
            if (complement && t + 1 < end && !p.Quoted[t + 1] && tokens[t + 1].IsWord
                && tok.Fold is "'" or "’" && tokens[t - 1].IsWord && tokens[t - 1].Fold.EndsWith('s') && tokens[t - 1].End == tok.Start)
            {
                t++;
                continue;
            }

            // "der Sportchef von Hannover 96", "Bayer 04 Leverkusen": a number of one or two
            // digits right after a name is part of it (a year has four).
            if (tok.IsDigit && tok.Fold.Length <= 2 && lex.CapitalisedNouns && t > from && tokens[t - 1].IsWord && tokens[t - 1].IsUpper
                && !tokens[t - 1].Is(WordClass.Determiners) && tokens[t - 1].End < tok.Start && (t + 1 >= end || tokens[t + 1].Fold != "."))
            {
                t++;
                continue;
            }

            if (!tok.IsWord)
            {
                bool initialDot = tok.Fold == "." && t > from && tokens[t - 1].IsWord && tokens[t - 1].IsUpper
                    && (tokens[t - 1].Fold.Length == 1 || lex.Honorifics.ContainsKey(tokens[t - 1].Fold))
                    && t + 1 < end && tokens[t + 1].IsUpper
                    // "a U.S. official with knowledge of …": an initialism's last dot, a word after it.
                    || tok.Fold == "." && t >= from + 3 && tokens[t - 1].IsWord && tokens[t - 1].IsUpper && tokens[t - 1].Fold.Length == 1
                        && tokens[t - 2].Fold == "." && tokens[t - 3].IsWord && tokens[t - 3].IsUpper && tokens[t - 3].Fold.Length == 1
                        && t + 1 < end && tokens[t + 1].IsWord && !p.Quoted[t + 1];
                if (initialDot || tok.Fold is "(" && t > from)
                {
                    // "D. J. Brown"; "(FFI)" inside the phrase.
                    if (tok.Fold == "(")
                    {
                        int close = t + 1;
                        while (close < end && close - t < 6 && tokens[close].Fold != ")")
                        {
                            close++;
                        }

                        if (close < end && tokens[close].Fold == ")")
                        {
                            t = close + 1;
                            continue;
                        }

                        break;
                    }

                    t++;
                    continue;
                }

                break;
            }

            // Rule "postmodifier": "according to people familiar with the talks", "said a source close
            // to the team": an adjective or participle that takes a preposition keeps it, and its
            // object, in the description (the phrase was cut at the preposition, and the rest read
            // as reported content).
            if (t > from && tok.Is(WordClass.Stops) && !tokens[t - 1].IsUpper && tokens[t - 1].IsWord && !p.Quoted[t - 1]
                && lex.PostModifiers.TryGetValue(tokens[t - 1].Fold, out var preps) && preps.Contains(tok.Fold)
                && t + 1 < end && tokens[t + 1].IsWord && !p.Quoted[t + 1])
            {
                complement = true;
                t++;
                continue;
            }

            if (RoleCoordinator(p, t, end))
            {
                // "chief operating and financial officer Ann Roe".
                t++;
                continue;
            }

            if (end < tokens.Count && tokens[end].Fold == "," && CoordinatedApposition(p, 0, t, end + 1))
            {
                // The role of "Ann Roe, a lawyer and activist, said".
                t++;
                continue;
            }

            // (A capitalised verb form inside a phrase is a name: "Florida State President".)
            if (t > from && (tok.Is(WordClass.Stops) && !tok.Is(WordClass.Particles) || (!tok.IsUpper || lex.CapitalisedNouns) && (tok.Is(WordClass.Verbs) || tok.Is(WordClass.Auxiliaries))
                && !IsNounAfterDeterminer(p, t)))
            {
                if (TitleTailEnd(p, from, t, end) is int tailEnd and > 0)
                {
                    t = tailEnd;
                }
                else if (IsNameJoiner(p, from, t, end))
                {
                    // "Médecins sans frontières", "Reporters sans frontières".
                    t += 2;
                    continue;
                }
                else if (IsOrganisationJoiner(p, from, t, end))
                {
                    // "la Ligue pour la protection des oiseaux": the name runs on after "pour".
                    t += 2;
                    continue;
                }
                else if (IsOrganisationCoordinator(p, from, t, end))
                {
                    // "la Fondation pour la nature et l'homme": the name runs on after "et".
                    t++;
                    continue;
                }
                else if (IsRoleDomain(p, from, t, end))
                {
                    // "la ministre déléguée aux Transports": the role runs on to its domain.
                    t++;
                    continue;
                }

                break;
            }

            // German: an article that is not a genitive after a noun opens the next phrase, the
            // verb's object ("beschreibt eine Anwohnerin den Moment", "begründet das Gericht sein Urteil").
            if (lex.VerbSecond && t > from && tok.Is(WordClass.Determiners) && !tok.Is(WordClass.Particles)
                && tokens[t - 1].IsWord && tokens[t - 1].IsUpper && !tokens[t - 1].Is(WordClass.Determiners))
            {
                break;
            }

            // German: a lower-case word after a noun is the verb ("Nach Angaben der Feuerwehr brannte …").
            if (lex.CapitalisedNouns && t > from && !tok.IsUpper && tokens[t - 1].IsWord && tokens[t - 1].IsUpper
                && !tok.Is(WordClass.Determiners) && !tok.Is(WordClass.Particles) && !tokens[t - 1].Is(WordClass.Determiners))
            {
                break;
            }

            t++;
        }

        return t;
    }
}
