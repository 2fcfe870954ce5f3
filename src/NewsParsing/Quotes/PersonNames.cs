namespace NewsParsing.Quotes;

/// <summary>
/// What an article shows about its names: which are people's, so that "he" and "she" refer only
/// to a person, never to a place, a business or an animal named last ("At its core, Davos is …
/// “…,” he said" is not Davos). Built once per article, when a pronoun first asks.
/// </summary>
internal sealed class PersonNames(IReadOnlyList<ParagraphText> paragraphs, QuoteLexicon lex)
{
    // Most capitalised words a full name holds: "Mary Marsh White", "Jean-Claude van Damme".
    private const int MaxNameWords = 4;

    // Folded words the article writes as part of a person's name for sure: a name after a title
    // or a role word, before an age, or after a known given name.
    private HashSet<string>? _persons;

    // Folded words the article likely uses as a person's name: the first or last word of a full
    // name ("Peter Goodwin" … "Goodwin said"), a one-word name right before or after a reporting
    // verb ("Nariman says"). A place preposition before the word outweighs this.
    private HashSet<string>? _likely;

    // Folded names (words joined by spaces) the article writes right after a place preposition, or
    // before their kind ("Siska the orangutan").
    private HashSet<string>? _places;

    /// <summary>
    /// False when the mention is a name the article gives no sign of being a person's: a one-word
    /// name never written with a given name, a title, a role word, an age or a reporting verb, or
    /// written after a place preposition ("in Davos") without a surer sign; an acronym ("ESPN"); a
    /// name ending with a word of a business, body or place ("Moorland Services"); a longer name
    /// written after a place preposition ("in New York"). Descriptions, pronouns and names with a
    /// gender stay people.
    /// </summary>
    public bool MayBePerson(Speaker speaker)
    {
        if (speaker.Pronoun != '\0' || !speaker.IsName || speaker.Gender != SpeakerGender.Unknown || HasRoleWord(speaker.Role))
        {
            return true;
        }

        var words = Words(speaker.Text);
        if (words.Count == 0 || lex.GivenNames.ContainsKey(words[0]))
        {
            return true;
        }

        // ("We'll", "I'd": a pronoun with a contraction, capitalised at a sentence start, is no name.)
        int apostrophe = words[0].IndexOf('\'');
        if (lex.NonPersonNameWords.Contains(words[^1]) || apostrophe > 0 && lex.Pronouns.ContainsKey(words[0][..apostrophe]))
        {
            return false;
        }

        if (words.Count >= 2 && HasAcronym(speaker.Text))
        {
            return false;
        }

        Build();
        if (words.Count >= 2)
        {
            return !_places!.Contains(string.Join(' ', words));
        }

        return _persons!.Contains(words[0])
            || _likely!.Contains(words[0]) && !_places!.Contains(words[0]) && !IsCompanyLike(speaker.Text.AsSpan().Trim());
    }

    // "HISTORY Corners": a name of several words some but not all of which are acronyms of three
    // letters or more is a brand or a heading's words ("JD Vance" has two letters, "KATIE PRICE" is all capitals).
    private static bool HasAcronym(string text)
    {
        int parts = 0, acronyms = 0;
        foreach (var part in text.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            int letters = 0, upper = 0;
            foreach (char c in part)
            {
                letters += char.IsLetter(c) ? 1 : 0;
                upper += char.IsUpper(c) ? 1 : 0;
            }

            parts += letters > 0 ? 1 : 0;
            acronyms += letters >= 3 && upper == letters ? 1 : 0;
        }

        return acronyms > 0 && acronyms < parts;
    }

    // "ESPN", "VentureBeat": an acronym or a word with a capital inside after three small letters
    // (unlike "McConnell", "DeSantis", "MacArthur") is a brand, not a person's name.
    private static bool IsCompanyLike(ReadOnlySpan<char> word)
    {
        int letters = 0, upper = 0, lowerRun = 0;
        bool inner = false;
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (char.IsUpper(c))
            {
                upper++;
                inner |= lowerRun >= 3;
                lowerRun = 0;
            }
            else
            {
                lowerRun++;
            }
        }

