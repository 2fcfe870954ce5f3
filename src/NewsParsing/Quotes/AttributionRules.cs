using NewsParsing.Text;

namespace NewsParsing.Quotes;

/// <summary>
/// The attribution rules of one language: each finds frames (speaker, cue, content) in a
/// sentence. Rules read only the language's lexicon, so a French rule never fires on English.
/// </summary>
internal sealed class AttributionRules(QuoteLexicon lex)
{
    private const int ComplementizerWindow = 12;

    // A publication's name in quote marks is short: its article, marks and a few words.
    private const int MaxQuotedSourceTokens = 8;

    // A name and its appositions before a German verb: two phrases' worth of tokens.
    private const int MaxAppositionField = 28;

    // How far a fronted adverbial's comma is looked for ("In an email sent hours after the show,").
    private const int MaxFrontedAdverbial = 20;

    // How many words a subject before a manner adverb may have ("The Home Office quietly …").
    private const int MaxMannerSubjectTokens = 8;

    private readonly SpeakerPhrases _phrases = new(lex);

    public SpeakerPhrases Phrases => _phrases;

    public QuoteLexicon Lexicon => lex;

    // The classes a word needs for a frame to start at it: a cue, a reporting verb, a separable or caused verb.
    private const WordClass FrameWords = WordClass.CueWords | WordClass.StanceCue | WordClass.Verbs | WordClass.Separable | WordClass.CausedVerb | WordClass.DocumentVerb;

    /// <summary>Every frame of a paragraph, pronouns resolved against what came before.</summary>
    public List<Frame> FindFrames(ParagraphText p, MentionHistory history)
    {
        var frames = new List<Frame>();
        for (int s = 0; s < p.Sentences.Count; s++)
        {
            var (from, to) = p.Sentences[s];
            var before = frames.Count;
            history.At(p.Index, s);
            for (int t = from; t < to; t++)
            {
                if (p.Quoted[t] || !p.Tokens[t].IsWord)
                {
                    continue;
                }

                if (t > from && p.Tokens[t - 1].Fold == "," && lex.ReportRelatives.Contains(p.Tokens[t].Fold) && ReportRelative(p, s, t) is { } relativeFrame)
                {
                    frames.Add(relativeFrame);
                    continue;
                }

                if (t > from + 1 && lex.PostposedSources.Contains(p.Tokens[t].Fold) && PostposedSource(p, s, t) is { } postposedFrame)
                {
                    frames.Add(postposedFrame);
                    continue;
                }

                // Most words are none of a cue, a reporting verb or a caused verb: one test of
                // their classes skips them (the rules below ask for one of these first).
                if (!p.Tokens[t].Is(FrameWords) && !HasCliticSuffix(p.Tokens[t]))
                {
                    continue;
                }

                if (MatchCue(p, t, to, out var kind, out int cueEnd))
                {
                    if (kind == CueKind.Incise && t > from && (p.Quoted[t - 1] || p.Tokens[t - 1].Fold == ",") && cueEnd < to && p.Tokens[cueEnd].IsWord && !p.Quoted[cueEnd]
                        && (p.Tokens[cueEnd].Is(WordClass.Verbs) || lex.VerbSecond && cueEnd - t == 1 && IsUnknownVerb(p.Tokens[cueEnd])))
                    {
                        // "„…“, so urteilte X": a reporting verb may follow the incise cue; after
                        // "so" any lower-case word is one ("so charakterisierte ihn X").
                        cueEnd++;

                        // "so beschrieb ihn der Kollege": an object pronoun stands before the speaker.
                        if (cueEnd + 1 < to && p.Tokens[cueEnd].IsWord && !p.Quoted[cueEnd] && lex.ObjectPronouns.Contains(p.Tokens[cueEnd].Fold))
                        {
                            cueEnd++;
                        }
                    }

                    if (kind != CueKind.Not && SourceCue(p, s, t, cueEnd, kind, cueEnd - t > 1 && !p.Tokens[t + 1].Is(WordClass.Verbs) && kind == CueKind.Incise && lex.VerbSecond && IsUnknownVerb(p.Tokens[t + 1])) is { } cueFrame)
                    {
                        frames.Add(cueFrame);
                    }

                    t = cueEnd - 1;
                    continue;
                }

                if (lex.ReportLeads.Contains(p.Tokens[t].Fold) && ReportSource(p, s, t, to) is { } reportFrame)
                {
                    frames.Add(reportFrame);
                    continue;
                }

                if ((IsVerb(p, t, from) || IsCausedVerb(p, t, from)) && VerbFrame(p, s, t, history) is { } verbFrame)
                {
                    frames.Add(verbFrame);
                }
                else if (p.Tokens[t].Is(WordClass.DocumentVerb) && DocumentVerbFrame(p, s, t, history) is { } documentFrame)
                {
                    frames.Add(documentFrame);
                }
            }

            if (frames.Count == before && s > 0 && AnaphoricSource(p, s, frames) is { } anaphoric)
            {
                frames.Add(anaphoric);
            }

            // Resolve pronouns against the mentions so far, then remember this sentence's people.
            Speaker? subject = null;
            bool subjectFound = false;
            for (int f = before; f < frames.Count; f++)
            {
                var fr = frames[f];
                var resolved = fr.Speaker;
                if (fr.Speaker.Pronoun == 'd')
                {
                    // Rule "demonstrative": "Im Gespräch mit dem Anwalt Rainer Weiß sagte dieser, …":
                    // the demonstrative points past the subject to the last name before it in the
                    // paragraph; without one it stays unresolved.
                    var word = TextFold.Fold(fr.Speaker.Text.Split(' ')[^1]);
                    resolved = lex.LatterFeminine.Contains(word) || lex.LatterMasculine.Contains(word)
                        ? LatterName(p, p.TokenAt(fr.CueStart), lex.LatterFeminine.Contains(word) ? 'f' : 'm')
                        : DemonstrativeName(p, p.TokenAt(fr.CueStart), AnaphorGender(fr.Speaker));
                }
                else if (fr.Speaker.Pronoun == 'x' && lex.BodyPronouns.Contains(TextFold.Fold(fr.Speaker.Text)))
                {
                    resolved = BodyBefore(frames, f, history);
                }
                else if (fr.Speaker.Pronoun != '\0')
                {
                    resolved = SameSentence(frames, before, f, fr.Speaker);
                    if (resolved is null && !lex.VerbSecond)
                    {
                        // Rule "pronoun-sentence-subject": "The librarian, Jane Holt, pointed out
                        // that … “…,” she said": a pronoun refers first to the name and apposition
                        // that open its own sentence, looked for only when a pronoun asks.
                        if (!subjectFound)
                        {
                            subject = AppositionSubject(p, from, to) ?? SubordinatorOpenerName(p, from, to) ?? ColonIntroName(p, from, to);
                            subjectFound = true;
                        }

                        resolved = subject is { IsName: true, Pronoun: '\0' } && MentionHistory.Fits(subject, fr.Speaker.Pronoun) && fr.CueStart > p.Tokens[from].Start ? subject : null;
                    }

                    if (resolved is null && ThingSubject(p, from, to, fr))
                    {
                        // "La commission pourra saisir le juge si elle estime que …": the pronoun
                        // inside the sentence refers to its subject, a thing, not to a person before.
                        frames[f] = fr with { Resolved = null };
                        continue;
                    }

                    resolved ??= history.Resolve(fr.Speaker, incise: fr.Kind == FrameKind.Incise);
                    if (resolved is null && fr.Speaker.Pronoun == 'p' && s > 0)
                    {
                        resolved = PluralSubject(p, p.Sentences[s - 1].From, p.Sentences[s - 1].To);
                    }

                    if (resolved is { IsName: true, Gender: SpeakerGender.Feminine } && fr.Speaker.Pronoun == 'f' && lex.VerbSecond
                        && lex.IsPluralVerb(p.Tokens[p.TokenAt(fr.CueStart)].Fold))
                    {
                        // "Die Beschäftigten protestierten. „…“, sagten sie": "sie" beside a plural verb
                        // is they, never the woman named before; the plural group of the sentence before
                        // speaks, or no one.
                        var group = s > 0 ? FirstClauseGroup(p, p.Sentences[s - 1].From, p.Sentences[s - 1].To) : null;
                        resolved = group is not null && lex.PluralDeterminers.Contains(TextFold.Fold(group.Text.Split(' ')[0])) ? group : null;
                    }

                    if (resolved is null && !lex.CapitalisedNouns)
                    {
                        // Rule "name earlier in the paragraph": "… after Jakob Weiss, a student,
                        // arrived. It was just him and the professor, he said.": with no subject or
                        // speaker to refer to, the pronoun takes the last full name before it.
                        resolved = NameBefore(p, p.TokenAt(fr.CueStart), fr.Speaker.Pronoun);
                    }
                }
                else if (OwnerPronoun(fr.Speaker) is { } owner && history.Resolve(owner, incise: fr.Kind == FrameKind.Incise) is { } ownerResolved)
                {
                    // Rule "possessive document": "“…” her caption said", "his statement reads": the
                    // owner a possessive pronoun names, resolved like the pronoun, speaks.
                    resolved = ownerResolved;
                }
                else if (IsAnaphorDescription(fr.Speaker) && DemonstrativeName(p, p.TokenAt(fr.CueStart), AnaphorGender(fr.Speaker)) is { } last)
                {
                    // "« … », a commenté l'intéressé": like a demonstrative, the last name before it.
                    resolved = last;
                }
                else if (DescribedPerson(fr.Speaker, history, p, p.TokenAt(fr.CueStart)) is { } named)
                {
                    resolved = named;
                }
                else if (SameHeadBefore(frames, f, fr.Speaker) is { } same)
                {
                    resolved = same;
                }

                frames[f] = fr with { Resolved = resolved };
            }

            // (German also names a subject after a fronted field: "Im Landtag verteidigte die Senatorin X …".)
            // (A sentence whose subject is not found, "Dans son livre, l'ancien député Marc Fabre
            // dresse un constat", still names its last person for a pronoun after it.)
            // (Only a sentence that opens with "X et …" gets the extra mention: the scan is a few
            // tokens, the reading waits for a pronoun.)
            if (lex.CoordinatedAntecedents && ConjunctEnd(p, from, to) is int coordinator and >= 0)
            {
                history.AddLater(new ConjunctMention(this, p, from, coordinator));
            }

            // ("Propos recueillis par Julie Le Goff.": the journalist's credit names no antecedent.)
            if (!IsCreditLine(p, from, to))
            {
                history.AddLater(new SubjectMention(this, lex, p, from, to), MayName(p, from, to));
            }

            for (int f = before; f < frames.Count; f++)
            {
                history.Add(frames[f].Resolved);
            }
        }

        return frames;
    }