        return letters >= 2 && upper == letters || inner;
    }

    // A role holding a role word ("a Palestinian farm worker", "66-year-old" is none) names a person.
    private bool HasRoleWord(string? role)
    {
        if (role is null)
        {
            return false;
        }

        foreach (var w in Words(role))
        {
            if (lex.IsRole(w, out _))
            {
                return true;
            }
        }

        return false;
    }

    // The folded words of a name, without a possessive ending or a final dot.
    private List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var part in text.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var fold = QuoteFold.Fold(part, 0, part.Length).TrimEnd('.');
            fold = fold[..^lex.PossessiveEndingLength(fold)];

            if (fold.Length > 0 && char.IsLetter(fold[0]))
            {
                words.Add(fold);
            }
        }

        return words;
    }

    private void Build()
    {
        if (_persons is not null)
        {
            return;
        }

        _persons = new HashSet<string>(StringComparer.Ordinal);
        _likely = new HashSet<string>(StringComparer.Ordinal);
        _places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in paragraphs)
        {
            var tokens = p.Tokens;
            int t = 0;
            while (t < tokens.Count)
            {
                if (!IsNameWord(tokens[t]))
                {
                    t++;
                    continue;
                }

                int start = t;
                while (t < tokens.Count && (IsNameWord(tokens[t]) || IsParticleInside(p, t) || IsInitialDot(p, t)))
                {
                    t++;
                }

                Read(p, start, t);
            }
        }
    }

    // A capitalised word that is no function word of the lexicon ("The", "But", "In").
    private static bool IsNameWord(in QuoteToken tok) =>
        tok.IsWord && tok.IsUpper && !tok.IsDigit && (tok.Class & ~(WordClass.Role | WordClass.Honorific)) == 0;

    // "Jean-Claude van Damme": a lower-case name particle between two capitalised words.
    private bool IsParticleInside(ParagraphText p, int t) =>
        t + 1 < p.Tokens.Count && p.Tokens[t].IsWord && !p.Tokens[t].IsUpper && lex.NameParticles.Contains(p.Tokens[t].Fold) && IsNameWord(p.Tokens[t + 1]);

    // "Nariman says", "said Bnxn, who …": a one-word name right before a lower-case reporting
    // verb, or right after one that follows a comma or a closing quote mark and closes the clause
    // ("…, says Nightshade could help" has the name open a clause). Not the last of names joined by
    // "and" ("Centers for Disease Control and Prevention describes").
    private bool IsReportingSubject(ParagraphText p, int t)
    {
        var tokens = p.Tokens;
        if (t >= 2 && tokens[t - 1].IsWord && lex.Coordinators.Contains(tokens[t - 1].Fold) && tokens[t - 2].IsUpper)
        {
            return false;
        }

        if (t + 1 < tokens.Count && tokens[t + 1].IsWord && !tokens[t + 1].IsUpper && tokens[t + 1].Is(WordClass.Verbs))
        {
            return true;
        }

        return t >= 2 && tokens[t - 1].IsWord && !tokens[t - 1].IsUpper && tokens[t - 1].Is(WordClass.Verbs)
            && (tokens[t - 2].Fold == "," || p.Quoted[t - 2])
            && (t + 1 >= tokens.Count || !tokens[t + 1].IsWord || p.SentenceOf(t + 1) != p.SentenceOf(t));
    }

    // "Siska the orangutan is four months old": a name that opens its sentence followed by a
    // determiner and a lower-case noun names an animal or a thing by its kind.
    private bool IsNamedThing(ParagraphText p, int start, int end) =>
        p.OpensSentence(start) && end + 1 < p.Tokens.Count && p.Tokens[end].IsWord && !p.Tokens[end].IsUpper && lex.KindArticles.Contains(p.Tokens[end].Fold)
        && p.Tokens[end + 1].IsWord && !p.Tokens[end + 1].IsUpper && p.Tokens[end + 1].Class == 0;

    // "The librarian, Jane Holt,", "Their dad, Braden,": the comma at `comma` follows a role word, or
    // a noun after a possessive determiner, that opens the sentence or follows a comma.
    private bool IsAppositionAfterNoun(ParagraphText p, int comma)
    {
        var tokens = p.Tokens;
        if (comma < 2 || !tokens[comma - 1].IsWord || tokens[comma - 1].IsUpper)
        {
            return false;
        }

        return lex.IsRole(tokens[comma - 1].Fold, out _) || lex.PossessiveDeterminers.Contains(tokens[comma - 2].Fold);
    }

    // "Annear has some sympathy …, crucial to her storytelling": a word that refers to a person
    // only follows the one-word name in its sentence, no other name between them. Not a pronoun
    // that opens an incise ("Davos, he said, is …"), nor after a possessive ("Google's chief said he").
    private bool PronounFollows(ParagraphText p, int t)
    {
        var tokens = p.Tokens;
        if (lex.IsPossessive(tokens[t].Fold))
        {
            return false;
        }

        int sentence = p.SentenceOf(t);
        for (int k = t + 1; k < tokens.Count && p.SentenceOf(k) == sentence; k++)
        {
            var tok = tokens[k];
            if (!tok.IsWord || p.Quoted[k])
            {
                continue;
            }

            if (tok.IsUpper)
            {
                // (An acronym, "BTS", names no person.)
                if (tok.Fold.Length > 1 && p.Text.AsSpan(tok.Start, tok.End - tok.Start).ContainsAnyInRange('a', 'z'))
                {
                    return false;
                }

                continue;
            }

            int apostrophe = tok.Fold.IndexOf('\'');
            var word = apostrophe > 0 ? tok.Fold[..apostrophe] : tok.Fold;
            if (lex.PersonalPronouns.Contains(word))
            {
                return !(k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Is(WordClass.Verbs));
            }
        }

        return false;
    }

    // "Alexandra C. Stanton": the dot of an initial inside a name.
    private static bool IsInitialDot(ParagraphText p, int t) =>
        t > 0 && t + 1 < p.Tokens.Count && p.Tokens[t].Fold == "." && p.Tokens[t - 1].IsUpper && p.Tokens[t - 1].End - p.Tokens[t - 1].Start == 1
        && p.Tokens[t].Start == p.Tokens[t - 1].End && IsNameWord(p.Tokens[t + 1]);

    // Reads one run of capitalised words [start, end) for the evidence it gives.
    private void Read(ParagraphText p, int start, int end)
    {
        var tokens = p.Tokens;
        // Leading titles and role words ("Pope Francis", "Prime Minister Ann Roe") make the rest a person's name.
        int name = start;
        bool titled = false;
        while (name < end && (tokens[name].Is(WordClass.Honorific) || lex.IsRole(tokens[name].Fold, out _)))
        {
            titled = true;
            name++;
        }

        if (name >= end)
        {
            return;
        }

        int before = start - 1;
        if (before >= 0 && tokens[before].Fold == "." && before > 0 && tokens[before - 1].IsWord)
        {
            // "Mr. Goodwin": the title's dot stands between it and the name.
            before--;
        }

        var prev = before >= 0 ? tokens[before] : default;
        bool afterTitle = prev.IsWord && (prev.Is(WordClass.Honorific) || !prev.IsUpper && lex.IsRole(prev.Fold, out _))
            || prev.Fold == "," && IsAppositionAfterNoun(p, before);
        // ("in Bnxn's voice", "in Aoki and Ming's graduation": a possessive or a list is no place.)
        bool afterPlace = prev.IsWord && !prev.IsUpper && lex.PlacePrepositions.Contains(prev.Fold) && name == start
            && !lex.IsPossessive(tokens[end - 1].Fold) && !(end < tokens.Count && tokens[end].IsWord && lex.Coordinators.Contains(tokens[end].Fold));
        var words = new List<string>(end - name);
        for (int k = name; k < end; k++)
        {
            if (tokens[k].IsWord && tokens[k].IsUpper)
            {
                var fold = tokens[k].Fold;
                if (lex.IsPossessive(fold))
                {
                    // "Gwyneth Palmer’s GOOP": what follows a possessive is another name.
                    words.Add(fold[..^lex.PossessiveEndingLength(fold)]);
                    end = k + 1;
                    break;
                }

                words.Add(fold);
            }
        }

        if (words.Count == 0)
        {
            return;
        }

        if (afterPlace || IsNamedThing(p, start, end))
        {
            _places!.Add(string.Join(' ', words));
            return;
        }

        // "Ann Roe, 45,": an age after the name.
        bool aged = end + 2 < tokens.Count && tokens[end].Fold == "," && tokens[end + 1].IsDigit && tokens[end + 2].Fold == ",";
        bool given = words.Count >= 2 && words.Count <= MaxNameWords && lex.GivenNames.ContainsKey(words[0]);
        // A full name: two to four words, not the name of a business or place, not after "the".
        bool full = words.Count >= 2 && words.Count <= MaxNameWords && !lex.NonPersonNameWords.Contains(words[^1])
            && !(prev.IsWord && prev.Is(WordClass.Determiners));
        if (titled || afterTitle || aged || given)
        {
            _persons!.UnionWith(words);
        }
        else if (full)
        {
            // Its first or last word is what the article may call the person alone ("Peter Goodwin" … "Goodwin said").
            _likely!.Add(words[0]);
            _likely!.Add(words[^1]);
        }
        else if (words.Count == 1 && end - name == 1 && (IsReportingSubject(p, name) || PronounFollows(p, name)))
        {
            _likely!.Add(words[0]);
        }
    }
}