    /// <summary>
    /// Rule "credit line": a sentence that opens with a phrase of kind <c>credit-line</c>
    /// ("Propos recueillis par X", "Interview by X") credits the journalist: no one it names is a
    /// subject or an interviewee.
    /// </summary>
    private bool IsCreditLine(ParagraphText p, int from, int to)
    {
        for (int c = 0; c < lex.CreditLines.Count; c++)
        {
            var words = lex.CreditLines[c];
            if (from + words.Length <= to && MatchesWords(p, from, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rule "stance-holder": "For Dora Kessel of Fixit Labs, the parliament has sent a
    /// strong signal. … “…,” she says.": a sentence that opens with a judging preposition and a
    /// person (a known gender or a role) gives that person's view, so the person is the sentence's
    /// mention for a later pronoun. Subject-verb languages only (German reads its judging field
    /// in the verb-second rules); null otherwise.
    /// </summary>
    private Speaker? StanceHolder(ParagraphText p, int from, int to)
    {
        if (lex.VerbSecond || from + 2 >= to || p.Quoted[from] || !p.Tokens[from].IsWord || !lex.JudgeOpeners.Contains(p.Tokens[from].Fold))
        {
            return null;
        }

        int comma = from + 1;
        while (comma < to && !p.Quoted[comma] && p.Tokens[comma].Fold != ",")
        {
            comma++;
        }

        if (comma >= to || p.Quoted[comma])
        {
            return null;
        }

        // ("of Fixit Labs": the affiliation after the name is left out.)
        int end = from + 1;
        while (end < comma && !(p.Tokens[end].IsWord && p.Tokens[end].Is(WordClass.Particles)))
        {
            end++;
        }

        var holder = end > from + 1 ? _phrases.Forward(p, from + 1, end, out _) : null;
        return holder is { Pronoun: '\0', IsPerson: true } && (holder.Gender != SpeakerGender.Unknown || holder.IsRole) ? holder : null;
    }

    /// <summary>
    /// Rule "coordinated-subject": "Marie Durand et son frère Paul tiennent la boulangerie. « … »,
    /// raconte-t-elle": the first person of a subject "X et Y" that opens the sentence is an
    /// antecedent too, added before the subject (which names the last one) so that a pronoun
    /// picks between them by gender. Null unless the first conjunct is a name.
    /// </summary>
    private Speaker? FirstConjunct(ParagraphText p, int from, int c)
    {
        // ("Anne Giraud, maire de Vannes, et …": the comma stays, as before a verb, so the name
        // and its apposition read as a subject.)
        int end = p.Tokens[c - 1].Fold == "," ? c - 1 : c;
        return _phrases.Backward(p, from, c) is { IsName: true, Pronoun: '\0' } first ? first
            : _phrases.Backward(p, from, end) is { IsName: true, Pronoun: '\0' } bare ? bare : null;
    }

    /// <summary>
    /// The coordinator of a subject "X et …" that opens the sentence, after a first conjunct that
    /// is a noun phrase ending with a capitalised word; -1 when there is none.
    /// </summary>
    private int ConjunctEnd(ParagraphText p, int from, int to)
    {
        const int MaxConjunctTokens = 9;
        bool role = false;
        for (int c = from; c + 1 < to && c <= from + MaxConjunctTokens; c++)
        {
            // The first conjunct is a noun phrase: names, determiners, role words, "de", and
            // after a role word its adjectives ("La championne olympique Léa Roux et …").
            var tok = p.Tokens[c];
            bool isRole = tok.IsWord && lex.IsRole(tok.Fold, out _);
            role |= isRole;
            if (p.Quoted[c] || !tok.IsWord && tok.Fold != ","
                || tok.IsWord && !tok.IsUpper && !isRole && !tok.Is(WordClass.Determiners) && !tok.Is(WordClass.Particles) && !lex.Coordinators.Contains(tok.Fold)
                    && !(role && tok.Class == 0))
            {
                return -1;
            }

            if (tok.IsWord && lex.Coordinators.Contains(tok.Fold))
            {
                int end = c >= from + 2 && p.Tokens[c - 1].Fold == "," ? c - 1 : c;
                return c >= from + 2 && end > from && p.Tokens[end - 1].IsWord && p.Tokens[end - 1].IsUpper && p.Tokens[c + 1].IsWord ? c : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A description whose head noun the lexicon lists as a body that may speak ("die
    /// Landesregierung", "die Zeitung"): the subject a second verb shares ("… zeigte sich die
    /// Landesregierung entsetzt und verurteilte die Tat als „…“").
    /// </summary>
    private bool IsBody(Speaker speaker) => lex.IsBody(speaker);

    // The subject of an absolute participle: the phrase between "with" and the participle, a
    // name or a description, with no punctuation or quote in between.
    private Speaker? WithAbsoluteSubject(ParagraphText p, int from, int verb)
    {
        const int MaxSubjectTokens = 10;
        int w = verb - 1;
        while (w > from && verb - w <= MaxSubjectTokens && p.Tokens[w].IsWord && !p.Quoted[w] && !lex.AbsoluteLeads.Contains(p.Tokens[w].Fold))
        {
            w--;
        }

        if (w < from || w >= verb - 1 || !p.Tokens[w].IsWord || p.Quoted[w] || !lex.AbsoluteLeads.Contains(p.Tokens[w].Fold))
        {
            return null;
        }

        // ("with its chair Ann Roe angrily saying “…”": a manner adverb may stand before the participle.)
        int end = verb - 1 > w + 1 && p.Tokens[verb - 1].Is(WordClass.Adverbs) ? verb - 1 : verb;
        var subject = _phrases.Forward(p, w + 1, end, out int phraseEnd);
        return subject is { Pronoun: '\0' } && phraseEnd == end && (subject.IsPerson || IsBody(subject)) ? subject : null;
    }

    /// <summary>
    /// Rule "what X calls": "the firm offers what its founder calls “a quiet office”", "what she
    /// describes as “a test”": a short phrase between "what" and the verb, with a quote right after
    /// the verb, is the one whose words are quoted; the sentence's own subject ("The firm") only
    /// owns the thing so named.
    /// </summary>
    private Frame? WhatFrame(ParagraphText p, int s, int vs, int verb)
    {
        const int MaxSubjectTokens = 5;
        var (from, to) = p.Sentences[s];
        var tokens = p.Tokens;
        int w = vs - 1;
        while (w > from && vs - w <= MaxSubjectTokens && tokens[w].IsWord && !p.Quoted[w] && !lex.FreeRelatives.Contains(tokens[w].Fold))
        {
            w--;
        }

        if (w < from || w >= vs - 1 || p.Quoted[w] || !lex.FreeRelatives.Contains(tokens[w].Fold) || !lex.FreeRelativeVerbs.Contains(tokens[verb].Fold))
        {
            return null;
        }

        // The quote opens right after the verb, or after "it", "as" or an article ("what he
        // called it “…”", "what she called a “…”").
        int cueTo = CueEnd(p, verb, to);
        int open = cueTo;
        while (open < to && open < cueTo + 2 && tokens[open].IsWord && !p.Quoted[open]
            && (tokens[open].Is(WordClass.Determiners) || lex.BodyPronouns.Contains(tokens[open].Fold) || lex.Qualifiers.Contains(tokens[open].Fold)))
        {
            open++;
        }

        if (open >= to || !(IsMarkToken(tokens[open]) || p.Quoted[open]))
        {
            return null;
        }

        int close = open + 1;
        while (close < to && (p.Quoted[close] || IsMarkToken(tokens[close]) && close == open + 1))
        {
            close++;
        }

        if (close < to && IsMarkToken(tokens[close]))
        {
            close++;
        }

        var subject = _phrases.Forward(p, w + 1, vs, out int phraseEnd);
        if (subject is null || phraseEnd != vs)
        {
            return null;
        }

        return new Frame
        {
            Paragraph = p.Index, Sentence = s, Kind = FrameKind.Clause, Speaker = subject, Cue = p.Span(vs, cueTo), CueStart = tokens[vs].Start,
            ContentStart = tokens[open].Start, ContentEnd = tokens[close - 1].End, ObjectIsNoSpeech = true,
        };
    }

    // The topic preposition ("of") followed by a possessive determiner inside a postposed speaker
    // phrase, after at least two words of it; -1 when there is none.
    private int TopicOfPossessive(ParagraphText p, int from, int end)
    {
        for (int k = from + 2; k + 1 < end; k++)
        {
            if (p.Quoted[k] || !p.Tokens[k].IsWord)
            {
                return -1;
            }

            if (lex.TopicPrepositions.Contains(p.Tokens[k].Fold) && p.Tokens[k + 1].IsWord && lex.PossessiveDeterminers.Contains(p.Tokens[k + 1].Fold))
            {
                return k;
            }
        }

        return -1;
    }

    // "her caption", "his statement": a possessive pronoun with a gender (kind owner.m / owner.f)
    // and a document or speech noun, as a pronoun of that gender; null otherwise.
    private Speaker? OwnerPronoun(Speaker speaker)
    {
        if (speaker.Pronoun != '\0' || speaker.IsPerson)
        {
            return null;
        }

        // (Counted first: most descriptions have more than two words, and the split allocates.)
        if (Formats.Common.TextRules.WordCount(speaker.Text) != 2)
        {
            return null;
        }

        var words = speaker.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var owner = TextFold.Fold(words[0]);
        var noun = TextFold.Fold(words[1]);
        char gender = lex.MasculineOwners.Contains(owner) ? 'm' : lex.FeminineOwners.Contains(owner) ? 'f' : '\0';
        return gender != '\0' && (lex.IsDocumentNoun(noun) || lex.SpeechNouns.Contains(noun)) ? new Speaker { Text = words[0], Pronoun = gender } : null;
    }

    /// <summary>
    /// Rule "it said": "In a statement, the army said it had fired back. It added that jets had
    /// “struck the launch sites.”", "The studio acknowledged the leak. “…,” it posted.": "it" as a
    /// speaker is the body or document that spoke in its own or the sentence before (the last
    /// sentence of the paragraph before, for a paragraph's first sentence). The nearest earlier
    /// frame decides: a person there, or a name the article shows may be a person's ("Kennedy
    /// said …. That study … It said …"), leaves "it" unresolved.
    /// </summary>
    private Speaker? BodyBefore(List<Frame> frames, int f, MentionHistory history)
    {
        var fr = frames[f];
        for (int i = f - 1; i >= 0; i--)
        {
            var prior = frames[i];
            bool near = prior.Paragraph == fr.Paragraph && prior.Sentence >= fr.Sentence - 1 || prior.Paragraph == fr.Paragraph - 1 && fr.Sentence == 0;
            if (!near)
            {
                return null;
            }

            var sp = prior.Resolved ?? prior.Speaker;
            if (sp.Pronoun != '\0')
            {
                if (sp.Pronoun == 'x' && lex.BodyPronouns.Contains(TextFold.Fold(sp.Text)))
                {
                    continue;
                }

                return null;
            }

            bool acronym = sp.IsName && sp.Text.Length >= 2 && !sp.Text.Contains(' ') && sp.Text.All(char.IsUpper);
            bool body = IsBody(sp) || acronym || !sp.IsName && !sp.IsRole || sp.IsName && sp.Gender == SpeakerGender.Unknown && !history.MayBePerson(sp);
            return body && sp.Gender == SpeakerGender.Unknown ? sp : null;
        }

        return null;
    }

    /// <summary>
    /// The last name of two or more unknown capitalised words before token <paramref name="before"/>
    /// in the paragraph, outside quote marks and not opening a sentence, whose given name does not
    /// contradict the pronoun's gender; null when there is none.
    /// </summary>
    private Speaker? NameBefore(ParagraphText p, int before, char pronoun)
    {
        int t = Math.Min(before, p.Tokens.Count) - 1;
        while (t >= 0)
        {
            int end = t + 1;
            while (t >= 0 && p.Tokens[t].IsWord && p.Tokens[t].IsUpper && p.Tokens[t].Class == 0 && !p.Quoted[t])
            {
                t--;
            }

            int start = t + 1;
            if (end - start >= 2 && !p.OpensSentence(start))
            {
                var gender = lex.GivenNames.TryGetValue(p.Tokens[start].Fold, out var g) ? g : SpeakerGender.Unknown;
                // ("Donald Trump’s term": the name without its possessive ending.)
                var last = p.Tokens[end - 1];
                int ending = lex.PossessiveEndingLength(last.Fold);
                var name = new Speaker { Text = p.Text[p.Tokens[start].Start..(last.End - ending)], IsName = true, Gender = gender };
                if (MentionHistory.Fits(name, pronoun))
                {
                    return name;
                }
            }

            t = Math.Min(t, start - 1);
            if (t == start - 1 && end == start)
            {
                t--;
            }
        }

        return null;
    }

    /// <summary>
    /// Rule "the latter" (German "letztere", "Letzterer sagte"): the last person named before the
    /// word in its own or the previous sentence, whose gender fits; nouns between are skipped
    /// ("X stand vor der Bühne, während die Moderatorin Y Flyer an Passanten verteilte. „…“, so
    /// letztere" is Y). Null when no such name stands there.
    /// </summary>
    private Speaker? LatterName(ParagraphText p, int before, char gender)
    {
        int sentence = p.SentenceOf(Math.Min(before, p.Tokens.Count - 1));
        for (int t = Math.Min(before, p.Tokens.Count) - 1; t >= 0 && p.SentenceOf(t) >= sentence - 1; t--)
        {
            // A run of capitalised words that ends before a lower-case word or punctuation, read as
            // a phrase: its name, when it has one ("die Moderatorin Eva Lorenz vor …").
            if (p.Quoted[t] || !p.Tokens[t].IsWord || !p.Tokens[t].IsUpper || t + 1 < p.Tokens.Count && p.Tokens[t + 1].IsWord && p.Tokens[t + 1].IsUpper && !p.Quoted[t + 1])
            {
                continue;
            }

            int start = t;
            while (start > 0 && p.Tokens[start - 1].IsWord && p.Tokens[start - 1].IsUpper && !p.Quoted[start - 1] && t - start < 4)
            {
                start--;
            }

            if (t > start && _phrases.Split(p, start, t + 1, -1, -1) is { IsName: true } name && name.Text.Contains(' ') && MentionHistory.Fits(name, gender))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// Rule "anaphoric description": "Ce dernier a reconnu …", "« … », a commenté l'intéressé": a
    /// determiner and one noun of kind <c>anaphor-noun</c> point back like a demonstrative, to the
    /// last name before them in their own or the previous sentence ("le gérant, Marc Delorme. Ce
    /// dernier …" is Marc Delorme, not the subject before him).
    /// </summary>
    private bool IsAnaphorDescription(ParagraphText p, int from, int to) =>
        to == from + 2 && lex.AnaphorNouns.Count > 0 && !p.Quoted[from] && !p.Quoted[from + 1] && p.Tokens[from].IsWord && p.Tokens[from].Is(WordClass.Determiners)
        && p.Tokens[from + 1].IsWord && lex.AnaphorNouns.Contains(p.Tokens[from + 1].Fold);

    // 'f' for "cette dernière", "l'intéressée" (kind anaphor-noun.f), else 'm' (any name fits a
    // masculine or unknown demonstrative, as before).
    private char AnaphorGender(Speaker speaker) =>
        lex.FeminineAnaphorNouns.Contains(QuoteFold.FoldWithoutElision(speaker.Text.Split(' ', '\u00A0')[^1], out _)) ? 'f' : 'm';

    private bool IsAnaphorDescription(Speaker speaker)
    {
        if (lex.AnaphorNouns.Count == 0 || speaker is not { IsName: false, Pronoun: '\0' })
        {
            return false;
        }

        // (The separators counted first: most descriptions have more, and the split allocates.)
        if (speaker.Text.AsSpan().Count(' ') + speaker.Text.AsSpan().Count('\u00A0') > 1)
        {
            return false;
        }

        var words = speaker.Text.Split(' ', '\u00A0');
        return words.Length <= 2 && lex.AnaphorNouns.Contains(QuoteFold.FoldWithoutElision(words[^1], out bool elided)) && (words.Length == 2 || elided);
    }

    /// <summary>
    /// The name a demonstrative before token <paramref name="before"/> points to: the nearest
    /// capitalised word before it (quotes and lower-case words skipped) in its own or the previous
    /// sentence, when it ends a name ("… den Botschafter Peter Lind. Dieser sagte"); null when
    /// a noun stands nearer ("… die Anzeige eines Detektivs. Dieser behauptete").
    /// </summary>
    private Speaker? DemonstrativeName(ParagraphText p, int before, char gender = 'm')
    {
        int sentence = p.SentenceOf(Math.Min(before, p.Tokens.Count - 1));
        for (int t = Math.Min(before, p.Tokens.Count) - 1; t >= 0 && p.SentenceOf(t) >= sentence - 1; t--)
        {
            var tok = p.Tokens[t];
            if (p.Quoted[t] || !tok.IsWord || !tok.IsUpper || p.OpensSentence(t) && (tok.Is(WordClass.Determiners) || lex.Pronouns.ContainsKey(tok.Fold)))
            {
                continue;
            }

            var name = NameBefore(p, t + 1, gender);
            return name is not null && p.Span(0, t + 1).EndsWith(name.Text, StringComparison.Ordinal) ? name : null;
        }

        return null;
    }

    /// <summary>
    /// Rule "description-anaphor": a definite description without a name ("le préfet", "le chef
    /// du Kremlin") names a person the article named before: the one whose role holds all its
    /// words ("le préfet de police, Laurent Nuñez"), or, for a periphrasis of a leading figure,
    /// the only person named so far. Null when that is not one person.
    /// </summary>
    public Speaker? DescribedPerson(Speaker description, MentionHistory history, ParagraphText? p = null, int end = 0)
    {
        if (description is not { IsName: false, Pronoun: '\0' } || lex.Definites.Count == 0)
        {
            return null;
        }

        var (words, definite) = ContentWords(description.Text, history);
        if (!definite || words.Count == 0)
        {
            return null;
        }

        Speaker? byRole = null, only = null;
        bool manyByRole = false, many = false, conflict = false;
        foreach (var person in history.NamedPersons())
        {
            if (person.Gender != SpeakerGender.Unknown && description.Gender != SpeakerGender.Unknown && person.Gender != description.Gender)
            {
                many |= only is not null && only.Text != person.Text;
                continue;
            }

            if (person.Role is { } role)
            {
                var (roleWords, _) = ContentWords(role, history);
                // Rule "role hypernym": "selon la magistrate" after "la procureure …, Anne Lebrun".
                if (ContainsAll(roleWords, words)
                    || words.Count == 1 && roleWords.Count > 0 && lex.RoleHypernyms.TryGetValue(words[0], out var hyponyms) && hyponyms.Contains(roleWords[0]))
                {
                    manyByRole |= byRole is not null && byRole.Text != person.Text;
                    byRole ??= person;
                }
                else if (roleWords.Count > 0 && roleWords[0] == words[0])
                {
                    // "le président ukrainien" is not "le président américain Joe Biden".
                    conflict = true;
                }
            }

            many |= only is not null && only.Text != person.Text;
            only ??= person;
        }

        var found = byRole is not null ? (manyByRole ? null : byRole)
            : !many && !conflict && history.Count <= MentionHistory.PersonWindow && lex.Periphrases.Contains(words[0]) ? only : null;
        if (found is not null && p is not null && end > 0)
        {
            // "Le président Marc Roy a reçu le président Hugo Dard. « … », a déclaré le
            // président": another name beside the same description makes it ambiguous.
            var names = new HashSet<string>(StringComparer.Ordinal);
            NamesBeside(p, end, QuoteTokenizer.Tokenize(description.Text, lex.Known), names);
            if (HasOther(names, found.Text))
            {
                return null;
            }
        }

        return found is null ? null : found with { Role = description.Text };
    }

    // (Loops rather than a method-group predicate and a lambda over `found`: DescribedPerson runs
    // for most frames, and a captured local costs a closure on every call.)
    private static bool ContainsAll(List<string> set, List<string> words)
    {
        foreach (var word in words)
        {
            if (!set.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // The last frame of a sentence whose speaker resolved to a name or description (no pronoun).
    // (A loop, not a lambda over the sentence: a captured parameter costs a closure on every call.)
    private static Frame? LastResolvedIn(List<Frame> frames, int sentence)
    {
        for (int f = frames.Count - 1; f >= 0; f--)
        {
            if (frames[f].Sentence == sentence && frames[f].Resolved is { Pronoun: '\0' })
            {
                return frames[f];
            }
        }

        return null;
    }

    private static bool HasOther(HashSet<string> names, string text)
    {
        foreach (var name in names)
        {
            if (name != text)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rule "comme-incise": "Comme l'a souligné la Cour des comptes, la dette …" and "La dette …,
    /// comme l'a rappelé X.": the subject after the verb speaks for the main clause. Null when
    /// the verb group is not opened so.
    /// </summary>
    private Frame? AsIncise(ParagraphText p, int s, int vs, int verb)
    {
        var (from, to) = p.Sentences[s];
        var tokens = p.Tokens;
        int k = vs;
        if (k > from && !p.Quoted[k - 1] && lex.AsIncisePronouns.Contains(tokens[k - 1].Fold))
        {
            k--;
        }

        if (k == vs && k > from && !tokens[vs].Is(WordClass.Auxiliaries) || k <= from || p.Quoted[k - 1] || !lex.AsIncises.Contains(tokens[k - 1].Fold))
        {
            return null;
        }

        int opener = k - 1;
        var speaker = _phrases.Forward(p, verb + 1, to, out int phraseEnd);
        if (speaker is null || speaker.Pronoun == 'x')
        {
            return null;
        }

        int contentStart, contentEnd;
        if (opener == from)
        {
            int comma = phraseEnd;
            while (comma < to && (p.Quoted[comma] || tokens[comma].Fold != ","))
            {
                comma++;
            }

            if (comma + 1 >= to)
            {
                return null;
            }

            contentStart = tokens[comma + 1].Start;
            contentEnd = ContentEnd(p, from, to);
        }
        else if (tokens[opener - 1].Fold == "," && !p.Quoted[opener - 1] && opener - 1 > from)
        {
            contentStart = tokens[from].Start;
            contentEnd = tokens[opener - 1].Start;
        }
        else
        {
            return null;
        }

        return new Frame
        {
            Paragraph = p.Index, Sentence = s, Kind = FrameKind.Clause, Speaker = speaker, Cue = p.Span(opener, verb + 1), CueStart = tokens[opener].Start,
            ContentStart = contentStart, ContentEnd = contentEnd,
        };
    }

    private bool IsInfinitive(string fold)
    {
        foreach (var ending in lex.InfinitiveEndings)
        {
            if (fold.Length > ending.Length + 1 && fold.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Le PDG du groupe, Marc Roy, a annoncé …": a description with a role, a comma, a name and
    /// a comma open the sentence right before the verb; the name is the subject, not the speaker
    /// of an incise after content.
    /// </summary>
    private bool DescriptionThenName(ParagraphText p, int from, int vs)
    {
        if (vs - 1 <= from || p.Tokens[vs - 1].Fold != "," || p.Quoted[vs - 1])
        {
            return false;
        }

        int comma = from;
        while (comma < vs - 1 && !p.Quoted[comma] && p.Tokens[comma].IsWord)
        {
            comma++;
        }

        if (comma > from && comma < vs - 2 && p.Tokens[comma].Fold == "," && _phrases.HasRole(p, from, comma)
            && _phrases.IsNameRun(p, comma + 1, vs - 1) && !HasFiniteVerb(p, from, comma))
        {
            return true;
        }

        return FrontedDescriptionThenName(p, from, comma, vs) || DescriptionThenApposition(p, from, comma, vs);
    }

    /// <summary>
    /// Rule "description and its apposition": "Le maire, un ancien instituteur, a confirmé la
    /// fermeture.", "L'accusé, un homme de 45 ans, a reconnu les faits.": a description opened by a
    /// determiner, then an apposition opened by a lower-case determiner, both without a verb of
    /// their own, right before the verb are its subject when no role or name follows the verb;
    /// the verb opens no incise ("la fermeture" is no speaker). "La situation est grave, un vrai
    /// drame, a déclaré le maire" keeps its incise.
    /// </summary>
    private bool DescriptionThenApposition(ParagraphText p, int from, int comma, int vs)
    {
        if (lex.VerbSecond || comma <= from + 1 || comma >= vs - 2 || p.Tokens[comma].Fold != "," || p.Quoted[comma] || !p.Tokens[from].IsWord
            || !p.Tokens[from].Is(WordClass.Determiners) || p.Tokens[from].Is(WordClass.Complementizers)
            || p.Tokens[comma + 1] is not { IsWord: true, IsUpper: false } app || !app.Is(WordClass.Determiners) || app.Is(WordClass.Complementizers))
        {
            return false;
        }

        for (int t = comma + 1; t < vs - 1; t++)
        {
            if (p.Quoted[t] || !p.Tokens[t].IsWord && p.Tokens[t].Fold != "'" && p.Tokens[t].Fold != "\u2019" && !p.Tokens[t].IsDigit)
            {
                return false;
            }
        }

        // (An incise names its speaker after the verb, a role or a name: "Le déficit, une
        // catastrophe, a déploré le maire" keeps it.)
        for (int t = vs; t < p.Tokens.Count && !(p.Tokens[t].Fold is "." or "!" or "?" or ";" && !p.Quoted[t]); t++)
        {
            if (!p.Quoted[t] && p.Tokens[t].IsWord && (p.Tokens[t].IsUpper || lex.IsRole(p.Tokens[t].Fold, out _)))
            {
                return false;
            }
        }

        // (The head right after the determiner may be a verb form: "L'accusé", "Le prévenu".)
        return !HasFiniteVerb(p, from + 2, comma) && !HasFiniteVerb(p, comma + 2, vs - 1);
    }

    // Rule "object with its name": "Les enquêteurs ont entendu le gérant du bar, Luc Fabre, a
    // précisé le parquet.": a description before the name that follows a verb of its own is that
    // verb's object, no subject: the verb after the name opens an incise.
    private bool HasFiniteVerb(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!p.Quoted[t] && p.Tokens[t].IsWord && (p.Tokens[t].Is(WordClass.Verbs) || p.Tokens[t].Is(WordClass.Auxiliaries) && !IsAccentedLetter(p, t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rule "fronted phrase, description, name": "Lors d'une conférence de presse, la procureure de
    /// Nîmes, Anne Lebrun, a détaillé les faits.": after a fronted prepositional phrase with no verb,
    /// a description with a role and a name between commas right before the verb are its subject,
    /// as at the sentence's start; the verb opens no incise ("les faits" is no speaker).
    /// </summary>
    private bool FrontedDescriptionThenName(ParagraphText p, int from, int firstComma, int vs)
    {
        if (lex.VerbSecond || firstComma <= from || firstComma >= vs - 1 || p.Tokens[firstComma].Fold != "," || !p.Tokens[from].IsWord
            || !(p.Tokens[from].Is(WordClass.Stops) && !p.Tokens[from].Is(WordClass.Determiners) || lex.FrontParticiples.Contains(p.Tokens[from].Fold)))
        {
            return false;
        }

        for (int t = from; t < firstComma; t++)
        {
            if (p.Tokens[t].Is(WordClass.Verbs) || p.Tokens[t].Is(WordClass.Auxiliaries) && !IsAccentedLetter(p, t))
            {
                return false;
            }
        }

        int descFrom = firstComma + 1;
        int nameComma = descFrom;
        while (nameComma < vs - 1 && !p.Quoted[nameComma] && p.Tokens[nameComma].IsWord)
        {
            nameComma++;
        }

        return nameComma > descFrom && nameComma < vs - 2 && p.Tokens[nameComma].Fold == "," && p.Tokens[descFrom].Is(WordClass.Determiners)
            && _phrases.HasRole(p, descFrom, nameComma) && _phrases.IsNameRun(p, nameComma + 1, vs - 1);
    }

    /// <summary>
    /// Whether a sentence may name someone: it holds a capitalised word that is no determiner or
    /// stopword and that the article also capitalises inside a sentence.
    /// </summary>
    private static bool MayName(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            var tok = p.Tokens[t];
            if (tok.IsWord && tok.IsUpper && !p.Quoted[t] && !tok.Is(WordClass.Determiners) && !tok.Is(WordClass.Stopwords)
                && (t > from && p.Tokens[t - 1].Fold != "." || p.MidSentenceCapitals.Contains(tok.Fold)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rule "thing-subject": a pronoun inside a sentence whose subject is a thing of the same
    /// gender ("Cette commission pourra saisir le juge si elle estime que …") refers to it.
    /// </summary>
    private bool ThingSubject(ParagraphText p, int from, int to, Frame frame)
    {
        if (frame.Speaker.Pronoun is not ('m' or 'f') || frame.CueStart <= p.Tokens[from].Start || !p.Tokens[from].IsWord
            || !lex.DeterminerGenders.TryGetValue(p.Tokens[from].Fold, out var gender)
            || gender != (frame.Speaker.Pronoun == 'm' ? SpeakerGender.Masculine : SpeakerGender.Feminine)
            || !lex.NameFallback)
        {
            // (Only where a sentence without a subject offers its named person: there a person
            // named in passing stands before many such pronouns.)
            return false;
        }

        var subject = Subject(p, from, to);
        return subject is { Pronoun: '\0', IsPerson: false } && p.Tokens[from].Start < frame.CueStart
            && p.Span(from, to).StartsWith(subject.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Rule "plural-antecedent": "Les syndicats ont appelé à la grève. « … », ont-ils déclaré":
    /// a plural clitic refers to the plural subject of the sentence before.
    /// </summary>
    private Speaker? PluralSubject(ParagraphText p, int from, int to)
    {
        var subject = Subject(p, from, to);
        return subject is { Pronoun: '\0' } && p.Tokens[from].IsWord && lex.PluralDeterminers.Contains(p.Tokens[from].Fold)
            && p.Span(from, to).StartsWith(subject.Text, StringComparison.Ordinal) ? subject : null;
    }

    /// <summary>
    /// Rule "on-place": "« … », assure-t-on à l'Élysée": impersonal "on" speaks for the place or
    /// body named after its verb. A source, never an antecedent for a later pronoun.
    /// </summary>
    public Speaker? PlaceOfOn(ParagraphText p, int from, int to, out int end)
    {
        end = from;
        int t = from;
        while (t < to && p.Tokens[t].IsWord && !p.Quoted[t] && p.Tokens[t].Is(WordClass.Adverbs))
        {
            t++;
        }

        foreach (var prep in lex.PlaceOfOn)
        {
            if (t + prep.Length >= to || !MatchesWords(p, t, prep))
            {
                continue;
            }

            var phrase = _phrases.Forward(p, t + prep.Length, to, out int phraseEnd);
            if (phrase is null || phrase.Pronoun != '\0')
            {
                return null;
            }

            end = phraseEnd;
            return new Speaker { Text = phrase.Text };
        }

        return null;
    }

    private static bool MatchesWords(ParagraphText p, int t, string[] words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (p.Quoted[t + i] || !p.Tokens[t + i].Is(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The last person a sentence names by a known given name, an honorific or a role word before
    /// it, and at least one more capitalised word ("Marc Fabre", "M. Dupont", "la chanteuse Ana
    /// Roux"), or null.
    /// </summary>
    public Speaker? LastNamedPerson(ParagraphText p, int from, int to)
    {
        for (int t = to - 1; t >= from; t--)
        {
            if (p.Quoted[t] || !p.Tokens[t].IsWord || !p.Tokens[t].IsUpper)
            {
                continue;
            }

            int start = t;
            while (start - 1 >= from && !p.Quoted[start - 1] && p.Tokens[start - 1].IsWord
                && (p.Tokens[start - 1].IsUpper || start - 2 >= from && lex.NameParticles.Contains(p.Tokens[start - 1].Fold)
                    && (p.Tokens[start - 2].IsUpper || !lex.CapitalisedNouns && start - 3 >= from && lex.NameParticles.Contains(p.Tokens[start - 2].Fold) && p.Tokens[start - 3].IsUpper)))
            {
                start--;
            }

            // "M. Dupont": an abbreviated honorific and its stop.
            if (start - 2 >= from && p.Tokens[start - 1].Fold == "." && p.Tokens[start - 2].Is(WordClass.Honorific))
            {
                start -= 2;
            }

            // (Or by a role word right before the name: "À 45 ans, la chanteuse Camille Berthier sort …".)
            var first = p.Tokens[start];
            bool afterRole = start - 1 >= from && p.Tokens[start - 1].IsWord && !p.Quoted[start - 1] && !p.Tokens[start - 1].IsUpper && lex.IsRole(p.Tokens[start - 1].Fold, out _);
            if (t + 1 - start >= 2 && (lex.GivenNames.ContainsKey(first.Fold) || first.Is(WordClass.Honorific) || afterRole)
                && _phrases.Split(p, start, t + 1, -1, -1) is { IsName: true } person)
            {
                return person;
            }

            t = start;
        }

        return null;
    }

    /// <summary>
    /// Adds to <paramref name="names"/> each name a paragraph writes right beside a description
    /// (its tokens, a definite determiner first): "le président ukrainien Volodymyr Zelensky",
    /// "le préfet, Jean Morel", up to token <paramref name="end"/>.
    /// </summary>
    public void NamesBeside(ParagraphText q, int end, QuoteToken[] words, HashSet<string> names)
    {
        for (int t = 0; t + words.Length - 1 < end; t++)
        {
            int k = 1;
            while (k < words.Length && !q.Quoted[t + k - 1] && q.Tokens[t + k - 1].Fold == words[k].Fold)
            {
                k++;
            }

            if (k < words.Length)
            {
                continue;
            }

            int from = t + words.Length - 1;
            if (from < end && q.Tokens[from].Fold == ",")
            {
                from++;
            }
            else if (from + 2 < end && !q.Quoted[from] && !q.Quoted[from + 1] && q.Tokens[from].IsWord && q.Tokens[from].Is(WordClass.Particles)
                && !q.Tokens[from].Is(WordClass.Determiners) && q.Tokens[from + 1].IsWord && !q.Tokens[from + 1].IsUpper && q.Tokens[from + 1].Class == 0)
            {
                // "l'élu d'opposition Marc Tanguy": a complement of one bare noun between the
                // description and the name.
                from += 2;
            }

            int to = from;
            while (to < end && !q.Quoted[to] && q.Tokens[to].IsWord && (q.Tokens[to].IsUpper || to > from && lex.NameParticles.Contains(q.Tokens[to].Fold)))
            {
                to++;
            }

            if (to - from >= 2 && _phrases.IsNameRun(q, from, to))
            {
                names.Add(q.Span(from, to));
            }
        }
    }

    /// <summary>The folded words of a description that are no determiner or particle; whether a definite determiner opens it.</summary>
    private (List<string> Words, bool Definite) ContentWords(string text, MentionHistory history)
    {
        if (history.DescriptionWords.TryGetValue(text, out var known))
        {
            return known;
        }

        var tokens = QuoteTokenizer.Tokenize(text, lex.Known);
        var words = new List<string>(tokens.Length);
        bool definite = tokens.Length > 0 && lex.Definites.Contains(tokens[0].Fold);
        foreach (var tok in tokens)
        {
            if (tok.IsWord && !tok.Is(WordClass.Determiners) && !tok.Is(WordClass.Particles) && !tok.IsUpper)
            {
                words.Add(tok.Fold);
            }
        }

        return history.DescriptionWords[text] = (words, definite);
    }

    /// <summary>
    /// The subject of a subordinate clause that ends with the verb at <paramref name="vs"/>: the
    /// phrase right after its conjunction ("zumal Verteidiger X … betont hatte"), or null.
    /// </summary>
    private Speaker? SubordinateSubject(ParagraphText p, int from, int vs)
    {
        int t = vs - 1;
        while (t >= from && (p.Quoted[t] || p.Tokens[t].IsWord || p.Tokens[t].Fold is not ("," or ";" or ":")))
        {
            t--;
        }

        int cs = t + 1;
        if (cs + 1 >= vs || !p.Tokens[cs].IsWord || p.Quoted[cs] || !lex.Subordinators.Contains(p.Tokens[cs].Fold))
        {
            return null;
        }

        // The verb (and its auxiliaries) must close the clause: "Als Begründung sagte ein
        // Wissenschaftler: …" is a main clause with "als" opening its first field.
        int after = p.Tokens[vs].IsWord ? vs : vs + 1;
        while (after < p.Tokens.Count && p.Tokens[after].IsWord && !p.Quoted[after] && (after == vs || p.Tokens[after].Is(WordClass.Auxiliaries) || p.Tokens[after].Is(WordClass.Verbs)))
        {
            after++;
        }

        if (after < p.Tokens.Count && (p.Tokens[after].IsWord && !p.Quoted[after] || p.Quoted[after] && after > vs + 1 && !p.Tokens[after - 1].IsWord))
        {
            return null;
        }

        var sp = _phrases.Forward(p, cs + 1, vs, out int end);
        return end <= vs ? sp : null;
    }

    private bool HasTitleNoun(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (p.Tokens[t].IsWord && lex.IsTitleNoun(p.Tokens[t].Fold))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"I'm", "we've": a pronoun and a verb written as one word, capitalised like a name.</summary>
    private bool IsContractedPronoun(string fold)
    {
        int apostrophe = fold.IndexOf('\'');
        return apostrophe > 0 && lex.Pronouns.ContainsKey(fold[..apostrophe]);
    }

    /// <summary>A lower-case word that is no function word: in German after "so", the finite verb of an incise.</summary>
    private static bool IsUnknownVerb(QuoteToken tok) =>
        !tok.IsUpper && !tok.IsDigit && !tok.Is(WordClass.Stops) && !tok.Is(WordClass.Stopwords) && !tok.Is(WordClass.Adverbs) && !tok.Is(WordClass.Determiners)
        && !tok.Is(WordClass.Complementizers) && !tok.Is(WordClass.ClauseWords) && !tok.Is(WordClass.Pronoun) && !tok.Is(WordClass.Negations);

    /// <summary>
    /// "X sagte: „…,“ betont sie.": a pronoun speaker refers first to a person named as a
    /// speaker earlier in the same sentence.
    /// </summary>
    private static Speaker? SameSentence(List<Frame> frames, int from, int f, Speaker pronoun)
    {
        for (int i = f - 1; i >= from; i--)
        {
            // "According to Heavy, he said, “…”": a pronoun subject that opens the content of a
            // source reports someone else ("According to X, …, “…,” he said" is X's own).
            if (frames[i].Kind is FrameKind.SourceBefore && frames[i].ContentStart <= frames[f].CueStart
                && frames[f].CueStart - frames[i].ContentStart <= pronoun.Text.Length + 1)
            {
                continue;
            }

            if (frames[i].Speaker is { } sp && MentionHistory.Fits(sp, pronoun.Pronoun))
            {
                return sp;
            }
        }

        return null;
    }

    /// <summary>The subject of a sentence: the phrase before its first auxiliary or reporting verb.</summary>
    public Speaker? Subject(ParagraphText p, int from, int to)
    {
        // "He enjoyed holidays in Cork, where Holding was filmed.": a sentence that opens with a
        // personal pronoun has it as subject; a name later in a clause is not the subject.
        if (from + 1 < to && !p.Quoted[from] && p.Tokens[from].IsWord && !p.Tokens[from].Is(WordClass.Determiners)
            && lex.Pronouns.TryGetValue(p.Tokens[from].Fold, out char pronoun) && p.Tokens[from + 1].IsWord && !p.Tokens[from + 1].IsUpper)
        {
            // "Il s'agit de « … »", "il faut": an impersonal pronoun refers to no one.
            // (An elided reflexive is its own token: "s’" + "agit".)
            var next = p.Tokens[from + 1].Fold;
            bool impersonal = lex.Impersonals.Contains(next)
                || next.EndsWith('\'') && from + 2 < to && lex.Impersonals.Contains(next + p.Tokens[from + 2].Fold);
            return impersonal ? null : new Speaker { Text = p.Span(from, from + 1), Pronoun = pronoun };
        }

        if (!lex.VerbSecond && !p.Quoted[from] && p.Tokens[from].IsWord && lex.Subordinators.Contains(p.Tokens[from].Fold))
        {
            // Rule "subject-after-fronted-subordinate": "Although he has spoken against it,
            // Seymour supports the plan.": the main clause after the comma holds the subject.
            // A relative clause set off by commas belongs to the fronted clause ("Though he grew
            // up in Ulster, which is part of the U.K., Hill has …"): its comma is skipped.
            for (int c = from + 2; c + 1 < to; c++)
            {
                if (p.Tokens[c].Fold == "," && !p.Quoted[c] && !(p.Tokens[c + 1].IsWord && !p.Quoted[c + 1] && lex.Relatives.Contains(p.Tokens[c + 1].Fold)))
                {
                    return Subject(p, c + 1, to);
                }
            }

            return null;
        }

        if (!lex.VerbSecond && !p.Quoted[from] && p.Tokens[from].IsWord
            && (lex.FrontedPrepositions.Contains(p.Tokens[from].Fold) || lex.FrontParticiples.Contains(p.Tokens[from].Fold))
            && from + 1 < to && !p.Tokens[from + 1].IsUpper)
        {
            // Rule "subject-after-fronted-adverbial": "In an email sent hours after the show,
            // Rachel wrote …": the subject follows the adverbial's comma, whose own verb ("sent")
            // is not the main clause's. With no comma nearby, or a name right after the
            // preposition ("Before Ann Roe left, he …", "In November Ann Roe said"), the sentence
            // is read as before.
            for (int c = from + 2; c + 1 < to && c < from + MaxFrontedAdverbial; c++)
            {
                if (p.Tokens[c].Fold == "," && !p.Quoted[c])
                {
                    return Subject(p, c + 1, to);
                }
            }
        }

        // German "Name, apposition, verb": the verb is the first lower-case word after a comma
        // that no apposition or relative clause opens ("Sadiq Khan, eines der Mitglieder, die den
        // Brief unterschrieben, verurteilte …").
        for (int c = from + 1; lex.VerbSecond && c + 1 < to && c < from + MaxAppositionField && !p.Quoted[c]; c++)
        {
            var next = p.Tokens[c + 1];
            if (p.Tokens[c].Fold == "," && next.IsWord && !next.IsUpper && !p.Quoted[c + 1] && !next.Is(WordClass.Determiners)
                && !next.Is(WordClass.Stopwords) && !next.Is(WordClass.Stops) && !next.Is(WordClass.ClauseWords) && !next.Is(WordClass.Particles)
                && !lex.Relatives.Contains(next.Fold))
            {
                if (_phrases.LeadingName(p, from, c + 1) is { } leading)
                {
                    return leading;
                }

                break;
            }
        }

        if (!lex.VerbSecond && AppositionSubject(p, from, to) is { } appositionSubject)
        {
            return appositionSubject;
        }

        bool afterComplementizer = false;
        for (int t = from; t < to && t < from + 20; t++)
        {
            if (p.Quoted[t] || !p.Tokens[t].IsWord || t == from)
            {
                continue;
            }

            var fold = p.Tokens[t].Fold;
            if (!lex.VerbSecond && p.Tokens[t].Is(WordClass.Complementizers) && t + 1 < to && !p.Quoted[t + 1] && p.Tokens[t + 1].IsWord
                && (p.Tokens[t + 1].IsUpper || p.Tokens[t + 1].Is(WordClass.Determiners) || lex.Pronouns.ContainsKey(p.Tokens[t + 1].Fold) || IsContractedPronoun(p.Tokens[t + 1].Fold)
                    || t + 2 < to && p.Tokens[t + 2].IsWord && p.Tokens[t + 2].Is(WordClass.Auxiliaries)))
            {
                // Rule "subject-not-after-that": "Elena struggled to believe that God would heal
                // him", "the claim that migrants are …": the first auxiliary after "that" and a new
                // subject belongs to the reported clause ("the migraine that changed …" is a
                // relative clause and goes on).
                afterComplementizer = true;
                break;
            }

            if (lex.EmbeddedQuestions.Contains(fold) && p.Tokens[t - 1].IsWord && !p.Tokens[t - 1].IsUpper && !p.Quoted[t - 1])
            {
                // Rule "subject-not-after-wh": "Hollerich spoke of how communion and mission are
                // linked": after an unknown verb, the auxiliary of an embedded question is not the
                // main clause's; the person before the first lower-case word is the subject
                // ("The pope blames what is happening …" too: a role word is no verb).
                return WhClauseSubject(p, from, t);
            }

            // ("The Home Office watered down the plan, saying …": a participle after a comma
            // speaks for the clause before it and is not its verb.)
            // (Rule "role after a determiner": "Le prévenu a gardé le silence": a verb form the role
            // list holds, right after the determiner that opens the sentence, is the role noun, not
            // the verb; further on it may be the verb or an object: "… saisir le juge si elle estime".)
            if ((lex.Auxiliaries.Contains(fold) || lex.Verbs.Contains(fold)) && !IsAccentedLetter(p, t)
                && !(p.Tokens[t - 1].Fold == "," && !lex.Auxiliaries.Contains(fold) && IsParticiple(p.Tokens[t]))
                && !(t == from + 1 && p.Tokens[from].Is(WordClass.Determiners) && !p.Tokens[from].Is(WordClass.Auxiliaries) && !lex.Auxiliaries.Contains(fold) && lex.IsRole(fold, out _)))
            {
                // "Le maire, Henri Lacombe, s'est rendu": the reflexive clitic belongs to the verb.
                int end = t - 1 > from && lex.Reflexives.Contains(p.Tokens[t - 1].Fold) ? t - 1 : t;
                var before = _phrases.Backward(p, from, end);
                return before is { IsName: true } && OpeningWordAlone(p, from, end, before) ? null : before;
            }
        }

        if (!lex.VerbSecond && MannerAdverbSubject(p, from, to) is { } beforeAdverb)
        {
            return beforeAdverb;
        }

        // No known verb: the first lower-case word right after a name or a comma is taken for
        // the verb ("Le chef de chantier, Karim Saïdi, montre …", "Coach Brian Kessler praised …").
        for (int t = from + 1; t < to && t < from + 20; t++)
        {
            var tok = p.Tokens[t];
            if (p.Quoted[t] || !tok.IsWord || tok.IsUpper || tok.Is(WordClass.Determiners) || tok.Is(WordClass.Particles)
                || tok.Is(WordClass.Stopwords) || lex.IsRole(tok.Fold, out _))
            {
                continue;
            }

            var prev = p.Tokens[t - 1];
            if (prev.IsWord && prev.IsUpper && !prev.Is(WordClass.Determiners) || !prev.IsWord && prev.Fold == ",")
            {
                // (After a reported clause was cut off, only a name the article knows: "Five years
                // after …" opens with no one.)
                var subject = _phrases.Backward(p, from, t);
                return subject is { IsName: true } && (!afterComplementizer || IsKnownName(p, from, t) && !IsContractedPronoun(p.Tokens[from].Fold))
                    || IsRoleSubject(p, from, t, to, subject, afterComplementizer) ? subject : null;
            }

            if (prev.IsWord && lex.IsRole(prev.Fold, out _) && t == from + 2 && p.Tokens[from].Is(WordClass.Determiners) && PersonNameAt(p, t + 1, to))
            {
                // Rule "adjective between a role and a name": "l'attaquant marseillais
                // Pierre-Emerick Aubameyang jubilait": the word is the role's adjective, not the
                // verb, and the name heads the subject.
                continue;
            }

            if (prev.IsWord && lex.IsRole(prev.Fold, out _) && _phrases.Backward(p, from, t) is { } role && IsRoleSubject(p, from, t, to, role, afterComplementizer))
            {
                return role;
            }

            if (!prev.IsWord || !prev.Is(WordClass.Determiners) && !prev.Is(WordClass.Particles))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Rule "manner adverb ends the subject": "The Home Office quietly watered down the plan,
    /// saying …": an adverb the lists know, then a lower-case word no list knows (the verb), close
    /// the subject before them, a description as well as a name. Only in the sentence's first
    /// words, with no punctuation before the adverb; null otherwise.
    /// </summary>
    private Speaker? MannerAdverbSubject(ParagraphText p, int from, int to)
    {
        if (p.Quoted[from] || !p.Tokens[from].IsWord || lex.Pronouns.ContainsKey(p.Tokens[from].Fold) || IsContractedPronoun(p.Tokens[from].Fold) || !p.Tokens[from].IsUpper && !p.Tokens[from].Is(WordClass.Determiners))
        {
            return null;
        }

        for (int t = from + 1; t + 1 < to && t <= from + MaxMannerSubjectTokens; t++)
        {
            var tok = p.Tokens[t];
            // (A pronoun or a relative before the adverb is a clause of its own: "Dare we now
            // sing …", "The witch whom Emma eventually meets …".)
            if (p.Quoted[t] || !tok.IsWord || lex.Pronouns.ContainsKey(tok.Fold) || IsContractedPronoun(tok.Fold) || lex.Relatives.Contains(tok.Fold) || tok.Is(WordClass.ClauseWords) || tok.Is(WordClass.Complementizers))
            {
                return null;
            }

            var next = p.Tokens[t + 1];
            if (tok.Is(WordClass.Adverbs) && !tok.IsUpper && !p.Tokens[t - 1].Is(WordClass.Determiners) && !p.Quoted[t + 1] && next.IsWord && !next.IsUpper && next.Class == 0)
            {
                return _phrases.Backward(p, from, t) is { Pronoun: '\0' } subject ? subject : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Rule "role-subject" (feature role-subject): "La ministre de la Culture visite un chantier.
    /// « … », affirme-t-elle": an article and a role description right before the first
    /// lower-case word no list knows are the sentence's subject, a person for a later pronoun.
    /// Not in a sentence with a comma after that word: the word may be an adjective of the
    /// description ("L'ancien président de la Fédération française de rugby, Bernard Laporte, …").
    /// </summary>
    private bool IsRoleSubject(ParagraphText p, int from, int verb, int to, Speaker? subject, bool afterComplementizer)
    {
        if (!lex.RoleSubject || afterComplementizer || subject is not { IsRole: true, IsName: false, Pronoun: '\0' } || p.Quoted[from] || !p.Tokens[from].IsWord
            || !p.Tokens[from].Is(WordClass.Determiners))
        {
            return false;
        }

        for (int t = verb + 1; t < to; t++)
        {
            if (p.Tokens[t].Fold == "," && !p.Quoted[t])
            {
                return false;
            }
        }

        return true;
    }

    // A person's name at t: two capitalised words.
    private bool PersonNameAt(ParagraphText p, int t, int to)
    {
        if (t + 1 >= to || p.Quoted[t] || p.Quoted[t + 1])
        {
            return false;
        }

        var first = p.Tokens[t];
        var second = p.Tokens[t + 1];
        return first.IsWord && first.IsUpper && !first.Is(WordClass.Determiners) && !first.Is(WordClass.Stopwords)
            && second.IsWord && second.IsUpper && !second.Is(WordClass.Determiners);
    }

    // "Partie il y a 87 jours, elle termine …": one capitalised word that opens the sentence with
    // lower-case words, not a verb, after it is a participle or an adverb more often than a name,
    // unless the article writes it as a name elsewhere (German capitals tell nothing).
    private bool OpeningWordAlone(ParagraphText p, int from, int verb, Speaker name) =>
        !lex.CapitalisedNouns && verb > from + 1 && (name.Text == p.Span(from, from + 1) || name.Text.StartsWith(p.Span(from, from + 1) + " ", StringComparison.Ordinal)) && !p.Quoted[from + 1] && p.Tokens[from + 1].IsWord
        && !p.Tokens[from + 1].IsUpper && !IsKnownName(p, from, from + 1);

    // A one-letter word with an accent ("à") folds onto a verb form ("a") it never is:
    // "Blessé à la cuisse, l'ailier …" has no verb after "Blessé".
    private static bool IsAccentedLetter(ParagraphText p, int t) =>
        p.Tokens[t].End - p.Tokens[t].Start == 1 && p.Text[p.Tokens[t].Start] > '\u007f';

    // The subject before an embedded question at wh: the phrase before the first lower-case word
    // that no determiner, particle, stopword or role is, when it is a role or a known name; null otherwise.
    private Speaker? WhClauseSubject(ParagraphText p, int from, int wh)
    {
        for (int v = from + 1; v < wh; v++)
        {
            var tok = p.Tokens[v];
            if (p.Quoted[v] || !tok.IsWord || tok.IsUpper || tok.Is(WordClass.Determiners) || tok.Is(WordClass.Particles)
                || tok.Is(WordClass.Stopwords) || lex.IsRole(tok.Fold, out _))
            {
                continue;
            }

            // (A capitalised opener is a name only when something besides its capital says so:
            // "Specifically, researchers looked at what …", "Two of them asked why …".)
            var subject = _phrases.Backward(p, from, v);
            return subject is { Pronoun: '\0', IsRole: true } || subject is { Pronoun: '\0', IsName: true } && IsKnownName(p, from, v) ? subject : null;
        }

        return null;
    }

    /// <summary>
    /// Rule "subordinator-opener-name": "While Jodie Marlow, after five decades, is enjoying …:
    /// “…,” she says": the name right after the conjunction that opens the sentence, for a
    /// pronoun of that sentence only (the main clause's subject is not looked for here).
    /// </summary>
    private Speaker? SubordinatorOpenerName(ParagraphText p, int from, int to)
    {
        const int MaxNameWords = 4;
        var opener = p.Tokens[from];
        if (from + 2 >= to || !opener.IsWord || p.Quoted[from] || !opener.Is(WordClass.ClauseWords) || opener.Is(WordClass.Complementizers) || lex.Relatives.Contains(opener.Fold))
        {
            return null;
        }

        int end = from + 1;
        while (end < to && end - from <= MaxNameWords && p.Tokens[end].IsWord && p.Tokens[end].IsUpper && !p.Quoted[end])
        {
            end++;
        }

        if (end == from + 1 || end >= to || p.Quoted[end] || !(p.Tokens[end].Fold == "," || p.Tokens[end].IsWord && !p.Tokens[end].IsUpper)
            || !_phrases.IsNameRun(p, from + 1, end) || !IsKnownName(p, from + 1, end))
        {
            return null;
        }

        return _phrases.Forward(p, from + 1, end, out _) is { IsName: true, Pronoun: '\0' } name ? name : null;
    }

    /// <summary>
    /// Rule "colon-intro-name": "Kennedy has not wavered in his belief: “…,” he told Fox News":
    /// the name that is the subject of a colon intro opening the sentence, for a pronoun of that
    /// sentence only (the sentence is added to the mentions only after its frames). Null when no
    /// quote follows the colon or the subject is no name.
    /// </summary>
    private Speaker? ColonIntroName(ParagraphText p, int from, int to)
    {
        for (int c = from + 2; c + 1 < to && !p.Quoted[c]; c++)
        {
            if (p.Tokens[c].Fold == ":")
            {
                // (The sentence opens with a name the article knows: "Representation has been …"
                // opens with a common word.)
                int end = from;
                while (end < c && p.Tokens[end].IsWord && p.Tokens[end].IsUpper)
                {
                    end++;
                }

                return p.Quoted[c + 1] && end > from && IsKnownName(p, from, end) && Subject(p, from, c) is { IsName: true, Pronoun: '\0' } name ? name : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Rule "name-apposition-subject": "Noel Ward, cofounder of CityLab, a civic group, echoes …",
    /// "The librarian, Jane Holt, pointed out that the novel … was banned": a sentence that opens
    /// with a name (or a role and a name) and appositions closed by commas has that name as
    /// subject, whatever the verb after the last comma; an auxiliary in a later clause ("the novel
    /// … was") or a verb no list knows does not move it. Null when the sentence is shaped otherwise.
    /// </summary>
    private Speaker? AppositionSubject(ParagraphText p, int from, int to)
    {
        if (!p.Tokens[from].IsWord || !p.Tokens[from].IsUpper || p.Quoted[from] || p.Tokens[from].Is(WordClass.ClauseWords) || p.Tokens[from].Is(WordClass.Particles)
            || p.Tokens[from].Is(WordClass.Stopwords) && !p.Tokens[from].Is(WordClass.Determiners) || p.Tokens[from].Is(WordClass.Adverbs) || lex.Pronouns.ContainsKey(p.Tokens[from].Fold))
        {
            return null;
        }

        // The opening phrase: a name run, or an article and role words ("The librarian").
        int comma = from;
        while (comma < to && comma - from <= 4 && p.Tokens[comma].IsWord && !p.Quoted[comma])
        {
            comma++;
        }

        if (comma >= to || comma == from || p.Quoted[comma] || p.Tokens[comma].Fold != ",")
        {
            return null;
        }

        // The first apposition ends at the next comma; with a role first the name is that apposition.
        int appTo = comma + 1;
        while (appTo < to && appTo < from + MaxAppositionField && p.Tokens[appTo].Fold != "," && !p.Quoted[appTo])
        {
            appTo++;
        }

        if (appTo >= to || p.Quoted[appTo] || p.Tokens[appTo].Fold != ",")
        {
            return null;
        }

        bool nameFirst = _phrases.IsNameRun(p, from, comma) && IsKnownName(p, from, comma);
        if (!nameFirst && !(p.Tokens[from].Is(WordClass.Determiners) && comma - from >= 2 && lex.IsRole(p.Tokens[comma - 1].Fold, out _) && _phrases.IsNameRun(p, comma + 1, appTo))
            || nameFirst && _phrases.IsNameRun(p, comma + 1, comma + 2) && !lex.IsRole(p.Tokens[comma + 1].Fold, out _)
            || p.Tokens[comma + 1].Is(WordClass.Stopwords) && !p.Tokens[comma + 1].Is(WordClass.Determiners) && !lex.Relatives.Contains(p.Tokens[comma + 1].Fold))
        {
            // ("Smith, Jones and Lee, …" is a list of names, not a name and its role; "Statins, or
            // SSRIs, …" glosses a term.)
            return null;
        }

        for (int c = appTo; c + 1 < to && c < from + MaxAppositionField; c++)
        {
            var tok = p.Tokens[c];
            if (p.Quoted[c] || !tok.IsWord && tok.Fold is ":" or ";" or "(" or ")")
            {
                return null;
            }

            var next = p.Tokens[c + 1];
            if (tok.Fold == "," && next.IsWord && !next.IsUpper && !p.Quoted[c + 1] && !next.Is(WordClass.Determiners) && !next.Is(WordClass.Stopwords)
                && !next.Is(WordClass.ClauseWords) && !next.Is(WordClass.Particles) && !next.Is(WordClass.Adverbs) && !lex.Relatives.Contains(next.Fold)
                && !lex.IsRole(next.Fold, out _))
            {
                var subject = nameFirst ? _phrases.Split(p, from, comma, comma + 1, appTo) : _phrases.Split(p, comma + 1, appTo, from, comma);
                return subject is { IsName: true, Pronoun: '\0' } ? subject : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A capitalised run that opens a sentence is a name when something besides its capital says
    /// so ("Specifically,", "Generative AI," are no names): its first word is a given name or an
    /// honorific or is written with a capital mid-sentence, or its last word, a word rather than
    /// an acronym, is.
    /// </summary>
    private bool IsKnownName(ParagraphText p, int from, int to)
    {
        var first = p.Tokens[from];
        var last = p.Tokens[to - 1];
        return first.Is(WordClass.Honorific) || lex.GivenNames.ContainsKey(first.Fold) || p.MidSentenceCapitals.Contains(first.Fold)
            || to - from >= 2 && p.MidSentenceCapitals.Contains(last.Fold) && HasLowerCase(p.Text, last.Start, last.End);
    }

    private static bool HasLowerCase(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (char.IsLower(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rule "passive": "X was told that …", "the deaths are mentioned": the subject of a passive
    /// reporting verb heard or is spoken of; it said nothing.
    /// </summary>
    private bool IsPassive(ParagraphText p, int sentenceFrom, int verbStart, int verb)
    {
        // German verb-last passive: "…, wenn eine Gefahr festgestellt wird", "… bezeichnet wurde".
        if (lex.VerbSecond && verb + 1 < p.Tokens.Count && p.Tokens[verb + 1].IsWord && !p.Quoted[verb + 1]
            && (lex.PassiveAuxiliaries.Contains(p.Tokens[verb + 1].Fold) || lex.PresentPassiveAuxiliaries.Contains(p.Tokens[verb + 1].Fold) && p.Tokens[verb].Fold.EndsWith('t')))
        {
            return true;
        }

        // German verb-second passive: the auxiliary second, the participle closing the clause
        // ("Neben dem Passwort wird dann ein Zusatzcode verlangt, der …"). Not a citing verb:
        // who "wird von Reuters mit den Worten zitiert" is the speaker.
        if (lex.VerbSecond && p.Tokens[verb].Fold.EndsWith('t') && !lex.CiteVerbs.Contains(p.Tokens[verb].Fold)
            && (verb + 1 >= p.Tokens.Count || !p.Tokens[verb + 1].IsWord || p.Quoted[verb + 1]))
        {
            for (int t = verbStart - 1; t >= sentenceFrom && p.Tokens[t].IsWord && !p.Quoted[t]; t--)
            {
                if (lex.PassiveAuxiliaries.Contains(p.Tokens[t].Fold) || lex.PresentPassiveAuxiliaries.Contains(p.Tokens[t].Fold))
                {
                    return true;
                }
            }
        }

        // The auxiliary stands in the verb group or a word before it ("are either mentioned"),
        // never across punctuation ("…, die eingespielt wurde, sagte Thaksin").
        for (int t = verb - 1; t >= Math.Max(sentenceFrom, verbStart - 2) && p.Tokens[t].IsWord && !p.Quoted[t]; t--)
        {
            if (lex.PassiveAuxiliaries.Contains(p.Tokens[t].Fold))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Rule "negated cue": "n'a pas souhaité", "did not say", "declined to", "nicht".</summary>
    public bool IsNegated(ParagraphText p, int verbStart, int verb)
    {
        // Look at up to three words before the cue and one after it, never across punctuation
        // or into a quote ("« Nous ne céderons pas », a déclaré X" is not negated).
        for (int t = verbStart - 1, seen = 0; t >= 0 && seen < 3; t--, seen++)
        {
            if (!p.Tokens[t].IsWord || p.Quoted[t])
            {
                break;
            }

            if (p.Tokens[t].Is(WordClass.Negations))
            {
                return true;
            }
        }

        for (int t = verbStart; t <= Math.Min(p.Tokens.Count - 1, verb + 1); t++)
        {
            if (t != verb && p.Tokens[t].IsWord && !p.Quoted[t] && p.Tokens[t].Is(WordClass.Negations)
                // ("assure n'avoir rien vu": the negation after the verb is its infinitive clause's.)
                && !(t == verb + 1 && IsInfinitiveClause(p, t, p.Sentences[p.SentenceOf(t)].To)))
            {
                return true;
            }
        }

        return false;
    }

    // The verb without a subject clitic written onto it ("déclare-t-il" → "déclare"; the lexicon's clitic kinds).
    private string StripClitic(string fold, out char pronoun)
    {
        pronoun = '\0';
        for (int c = 0; c < lex.CliticSuffixes.Count; c++)
        {
            var (suffix, kind) = lex.CliticSuffixes[c];
            if (fold.Length > suffix.Length && fold.EndsWith(suffix, StringComparison.Ordinal))
            {
                pronoun = kind;
                return fold[..^suffix.Length];
            }
        }

        return fold;
    }

    /// <summary>
    /// A cheap test run on every word before <see cref="StripClitic"/>: a hyphen where one of its
    /// suffixes could start.
    /// </summary>
    /// <remarks>(The token's hyphen flag first: most words have none, and the flag needs no look at the string.)</remarks>
    private bool HasCliticSuffix(in QuoteToken token) =>
        lex.LongestCliticSuffix > 0 && token.HasHyphen && token.Fold.Length > 3 && token.Fold.AsSpan(Math.Max(0, token.Fold.Length - lex.LongestCliticSuffix)).Contains('-');

    private bool IsVerb(ParagraphText p, int t, int sentenceFrom)
    {
        if (!p.Tokens[t].Is(WordClass.Verbs) && (!HasCliticSuffix(p.Tokens[t]) || !lex.Verbs.Contains(StripClitic(p.Tokens[t].Fold, out _)))
            && !HasParticleAtClauseEnd(p, t))
        {
            return false;
        }

        // "Florida State leaders", "Der Bericht": a capitalised verb form inside a sentence is a
        // name or a noun (verbs are lower case in all our languages).
        if (t > sentenceFrom && p.Tokens[t].IsUpper && !p.StartsSentence(t))
        {
            return false;
        }

        // "“…!” Ann Roe shared on Instagram": some verbs report speech only after a quote, with no
        // object of their own ("In “Five Questions,” she shares the vision behind …" is no speech).
        // (In an inverted incise the word after the verb opens its subject: "« … », alerte le
        // Haut Conseil pour le climat".)
        if (lex.InciseOnlyVerbs.Contains(p.Tokens[t].Fold) && (!QuotedBefore(p, sentenceFrom, t)
            || !AfterQuoteComma(p, t) && t + 1 < p.Tokens.Count && p.Tokens[t + 1].IsWord && !p.Quoted[t + 1] && (p.Tokens[t + 1].Class == 0 || p.Tokens[t + 1].Is(WordClass.Determiners))))
        {
            return false;
        }

        // "for alleged data manipulation", "purported ties": a participle that also works
        // as an adjective, before a lower-case word that opens no clause, is the adjective.
        if (lex.AdjectivalParticiples.Contains(p.Tokens[t].Fold) && t + 1 < p.Tokens.Count && p.Tokens[t + 1].IsWord && !p.Quoted[t + 1] && !p.Tokens[t + 1].IsUpper
            && !p.Tokens[t + 1].Is(WordClass.Determiners) && !p.Tokens[t + 1].Is(WordClass.Complementizers) && !lex.Pronouns.ContainsKey(p.Tokens[t + 1].Fold)
            && !p.Tokens[t + 1].Is(WordClass.Stops))
        {
            return false;
        }

        // Rule "speech noun after a possessive": "Editor’s note: …", "the singer’s comments drew
        // criticism", "the club’s claim is: “…”": a verb form right after a possessive is a noun;
        // who owns it is read by the rule "possessive speech noun", not as a clause's subject.
        if (t > sentenceFrom && !p.Quoted[t - 1]
            && (p.Tokens[t - 1].IsWord && lex.IsPossessive(p.Tokens[t - 1].Fold) && !IsContractedAuxiliary(p.Tokens[t - 1].Fold)
                || p.Tokens[t - 1].Fold is "'" or "’" && t - 2 >= sentenceFrom && p.Tokens[t - 2].IsWord && p.Tokens[t - 2].Fold.EndsWith('s') && p.Tokens[t - 2].End == p.Tokens[t - 1].Start))
        {
            return false;
        }

        // "la demande", "le constat": a verb form right after a determiner is a noun; after
        // "to" or "zu" it is an infinitive ("was to assure", "declined to say").
        // ("Dieser sagte": a demonstrative that opens the sentence alone is a pronoun.)
        return t == sentenceFrom || (!p.Tokens[t - 1].Is(WordClass.Determiners) || p.Tokens[t - 1].Is(WordClass.Auxiliaries)
                || t - 1 == sentenceFrom && !p.Tokens[t].IsUpper && lex.Pronouns.TryGetValue(p.Tokens[t - 1].Fold, out char d) && d == 'd')
            && p.Tokens[t - 1].Fold is not ("to" or "zu");
    }

    // "he's said", "what's called": after a pronoun or a function word "'s" is "has" or "is", no possessive.
    private bool IsContractedAuxiliary(string fold)
    {
        var stem = fold[..^lex.PossessiveEndingLength(fold)];
        return lex.Pronouns.ContainsKey(stem) || lex.Relatives.Contains(stem) || lex.Stops.Contains(stem);
    }

    // "« … », alerte", "« … », a alerté": the verb (after its auxiliary) right after a quote and its comma.
    private bool AfterQuoteComma(ParagraphText p, int t)
    {
        int c = t - 1;
        if (c > 0 && p.Tokens[c].IsWord && p.Tokens[c].Is(WordClass.Auxiliaries))
        {
            c--;
        }

        return !lex.VerbSecond && c > 0 && p.Tokens[c].Fold == "," && !p.Quoted[c] && p.Quoted[c - 1];
    }

    private static bool QuotedBefore(ParagraphText p, int from, int t)
    {
        for (int k = from; k < t; k++)
        {
            if (p.Quoted[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rule "verb-final separable in an as-clause": "Wie das Landesamt am Dienstag bekannt gab,
    /// wird …", "…, wie die Firma bekanntgab.": in a clause opened by an as-incise word (kind
    /// <c>as-incise</c>) the separable verb stands last with its particle before it, written
    /// apart or as one word. Only there: "die Arbeiten, die er ausführte" is no speech.
    /// <paramref name="particle"/> is the particle's token when written apart, else -1.
    /// </summary>
    private bool VerbFinalInAsClause(ParagraphText p, int t, out int particle)
    {
        particle = -1;
        var tokens = p.Tokens;
        var (from, end) = p.Sentences[p.SentenceOf(t)];
        if (p.Quoted[t] || !tokens[t].IsWord)
        {
            return false;
        }

        bool fused = lex.FusedSeparables.Contains(tokens[t].Fold);
        if (!fused)
        {
            if (t - 1 <= from || p.Quoted[t - 1] || !tokens[t - 1].IsWord || !lex.Separables.TryGetValue(tokens[t].Fold, out var particles)
                || !particles.Contains(tokens[t - 1].Fold))
            {
                return false;
            }

            particle = t - 1;
        }

        // The verb ends its clause: a comma, or the sentence's end, follows.
        if (t + 1 < end && (p.Quoted[t + 1] || tokens[t + 1].IsWord || tokens[t + 1].Fold is not ("," or "." or ";")))
        {
            return false;
        }

        // The clause opens with the as-incise word, at the sentence start or after a comma; an
        // apposition set off by commas may stand between ("Wie der Richter, Otto Berg, ausführte").
        const int MaxCommas = 3;
        int commas = 0;
        for (int u = (particle < 0 ? t : particle) - 2; u >= from && commas < MaxCommas; u--)
        {
            if (p.Quoted[u] || u > from && (tokens[u - 1].Fold != "," || p.Quoted[u - 1]))
            {
                continue;
            }

            if (lex.AsIncises.Contains(tokens[u].Fold))
            {
                return true;
            }

            commas++;
        }

        return false;
    }

    /// <summary>
    /// "sicherte der Präsident den Flüchtlingen zu, dass …", "wies alle Vorwürfe als „…“ zurück":
    /// a separable verb reports speech when its particle is the clause's last word (quotes skipped)
    /// or follows it at once ("wies zurück, dass …", "shot back in a reply").
    /// </summary>
    private bool HasParticleAtClauseEnd(ParagraphText p, int t)
    {
        if (!p.Tokens[t].Is(WordClass.Separable))
        {
            return false;
        }

        if (lex.VerbSecond && VerbFinalInAsClause(p, t, out _))
        {
            return true;
        }

        if (!lex.Separables.TryGetValue(p.Tokens[t].Fold, out var particles))
        {
            return false;
        }

        int end = p.Sentences[p.SentenceOf(t)].To;
        // "Moore shot back in a reply: “…”", "“…,” she fired back.": the particle right after the
        // verb, when a quote stands in the sentence, a colon or "that" follows or the clause ends
        // ("The rebels fired back at the soldiers" says nothing). Only a verb-second language puts the particle at the end
        // of a longer clause ("Linux hit AARP status a while back" is no speech).
        if (t + 1 < end && !p.Quoted[t + 1] && particles.Contains(p.Tokens[t + 1].Fold))
        {
            return HasComplementizer(p, t + 2, end) || QuoteFollows(p, t + 2, end) || t + 2 >= end || !p.Tokens[t + 2].IsWord
                || QuoteFollows(p, p.Sentences[p.SentenceOf(t)].From, t);
        }

        if (!lex.VerbSecond)
        {
            return false;
        }

        // The particle ends the verb's clause, or a stretch after an apposition set off by commas
        // ("gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass …"). A dot inside the
        // sentence is an ordinal's or an abbreviation's ("kündigte … für den 8. Januar an").
        string? last = null;
        for (int u = t + 1; u < end; u++)
        {
            var tok = p.Tokens[u];
            if (p.Quoted[u])
            {
                continue;
            }

            if (tok.IsWord)
            {
                last = tok.Fold;
                continue;
            }

            if (tok.Fold is "." && u < end - 1)
            {
                continue;
            }

            if (tok.Fold is "," or ":" or ";" or "." or "!" or "?")
            {
                if (last is not null && particles.Contains(last))
                {
                    return true;
                }

                if (tok.Fold is not ",")
                {
                    return false;
                }

                last = null;
            }
        }

        return last is not null && particles.Contains(last);
    }

    /// <summary>
    /// "a fait savoir que", "a fait valoir que": an infinitive that reports speech only after a
    /// causative verb (kinds <c>causative</c> and <c>caused-verb</c>).
    /// </summary>
    private bool IsCausedVerb(ParagraphText p, int t, int sentenceFrom) =>
        t > sentenceFrom && p.Tokens[t].IsWord && !p.Quoted[t] && !p.Quoted[t - 1]
        && p.Tokens[t].Is(WordClass.CausedVerb) && lex.Causatives.Contains(p.Tokens[t - 1].Fold);

    private bool MatchCue(ParagraphText p, int t, int end, out CueKind kind, out int cueEnd)
    {
        if (!p.Tokens[t].Is(WordClass.CueWords | WordClass.StanceCue) || !lex.CuesByFirstWord.TryGetValue(p.Tokens[t].Fold, out var candidates))
        {
            kind = default;
            cueEnd = t;
            return false;
        }

        foreach (var (k, words) in candidates)
        {
            if (t + words.Length > end)
            {
                continue;
            }

            bool ok = true;
            int at = t;
            for (int w = 0; w < words.Length && ok; w++, at++)
            {
                // "heißt es dazu in der Mitteilung", "hieß es weiter im Bericht": in a verb-second
                // language adverbs of the middle field stand between the verb group and the
                // preposition of the source; so do they after a French incise's verb group, "a-t-on
                // appris samedi de source policière".
                while (w >= 2 && (lex.VerbSecond || k == CueKind.Incise) && at < end - 1 && p.Tokens[at].Fold != words[w] && p.Tokens[at].IsWord && !p.Quoted[at] && p.Tokens[at].Is(WordClass.Adverbs))
                {
                    at++;
                }

                ok = at < end && p.Tokens[at].Fold == words[w] && !p.Quoted[at];
            }

            if (ok)
            {
                kind = k;
                cueEnd = at;
                return true;
            }
        }

        kind = default;
        cueEnd = t;
        return false;
    }

    /// <summary>
    /// Rule "name-relative-no-inversion": "“…,” Moreau, who worked at the mill until it closed,
    /// told the paper": a relative clause closed by the comma before a verb that never comes
    /// before its subject follows the name that speaks; the verb's object is the one spoken to.
    /// </summary>
    private bool NameRelativeClause(ParagraphText p, int from, int vs)
    {
        const int MaxRelativeTokens = 30;
        if (vs - 3 <= from || p.Tokens[vs - 1].Fold != "," || p.Quoted[vs - 1])
        {
            return false;
        }

        for (int c = vs - 2; c > from && vs - c <= MaxRelativeTokens; c--)
        {
            var tok = p.Tokens[c];
            if (p.Quoted[c] || !tok.IsWord && tok.Fold is ":" or ";")
            {
                return false;
            }

            if (!tok.IsWord && tok.Fold == ",")
            {
                // The name follows the quote it speaks ("“…,” Name, who …"; not "X alleges that
                // Name, who …, told her to …", where the verb's object is reported).
                int name = c - 1;
                while (name > from && p.Tokens[name - 1].IsWord && p.Tokens[name - 1].IsUpper && !p.Quoted[name - 1])
                {
                    name--;
                }

                return name < c && lex.Relatives.Contains(p.Tokens[c + 1].Fold) && p.Tokens[c - 1].IsWord && p.Tokens[c - 1].IsUpper && !p.Quoted[c - 1]
                    && name > from && AfterQuote(p, from, name);
            }
        }

        return false;
    }

    /// <summary>True when the sentence opens with a name run closed by a comma before the verb, with no quote in between.</summary>
    private bool OpensWithNameAndComma(ParagraphText p, int from, int verbStart)
    {
        int comma = from;
        while (comma < verbStart && p.Tokens[comma].IsWord && !p.Quoted[comma])
        {
            comma++;
        }

        if (comma == from || comma >= verbStart || p.Tokens[comma].Fold != "," || !_phrases.IsNameRun(p, from, comma))
        {
            return false;
        }

        for (int t = comma; t < verbStart; t++)
        {
            if (p.Quoted[t])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// German field of a name and its apposition before the verb ("Hans Roth, ein Abgeordneter
    /// aus Kiel, sagte …", "Die Sprecherin der Grünen, Anna Hofer, kritisierte …"): the comma
    /// before the verb closes the apposition; the field is the subject, not the content of an
    /// incise ("Die Lage sei ernst, sagte X").
    /// </summary>
    private bool OpensWithApposition(ParagraphText p, int from, int vs)
    {
        if (_phrases.LeadingName(p, from, vs) is not null)
        {
            return true;
        }

        // "Role, Name," with nothing else: the role opens with a determiner.
        if (!p.Tokens[from].IsWord || !p.Tokens[from].Is(WordClass.Determiners))
        {
            return false;
        }

        int comma = from;
        while (comma < vs && !p.Quoted[comma] && (p.Tokens[comma].IsWord || p.Tokens[comma].Fold is not ("," or ":" or ";")))
        {
            comma++;
        }

        int nameEnd = vs - 1;
        // ("Anna Hofer (SPD),": a party after the name.)
        if (nameEnd - 3 > comma && p.Tokens[nameEnd - 1].Fold == ")" && p.Tokens[nameEnd - 3].Fold == "(")
        {
            nameEnd -= 3;
        }

        return comma < nameEnd - 1 && p.Tokens[comma].Fold == "," && nameEnd - comma - 1 <= 4 && _phrases.HasRole(p, from, comma)
            && _phrases.IsNameRun(p, comma + 1, nameEnd) && _phrases.Backward(p, from, vs) is { IsName: true };
    }

    /// <summary>
    /// German field of a prepositional phrase and its relative clause before the verb ("In einem
    /// Bericht, der am Montag erschien, rechtfertigte das Ministerium …"): an adverbial, not the
    /// content of an incise; the subject follows the verb.
    /// </summary>
    private bool FrontedPhraseWithRelative(ParagraphText p, int from, int vs)
    {
        if (!lex.VerbSecond || vs - 2 <= from || p.Tokens[vs - 1].Fold != "," || !p.Tokens[from].IsWord || p.Quoted[from]
            || !lex.Prepositions.Contains(p.Tokens[from].Fold))
        {
            return false;
        }

        int comma = from;
        while (comma < vs - 1 && !p.Quoted[comma] && (p.Tokens[comma].IsWord || p.Tokens[comma].Fold is not ("," or ":" or ";")))
        {
            comma++;
        }

        if (comma >= vs - 2 || p.Tokens[comma].Fold != "," || !lex.Relatives.Contains(p.Tokens[comma + 1].Fold))
        {
            return false;
        }

        for (int t = comma + 1; t < vs - 1; t++)
        {
            if (p.Quoted[t] || !p.Tokens[t].IsWord && p.Tokens[t].Fold is "," or ":" or ";")
            {
                return false;
            }
        }

        return p.Tokens[vs - 2].IsWord && !p.Tokens[vs - 2].IsUpper;
    }

    /// <summary>
    /// Rule "report source": a source preposition before a statement noun, with articles and
    /// adjectives between, is a source cue ("Nach offiziellen Angaben starben …", "nach ersten
    /// Informationen der Polizei", "Der Mann wurde nach Polizeiangaben …"). The source is the
    /// phrase after the noun when one opens there ("der Polizei"), else the first part of a
    /// compound noun ("Polizei"), else the noun phrase itself ("offiziellen Angaben"). A document
    /// is a source after an indefinite article and with its owner, or after an adjective ("Nach
    /// einem Bericht der Zeitung X", "nach einer neuen Studie"; "Nach dem Bericht" may be a time),
    /// named with its owner as documents are ("einem Bericht der Zeitung X"); an inquiry only when
    /// it is the first or latest ("nach ersten Untersuchungen"; "nach eingehenden Untersuchungen" is
    /// a time). "nach eigenen Angaben" in the middle of a clause is its subject's; "nach seinen
    /// Angaben" is left alone.
    /// </summary>
    private Frame? ReportSource(ParagraphText p, int s, int lead, int to)
    {
        const int MaxModifiers = 3;
        int noun = lead + 1;
        bool indefinite = false, adjective = false, early = false, own = false;
        while (noun < to && noun - lead <= MaxModifiers && p.Tokens[noun].IsWord && !p.Quoted[noun] && !p.Tokens[noun].IsUpper
            && (p.Tokens[noun].Is(WordClass.Determiners) || p.Tokens[noun].Class == WordClass.None
                || p.Tokens[noun].Is(WordClass.Adverbs) && noun + 1 < to && p.Tokens[noun + 1].IsWord && !p.Tokens[noun + 1].IsUpper))
        {
            var fold = p.Tokens[noun].Fold;
            if (lex.ReportPossessives.Contains(fold))
            {
                return null;
            }

            own |= lex.ReportSelf.Contains(fold);
            indefinite |= lex.ReportIndefinites.Contains(fold);
            adjective |= !p.Tokens[noun].Is(WordClass.Determiners);
            early |= lex.ReportEarly.Contains(fold);
            noun++;
        }

        if (noun >= to - 1 || !p.Tokens[noun].IsWord || p.Quoted[noun] || !p.Tokens[noun].IsUpper)
        {
            return null;
        }

        var nounFold = p.Tokens[noun].Fold;
        bool report = lex.IsReportNoun(nounFold, out int sourceLength);
        bool document = !report && (indefinite || adjective) && lex.IsDocumentNoun(nounFold);
        // ("nach eingehenden Untersuchungen" is a time: only a first or latest inquiry reports.)
        bool inquiry = !report && early && lex.ReportEvents.Contains(nounFold);
        if (!report && !document && !inquiry)
        {
            return null;
        }

        if (own)
        {
            // "Die Firma hat nach eigenen Angaben neue Kunden gewonnen": the subject's own word.
            var (from, _) = p.Sentences[s];
            if (lead == from && noun + 2 < to && p.Tokens[noun + 1] is { IsWord: true, IsUpper: false } && !p.Quoted[noun + 1]
                && !p.Tokens[noun + 1].Is(WordClass.Determiners) && _phrases.Forward(p, noun + 2, to, out _) is { } inverted && inverted.Pronoun != 'x')
            {
                // Rule "own word first": "Nach eigenen Angaben hat die Firma neue Kunden gewonnen":
                // the source opens the sentence, so the subject follows the finite verb.
                return SourceCue(p, s, lead, noun + 1, CueKind.Source, unknownVerb: false, inverted);
            }

            // ("Die Proben kamen im Mai, im Juli war das Team nach eigener Aussage fertig": the
            // subject of the clause after the last comma first.)
            int lastComma = p.LastComma(from, lead);
            int clauseFrom = lastComma < 0 ? from : lastComma + 1;
            var clauseSubject = clauseFrom > from && clauseFrom < lead ? Subject(p, clauseFrom, lead) ?? InvertedSubject(p, clauseFrom, lead) : null;
            return lead > from && (clauseSubject ?? Subject(p, from, lead)) is { } subject
                ? SourceCue(p, s, lead, noun + 1, CueKind.Source, unknownVerb: false, subject)
                : null;
        }

        // (After a compound that names its source, "nach Zeugenaussagen der Nachbar", an article opens another phrase.)
        int next = noun + 1;
        if (sourceLength == 0 && OwnerWordAt(p, next, to))
        {
            if (report)
            {
                return SourceCue(p, s, lead, next + 1, CueKind.Source, unknownVerb: false);
            }

            // ("des staatlichen Fernsehens": an adjective after the article belongs to the owner.)
            var owner = _phrases.Forward(p, next + 1, to, out int ownerEnd);
            if (owner is null && !p.Tokens[next + 1].IsUpper)
            {
                owner = _phrases.Forward(p, next, to, out ownerEnd);
            }

            return owner is null ? null : SourceCue(p, s, lead, ownerEnd, CueKind.Source, unknownVerb: false, new Speaker { Text = p.Span(lead + 1, ownerEnd) });
        }

        if (document && !adjective)
        {
            // ("nach einer Erklärung, in der …" may be a time: a document with neither owner nor adjective.)
            return null;
        }

        if (report && sourceLength == 0 && GenitiveAdjectiveOwnerEnd(p, next, to) is int ownerEnd2 and > 0)
        {
            // Rule "owner with no article": "Nach Angaben unterrichteter Kreise …", "nach Berichten
            // britischer Zeitungen": a lower-case genitive adjective (kind obl-adjective ending
            // "-er") and its noun own the statement.
            return SourceCue(p, s, lead, ownerEnd2, CueKind.Source, unknownVerb: false, new Speaker { Text = p.Span(next, ownerEnd2) });
        }

        if (report && sourceLength == 0 && next + 1 < to && p.Tokens[next].IsWord && !p.Quoted[next] && p.Tokens[next].IsUpper && p.Tokens[next].Class == WordClass.None
            && p.Tokens[next].Fold.Length > 3 && p.Tokens[next].Fold.EndsWith('s') && !p.Tokens[next].Fold.EndsWith("ss", StringComparison.Ordinal)
            && !(p.Tokens[next + 1].IsWord && p.Tokens[next + 1].IsUpper))
        {
            // Rule "genitive name after a statement noun": "Nach Angaben Yusufs wurden …": a
            // capitalised genitive with no article after the noun is a name's (common nouns take
            // an article, "Angaben des Priesters"); the name without its "s" speaks.
            var name = p.Tokens[next];
            return SourceCue(p, s, lead, next + 1, CueKind.Source, unknownVerb: false, new Speaker { Text = p.Text[name.Start..(name.End - 1)], IsName = true });
        }

        if (sourceLength == 0 && noun == lead + 1)
        {
            // ("nach Angaben Yusufs": a bare noun names no source of its own.)
            return null;
        }

        var word = p.Tokens[noun];
        string text = sourceLength > 0
            ? p.Text.Substring(word.Start, word.End - word.Start - (word.Fold.Length - sourceLength))
            : p.Span(lead + 1, noun + 1);
        return SourceCue(p, s, lead, noun + 1, CueKind.Source, unknownVerb: false, new Speaker { Text = text });
    }

    /// <summary>
    /// Rule "anaphoric source": "Die Kommission legte ihren Bericht vor. Demnach hat die Stadt
    /// zu wenig gespart.": a pointer adverb (kind <c>anaphoric-source</c>) early in a sentence
    /// with no frame of its own reports what the previous sentence's speaker made known.
    /// </summary>
    private Frame? AnaphoricSource(ParagraphText p, int s, List<Frame> frames)
    {
        // ("Der Kandidat wird sich demnach …": the adverb may stand in the middle field.)
        const int MaxPosition = 8;
        if (lex.AnaphoricSources.Count == 0)
        {
            return null;
        }

        var (from, to) = p.Sentences[s];
        int cue = -1;
        for (int t = from; t < to && t < from + MaxPosition; t++)
        {
            if (!p.Quoted[t] && p.Tokens[t].IsWord && lex.AnaphoricSources.Contains(p.Tokens[t].Fold))
            {
                cue = t;
                break;
            }
        }

        var previous = cue < 0 ? null : LastResolvedIn(frames, s - 1);
        if (previous is null || cue + 1 >= to)
        {
            return null;
        }

        bool opens = cue == from;
        return new Frame
        {
            Paragraph = p.Index, Sentence = s, Kind = opens ? FrameKind.SourceBefore : FrameKind.SourceAfter, Speaker = previous.Resolved!, Resolved = previous.Resolved,
            Cue = p.Span(cue, cue + 1), CueStart = p.Tokens[cue].Start, ContentStart = p.Tokens[opens ? cue + 1 : from].Start, ContentEnd = ContentEnd(p, from, to),
        };
    }

    /// <summary>
    /// The comma or dash that ends an incise's tail after its speaker phrase ("in einem Blogeintrag",
    /// "weiter"): up to eight unquoted words, none a verb; -1 when no such mark follows.
    /// </summary>
    private static int InciseTailEnd(ParagraphText p, int from, int to)
    {
        const int MaxTailWords = 8;
        int t = from;
        while (t < to && t - from < MaxTailWords && p.Tokens[t].IsWord && !p.Quoted[t] && !p.Tokens[t].Is(WordClass.Verbs))
        {
            t++;
        }

        return t > from && t < to && IsCommaOrDash(p.Tokens[t].Fold) ? t : -1;
    }

    /// <summary>
    /// The token after an owner with no article that opens at <paramref name="from"/>: one to three
    /// lower-case words no lexicon knows, each with a genitive plural ending (kind
    /// <c>genitive-plural-ending</c>), then a capitalised noun ("unterrichteter Kreise"); else -1.
    /// </summary>
    private int GenitiveAdjectiveOwnerEnd(ParagraphText p, int from, int to)
    {
        const int MaxAdjectives = 3, MinLength = 5;
        int t = from;
        while (t < to && t - from < MaxAdjectives && p.Tokens[t] is { IsWord: true, IsUpper: false } tok && !p.Quoted[t] && tok.Class == WordClass.None
            && tok.Fold.Length >= MinLength && lex.GenitivePluralEndings.Any(e => tok.Fold.EndsWith(e, StringComparison.Ordinal)))
        {
            t++;
        }

        return t > from && t + 1 < to && p.Tokens[t] is { IsWord: true, IsUpper: true } && !p.Quoted[t] && !p.Tokens[t].Is(WordClass.Verbs) ? t + 1 : -1;
    }

    // The subject after the first auxiliary of a clause in [from, to) ("im Jahr 2004 war die
    // Gruppe" gives "die Gruppe"), or null.
    private Speaker? InvertedSubject(ParagraphText p, int from, int to)
    {
        for (int t = from; t + 1 < to; t++)
        {
            if (p.Quoted[t] || !p.Tokens[t].IsWord)
            {
                return null;
            }

            if (!p.Tokens[t].IsUpper && p.Tokens[t].Is(WordClass.Auxiliaries))
            {
                return _phrases.Forward(p, t + 1, to, out _) is { } subject && subject.Pronoun != 'x' ? subject : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The "(" of a short parenthesis (one to three tokens, no quote) after one to eight unquoted
    /// words from <paramref name="from"/>, with a word after its ")": "des Wetterdienstes (DWD)
    /// fällt"; else -1.
    /// </summary>
    private static int AbbreviationAfter(ParagraphText p, int from, int to)
    {
        const int MaxSourceWords = 8, MaxInside = 3;
        int t = from;
        while (t < to && t - from <= MaxSourceWords && p.Tokens[t].IsWord && !p.Quoted[t])
        {
            t++;
        }

        if (t == from || t >= to || p.Quoted[t] || p.Tokens[t].Fold != "(")
        {
            return -1;
        }

        int close = ClosingBracket(p, t, to);
        return close > t + 1 && close - t - 1 <= MaxInside && close + 1 < to && p.Tokens[close + 1].IsWord && !p.Quoted[close + 1] ? t : -1;
    }

    // The ")" that closes the "(" at open, with no quote or other bracket between; -1 if none.
    private static int ClosingBracket(ParagraphText p, int open, int to)
    {
        for (int t = open + 1; t < to; t++)
        {
            if (p.Quoted[t] || p.Tokens[t].Fold == "(")
            {
                return -1;
            }

            if (p.Tokens[t].Fold == ")")
            {
                return t;
            }
        }

        return -1;
    }

    // A word that opens a statement's owner after the statement noun ("Angaben der Polizei"; kind
    // report-of), with a word after it.
    private bool OwnerWordAt(ParagraphText p, int t, int to) =>
        t < to - 1 && p.Tokens[t].IsWord && !p.Quoted[t] && lex.ReportOwners.Contains(p.Tokens[t].Fold);

    // A comma, or a dash that sets off an aside as commas do ("– so X –").
    private static bool IsCommaOrDash(string fold) => fold is "," or "–" or "—" or "-";

    /// <summary>
    /// Where every noun is capitalised: the capitalised word after one to three lower-case words
    /// no lexicon knows with an adjective's ending (kind <c>adjective-ending</c>: "nationalem
    /// statistischen"; not "ai") from <paramref name="from"/>; -1 when there is none.
    /// </summary>
    private int AfterAdjectives(ParagraphText p, int from, int to)
    {
        const int MaxAdjectives = 3;
        int t = from;
        while (t < to && t - from < MaxAdjectives && p.Tokens[t].IsWord && !p.Quoted[t] && !p.Tokens[t].IsUpper && p.Tokens[t].Class == WordClass.None
            && lex.AdjectiveEndings.Any(e => p.Tokens[t].Fold.EndsWith(e, StringComparison.Ordinal)))
        {
            t++;
        }

        return t > from && t < to && p.Tokens[t].IsWord && p.Tokens[t].IsUpper && !p.Quoted[t] ? t : -1;
    }

    /// <summary>
    /// Rule "compound source": a source that is one compound statement noun is the compound's first
    /// part ("Laut Polizeiangaben" → "Polizei", "Medienberichten zufolge" → "Medien").
    /// </summary>
    private Speaker CompoundSource(Speaker speaker)
    {
        // (A name reader may take the capitalised word for a name: a statement noun is none.)
        if (speaker.Pronoun != '\0' || speaker.Role is not null || speaker.Text.Contains(' '))
        {
            return speaker;
        }

        var fold = TextFold.Fold(speaker.Text);
        return lex.IsReportNoun(fold, out int sourceLength) && sourceLength > 0
            ? speaker with { Text = speaker.Text[..(speaker.Text.Length - (fold.Length - sourceLength))], IsName = false, Gender = default }
            : speaker;
    }

    /// <summary>
    /// Rule "stance of a body before a quote": "Pour le syndicat, « c'est une fermeture annoncée »",
    /// "Pour la CGT, « … »": a body that speaks (kind <c>stance-body</c>: "syndicat", "mairie"; an
    /// initialism; an organisation's head noun) holds the stance when a quote opens right after the
    /// comma. Without the quote "Pour la mairie, le coût est trop lourd" stays unattributed, and
    /// "Pour la première fois, « … »" names no body.
    /// </summary>
    private bool StanceBodyBeforeQuote(ParagraphText p, int from, int phraseEnd, int to)
    {
        if (phraseEnd + 1 >= to || p.Tokens[phraseEnd].Fold != "," || !p.Quoted[phraseEnd + 1] || p.Quoted[phraseEnd - 1])
        {
            return false;
        }

        int h = from;
        while (h < phraseEnd && p.Tokens[h].IsWord && p.Tokens[h].Is(WordClass.Determiners) && !p.Tokens[h].IsUpper)
        {
            h++;
        }

        return h < phraseEnd && p.Tokens[h].IsWord && (lex.StanceBodies.Contains(p.Tokens[h].Fold)
            || p.Tokens[h].IsUpper && (lex.OrganisationHeads.Contains(p.Tokens[h].Fold) || p.Tokens[h].Fold.Length >= 2 && p.IsAllCaps(h)));
    }

    // "on", the impersonal subject (the pronoun of the clitic kind clitic.x).
    private bool IsImpersonalOn(string text)
    {
        string fold = TextFold.Fold(text);
        foreach (var (suffix, kind) in lex.CliticSuffixes)
        {
            if (kind == 'x' && suffix.TrimStart('-', 't').TrimStart('-') == fold)
            {
                return true;
            }
        }

        return false;
    }

    // ", cité par le journal, affirme …": a comma closes the relay's phrase soon after it and the
    // sentence goes on with a lower-case word (the verb).
    private static bool IsAsideBeforeVerb(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to && t < from + 8; t++)
        {
            if (p.Quoted[t])
            {
                return false;
            }

            if (p.Tokens[t].Fold == ",")
            {
                return t + 1 < to && p.Tokens[t + 1].IsWord && !p.Tokens[t + 1].IsUpper && !p.Quoted[t + 1];
            }
        }

        return false;
    }

    /// <summary>
    /// Rules "selon X, …", "…, selon X", "X zufolge", "…, so X". <paramref name="given"/> is the
    /// source when the caller has read it already; it then ends at <paramref name="cueEnd"/>.
    /// </summary>
    private Frame? SourceCue(ParagraphText p, int s, int cue, int cueEnd, CueKind kind, bool unknownVerb, Speaker? given = null)
    {
        var (from, to) = p.Sentences[s];
        int contentEnd = ContentEnd(p, from, to);
        var prev = cue > from ? p.Tokens[cue - 1] : default;
        bool atClauseStart = cue == from || !prev.IsWord && (prev.Fold is ":" or ";" or "(" || IsCommaOrDash(prev.Fold)) || p.Quoted[cue - 1];
        string cueText = p.Span(cue, cueEnd);
        // Rule "relayed source": "Un haut responsable, cité par le Washington Post, affirme que …",
        // "selon un diplomate cité par Le Figaro": the medium after a relaying cue (kind relay-cue)
        // only passes the words on; with a noun phrase right before the cue, or an aside between
        // commas after the subject, that phrase speaks, so the cue makes no frame of its own.
        // ("La production reprendra lundi, cité par l'agence Reuters." keeps the medium's frame.)
        if (kind == CueKind.Source && cue > from && lex.RelayCues.Contains(p.Tokens[cue].Fold) && !p.Quoted[cue - 1]
            && (prev.IsWord && !prev.Is(WordClass.Stops) || prev.Fold == "," && cue - 1 > from && p.Tokens[cue - 2].IsWord && !p.Quoted[cue - 2] && IsAsideBeforeVerb(p, cueEnd, to)))
        {
            return null;
        }

        if (kind == CueKind.After)
        {
            // "Dem Bericht zufolge …": the speaker is the noun phrase right before a one-word cue
            // ("Der Grund waren dem Bericht zufolge …" is the report's, not the subject's).
            // "Im letzten Satz des Urteils, das … zugestellt wurde, heißt es: …": a relative clause
            // closes the fronted field; the source is the field before it, not the clause's subject.
            int relativeComma = FrontedPhraseWithRelative(p, from, cue) ? p.FirstComma(from, cue) : -1;
            var sp = relativeComma > from + 1 ? FrontedField(p, from, relativeComma) : null;
            sp ??= (cueEnd - cue == 1 ? _phrases.NounPhraseBefore(p, from, cue) : null) ?? _phrases.Backward(p, from, cue, subject: false);
            if (sp is null && cue > from + 1 && p.Tokens[from].IsWord && p.Tokens[from].Is(WordClass.Stops) && !p.Tokens[from].Is(WordClass.Determiners))
            {
                // "In dem Schreiben heißt es: …": the source is the field after its preposition.
                sp = FrontedField(p, from, cue);
            }

            if (sp is null)
            {
                return null;
            }

            sp = CompoundSource(sp);
            bool contentAfter = cueEnd < to && p.Tokens[cueEnd].Start < contentEnd;
            // "Am Samstag starben Angaben der Behörde zufolge drei Menschen": in a verb-second
            // language a source in the middle field attributes its whole clause.
            // ("In der Mitteilung heißt es, …": a fronted field before a verb cue is no middle field.)
            int phraseStart = p.Text.LastIndexOf(sp.Text, p.Tokens[cue].Start, StringComparison.Ordinal);
            int phraseToken = phraseStart < 0 ? from : p.TokenAt(phraseStart);
            if (phraseToken < cue && p.Tokens[phraseToken].IsWord && lex.ReportSelf.Contains(p.Tokens[phraseToken].Fold))
            {
                // "Der Minister hat eigenen Angaben zufolge …": the clause's subject is the source.
                if (phraseToken <= from || Subject(p, from, phraseToken) is not { } subject)
                {
                    return null;
                }

                sp = subject;
            }

            bool middleField = contentAfter && lex.VerbSecond && cueEnd - cue == 1 && phraseToken > from && relativeComma < 0
                && p.Tokens[phraseToken - 1] is { IsWord: true };
            return new Frame
            {
                Paragraph = p.Index, Sentence = s, Kind = contentAfter && !middleField ? FrameKind.SourceBefore : FrameKind.SourceAfter, Speaker = sp, Cue = cueText, CueStart = p.Tokens[cue].Start,
                ContentStart = contentAfter && !middleField ? p.Tokens[cueEnd].Start : p.Tokens[from].Start,
                ContentEnd = contentAfter ? contentEnd : p.Tokens[cue].Start,
            };
        }

        // (A stance opens a sentence, or a clause after a colon: "Retraites : pour Sophie Binet, « … »".)
        // "So heißt es in dem Brief: „…“", "Weiter hieß es im Bericht, …": in a verb-second
        // language one adverb may take the first field before an incise cue that opens with the
        // finite verb; the source then follows the cue and the content follows the source.
        bool frontedVerb = lex.VerbSecond && kind == CueKind.Incise && cue == from + 1 && prev.IsWord && !p.Quoted[from]
            && prev.Is(WordClass.Adverbs) && p.Tokens[cue].Is(WordClass.Verbs);
        if (kind is CueKind.Incise or CueKind.Opener && !atClauseStart && !frontedVerb || kind == CueKind.Stance && cue != from && !(cue > from && p.Tokens[cue - 1].Fold == ":" && !p.Quoted[cue - 1]))
        {
            return null;
        }

        if (given is null && kind == CueKind.Source && !lex.VerbSecond && cue > from && prev.Fold == "," && !p.Quoted[cue - 1] && InciseBefore(p, from, cue - 1))
        {
            return null;
        }

        if (given is null && kind == CueKind.Source && cueEnd + 2 < to && p.Tokens[cueEnd].IsWord && !p.Quoted[cueEnd]
            && lex.IsReportNoun(p.Tokens[cueEnd].Fold, out int partLength) && partLength == 0 && OwnerWordAt(p, cueEnd + 1, to))
        {
            // "laut Angaben des Senders", "laut Informationen von X": the statement's owner is the
            // source, as after "nach Angaben des".
            cueEnd += 2;
        }

        // Rule "abbreviation after the source": "Nach Angaben des Deutschen Wetterdienstes (DWD)
        // fällt …": a short parenthesis right after the source's words closes the source; the
        // content follows it (the phrase reader would take the bracket and the verb as a role).
        int sourceTo = to, afterBracket = -1;
        if (given is null && kind == CueKind.Source && lex.VerbSecond && AbbreviationAfter(p, cueEnd, to) is int bracket and > 0)
        {
            sourceTo = bracket;
            afterBracket = ClosingBracket(p, bracket, to) + 1;
        }

        int phraseEnd = cueEnd;
        var speaker = given ?? _phrases.Forward(p, cueEnd, sourceTo, out phraseEnd);
        if (speaker is not null && afterBracket > 0 && phraseEnd == sourceTo)
        {
            phraseEnd = afterBracket;
        }
        if (speaker is null && cueEnd < to && p.Tokens[cueEnd - 1].Is(WordClass.Determiners) && p.Tokens[cueEnd].IsWord && !p.Tokens[cueEnd].IsUpper && !p.Quoted[cueEnd])
        {
            // "nach Angaben des künstlerischen Leiters": an adjective after the cue's article
            // belongs to the phrase, which then starts at the article.
            speaker = _phrases.Forward(p, cueEnd - 1, to, out phraseEnd);
        }

        if (speaker is null && lex.CapitalisedNouns && !p.Tokens[cueEnd - 1].Is(WordClass.Determiners) && AfterAdjectives(p, cueEnd, to) is int noun and > 0
            && _phrases.Forward(p, noun, to, out int nounEnd) is { Pronoun: '\0' })
        {
            // "Laut nationalem statistischen Amt", "laut vorläufigem Ergebnis": a source with
            // no article opens with its adjectives.
            phraseEnd = nounEnd;
            speaker = new Speaker { Text = p.Span(cueEnd, nounEnd) };
        }

        if (speaker is null && kind == CueKind.Source && lex.VerbSecond && (LowerCaseMediumEnd(p, cueEnd, to) is int lowerEnd and > 0 || LowerCaseHyphenated(p, cueEnd, to, out lowerEnd)))
        {
            // Rule "lower-case source": "Laut nordkurier.de blieben …", "sei laut al-Hakim …": a name
            // written in lower case with a dot or hyphen inside is the source (German nouns and
            // names are otherwise capitalised, so the phrase reader reads none there).
            speaker = new Speaker { Text = p.Span(cueEnd, lowerEnd) };
            phraseEnd = lowerEnd;
        }

        if (speaker is null && kind != CueKind.Stance && AfterQuotedTitle(p, cueEnd, to) is int titleEnd and >= 0 && titleEnd - cueEnd <= MaxQuotedSourceTokens
            && (FirstNameWordIsUpper(p, cueEnd, titleEnd) || lex.VerbSecond && QuotedDomain(p, cueEnd, titleEnd)))
        {
            // "Laut „Reuters“ …", "…, so die „Abendpost“": a publication named in quote marks.
            speaker = new Speaker { Text = WithoutMarks(p.Span(cueEnd, titleEnd)) };
            phraseEnd = titleEnd;
        }

        if (speaker is { IsName: false, IsRole: false, Pronoun: '\0', Role: null } && phraseEnd < to && p.Quoted[phraseEnd]
            && AfterQuotedTitle(p, phraseEnd, to) is int named and >= 0 && named - phraseEnd <= MaxQuotedSourceTokens && FirstNameWordIsUpper(p, phraseEnd, named))
        {
            // "Selon le quotidien « Le Parisien », …": the medium is named in quote marks after
            // what it is, which becomes its role.
            speaker = new Speaker { Text = WithoutMarks(p.Span(phraseEnd, named)), Role = speaker.Text };
            phraseEnd = named;
        }

        if (speaker is null || unknownVerb && !speaker.IsPerson && HasTitleNoun(p, cueEnd, phraseEnd))
        {
            // "„Gewalt gegen Kinder“, so lautet der Titel einer Studie": a title, not speech.
            return null;
        }

        speaker = CompoundSource(speaker);
        if (given is null && lex.ReportSelf.Count > 0 && speaker.Pronoun == '\0' && speaker.Text.Split(' ').Any(w => lex.ReportSelf.Contains(TextFold.Fold(w))))
        {
            // "– so der eigene Wunsch –", "laut eigenen Angaben": one's own word names no one new.
            return null;
        }

        if (kind == CueKind.Stance && (!speaker.IsPerson && !StanceBodyBeforeQuote(p, cueEnd, phraseEnd, to) || phraseEnd >= to || p.Tokens[phraseEnd].Fold != ","))
        {
            // "Pour la CGT, …" and "Pour repérer ces personnes, …": only a person, then a comma.
            return null;
        }

        bool phraseEndsSentence = phraseEnd >= to || p.Tokens[phraseEnd].Start >= contentEnd;
        if (frontedVerb && phraseEndsSentence)
        {
            return null;
        }

        // Rule "source phrase cut mid-sentence": "…, according to a source familiar with the paper and
        // the wider trade." ends its phrase at a word, not at a comma: the words after it are no
        // content of their own, so the content is what comes before the cue.
        bool cutPhrase = kind == CueKind.Source && !lex.VerbSecond && cue != from && !phraseEndsSentence
            && p.Tokens[phraseEnd].IsWord && !p.Quoted[phraseEnd];
        if (kind == CueKind.Incise && !frontedVerb || !atClauseStart && !frontedVerb || cue != from && (phraseEndsSentence || cutPhrase))
        {
            if (cue == from)
            {
                return null;
            }

            // "…, selon X." / "„…“, so X.": the content is what comes before; "…, so X, …" in
            // the middle of a sentence attributes all of it, and so does a German source in the
            // middle field of its clause ("Der Fall wird nach Angaben der Polizei „…“ geprüft").
            // ("…, so X in einem Blog, …", "…, so X weiter, …", "… – so X –, …": an incise's tail
            // of adverbs and prepositional phrases, or a dash, ends it inside the sentence.)
            bool midSentence = phraseEnd < to && p.Tokens[phraseEnd].Start < contentEnd
                && (IsCommaOrDash(p.Tokens[phraseEnd].Fold) || lex.VerbSecond && kind != CueKind.Incise && prev.IsWord && !p.Quoted[cue - 1]
                    || kind == CueKind.Incise && InciseTailEnd(p, phraseEnd, to) >= 0);
            return new Frame
            {
                Paragraph = p.Index, Sentence = s, Kind = kind == CueKind.Incise ? FrameKind.Incise : FrameKind.SourceAfter, Speaker = speaker, Cue = cueText,
                CueStart = p.Tokens[cue].Start, ContentStart = p.Tokens[from].Start, ContentEnd = midSentence ? contentEnd : prev.IsWord ? prev.End : prev.Start,
                Delimiter = cue - 1,
            };
        }

        // "Selon X, …": the content follows the comma after the speaker (and its apposition).
        int c = phraseEnd;
        if (c < to && p.Tokens[c].Fold != "," && !speaker.IsName && speaker.Pronoun == '\0' && PrepositionalTailEnd(p, c, to) is int tailEnd and > 0)
        {
            // "According to a report by Reuters, the deal …": the source's prepositional tail
            // ends at the comma, and belongs to the source.
            speaker = speaker with { Text = p.Span(cueEnd, tailEnd) };
            c = tailEnd;
        }

        if (c < to && p.Tokens[c].Fold == ",")
        {
            c++;
        }

        if (c >= to || p.Tokens[c].Start >= contentEnd)
        {
            return null;
        }

        return new Frame
        {
            Paragraph = p.Index, Sentence = s, Kind = FrameKind.SourceBefore, Speaker = speaker, Cue = cueText, CueStart = p.Tokens[cue].Start,
            ContentStart = p.Tokens[c].Start, ContentEnd = contentEnd,
        };
    }

    /// <summary>
    /// Rule "according to after an incise": "“…,” Ann Roe said, according to the Gazette." and "…, the
    /// minister told reporters, according to a transcript": the source after a speaker's own incise
    /// is where the words were reported, not who said them, so it makes no frame (it took the quote
    /// and the next one from Ann Roe). The incise is a short unquoted run, a subject and a reporting
    /// verb, between a comma or a quote mark and the source's comma.
    /// </summary>
    private bool InciseBefore(ParagraphText p, int from, int comma)
    {
        const int MaxInciseTokens = 8;
        int start = comma;
        // (An abbreviation's dot stays in the run: "Mr. Roe said", "U.S. officials said".)
        while (start > from && comma - start < MaxInciseTokens && !p.Quoted[start - 1]
            && (p.Tokens[start - 1].IsWord || p.Tokens[start - 1].Fold == "." && start - 2 >= from && p.Tokens[start - 2].IsWord && p.Tokens[start - 2].IsUpper && p.Tokens[start - 2].Fold.Length <= 3))
        {
            start--;
        }

        if (start == comma || comma - start >= MaxInciseTokens || start > from && p.Tokens[start - 1].Fold is not ("," or ":") && !p.Quoted[start - 1])
        {
            return false;
        }

        // The verb has its subject before it and at most a short adverbial after it ("the
        // ministry wrote last week"); a run that opens with the verb is a predicate ("…, based in
        // Naples, wrote the first draft of the bill, according to …").
        const int MaxWordsAfterVerb = 3;
        for (int t = start + 1; t < comma; t++)
        {
            if (p.Tokens[t].Is(WordClass.Verbs) && !p.Tokens[t].IsUpper && comma - t - 1 <= MaxWordsAfterVerb)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The comma that ends a short prepositional tail starting at <paramref name="from"/> ("by
    /// Reuters", "from the health ministry"): a preposition, then up to six unquoted words with no
    /// verb; -1 when there is none.
    /// </summary>
    private int PrepositionalTailEnd(ParagraphText p, int from, int to)
    {
        const int MaxTailWords = 6;
        if (from >= to || !p.Tokens[from].IsWord || p.Quoted[from] || !lex.SourceTails.Contains(p.Tokens[from].Fold))
        {
            return -1;
        }

        for (int t = from + 1; t < to && t <= from + MaxTailWords && !p.Quoted[t]; t++)
        {
            var tok = p.Tokens[t];
            if (!tok.IsWord)
            {
                return tok.Fold == "," && t > from + 1 ? t : -1;
            }

            if (!tok.IsUpper && (tok.Is(WordClass.Verbs) || tok.Is(WordClass.Auxiliaries) || tok.Is(WordClass.Complementizers)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The source named in a field fronted by a preposition, up to token <paramref name="end"/>:
    /// "In dem Schreiben", "Im letzten Bericht der Kommission" (an adjective after a preposition
    /// that holds its article belongs to the phrase).
    /// </summary>
    private Speaker? FrontedField(ParagraphText p, int from, int end)
    {
        var field = _phrases.Forward(p, from + 1, end, out int fieldEnd);
        var first = p.Tokens[from + 1];
        if (field is null && from + 2 < end && lex.Prepositions.Contains(p.Tokens[from].Fold) && first.IsWord && !first.IsUpper && !p.Quoted[from + 1] && !first.Is(WordClass.Stops) && !first.Is(WordClass.Verbs)
            && !first.Is(WordClass.Auxiliaries) && !first.Is(WordClass.Adverbs) && _phrases.Forward(p, from + 2, end, out int phraseEnd) is { Pronoun: '\0' })
        {
            field = new Speaker { Text = p.Span(from + 1, phraseEnd) };
            fieldEnd = phraseEnd;
        }

        // "In einer Erklärung der Minister vom Montag": a date ends the phrase, and the
        // preposition left before it belongs to the date.
        if (field is not null && fieldEnd - 1 > from + 1 && p.Tokens[fieldEnd - 1].IsWord && lex.Prepositions.Contains(p.Tokens[fieldEnd - 1].Fold))
        {
            field = FrontedField(p, from, fieldEnd - 1);
        }

        return field;
    }

    /// <summary>
    /// Rule "document verb": "The filing reads: “…”", "Die Studie zeigt, dass …": a verb that
    /// reports speech only when a document is its subject (kind <c>verb</c> of
    /// <c>quote-documents</c>) is read like a reporting verb, and kept only with such a subject.
    /// </summary>
    private Frame? DocumentVerbFrame(ParagraphText p, int s, int verb, MentionHistory history)
    {
        if (p.Tokens[verb].Is(WordClass.Verbs) || p.Tokens[verb].IsUpper && !p.StartsSentence(verb)
            || verb > p.Sentences[s].From && p.Tokens[verb - 1].Is(WordClass.Determiners) && !p.Tokens[verb - 1].Is(WordClass.Auxiliaries))
        {
            return null;
        }

        // ("Der Bericht zeigt die Arbeit der Forscher" shows a thing: only a clause, a colon or a
        // quote right after the verb, or an incise after a quote, is what the document says.)
        int near = Math.Min(p.Sentences[s].To, verb + 4);
        return VerbFrame(p, s, verb, history) is { } frame && lex.IsDocument(frame.Speaker)
            && (frame.Kind == FrameKind.Incise || HasComplementizer(p, verb + 1, near) || QuoteFollows(p, verb + 1, near)) ? frame : null;
    }

    /// <summary>
    /// Rule "as-clause" (verb-second languages): "Wie Norman Pahl dazu feststellt, verlangt „…“":
    /// a sentence that opens with an as-clause whose verb ends it before a comma reports the main
    /// clause as the clause's subject's words, unless the main clause has a reporting verb of its
    /// own ("Wie die Zeitung berichtete, soll Berger gesagt haben: „…“" is Berger's).
    /// </summary>
    private Frame? AsClause(ParagraphText p, int s, int vs, int verb)
    {
        var (from, to) = p.Sentences[s];
        var tokens = p.Tokens;
        if (vs - from < 2 || verb + 2 >= to || p.Quoted[from] || !lex.AsIncises.Contains(tokens[from].Fold) || tokens[verb + 1].Fold != "," || p.Quoted[verb + 1])
        {
            return null;
        }

        // Rule "quoted name in an as-clause": "Wie die Zeitung „Der Bote“ heute berichtete, …",
        // "Wie „radio nord“ berichtet, …": one short stretch in quote marks inside the subject
        // names a publication or a group; any other quote there is the clause's object.
        int titleEnd = -1;
        if (QuoteFollows(p, from, vs))
        {
            titleEnd = QuotedNameEnd(p, from + 1, vs);
            if (titleEnd < 0)
            {
                return null;
            }
        }

        // The as-clause's verb is its first: "Wie AFP berichtet, habe sich X geäußert, …" is no
        // as-clause of "geäußert".
        for (int t = from + 1; t < vs; t++)
        {
            if (!p.Quoted[t] && tokens[t].IsWord && tokens[t].Is(WordClass.Verbs))
            {
                return null;
            }
        }

        // (The main clause's finite verb may report the quote that follows it at once: "verlangt „…“".)
        for (int t = verb + 2; t < to; t++)
        {
            if (!p.Quoted[t] && tokens[t].IsWord && tokens[t].Is(WordClass.Verbs) && !(t == verb + 2 && t + 1 < to && p.Quoted[t + 1]))
            {
                return null;
            }
        }

        // ("Wie schon die Behörde sagte": adverbs stand before the subject.)
        int subjectFrom = from + 1;
        while (subjectFrom < vs - 1 && tokens[subjectFrom].IsWord && !tokens[subjectFrom].IsUpper && tokens[subjectFrom].Is(WordClass.Adverbs))
        {
            subjectFrom++;
        }

        // ("Wie eine Mitarbeiterin des Büros, Anna Roth, mitteilte": the name after the role.)
        var speaker = titleEnd >= 0 ? new Speaker { Text = WithoutMarks(p.Span(subjectFrom, titleEnd)) } : _phrases.Forward(p, subjectFrom, vs, out _);
        if (titleEnd < 0 && speaker is not { IsName: true } && _phrases.Backward(p, subjectFrom, vs) is { IsName: true } named)
        {
            speaker = named;
        }

        if (speaker is null || speaker.Pronoun == 'x' || lex.SaysNothing(speaker))
        {
            return null;
        }

        return new Frame
        {
            Paragraph = p.Index, Sentence = s, Kind = FrameKind.Clause, Speaker = speaker, Cue = p.Span(vs, verb + 1), CueStart = tokens[vs].Start,
            ContentStart = tokens[verb + 2].Start, ContentEnd = ContentEnd(p, from, to),
        };
    }

    /// <summary>
    /// The token after the one closed quote-marked name in [from, to) ("die Zeitung „Der Bote“
    /// heute"): at most four words inside the marks, nothing quoted
    /// after it, and only a few words that are no verb between it and <paramref name="to"/>; else -1.
    /// </summary>
    private int QuotedNameEnd(ParagraphText p, int from, int to)
    {
        const int MaxWordsAfter = 3, MaxNameWords = 4;
        int open = from;
        while (open < to && !p.Quoted[open])
        {
            open++;
        }

        int close = open;
        while (close < to && p.Quoted[close])
        {
            close++;
        }

        // (The marks are quoted tokens too.)
        int end = close;
        if (open >= to || close - open > MaxNameWords + 2 || to - end > MaxWordsAfter)
        {
            return -1;
        }

        for (int t = end; t < to; t++)
        {
            if (p.Quoted[t] || !p.Tokens[t].IsWord || p.Tokens[t].Is(WordClass.Verbs))
            {
                return -1;
            }
        }

        return end;
    }

    /// <summary>
    /// Rule "relative clause speaks" (verb-second languages): "…, der Trainer Lars Berg, der in
    /// einer Erklärung betonte, er wolle um den Titel spielen": a relative clause that ends with a listed
    /// reporting verb and a comma reports what follows for its antecedent, a person before the
    /// comma. (After the relative word a capitalised noun makes it an article: "…, der Minister
    /// sagte, …" is a clause of its own.)
    /// </summary>
    private Frame? RelativeClauseSpeaker(ParagraphText p, int s, int vs, int verb)
    {
        const int MaxClauseWords = 10;
        var (from, to) = p.Sentences[s];
        var tokens = p.Tokens;
        if (verb + 2 >= to || p.Quoted[verb + 1] || tokens[verb + 1].Fold != "," || !tokens[verb].Is(WordClass.Verbs))
        {
            return null;
        }

        int rel = vs - 1;
        while (rel > from && vs - rel <= MaxClauseWords && tokens[rel].IsWord && !p.Quoted[rel] && !(tokens[rel - 1].Fold == "," && !p.Quoted[rel - 1]))
        {
            rel--;
        }

        int comma = rel - 1;
        if (comma <= from || tokens[comma].Fold != "," || p.Quoted[comma] || !tokens[rel].IsWord || p.Quoted[rel] || tokens[rel].IsUpper
            || !lex.Relatives.Contains(tokens[rel].Fold) || rel + 1 < vs && tokens[rel + 1].IsUpper)
        {
            return null;
        }

        // (The capitalised run right before the comma first: "wird Trainer Lars Berg, der …".)
        int run = comma;
        while (run - 1 > from && tokens[run - 1].IsWord && tokens[run - 1].IsUpper && !p.Quoted[run - 1])
        {
            run--;
        }

        var antecedent = run < comma && _phrases.Forward(p, run, comma, out int runEnd) is { Pronoun: '\0', IsPerson: true } named && runEnd == comma
            ? named
            : _phrases.Backward(p, from, comma, subject: false);
        // (A person for sure: a role, or a name of two words; "Ein weiterer Punkt, der … sprach" is none.)
        if (antecedent is not { Pronoun: '\0', IsPerson: true } || lex.SaysNothing(antecedent) || ContentStart(p, verb + 2, to, out _) < 0
            || !antecedent.IsRole && antecedent.Role is null && !(antecedent.IsName && antecedent.Text.Contains(' ') && !lex.Determiners.Contains(TextFold.Fold(antecedent.Text.Split(' ')[0]))))
        {
            return null;
        }

        return new Frame
        {
            Paragraph = p.Index, Sentence = s, Kind = FrameKind.Clause, Speaker = antecedent, Cue = p.Span(vs, verb + 1), CueStart = tokens[vs].Start,
            ContentStart = tokens[verb + 2].Start, ContentEnd = ContentEnd(p, from, to),
        };
    }

    /// <summary>
    /// Rule "short description refers back": "Laut Süddeutscher Zeitung kam die Kommission zu dem
    /// Schluss, …, wie die Zeitung schreibt": a description of an anaphoric determiner and one
    /// noun is the speaker before it in the paragraph whose description or role ends with that
    /// noun. Only the paragraph's own frames are read.
    /// </summary>
    private Speaker? SameHeadBefore(List<Frame> frames, int f, Speaker description)
    {
        if (lex.Anaphorics.Count == 0 || description is not { IsName: false, Pronoun: '\0', Role: null })
        {
            return null;
        }

        var words = description.Text.Split(' ');
        if (words.Length != 2 || !lex.Anaphorics.Contains(TextFold.Fold(words[0])) || words[1].Length < 4 || !char.IsUpper(words[1][0]))
        {
            return null;
        }

        string noun = TextFold.Fold(words[1]);
        for (int g = f - 1; g >= 0 && frames[g].Paragraph == frames[f].Paragraph; g--)
        {
            var before = frames[g].Resolved ?? frames[g].Speaker;
            if (before.Pronoun != '\0')
            {
                continue;
            }

            // Only a more specific mention: "Süddeutscher Zeitung", "der Justizminister", a person
            // whose role ends with the noun ("Innenminister Otto Schily" for "der Minister").
            bool severalWords = before.Text.Contains(' ');
            if (EndsWithWord(before.Text, noun, out bool longer) && (longer || severalWords && !lex.Anaphorics.Contains(TextFold.Fold(before.Text.Split(' ')[0])))
                || severalWords && before.IsPerson && before.Role is { } role && EndsWithWord(role, noun, out _))
            {
                return before;
            }
        }

        return null;
    }

    // The text's last word ends with the folded noun ("Süddeutscher Zeitung", "Nachrichtenagentur" for "agentur").
    private static bool EndsWithWord(string text, string noun, out bool longer)
    {
        int space = text.LastIndexOf(' ');
        var last = TextFold.Fold(text[(space + 1)..].Trim('“', '”', '„', '"', ')', '.'));
        longer = last.Length > noun.Length;
        return last.EndsWith(noun, StringComparison.Ordinal);
    }

    /// <summary>
    /// "Als ein Gast half, biss der Mann den Gast und rief: „…“": after a fronted clause the first
    /// main clause puts its verb first and its subject after it. The description or person right
    /// after the verb that follows the last comma before <paramref name="end"/>, or null.
    /// </summary>
    public Speaker? InvertedAfterClause(ParagraphText p, int from, int end)
    {
        int comma = end - 1;
        while (comma > from && (p.Quoted[comma] || p.Tokens[comma].Fold != ","))
        {
            comma--;
        }

        var verb = comma + 1 < end ? p.Tokens[comma + 1] : default;
        if (comma <= from || comma + 2 >= end || !verb.IsWord || verb.IsUpper || p.Quoted[comma + 1] || verb.Is(WordClass.Stops) || verb.Is(WordClass.Determiners)
            || verb.Is(WordClass.Complementizers) || verb.Is(WordClass.ClauseWords) || verb.Is(WordClass.Auxiliaries) || lex.Relatives.Contains(verb.Fold) || lex.Subordinators.Contains(verb.Fold)
            || !p.Tokens[comma + 2].Is(WordClass.Determiners))
        {
            return null;
        }

        var sp = _phrases.Forward(p, comma + 2, end, out _);
        return sp is { Pronoun: '\0' } && (sp.IsPerson || IsBody(sp) || !lex.SaysNothing(sp) && !lex.IsDocument(sp)) ? sp : null;
    }

    /// <summary>
    /// The subject of the first clause of "X verb … und verb2 …" when it is a description opened
    /// by an article, before its verb ("Die Bauern zogen …") or right after it in an inverted
    /// clause ("Am Sonntag zogen die Bauern …"); null otherwise.
    /// </summary>
    private Speaker? FirstClauseGroup(ParagraphText p, int from, int end)
    {
        var tokens = p.Tokens;
        int t = from;
        if (tokens[t].IsWord && !p.Quoted[t] && tokens[t].Is(WordClass.Determiners))
        {
            // Subject first: the phrase up to the verb.
            var before = _phrases.Backward(p, from, FirstLowerVerb(p, from + 1, end));
            return before is { Pronoun: '\0' } && before.Text.Length > 0 && lex.Determiners.Contains(TextFold.Fold(before.Text.Split(' ')[0])) ? before : null;
        }

        // Inverted: a fronted field (a preposition's phrase or an adverb), the verb, then an article.
        int verb = FirstLowerVerb(p, from + 1, end);
        if (verb <= from || verb + 1 >= end || !tokens[verb + 1].Is(WordClass.Determiners) || !(lex.Prepositions.Contains(tokens[from].Fold) || tokens[from].Is(WordClass.Adverbs)))
        {
            return null;
        }

        var after = _phrases.Forward(p, verb + 1, end, out _);
        return after is { Pronoun: '\0' } && !lex.IsDocument(after) ? after : null;
    }

    private static bool IsMarkToken(QuoteToken tok) => !tok.IsWord && tok.Fold.Length == 1 && QuoteMarks.IsMark(tok.Fold[0]);

    /// <summary>The first lower-case word from <paramref name="from"/> after a noun or an adverb: the finite verb of a main clause, or -1.</summary>
    private int FirstLowerVerb(ParagraphText p, int from, int end)
    {
        for (int t = from; t < end; t++)
        {
            // ("Unter dem Motto „Freiheit statt Angst“ zogen …": a title in quote marks stays in the field.)
            var tok = p.Tokens[t];
            if (p.Quoted[t] || IsMarkToken(tok))
            {
                continue;
            }

            if (!tok.IsWord)
            {
                return -1;
            }

            // (After a noun or a fronted adverb: "die deutschen Bauern" holds an adjective.)
            var before = p.Tokens[t - 1];
            if (!tok.IsUpper && !tok.IsDigit && !tok.Is(WordClass.Determiners) && !tok.Is(WordClass.Particles) && !tok.Is(WordClass.Stops) && !tok.Is(WordClass.Adverbs)
                && !tok.Is(WordClass.ClauseWords) && !tok.Is(WordClass.Stopwords)
                && (p.Quoted[t - 1] || IsMarkToken(before) || before.IsWord && before.IsUpper && !before.Is(WordClass.Determiners) && !lex.Prepositions.Contains(before.Fold)))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>
    /// Rule "coordinated names": "Peter Lang und Maria Roth prangerten an, …": two names joined by
    /// "und" right before the verb speak together; the speaker is the one description that names
    /// both (the contract's speaker is a name or a description), not the last name alone.
    /// </summary>
    private Speaker? CoordinatedNames(ParagraphText p, int from, int vs)
    {
        if (vs - from is < 3 or > 7)
        {
            return null;
        }

        for (int u = from + 1; u < vs - 1; u++)
        {
            if (p.Tokens[u].IsWord && !p.Quoted[u] && lex.Coordinators.Contains(p.Tokens[u].Fold))
            {
                return u - from <= 3 && vs - u - 1 <= 3 && _phrases.IsNameRun(p, from, u) && _phrases.IsNameRun(p, u + 1, vs)
                    && !QuoteFollows(p, from, vs) ? new Speaker { Text = p.Span(from, vs) } : null;
            }
        }

        return null;
    }

    /// <summary>Rules around a reporting verb: incise, clause before, participle, inversion.</summary>
    private Frame? VerbFrame(ParagraphText p, int s, int verb, MentionHistory history)
    {
        var (from, to) = p.Sentences[s];
        var tokens = p.Tokens;
        int vs = verb;
        if (IsCausedVerb(p, verb, from))
        {
            // "a fait savoir que …": the causative belongs to the verb group.
            vs--;
        }

        while (vs > from && tokens[vs - 1].IsWord && !p.Quoted[vs - 1]
            && (tokens[vs - 1].Is(WordClass.Auxiliaries) || tokens[vs - 1].Is(WordClass.Adverbs) && vs - 1 > from && tokens[vs - 2].Is(WordClass.Auxiliaries)))
        {
            vs--;
        }

        // Rule "heard saying": "the drummer can be heard telling the fans, “…”", "a voice could be
        // heard saying …": a participle after a perception verb in the passive speaks for the
        // passive's subject; the verb group reaches back over the passive and its auxiliaries.
        bool heardSaying = false;
        if (!lex.VerbSecond && vs == verb && vs - 1 > from && IsParticiple(tokens[verb]) && !p.Quoted[vs - 1] && tokens[vs - 1].IsWord
            && lex.PerceptionPassives.Contains(tokens[vs - 1].Fold) && !p.Quoted[vs - 2] && tokens[vs - 2].IsWord && lex.PassiveAuxiliaries.Contains(tokens[vs - 2].Fold))
        {
            vs -= 2;
            heardSaying = true;
            while (vs > from && tokens[vs - 1].IsWord && !p.Quoted[vs - 1] && (tokens[vs - 1].Is(WordClass.Auxiliaries) || lex.PassiveAuxiliaries.Contains(tokens[vs - 1].Fold)))
            {
                vs--;
            }
        }

        // Rule "object clitic": "Le ministre nous promet …", "La maire lui a répondu que …": the
        // one spoken to, as a clitic before the verb group, belongs to it, not to the subject.
        if (vs - 1 > from && tokens[vs - 1].IsWord && !p.Quoted[vs - 1] && lex.ObjectClitics.Contains(tokens[vs - 1].Fold))
        {
            vs--;
        }

        // "Le Premier ministre s'est dit « confiant »": the reflexive clitic is part of the verb.
        bool reflexive = false;
        if (vs > from && vs < verb && tokens[vs - 1].IsWord && !p.Quoted[vs - 1] && lex.Reflexives.Contains(tokens[vs - 1].Fold))
        {
            vs--;
            reflexive = true;
        }

        // ("Wie das Amt bekannt gab, …": a verb-final particle written apart opens the verb group.)
        if (lex.VerbSecond && vs == verb && !tokens[verb].Is(WordClass.Verbs) && VerbFinalInAsClause(p, verb, out int finalParticle) && finalParticle >= 0)
        {
            vs = finalParticle;
        }

        if (AsIncise(p, s, vs, verb) is { } asIncise)
        {
            return asIncise;
        }

        if (!lex.VerbSecond && RelativeSpeakerFrame(p, s, vs, verb) is { } relativeFrame)
        {
            return relativeFrame;
        }

        if (!lex.VerbSecond && WhatFrame(p, s, vs, verb) is { } whatFrame)
        {
            return whatFrame;
        }

        if (lex.VerbSecond && AsClause(p, s, vs, verb) is { } asClause)
        {
            return asClause;
        }

        if (lex.VerbSecond && RelativeClauseSpeaker(p, s, vs, verb) is { } relativeSpeaker)
        {
            return relativeSpeaker;
        }

        if (lex.VerbSecond && vs > from + 2 && tokens[vs - 1].Fold == "," && !p.Quoted[vs - 1] && !p.Quoted[from] && lex.AsIncises.Contains(tokens[from].Fold)
            && verb + 1 < to && p.Quoted[verb + 1])
        {
            // "Wie X feststellt, verlangt „…“": the main verb after the as-clause has the quote
            // for its subject or object; the as-clause names the speaker.
            return null;
        }

        // Rule "infinitive": "Ancien champion, X a accepté de répondre à nos questions": an
        // infinitive after "de" or "à" reports speech only with its own clause.
        if (vs == verb && verb > from && !p.Quoted[verb - 1] && lex.InfinitiveMarkers.Contains(tokens[verb - 1].Fold)
            && IsInfinitive(tokens[verb].Fold) && !HasComplementizer(p, verb + 1, to))
        {
            return null;
        }

        if (IsNegated(p, vs, verb) || IsParticipleWithAgent(p, from, vs, verb, to))
        {
            return null;
        }

        if (!heardSaying && IsPassive(p, from, vs, verb))
        {
            return PassiveAgentFrame(p, s, vs, verb);
        }

        // The clitic of "a-t-il déclaré" or "déclare-t-il".
        char clitic = '\0';
        for (int t = vs; t <= verb; t++)
        {
            StripClitic(tokens[t].Fold, out var k);
            if (k != '\0')
            {
                clitic = k;
            }
        }

        int cueTo = CueEnd(p, verb, to);
        string cue = p.Span(vs, cueTo);
        int cueStart = tokens[vs].Start;
        int contentEnd = ContentEnd(p, from, to);
        var prev = vs > from ? tokens[vs - 1] : default;
        bool afterDelimiter = vs > from && (!prev.IsWord && prev.Fold is "," or "-" or "(" || p.Quoted[vs - 1]);

        // Participle: "…, affirmant que …" speaks for the sentence's subject.
        // Rule "participle after a quoted object": "She gave him a card reading 'Come home,'
        // telling him, 'I will wait.'": the comma inside a closing mark ends the clause before
        // the participle as well; the phrase after the participle is the one told, no speaker of
        // an inverted incise. (A sentence that opens with the quote has no subject before it.)
        bool commaInQuote = vs - 2 > from && p.Quoted[vs - 1] && !prev.IsWord && tokens[vs - 2].Fold == "," && !p.Quoted[from];
        if (afterDelimiter && (prev.Fold == "," || commaInQuote) && IsParticiple(tokens[verb]))
        {
            // The subject is read in the clause before the participle's comma: "The Home Office
            // watered down the plan, saying …" has no verb the lists know, and the participle
            // itself must not close the subject (that took the whole clause for it).
            // Rule "participle after an incise": "“… (a long quote) …,” she says, adding that “…”":
            // the clause before the comma is an incise; its subject is read after the quote, whose
            // words must not use up the subject search's reach.
            int subjectFrom = from;
            while (subjectFrom < vs - 1 && p.Quoted[subjectFrom])
            {
                subjectFrom++;
            }

            while (subjectFrom > from && subjectFrom < vs - 1 && !p.Tokens[subjectFrom].IsWord)
            {
                subjectFrom++;
            }

            var subject = Subject(p, subjectFrom, vs - 1);
            int cs = ContentStart(p, verb + 1, to, out _);
            if (subject is null || cs < 0)
            {
                return null;
            }

            return new Frame
            {
                Paragraph = p.Index, Sentence = s, Kind = FrameKind.Participle, Speaker = subject, Cue = cue, CueStart = cueStart,
                ContentStart = tokens[cs].Start, ContentEnd = contentEnd,
            };
        }

        // Rule "with-absolute": "…, with its leader Mary Stone saying it was “an insult”", "with the
        // party's spokesman Ann Roe branding it “…”": a participle whose subject follows "with"
        // speaks for that subject, not for the sentence's.
        if (vs == verb && IsParticiple(tokens[verb]) && WithAbsoluteSubject(p, from, verb) is { } absolute)
        {
            int cs = ContentStart(p, verb + 1, to, out _);
            if (cs < 0)
            {
                return null;
            }

            return new Frame
            {
                Paragraph = p.Index, Sentence = s, Kind = FrameKind.Participle, Speaker = absolute, Cue = cue, CueStart = cueStart,
                ContentStart = tokens[cs].Start, ContentEnd = contentEnd,
            };
        }

        // "Maria Keane, designer of the gown, said the fabric …": the comma before the verb closes
        // an apposition of the name that opens the sentence; the name is the subject of a clause,
        // not the content of an incise. So does a relative clause ending in a list ("Ross Rowland,
        // who produced records by Korn and Slipknot, said this …"). A verb that never opens an
        // inverted incise ("told") takes the name even when only an age stood between the commas
        // ("“…,” Tom Baker, 18, told the BBC": the listener is no speaker).
        // The phrase before the verb, read once and only when a rule asks (several do).
        Speaker? phraseBefore = null;
        bool phraseBeforeRead = false;
        Speaker? PhraseBefore()
        {
            if (!phraseBeforeRead)
            {
                phraseBefore = _phrases.Backward(p, from, vs);
                phraseBeforeRead = true;
            }

            return phraseBefore;
        }

        bool descriptionThenName = afterDelimiter && clitic == '\0' && !lex.VerbSecond && DescriptionThenName(p, from, vs);
        bool appositionSubject = afterDelimiter && clitic == '\0' && !lex.VerbSecond && !p.Quoted[vs - 1]
            && (OpensWithNameAndComma(p, from, vs) || lex.NoInversionVerbs.Contains(tokens[verb].Fold))
            && (PhraseBefore() is { IsName: true } subjectName
                && (subjectName.Role is not null || lex.NoInversionVerbs.Contains(tokens[verb].Fold) && !ReportedClauseBefore(p, from, vs))
                || _phrases.ListRelativeClause(p, from, vs) >= 0
                || lex.NoInversionVerbs.Contains(tokens[verb].Fold) && NameRelativeClause(p, from, vs))
            || afterDelimiter && clitic == '\0' && lex.VerbSecond && prev.Fold == "," && !p.Quoted[vs - 1] && OpensWithApposition(p, from, vs)
            || descriptionThenName
            // "The minister, speaking to reporters in Berlin, said …": the subject before a participle's aside.
            || afterDelimiter && clitic == '\0' && !lex.VerbSecond && prev.Fold == "," && !p.Quoted[vs - 1] && _phrases.ParticipialAsideBefore(p, from, vs - 1)
                && PhraseBefore() is { Pronoun: '\0' };
        // ("Le comptable, Henri Vasseur, a reconnu avoir effacé …": an infinitive clause after the
        // verb is its content, so the verb has its subject before it and opens no incise.)
        if (clitic != '\0' || afterDelimiter && !appositionSubject && !FrontedPhraseWithRelative(p, from, vs) && !IsInfinitiveClause(p, cueTo, to))
        {
            // Incise: "…, a déclaré X", "…, a-t-il ajouté", "“…,” said X".
            Speaker? speaker;
            int phraseEnd = verb + 1;
            if (clitic != '\0')
            {
                speaker = new Speaker { Text = clitic switch { 'm' => "il", 'f' => "elle", _ => "on" }, Pronoun = clitic };
                if (clitic == 'x' && PlaceOfOn(p, verb + 1, to, out int placeEnd) is { } place)
                {
                    speaker = place;
                    phraseEnd = placeEnd;
                }
            }
            else
            {
                // ("“…,” Ann blurted out": the particle of a phrasal verb is no speaker.)
                speaker = cueTo < to ? _phrases.Forward(p, cueTo, to, out phraseEnd) : null;
                if (speaker is { IsName: false, Pronoun: '\0' } && !lex.VerbSecond && TopicOfPossessive(p, cueTo, phraseEnd) is int topic and >= 0
                    && _phrases.Forward(p, cueTo, topic, out int cut) is { } beforeTopic && cut == topic)
                {
                    // Rule "topic after a postposed description": "“…,” said the tycoon of her
                    // appointment": "of" with a possessive after it opens what the words were about.
                    speaker = beforeTopic;
                }
                if (speaker is not null && tokens[verb].Is(WordClass.Cite) && Cited(p, phraseEnd, to, out int citedEnd) is { } cited)
                {
                    // "„…“, zitierte ein Sender den Minister": the cited one speaks.
                    speaker = cited;
                    phraseEnd = citedEnd;
                }
                else if (speaker is not null && tokens[verb].Is(WordClass.Cite) && _phrases.CitedName(p, verb + 1, phraseEnd) is { } named)
                {
                    // "„…“, zitierte die Zeitung Yolanda Alcorn": subject and object in one run.
                    speaker = named;
                }
                else if (tokens[verb].Is(WordClass.Cite) && AfterQuotedTitle(p, verb + 1, to) is int afterTitle and >= 0
                    && Cited(p, afterTitle, to, out int citedAfterTitle) is { } citedByTitle)
                {
                    // "„…“, zitiert die „Computerwoche“ Lynch": a publication named in quote marks cites him.
                    speaker = citedByTitle;
                    phraseEnd = citedAfterTitle;
                }
                else if (speaker is null && lex.VerbSecond && AfterQuotedTitle(p, verb + 1, to) is int titleEnd and >= 0 && titleEnd - verb <= MaxQuotedSourceTokens
                    && FirstNameWordIsUpper(p, verb + 1, titleEnd) && FirstWordIsUpper(p, verb + 1, titleEnd))
                {
                    // "„…“, schrieb „Die Zeit“ in einem Nachruf": a publication named in quote marks
                    // speaks (German puts the verb of an incise first; English names its object so).
                    speaker = new Speaker { Text = WithoutMarks(p.Span(verb + 1, titleEnd)) };
                    phraseEnd = titleEnd;
                }
                else if (lex.VerbSecond && tokens[verb].Is(WordClass.Cite) && LowerCaseMediumEnd(p, verb + 1, to) is int mediumEnd and > 0
                    && Cited(p, mediumEnd, to, out int citedAfterMedium) is { } citedByMedium)
                {
                    // Rule "lower-case medium cites": "„…“, zitiert ndr.de Polizeisprecher Jan Berg": a
                    // medium written in lower case with a dot or hyphen cites the person after it.
                    speaker = citedByMedium;
                    phraseEnd = citedAfterMedium;
                }
            }

            // "„A“, stellte X fest, „B“": the particle of a separable verb closes the incise.
            if (speaker is not null && phraseEnd < to && tokens[phraseEnd].IsWord && !p.Quoted[phraseEnd]
                && lex.Separables.TryGetValue(tokens[verb].Fold, out var particles) && particles.Contains(tokens[phraseEnd].Fold))
            {
                phraseEnd++;
            }

            // "Ryan, the sponsor, said the offer was rejected": an auxiliary after the phrase makes
            // it the subject of reported content, not the speaker of an incise.
            bool rest = phraseEnd < to && tokens[phraseEnd].Start < contentEnd
                && (IsClauseOpener(p, phraseEnd, to) || ColonFollows(p, phraseEnd, to) || !lex.VerbSecond && tokens[phraseEnd].IsWord && tokens[phraseEnd].Is(WordClass.Auxiliaries));
            if (speaker is not null && !rest && vs > from)
            {
                // "„A“, sagte er, „B“": an incise inside a sentence attributes the whole of it.
                bool midSentence = phraseEnd < to && tokens[phraseEnd].Fold == "," && tokens[phraseEnd].Start < contentEnd;
                return new Frame
                {
                    Paragraph = p.Index, Sentence = s, Kind = FrameKind.Incise, Speaker = speaker, Cue = cue, CueStart = cueStart,
                    ContentStart = tokens[from].Start, ContentEnd = midSentence ? contentEnd : prev.IsWord ? prev.End : prev.Start, Delimiter = vs - 1,
                };
            }

            if (clitic != '\0')
            {
                return null;
            }
        }

        // German incise with the participle last: "„…“, hatte Konzernchef Wintermann in einem Interview erklärt."
        int clauseStart = ClauseStart(p, from, vs);
        if (lex.VerbSecond && verb + 1 >= to - 1 && !(clauseStart > from && clauseStart < vs && tokens[clauseStart].Is(WordClass.Auxiliaries)))
        {
            // "„…“, wird Mike Dowling, Technical Product Manager, zitiert": an apposition between
            // the auxiliary and the participle hides the auxiliary from the clause start.
            clauseStart = AuxiliaryAfterDelimiter(p, from, vs) is int aux and >= 0 ? aux : clauseStart;
        }

        // (Verb-second languages only: in French "…, a affirmé que les discussions avançaient."
        // the last verb belongs to the reported clause.)
        if (lex.VerbSecond && clauseStart > from && clauseStart < vs && tokens[clauseStart].Is(WordClass.Auxiliaries) && verb + 1 >= to - 1
            && _phrases.Forward(p, clauseStart + 1, vs, out _) is { } auxSpeaker)
        {
            return new Frame
            {
                Paragraph = p.Index, Sentence = s, Kind = FrameKind.Incise, Speaker = auxSpeaker, Cue = p.Span(clauseStart, clauseStart + 1) + " " + cue,
                CueStart = tokens[clauseStart].Start, ContentStart = tokens[from].Start, ContentEnd = tokens[clauseStart - 1].Start, Delimiter = clauseStart - 1,
            };
        }

        // German perfect with the participle last: the subject stands around the auxiliary,
        // before it ("Brandt hatte vor allem … betont: „…“") or after it when the clause is
        // inverted ("So hatte die Senatorin im Juni versprochen: „…“").
        Speaker? auxSubject = null;
        if (lex.VerbSecond)
        {
            for (int a = vs - 1; a >= clauseStart && a >= vs - 15 && !p.Quoted[a]; a--)
            {
                if (tokens[a].IsWord && tokens[a].Is(WordClass.Auxiliaries))
                {
                    auxSubject = (a > clauseStart ? _phrases.Backward(p, from, a) : null) ?? _phrases.Forward(p, a + 1, vs, out _);
                    break;
                }
            }
        }

        // German subordinate clause, verb last: "…, zumal Verteidiger X immer wieder betont hatte, …",
        // "…, weil die Regierung das Land als „…“ bezeichnet hat": the subject follows the conjunction.
        var subordinate = lex.VerbSecond ? SubordinateSubject(p, from, vs) : null;

        // English incise with the speaker first: "“…,” he said." / "…, Smith said."
        // ("Dieser sagte, …": a demonstrative alone before the verb is the subject, resolved later.)
        var demonstrative = vs == from + 1 && !p.Quoted[from] && lex.Pronouns.TryGetValue(tokens[from].Fold, out char opener) && opener == 'd'
            || IsAnaphorDescription(p, from, vs)
            ? new Speaker { Text = p.Span(from, vs), Pronoun = 'd' } : null;
        var subjectBefore = subordinate ?? auxSubject ?? demonstrative ?? PhraseBefore();
        int thingFirstEnd = -1;
        if (lex.VerbSecond && subjectBefore is { IsName: true } && subordinate is null && auxSubject is null && clauseStart == from && CoordinatedNames(p, from, vs) is { } both)
        {
            subjectBefore = both;
        }

        bool coordinatedNames = false;
        if (!lex.VerbSecond && subjectBefore is { IsName: true } && CoordinatedNames(p, clauseStart, vs) is { } bothNames)
        {
            coordinatedNames = true;
            // Rule "coordinated names" in English: "Jane Doerr and Tom Baker told the council …",
            // "“…,” Ann Roe and Ben Ortiz said": both speak, not the last name alone.
            subjectBefore = bothNames;
        }

        if (lex.VerbSecond && subjectBefore is { IsPerson: false, Pronoun: '\0' } && verb + 1 < to && !p.Quoted[verb + 1]
            && lex.Pronouns.TryGetValue(tokens[verb + 1].Fold, out char pronounKind) && pronounKind is 'm' or 'f')
        {
            // "Die Leistung der Mannschaft lobte er": a thing first, the pronoun after the verb speaks.
            subjectBefore = new Speaker { Text = p.Span(verb + 1, verb + 2), Pronoun = pronounKind };
        }
        else if (lex.VerbSecond && subjectBefore is { IsPerson: false, IsName: false, Pronoun: '\0' } && subordinate is null && auxSubject is null && demonstrative is null
            && clauseStart == from && vs == verb && !IsBody(subjectBefore) && verb + 1 < to && !p.Quoted[verb + 1] && tokens[verb + 1].IsWord
            && (tokens[verb + 1].Is(WordClass.Determiners) && !tokens[verb + 1].Is(WordClass.Oblique) || tokens[verb + 1].IsUpper) && HasParticleAtClauseEnd(p, verb)
            && _phrases.Forward(p, verb + 1, to, out int personEnd) is { Pronoun: '\0', IsPerson: true } person && !lex.SaysNothing(person))
        {
            // Rule "thing first before a separable verb": "Die Kritik am Plan wies die Ministerin
            // zurück: „…“": a fronted thing that is neither person, name nor body is the object when
            // a person opened by an article that is no dative or accusative one (or a name) follows the finite verb and the
            // particle ends the clause; the person speaks.
            subjectBefore = person;
            thingFirstEnd = personEnd;
        }
        // A short subject, or in a subject-verb language a longer one that names a person or a
        // role ("…,” Florida State President Richard McCullough said", "a spokesperson for the
        // High Commission said"); a German incise puts the
        // verb first, so a long field before it is no subject.
        int subjectLength = vs - clauseStart;
        if (!lex.VerbSecond && subjectLength > 10 && tokens[vs - 1].Fold == ")" && AfterQuote(p, from, clauseStart))
        {
            // Rule "parenthesis before the verb": "…,” Head Blender Joe Z Hendry (one of the
            // Sons) explains": an aside in brackets right before the verb is no part of the
            // subject's length.
            int open = vs - 2;
            while (open > clauseStart && tokens[open].Fold != "(" && !p.Quoted[open])
            {
                open--;
            }

            subjectLength = tokens[open].Fold == "(" ? open - clauseStart : subjectLength;
        }
        // ("Le PDG du groupe, Marc Roy, a annoncé jeudi …": the field before the name is its apposition, not content.)
        // ("La présidente, pour sa part, estime le projet « irréaliste »": the verb after the
        // subject and its aside opens no incise; rule "subject, aside, verb".)
        if (subjectBefore is not null && clauseStart > from && !descriptionThenName && (subjectLength <= 4 || !lex.VerbSecond && (subjectBefore.IsPerson || coordinatedNames) && subjectLength <= 10)
            && (p.Quoted[clauseStart - 1] || tokens[clauseStart - 1].Fold == ",") && !SubordinateClauseOnly(p, from, clauseStart - 1)
            && !(!lex.VerbSecond && !p.Quoted[clauseStart - 1] && _phrases.SubjectAsideBefore(p, from, clauseStart - 1)))
        {
            int after = cueTo;
            // "…,” she told reporters.": at most a short addressee may follow the verb.
            // "…,” Durkin said, adding that …": a participle after a comma opens a frame of its own.
            bool participleNext = ParticipleClauseFollows(p, after, to);
            // "…,” she told Power 105.1's morning show on Monday.", "…,” she posted on Instagram
            // alongside a photo": after a quote, the bare object of a verb that names the one
            // spoken to, or reports speech only with a clause, is no content.
            // "…,” she says of the boost her family has given her.": after a quote, a preposition of
            // the topic opens what the words were about, not what was said.
            bool topicNext = after < to && !p.Quoted[after] && tokens[after].IsWord && lex.TopicPrepositions.Contains(tokens[after].Fold)
                && AfterQuote(p, from, clauseStart) && !HasComplementizer(p, after, to);
            bool nothingAfter = after >= to || tokens[after].Start >= contentEnd || participleNext || topicNext
                || !IsClauseOpener(p, after, to) && !IsInfinitiveClause(p, after, to) && (ContentStart(p, after, to, out _) < 0 || WordsUntil(p, after, contentEnd) <= 3 && !HasComplementizer(p, after, to))
                || (lex.AddresseeVerbs.Contains(tokens[verb].Fold) || lex.ClauseOnlyVerbs.Contains(tokens[verb].Fold))
                    && AfterQuote(p, from, appositionSubject ? AppositionChainStart(p, from, vs) : clauseStart)
                    && !HasComplementizer(p, after, to) && !QuoteFollows(p, after, to);
            if (nothingAfter)
            {
                return new Frame
                {
                    Paragraph = p.Index, Sentence = s, Kind = FrameKind.Incise, Speaker = subjectBefore, Cue = cue, CueStart = cueStart,
                    ContentStart = tokens[from].Start, ContentEnd = tokens[clauseStart - 1].Start, Delimiter = clauseStart - 1,
                };
            }
        }

        // Clause: "X a déclaré que …", "X said …", "Am Montag sagte der Minister, …".
        var speakerClause = subjectBefore;
        int searchFrom = thingFirstEnd > 0 ? thingFirstEnd : cueTo;
        if (lex.VerbSecond && afterDelimiter && prev.Fold == "," && auxSubject is null && !appositionSubject
            && _phrases.Forward(p, verb + 1, to, out int inverted) is { IsPerson: true } invertedSpeaker)
        {
            // "Da die Lage ernst ist, warnte der Verbandschef X: …": after a fronted clause the
            // German verb comes first and its subject follows.
            speakerClause = invertedSpeaker;
            searchFrom = inverted;
        }
        if (speakerClause is null && !lex.VerbSecond && CoordinatorBeforeVerb(p, from, vs) is int coordinator and >= 0 && !lex.Verbs.Contains(tokens[verb].Fold + "s")
            && Subject(p, from, coordinator) is { } firstSubject && (firstSubject.IsPerson || firstSubject.Pronoun is 'm' or 'f' || firstSubject.Pronoun == '\0' && firstSubject.IsName == false && IsBody(firstSubject))
            && !FrontedTimeCount(p, from, firstSubject))
        {
            // Rule "coordinated verb" (subject-verb languages): "Ann Roe was at the meeting and told
            // the members: “…”", "… and then told followers that …": a reporting verb after "and"
            // shares the first clause's subject, a person or a body; the phrase after it is the
            // one spoken to, no speaker. (Not a base form, whose "-s" form the list holds: "a
            // review and comment period", "would stand up and say"; nor the count of a fronted
            // time phrase: "Five months later, …".)
            speakerClause = firstSubject;
        }

        if (speakerClause is null && !lex.VerbSecond && vs > from && lex.AddresseeVerbs.Contains(tokens[verb].Fold) && IsParticiple(tokens[verb])
            && prev.IsWord && !prev.IsUpper && !p.Quoted[vs - 1] && !prev.Is(WordClass.Stops) && !prev.Is(WordClass.Determiners) && !prev.Is(WordClass.Pronoun)
            && !lex.ObjectPronouns.Contains(prev.Fold) && !lex.Pronouns.ContainsKey(prev.Fold) && !lex.FrontedPrepositions.Contains(prev.Fold)
            && Subject(p, from, vs) is { } teller)
        {
            // Rule "addressee after a participle": "She continued telling the Herald, “…”", "she
            // recalls telling her mom": the phrase after a participle of telling is the one told;
            // the sentence's subject speaks. (Not after an object or a preposition: "recalling him
            // telling her", "for telling her husband" have another teller.)
            speakerClause = teller;
        }

        if (speakerClause is null)
        {
            int pe = cueTo;
            speakerClause = cueTo < to ? _phrases.Forward(p, cueTo, to, out pe) : null;
            searchFrom = pe;
            if (lex.VerbSecond && prev.IsWord && lex.Coordinators.Contains(prev.Fold) && speakerClause is not { Pronoun: not '\0' }
                && (Subject(p, from, vs - 1) ?? _phrases.Leading(p, from, vs - 1)) is { } shared
                && (shared.IsPerson || shared.Pronoun is 'm' or 'f' || shared.Pronoun == '\0' && shared.IsName == false && IsBody(shared)))
            {
                // "Er hielt das Gesetz für nötig und bezeichnete die Erweiterung als „maßvoll“": a
                // verb after "und" shares the subject of the first clause; the phrase after it is its
                // object, even a name ("… und nannte Trumps Auftrag „…“").
                speakerClause = shared;
                searchFrom = verb + 1;
            }
            else if (lex.VerbSecond && prev.IsWord && lex.Coordinators.Contains(prev.Fold) && speakerClause is { Pronoun: '\0' }
                && FirstClauseGroup(p, from, vs - 1) is { } group
                && (group.IsPerson || IsBody(group) || lex.IsPluralVerb(tokens[verb].Fold) && lex.PluralDeterminers.Contains(TextFold.Fold(group.Text.Split(' ')[0]))))
            {
                // "Am Sonntag zogen die Bauern durch die Stadt und skandierten Parolen wie „…“":
                // the phrase after a verb that follows "und" is its object; the group that opened
                // the first clause speaks, though no role word names it.
                speakerClause = group;
                searchFrom = verb + 1;
            }

            if (speakerClause is not null && tokens[verb].Is(WordClass.Cite) && Cited(p, pe, to, out int citedEnd) is { } cited)
            {
                // "Am Montag zitierte die Zeitung den Minister: …"
                speakerClause = cited;
                searchFrom = CiteWordsEnd(p, citedEnd, to);
            }
        }
        else if (tokens[verb].Is(WordClass.Cite) && Cited(p, verb + 1, to, out int citedEnd) is { } cited)
        {
            // "Die Zeitung zitiert den Minister mit den Worten: …": the object speaks.
            speakerClause = cited;
            searchFrom = CiteWordsEnd(p, citedEnd, to);
        }

        if (speakerClause is null)
        {
            return null;
        }

        // Rule "on-place before the verb": "À Matignon, on assure que …", "On assure à Matignon
        // que …": impersonal "on" as the clause's subject speaks for the place or body fronted
        // before its comma, or named right after the verb (as in the incise "assure-t-on à
        // l'Élysée").
        if (speakerClause.Pronoun == 'x' && IsImpersonalOn(speakerClause.Text))
        {
            if (vs - 2 > from && tokens[vs - 1].IsWord && IsImpersonalOn(p.Span(vs - 1, vs)) && tokens[vs - 2].Fold == ","
                && PlaceOfOn(p, from, vs - 2, out int frontedEnd) is { } fronted && frontedEnd == vs - 2)
            {
                speakerClause = fronted;
            }
            else if (PlaceOfOn(p, cueTo, to, out int placeEnd) is { } place)
            {
                speakerClause = place;
                searchFrom = placeEnd;
            }
        }

        int contentStart = ContentStart(p, searchFrom, to, out bool objectOnly);
        if (contentStart < 0 || tokens[contentStart].Start >= contentEnd)
        {
            return null;
        }

        // Rule "reflexive verb with no clause": "L'incendie s'est déclaré vers 3 heures": a
        // reflexive reporting verb takes no object; a preposition or a determiner after it opens
        // no speech when no quote follows ("s'est dit « confiant »" keeps its quote, "s'est dit
        // prêt à négocier" its attribute).
        if (reflexive && objectOnly && tokens[contentStart].IsWord && (tokens[contentStart].Is(WordClass.Stops) || tokens[contentStart].Is(WordClass.Determiners))
            && !QuoteFollows(p, contentStart, to))
        {
            return null;
        }

        return new Frame
        {
            Paragraph = p.Index, Sentence = s, Kind = FrameKind.Clause, Speaker = speakerClause, Cue = cue, CueStart = cueStart,
            ContentStart = tokens[contentStart].Start, ContentEnd = contentEnd, ObjectOnly = objectOnly,
            ObjectIsNoSpeech = objectOnly && lex.ClauseOnlyVerbs.Contains(tokens[verb].Fold),
        };
    }

    // "Five months later, Ann said …": the sentence's first word read as its subject counts a
    // time noun after it.
    private bool FrontedTimeCount(ParagraphText p, int from, Speaker subject)
    {
        if (from + 1 >= p.Tokens.Count || subject.Text != p.Span(from, from + 1) || !p.Tokens[from + 1].IsWord)
        {
            return false;
        }

        var next = p.Tokens[from + 1].Fold;
        return lex.TimeNouns.Contains(next) || next.Length > 1 && next.EndsWith('s') && lex.TimeNouns.Contains(next[..^1]);
    }

    // "… and told", "… and then told": the coordinator right before the verb (an adverb may
    // stand between), after a clause of its own; -1 when there is none.
    private int CoordinatorBeforeVerb(ParagraphText p, int from, int vs)
    {
        int k = vs - 1;
        if (k > from && !p.Quoted[k] && p.Tokens[k].IsWord && p.Tokens[k].Is(WordClass.Adverbs))
        {
            k--;
        }

        return k > from + 1 && !p.Quoted[k] && p.Tokens[k].IsWord && lex.Coordinators.Contains(p.Tokens[k].Fold) && !p.Quoted[k - 1] && p.Tokens[k - 1].IsWord ? k : -1;
    }

    // "shot back", "blurted out": a phrasal verb's particle right after it belongs to the cue;
    // the token after the cue.
    private int CueEnd(ParagraphText p, int verb, int to)
    {
        var tokens = p.Tokens;
        return verb + 1 < to && !p.Quoted[verb + 1] && tokens[verb].Is(WordClass.Separable) && lex.Separables.TryGetValue(tokens[verb].Fold, out var particles)
            && particles.Contains(tokens[verb + 1].Fold) ? verb + 2 : verb + 1;
    }

    /// <summary>
    /// Rule "relative-speaker": "… Tom Reyes, who blurted out, “…”", "a biologist with the state
    /// who said: “…”": a relative pronoun right before the verb, and a quote right after it (a
    /// comma or colon between), make the relative's antecedent the speaker: a person or a
    /// description of one, read before the relative (and its comma). Null otherwise.
    /// </summary>
    private Frame? RelativeSpeakerFrame(ParagraphText p, int s, int vs, int verb)
    {
        var (from, to) = p.Sentences[s];
        var tokens = p.Tokens;
        int cueTo = CueEnd(p, verb, to);
        int rel = vs - 1;
        if (rel <= from || p.Quoted[rel] || !tokens[rel].IsWord || !lex.Relatives.Contains(tokens[rel].Fold))
        {
            return null;
        }

        int open = cueTo + 1;
        if (open >= to || p.Quoted[cueTo] || tokens[cueTo].Fold is not ("," or ":") || !p.Quoted[open])
        {
            return null;
        }

        int end = tokens[rel - 1].Fold == "," && !p.Quoted[rel - 1] ? rel - 1 : rel;
        var antecedent = RelativeAntecedent(p, from, end);
        if (antecedent is null)
        {
            return null;
        }

        return new Frame
        {
            Paragraph = p.Index, Sentence = s, Kind = FrameKind.Clause, Speaker = antecedent, Cue = p.Span(vs, cueTo), CueStart = tokens[vs].Start,
            ContentStart = tokens[open].Start, ContentEnd = ContentEnd(p, from, to),
        };
    }

    /// <summary>
    /// The person a relative clause at <paramref name="end"/> is about: the longest phrase that
    /// ends there, opens with a determiner or a capital and reads as a person ("Then came the
    /// farmer Tom Reyes", "a spokeswoman"); no verb, auxiliary or clause word inside.
    /// </summary>
    private Speaker? RelativeAntecedent(ParagraphText p, int from, int end)
    {
        const int MaxAntecedentTokens = 10;
        int start = end;
        while (start > from && end - start < MaxAntecedentTokens)
        {
            var tok = p.Tokens[start - 1];
            if (p.Quoted[start - 1] || !tok.IsWord || tok.Is(WordClass.Verbs) || tok.Is(WordClass.Auxiliaries) || tok.Is(WordClass.ClauseWords)
                || lex.Pronouns.ContainsKey(tok.Fold) || lex.Relatives.Contains(tok.Fold))
            {
                break;
            }

            start--;
        }

        for (int t = start; t < end; t++)
        {
            var tok = p.Tokens[t];
            if ((tok.Is(WordClass.Determiners) || tok.IsUpper && !tok.Is(WordClass.Adverbs) && !tok.Is(WordClass.Stopwords)) && _phrases.Forward(p, t, end, out int phraseEnd) is { Pronoun: '\0', IsPerson: true } phrase && phraseEnd == end)
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>
    /// Rule "passive agent" (German): "Es wurde von dem Anwalt die Vermutung geäußert, …", "Die
    /// Stadt wurde vom Umweltverband aufgefordert, …": the agent after "von" between the passive
    /// auxiliary and the participle speaks for the clause after the participle. Null without
    /// an agent or a clause after it.
    /// </summary>
    private Frame? PassiveAgentFrame(ParagraphText p, int s, int vs, int verb)
    {
        var (from, to) = p.Sentences[s];
        var tokens = p.Tokens;
        if (!lex.VerbSecond || lex.AgentPrepositions.Count == 0)
        {
            return null;
        }

        int agent = -1;
        bool auxiliary = false;
        for (int t = vs - 1; t >= from && !p.Quoted[t] && tokens[t].IsWord; t--)
        {
            if (agent < 0 && lex.AgentPrepositions.Contains(tokens[t].Fold))
            {
                agent = t;
            }
            else if (agent >= 0 && (lex.PassiveAuxiliaries.Contains(tokens[t].Fold) || lex.PresentPassiveAuxiliaries.Contains(tokens[t].Fold)))
            {
                auxiliary = true;
                break;
            }
        }

        if (agent < 0 || !auxiliary || _phrases.Forward(p, agent + 1, vs, out _) is not { Pronoun: '\0' } speaker
            || !(speaker.IsPerson || IsBody(speaker)) || lex.SaysNothing(speaker) || lex.IsDocument(speaker))
        {
            return null;
        }

        int contentEnd = ContentEnd(p, from, to);
        bool objectOnly = false;
        int cs = verb + 1 < to && tokens[verb + 1].Fold == "," ? ContentStart(p, verb + 2, to, out objectOnly) : -1;
        if (cs < 0 || tokens[cs].Start >= contentEnd)
        {
            return null;
        }

        return new Frame
        {
            Paragraph = p.Index, Sentence = s, Kind = FrameKind.Clause, Speaker = speaker, Cue = p.Span(vs, verb + 1), CueStart = tokens[vs].Start,
            ContentStart = tokens[cs].Start, ContentEnd = contentEnd, ObjectOnly = objectOnly,
        };
    }

    /// <summary>
    /// True when, after at most a short adverbial ("in a written statement"), a comma opens a
    /// participle clause (", adding that …"): the verb before it reports no content of its own.
    /// </summary>
    private bool ParticipleClauseFollows(ParagraphText p, int from, int to)
    {
        for (int t = from; t + 1 < to && t - from <= ComplementizerWindow; t++)
        {
            var tok = p.Tokens[t];
            if (p.Quoted[t] || tok.IsWord && tok.Is(WordClass.Complementizers) || tok.Fold is ":" or ";")
            {
                return false;
            }

            if (tok.Fold == ",")
            {
                return IsParticiple(p.Tokens[t + 1]);
            }
        }

        return false;
    }

    /// <summary>A lower-case present participle ("affirmant", "adding"), by the language's endings.</summary>
    /// <summary>
    /// "…, soutenue par le rapporteur du texte": a verb form right after a comma, with no
    /// auxiliary, followed by an agent preposition and its determiner is a participle that
    /// qualifies a noun, not an incise ("…, estime par ailleurs le maire" keeps its incise).
    /// </summary>
    private bool IsParticipleWithAgent(ParagraphText p, int from, int vs, int verb, int to)
    {
        var tokens = p.Tokens;
        // (German "…, sprach von einer „…“" keeps its verb: there "von" opens the topic, and a
        // German agent is read by PassiveAgentFrame.)
        return !lex.VerbSecond && vs == verb && vs > from && tokens[vs - 1].Fold == "," && !p.Quoted[vs - 1]
            && verb + 2 < to && tokens[verb + 1].IsWord && lex.AgentPrepositions.Contains(tokens[verb + 1].Fold)
            && tokens[verb + 2].IsWord && tokens[verb + 2].Is(WordClass.Determiners) && !p.Quoted[verb + 1];
    }

    private bool IsParticiple(QuoteToken tok) => tok.IsWord && !tok.IsUpper && lex.HasParticipleEnding(tok.Fold);

    /// <summary>True when the first word after any article in the range is capitalised ("die „Computerwoche“").</summary>
    // A publication's name in marks starts with a capital, its article too ("„Die Zeit“"); "verlangt „das
    // Gesetz eine klare Absicht“" quotes the object, not a speaker.
    private static bool FirstWordIsUpper(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (p.Tokens[t].IsWord && p.Quoted[t])
            {
                return p.Tokens[t].IsUpper;
            }
        }

        return false;
    }

    private static bool FirstNameWordIsUpper(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (p.Tokens[t].IsWord && !p.Tokens[t].Is(WordClass.Determiners))
            {
                return p.Tokens[t].IsUpper;
            }
        }

        return false;
    }

    /// <summary>An auxiliary right after a comma or a closing quote mark, before <paramref name="vs"/> in the sentence, or -1.</summary>
    private int AuxiliaryAfterDelimiter(ParagraphText p, int from, int vs)
    {
        for (int a = vs - 1; a > from && vs - a <= 20 && !p.Quoted[a]; a--)
        {
            if (p.Tokens[a].IsWord && p.Tokens[a].Is(WordClass.Auxiliaries) && (p.Quoted[a - 1] || p.Tokens[a - 1].Fold == ","))
            {
                return a;
            }
        }

        return -1;
    }

    /// <summary>A medium's name without the quote marks it is printed in ("« Le Parisien »" → "Le Parisien", "die „Abendpost“" → "die Abendpost").</summary>
    private static string WithoutMarks(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (!QuoteMarks.IsMark(c))
            {
                sb.Append(c);
            }
        }

        return TextNormalizer.NormalizeInline(sb.ToString());
    }

    /// <summary>
    /// The token after a title in quote marks that opens the phrase at <paramref name="from"/>
    /// (with its article: "die „Computerwoche“"), or -1.
    /// </summary>
    private int AfterQuotedTitle(ParagraphText p, int from, int to)
    {
        int t = from;
        if (t < to && p.Tokens[t].IsWord && p.Tokens[t].Is(WordClass.Determiners))
        {
            t++;
        }

        if (t >= to || p.Tokens[t].IsWord)
        {
            return -1;
        }

        foreach (var mark in p.Marks)
        {
            if (mark.Open == p.Tokens[t].Start && !mark.Unclosed)
            {
                int after = p.TokenAt(mark.Close + 1);
                return after < to ? after : -1;
            }
        }

        return -1;
    }

    /// <summary>The person a cite verb names as its object, right after the subject or the verb.</summary>
    /// <summary>
    /// Rule "cited with the words": "Die Zeitung zitiert den Trainer mit den Worten „…“": after the
    /// one cited, a phrase of up to three words that ends in a noun of words (kind <c>cite-noun</c>)
    /// leads to the quote right after it, colon or not. Returns the quote's token, else <paramref name="from"/>.
    /// </summary>
    private int CiteWordsEnd(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to && t < from + 3; t++)
        {
            if (!p.Tokens[t].IsWord || p.Quoted[t])
            {
                break;
            }

            if (lex.CiteNouns.Contains(p.Tokens[t].Fold))
            {
                int q = t + 1 < to && p.Tokens[t + 1].Fold == ":" && !p.Quoted[t + 1] ? t + 2 : t + 1;
                return q < to && p.Quoted[q] ? q : from;
            }
        }

        return from;
    }

    // A lower-case name written together with a dot or hyphen ("ndr.de", "n-tv") at a token, and
    // the token after it, or -1.
    private static int LowerCaseMediumEnd(ParagraphText p, int t, int to)
    {
        if (t + 2 >= to || !p.Tokens[t].IsWord || p.Quoted[t] || p.Tokens[t].IsUpper)
        {
            return -1;
        }

        int k = t + 1;
        bool mark = false;
        while (k < to && p.Tokens[k].Start == p.Tokens[k - 1].End)
        {
            mark |= p.Tokens[k].Fold is "." or "-";
            k++;
        }

        return mark && !p.Tokens[k - 1].Fold.Equals(".", StringComparison.Ordinal) && k < to && p.Tokens[k].IsWord ? k : -1;
    }

    // One lower-case word with a hyphen inside ("al-Hakim", "ab-Bericht") at t with a word after
    // it; end is the token after it.
    private static bool LowerCaseHyphenated(ParagraphText p, int t, int to, out int end)
    {
        const int MinLength = 4;
        end = t + 1;
        var tok = t + 1 < to ? p.Tokens[t] : default;
        return t + 1 < to && tok.IsWord && !tok.IsUpper && !p.Quoted[t] && tok.Fold.Length >= MinLength && tok.Fold.IndexOf('-', 1) > 0
            && !tok.Fold.EndsWith('-') && p.Tokens[t + 1].IsWord && !p.Quoted[t + 1];
    }

    // A quote-marked web name in lower case that opens at from and ends before to: its inside is one
    // run of tokens written together with a dot in it ("„heimatblatt.de“").
    private static bool QuotedDomain(ParagraphText p, int from, int to)
    {
        int open = from;
        while (open < to && p.Tokens[open].IsWord && p.Tokens[open].Is(WordClass.Determiners))
        {
            open++;
        }

        // (open is the opening mark; to - 1 the closing one.)
        int first = open + 1, last = to - 2;
        if (last <= first || !p.Tokens[first].IsWord || p.Tokens[first].IsUpper)
        {
            return false;
        }

        bool dot = false;
        for (int t = first + 1; t <= last; t++)
        {
            if (p.Tokens[t].Start != p.Tokens[t - 1].End)
            {
                return false;
            }

            dot |= p.Tokens[t].Fold == ".";
        }

        return dot && p.Tokens[last].IsWord;
    }

    private Speaker? Cited(ParagraphText p, int from, int to, out int end)
    {
        var sp = _phrases.Forward(p, from, to, out end);
        return sp is { Pronoun: '\0' } && sp.IsPerson || sp is { Pronoun: 'm' or 'f' } ? sp : null;
    }

    private static int WordsUntil(ParagraphText p, int from, int end)
    {
        int words = 0;
        for (int t = from; t < p.Tokens.Count && p.Tokens[t].Start < end; t++)
        {
            words += p.Tokens[t].IsWord ? 1 : 0;
        }

        return words;
    }

    private bool HasComplementizer(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (p.Tokens[t].IsWord && p.Tokens[t].Is(WordClass.Complementizers) || p.Tokens[t].Fold == ":")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a subject with its appositions starts before the verb ("“…,” Tom Baker, 70, told"):
    /// after the nearest quote mark, colon or semicolon.
    /// </summary>
    private static int AppositionChainStart(ParagraphText p, int from, int vs)
    {
        int t = vs - 1;
        while (t >= from && !p.Quoted[t] && p.Tokens[t].Fold is not (":" or ";"))
        {
            t--;
        }

        return t + 1;
    }

    /// <summary>
    /// "Though the market is slow, Ortiz said to all writers, “…”": a sentence that opens with a
    /// subordinating conjunction and has no other comma before the subject's holds a fronted clause,
    /// not the content of an incise. (Verb-second languages invert after it and never get here.)
    /// </summary>
    private bool SubordinateClauseOnly(ParagraphText p, int from, int comma)
    {
        if (lex.VerbSecond || p.Quoted[from] || !p.Tokens[from].IsWord || !lex.Subordinators.Contains(p.Tokens[from].Fold))
        {
            return false;
        }

        for (int t = from + 1; t < comma; t++)
        {
            if (p.Quoted[t] || p.Tokens[t].Fold is "," or ";" or ":")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A reporting verb or a personal pronoun in the range: it holds a clause of its own.</summary>
    private bool HasVerbOrPronoun(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (p.Tokens[t].IsWord && (p.Tokens[t].Is(WordClass.Verbs) || lex.Pronouns.ContainsKey(p.Tokens[t].Fold) || IsContractedPronoun(p.Tokens[t].Fold)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a complementizer outside quote marks stands in the range: a name after it is the
    /// subject of reported content ("Roe alleges that Cole, who …, told her to …"), not a speaker.
    /// </summary>
    private bool ReportedClauseBefore(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!p.Quoted[t] && p.Tokens[t].IsWord && p.Tokens[t].Is(WordClass.Complementizers))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the clause at <paramref name="clauseStart"/> follows a closing quote mark (and its comma).</summary>
    private static bool AfterQuote(ParagraphText p, int from, int clauseStart) =>
        clauseStart > from && (p.Quoted[clauseStart - 1] || p.Tokens[clauseStart - 1].Fold == "," && clauseStart - 1 > from && p.Quoted[clauseStart - 2]);

    /// <summary>True when a quoted token stands in the range.</summary>
    private static bool QuoteFollows(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (p.Quoted[t])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"sagte X, der Geschäftsführer: „…“": a colon after the speaker opens the content.</summary>
    private static bool ColonFollows(ParagraphText p, int from, int to)
    {
        for (int t = from; t < to && t < from + 12 && !p.Quoted[t]; t++)
        {
            if (p.Tokens[t].Fold == ":")
            {
                return t + 1 < to;
            }
        }

        return false;
    }

    /// <summary>True when reported content or a quote starts at a token (so the verb is not an incise).</summary>
    private bool IsClauseOpener(ParagraphText p, int t, int to)
    {
        var tok = p.Tokens[t];
        return tok.IsWord && tok.Is(WordClass.Complementizers) || tok.Fold == ":" || p.Quoted[t] && t + 1 < to;
    }

    /// <summary>
    /// Where reported content starts after a verb: after a complementizer ("que", "that",
    /// "dass"), a colon, or (German) a comma within a few words; else right after the verb
    /// (object content, "a mentionné leur solidarité"); -1 when nothing follows.
    /// </summary>
    private int ContentStart(ParagraphText p, int from, int to, out bool objectOnly)
    {
        objectOnly = false;
        int comma = -1;
        for (int t = from; t < to && t < from + ComplementizerWindow; t++)
        {
            var tok = p.Tokens[t];
            if (p.Quoted[t])
            {
                // "said: “…”", "claims, “…”": a quote right after the verb, a colon or its comma.
                if (t == from || p.Tokens[t - 1].Fold == ":" || t == from + 1 && p.Tokens[from].Fold == ",")
                {
                    return t;
                }

                // "said in a statement, “…”", "said to the writers, including herself, “…”": a
                // prepositional phrase right after the verb and a comma before the quote (not
                // after an object: "said things like, “…”" gives examples).
                if (p.Tokens[t - 1].Fold == "," && t - 1 > from && from > 0 && p.Tokens[from - 1].Is(WordClass.Verbs) && p.Tokens[from].IsWord
                    && (p.Tokens[from].Is(WordClass.Stops) && !p.Tokens[from].Is(WordClass.ClauseWords) || p.Tokens[from].Is(WordClass.Particles))
                    && !HasVerbOrPronoun(p, from, t))
                {
                    return t;
                }

                // "bezeichnete den Plan als „…“": the quote is in the verb's object.
                break;
            }

            if (tok.IsWord && tok.Is(WordClass.Complementizers))
            {
                return t + 1 < to ? t + 1 : -1;
            }

            if (tok.Fold == ":")
            {
                return t + 1 < to ? t + 1 : -1;
            }

            if (tok.Fold == "," && comma < 0)
            {
                comma = t;
                if (lex.VerbSecond)
                {
                    return t + 1 < to ? t + 1 : -1;
                }
            }

            if (tok.Fold is "." or ";" or "!" or "?")
            {
                break;
            }
        }

        // "sagte zu der lange erhobenen Forderung nach einem Waffenstillstand: „…“": a colon
        // before a quote opens the content however far it is, if no quote comes before it.
        for (int t = from + ComplementizerWindow; t + 1 < to && !p.Quoted[t]; t++)
        {
            if (p.Tokens[t].Fold == ":" && p.Quoted[t + 1])
            {
                return t + 1;
            }

            if (p.Tokens[t].Fold is "." or ";" or "!" or "?")
            {
                break;
            }
        }

        if (from < to && IsInfinitiveClause(p, from, to))
        {
            return from;
        }

        // Rule "time word before the object" (feature time-before-object): "Le Kremlin a dénoncé
        // vendredi une « provocation »", "a qualifié jeudi d'« inacceptable » …": a weekday, a month
        // or a time adverb between the verb and its object is no content; the object after it is.
        if (lex.TimeBeforeObject)
        {
            int obj = from;
            while (obj < to && obj - from < 3 && !p.Quoted[obj] && p.Tokens[obj].IsWord && p.Tokens[obj].Is(WordClass.Adverbs) && !p.Tokens[obj].IsUpper)
            {
                obj++;
            }

            // (Or "de" right before the quote, "d'" too, whose apostrophe stands alone before a
            // quote mark: "a qualifié jeudi d'« inacceptable » …".)
            if (obj > from && obj < to && !p.Quoted[obj] && p.Tokens[obj].IsWord
                && (p.Tokens[obj].Is(WordClass.Determiners) || OfBeforeQuote(p, obj, to)))
            {
                from = obj;
            }
        }

        if (from < to && p.Tokens[from].IsWord && !p.Tokens[from].Is(WordClass.Stops) && comma != from)
        {
            if (from > 0 && p.Tokens[from - 1].IsWord && lex.AddresseeVerbs.Contains(p.Tokens[from - 1].Fold) && AddresseeEnd(p, from, to) is int clause and > 0)
            {
                // "told the Associated Press the suspect had fled": the one told, then the clause.
                return clause;
            }

            objectOnly = true;
            return from;
        }

        return -1;
    }

    // "de « … »", "d'« … »": an of-word right before a quote mark, or its elided letter with the
    // apostrophe split off before the mark.
    private bool OfBeforeQuote(ParagraphText p, int t, int to)
    {
        var fold = p.Tokens[t].Fold;
        if (t + 1 < to && p.Quoted[t + 1])
        {
            return lex.Particles.Contains(fold);
        }

        return t + 2 < to && p.Quoted[t + 2] && !p.Quoted[t + 1] && p.Tokens[t + 1].Fold is "'" or "\u2019" && lex.Particles.Contains(fold + "'");
    }

    /// <summary>
    /// Rule "infinitive clause": "Ce dernier a reconnu avoir signé les factures", "Elle assure
    /// n'avoir rien vu", "Il dit être innocent": a bare infinitive right after the reporting verb
    /// (a negation before it allowed) is reported speech like a "que" clause, not the verb's
    /// object. Only where the lexicon lists infinitive endings (kind <c>infinitive</c>); an
    /// adverb or a time word ("hier", "soir") is no infinitive.
    /// </summary>
    private bool IsInfinitiveClause(ParagraphText p, int from, int to)
    {
        to = Math.Min(to, p.Tokens.Count);
        if (lex.InfinitiveEndings.Count == 0 || from < 0 || from + 1 >= to)
        {
            return false;
        }

        int t = from;
        if (t + 1 < to && !p.Quoted[t] && p.Tokens[t].IsWord && p.Tokens[t].Is(WordClass.Negations))
        {
            // "n'avoir rien vu", "ne pas avoir su": the negation and its second word.
            t++;
            if (t + 1 < to && !p.Quoted[t] && p.Tokens[t].IsWord && p.Tokens[t].Is(WordClass.Negations))
            {
                t++;
            }
        }

        if (t + 1 >= to)
        {
            return false;
        }

        var tok = p.Tokens[t];
        return !p.Quoted[t] && tok.IsWord && !tok.IsUpper && !tok.Is(WordClass.Adverbs) && !tok.Is(WordClass.Determiners)
            && !tok.Is(WordClass.Stops) && !lex.TimeNouns.Contains(tok.Fold) && IsInfinitive(tok.Fold) && p.Tokens[t + 1].IsWord;
    }

    /// <summary>
    /// The start of a clause after the one told, with no "that": "told reporters the bridge …",
    /// "told him the plan …", "told the Associated Press the suspect …" (an object pronoun, one
    /// lower-case noun, or a capitalised name with its article, then a determiner or a subject
    /// pronoun); -1 otherwise.
    /// </summary>
    private int AddresseeEnd(ParagraphText p, int from, int to)
    {
        const int MaxAddresseeTokens = 6;
        int t = from;
        var first = p.Tokens[from];
        if (!first.IsUpper && (lex.ObjectPronouns.Contains(first.Fold) || !first.Is(WordClass.Determiners) && !first.Is(WordClass.Stops) && !first.Is(WordClass.Verbs)))
        {
            t = from + 1;
        }
        else
        {
            if (first.Is(WordClass.Determiners) && !first.IsUpper)
            {
                t++;
            }

            int run = t;
            while (t < to && t < from + MaxAddresseeTokens && p.Tokens[t].IsWord && p.Tokens[t].IsUpper && !p.Quoted[t])
            {
                t++;
            }

            if (t == run)
            {
                return -1;
            }
        }

        if (t + 1 >= to || p.Quoted[t] || !p.Tokens[t].IsWord || p.Tokens[t].IsUpper)
        {
            return -1;
        }

        var next = p.Tokens[t];
        return next.Is(WordClass.Determiners) || lex.Pronouns.TryGetValue(next.Fold, out char kind) && kind is 'm' or 'f' or 'p' && !lex.ObjectPronouns.Contains(next.Fold) ? t : -1;
    }

    private int ClauseStart(ParagraphText p, int from, int vs)
    {
        for (int t = vs - 1; t >= from; t--)
        {
            if (p.Quoted[t] && _phrases.QuotedNameOpen(p, t, vs) is int open and > 0)
            {
                // A name in quote marks inside the subject ("Die Zeitung „Neue Stimme“ hatte").
                t = open;
                continue;
            }

            if (p.Quoted[t] || !p.Tokens[t].IsWord && p.Tokens[t].Fold is "," or ":" or ";")
            {
                return t + 1;
            }
        }

        return from;
    }

    /// <summary>The end of a sentence's content: before its final punctuation.</summary>
    /// <summary>
    /// Rule "postposed source" (German): "Dem Vernehmen nach soll X …": an opinion or statement noun (kind <c>opinion-noun</c>, or a report
    /// noun) right before a postposed "nach" (kind <c>postposed-source</c>) is a source: after an
    /// article the phrase itself, as "offiziellen Angaben" is after a preposed "nach". At the
    /// sentence's start the content follows; in the middle field the source attributes its whole
    /// clause. After a possessive (kind <c>report-possessive</c>) nothing yet.
    /// </summary>
    private Frame? PostposedSource(ParagraphText p, int s, int t)
    {
        var (from, to) = p.Sentences[s];
        var tokens = p.Tokens;
        if (t - 2 < from || t + 2 >= to || p.Quoted[t] || p.Quoted[t - 1] || p.Quoted[t - 2] || tokens[t].IsUpper || !tokens[t - 1].IsWord || !tokens[t - 1].IsUpper
            || !tokens[t - 2].IsWord || !lex.OpinionNouns.Contains(tokens[t - 1].Fold) && !(lex.IsReportNoun(tokens[t - 1].Fold, out int part) && part == 0))
        {
            return null;
        }

        // (After a possessive, "seiner Meinung nach", the possessor speaks; resolving it as "er" or
        // "sie" took the latest speaker rather than the subject it refers to: not done.)
        var det = tokens[t - 2];
        if (!det.Is(WordClass.Determiners) || det.Is(WordClass.Pronoun) || lex.ReportPossessives.Contains(det.Fold))
        {
            return null;
        }

        var sp = new Speaker { Text = p.Span(t - 2, t) };
        bool atStart = t - 2 == from;
        return new Frame
        {
            Paragraph = p.Index, Sentence = s, Kind = atStart ? FrameKind.SourceBefore : FrameKind.SourceAfter, Speaker = sp, Cue = p.Span(t, t + 1),
            CueStart = tokens[t].Start, ContentStart = atStart ? tokens[t + 1].Start : tokens[from].Start, ContentEnd = ContentEnd(p, from, to),
        };
    }

    /// <summary>
    /// Rule "report relative" (German "wonach"): "Ein Bericht der Agentur „Nord“, wonach der
    /// Minister zurückgetreten sei, wurde dementiert": a relative clause opened by "wonach" right
    /// after a noun (or a name in quote marks) is what the noun says; the noun phrase speaks and
    /// the clause, up to the comma where the main clause goes on with its verb, is the content.
    /// After a verb it is a time ("…, den Hund einzufangen, wonach er frei kam"): no frame.
    /// </summary>
    private Frame? ReportRelative(ParagraphText p, int s, int t)
    {
        var (from, to) = p.Sentences[s];
        int comma = t - 1;
        int last = comma - 1;
        if (last < from || p.Quoted[comma] || p.Quoted[t] || p.Tokens[t].IsUpper || t + 3 >= to)
        {
            return null;
        }

        Speaker? sp = null;
        if (p.Quoted[last] && !p.Tokens[last].IsWord && _phrases.QuotedNameOpen(p, last, comma) is int open and > 0)
        {
            // "der Zeitung „Nord“": the noun before the name and the name.
            if (_phrases.NounPhraseBefore(p, from, open) is { Pronoun: '\0' } head
                && p.Text.LastIndexOf(head.Text, p.Tokens[open].Start, StringComparison.Ordinal) is int at and >= 0)
            {
                sp = new Speaker { Text = p.Text[at..p.Tokens[last].End] };
            }
        }
        else if (p.Tokens[last].IsWord && !p.Quoted[last] && p.Tokens[last].IsUpper)
        {
            sp = _phrases.NounPhraseBefore(p, from, comma);
        }

        if (sp is not { Pronoun: '\0' })
        {
            return null;
        }

        // (The main clause goes on after the relative clause with its finite verb: ", wurde dementiert".)
        int end = to;
        for (int k = t + 2; k + 1 < to; k++)
        {
            if (p.Tokens[k].Fold == "," && !p.Quoted[k] && p.Tokens[k + 1].IsWord && !p.Tokens[k + 1].IsUpper && !p.Quoted[k + 1]
                && (p.Tokens[k + 1].Is(WordClass.Auxiliaries) || p.Tokens[k + 1].Is(WordClass.Verbs)))
            {
                end = k;
                break;
            }
        }

        return new Frame
        {
            Paragraph = p.Index, Sentence = s, Kind = FrameKind.SourceBefore, Speaker = sp, Resolved = sp, Cue = p.Span(t, t + 1), CueStart = p.Tokens[t].Start,
            ContentStart = p.Tokens[t + 1].Start, ContentEnd = ContentEnd(p, t + 1, end),
        };
    }

    private static int ContentEnd(ParagraphText p, int from, int to)
    {
        int t = to - 1;
        while (t > from && !p.Tokens[t].IsWord && !p.Quoted[t] && p.Tokens[t].Fold is "." or "!" or "?" or "..." or ";" or "," or ")")
        {
            t--;
        }

        return p.Tokens[t].End;
    }

    // The first conjunct of a sentence that opens with "X et …", looked for when a pronoun asks.
    private sealed class ConjunctMention(AttributionRules rules, ParagraphText p, int from, int coordinator) : LazyMention
    {
        public override Speaker? Find() => rules.FirstConjunct(p, from, coordinator);
    }

    // A sentence's subject, looked for when a pronoun asks; its last named person is the weaker
    // fallback where the language has one.
    private sealed class SubjectMention(AttributionRules rules, QuoteLexicon lex, ParagraphText p, int from, int to) : LazyMention
    {
        public override Speaker? Find() => rules.StanceHolder(p, from, to) ?? rules.Subject(p, from, to) ?? (lex.VerbSecond ? rules._phrases.Leading(p, from, to) : null);

        public override Speaker? Fallback() => lex.NameFallback ? rules.LastNamedPerson(p, from, to) : null;
    }
}
