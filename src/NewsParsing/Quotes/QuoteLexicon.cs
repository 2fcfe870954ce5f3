using System.Collections.Frozen;
using NewsParsing.Lexicons;
using NewsParsing.Text;

namespace NewsParsing.Quotes;

/// <summary>The grammatical gender a speaker mention tells, when it tells one.</summary>
public enum SpeakerGender
{
    /// <summary>Unknown or not told.</summary>
    Unknown,

    /// <summary>Masculine ("il", "M.", "le président").</summary>
    Masculine,

    /// <summary>Feminine ("elle", "Mme", "la présidente").</summary>
    Feminine,

    /// <summary>A group ("officials", "police"): never what "he" or "she" refers to.</summary>
    Plural,
}

/// <summary>The lists a folded word belongs to, as flags, so a token is looked up once.</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Determiners = 1,
    Auxiliaries = 1 << 1,
    Adverbs = 1 << 2,
    Stops = 1 << 3,
    Complementizers = 1 << 4,
    ClauseWords = 1 << 5,
    Particles = 1 << 6,
    Stopwords = 1 << 7,
    CueWords = 1 << 8,
    Verbs = 1 << 9,
    Negations = 1 << 10,
    Pronoun = 1 << 11,
    Role = 1 << 12,
    Honorific = 1 << 13,
    Oblique = 1 << 14,
    Focus = 1 << 15,
    Qualifier = 1 << 16,
    Cite = 1 << 17,

    /// <summary>A separable verb whose particle may close the clause ("sicherte … zu").</summary>
    Separable = 1 << 18,

    /// <summary>A verb that reports speech after a causative ("fait savoir").</summary>
    CausedVerb = 1 << 19,

    /// <summary>A verb that reports speech only with a document as its subject ("reads", "zeigt").</summary>
    DocumentVerb = 1 << 20,

    /// <summary>First word of a stance cue ("pour"): a cue only at a sentence start, so not a <see cref="CueWords"/> word.</summary>
    StanceCue = 1 << 24,
}

/// <summary>Kinds of source cue (the <c>quote-cues</c> list).</summary>
internal enum CueKind
{
    /// <summary>The speaker follows the cue: "selon X", "according to X", "laut X".</summary>
    Source,

    /// <summary>The speaker precedes the cue: "X zufolge".</summary>
    After,

    /// <summary>After a comma or a quote, the speaker follows: "…, so X".</summary>
    Incise,

    /// <summary>Looks like a cue but names no speaker: "selon nos informations".</summary>
    Not,

    /// <summary>
    /// Opens a sentence with the one whose view it gives, then a comma: "Pour le délégué, Marc
    /// Petit, « … »". The phrase must name a person, since the cue is a common preposition.
    /// </summary>
    Stance,

    /// <summary>
    /// Names the speaker after it, like <see cref="Source"/>, but only where a clause opens:
    /// "De l'avis de X, …" is a source, "se passer de l'avis de X" is not.
    /// </summary>
    Opener,
}

/// <summary>
/// One language's attribution knowledge, compiled from its <c>quote-*</c> lists (see
/// Lexicons/Data/README.md). Every entry is folded with <see cref="TextFold.Fold(string)"/>; multi-word
/// cues are kept as folded token sequences.
/// </summary>
internal sealed class QuoteLexicon
{
    public QuoteLexicon(LanguageLexicon lexicon)
    {
        Language = lexicon.Language;
        Verbs = Fold(lexicon.List("quote-verbs"));
        Negations = Fold(lexicon.List("quote-negations"));
        var cues = new List<(CueKind, string[])>();
        foreach (var (kind, phrase) in Kinds(lexicon, "quote-cues"))
        {
            cues.Add((kind switch
            {
                "source" => CueKind.Source,
                "after" => CueKind.After,
                "incise" => CueKind.Incise,
                "not" => CueKind.Not,
                "stance" => CueKind.Stance,
                "opener" => CueKind.Opener,
                _ => throw new FormatException($"quote-cues: unknown kind '{kind}'"),
            }, QuoteTokenizer.FoldWords(phrase)));
        }

        // Exclusions first, then longer cues first, so "nach Angaben der" beats a shorter cue.
        CueWords = cues.Where(c => c.Item1 is not (CueKind.Not or CueKind.Stance)).Select(c => c.Item2[0]).ToFrozenSet(StringComparer.Ordinal);
        StanceCueWords = cues.Where(c => c.Item1 == CueKind.Stance).Select(c => c.Item2[0]).ToFrozenSet(StringComparer.Ordinal);
        // Indexed by first word, each list in match order: a token is compared only with the
        // cues it can start.
        CuesByFirstWord = cues.OrderBy(c => c.Item1 == CueKind.Not ? 0 : 1).ThenByDescending(c => c.Item2.Length)
            .GroupBy(c => c.Item2[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Pronouns = Kinds(lexicon, "quote-pronouns").DistinctBy(e => e.Phrase, StringComparer.Ordinal).ToFrozenDictionary(e => e.Phrase, e => e.Kind[0], StringComparer.Ordinal);
        GivenNames = Kinds(lexicon, "quote-given-names").DistinctBy(e => e.Phrase, StringComparer.Ordinal).ToFrozenDictionary(e => e.Phrase, e => Gender(e.Kind), StringComparer.Ordinal);
        Honorifics = Kinds(lexicon, "quote-honorifics").DistinctBy(e => e.Phrase.TrimEnd('.'), StringComparer.Ordinal).ToFrozenDictionary(e => e.Phrase.TrimEnd('.'), e => Gender(e.Kind), StringComparer.Ordinal);
        var roles = new Dictionary<string, SpeakerGender>(StringComparer.Ordinal);
        var roleSuffixes = new List<(string, SpeakerGender)>();
        foreach (var (kind, word) in Kinds(lexicon, "quote-roles"))
        {
            if (word.StartsWith('*'))
            {
                roleSuffixes.Add((word[1..], Gender(kind)));
            }
            else
            {
                roles[word] = Gender(kind);
            }
        }

        Roles = roles.ToFrozenDictionary(StringComparer.Ordinal);
        RoleSuffixes = [.. roleSuffixes.OrderByDescending(s => s.Item1.Length)];
        var nonSpeakers = Kinds(lexicon, "quote-non-speakers").ToList();
        NonSpeakerHeads = nonSpeakers.Where(e => e.Kind == "thing").Select(e => e.Phrase).ToList();
        SpeakingBodies = nonSpeakers.Where(e => e.Kind == "body").Select(e => e.Phrase).ToList();
        var documents = Kinds(lexicon, "quote-documents");
        var documentNouns = documents.Where(e => e.Kind == "noun").Select(e => e.Phrase).ToList();
        // "*mitteilung" matches "Pressemitteilung" and the bare "Mitteilung" alike.
        DocumentNouns = documentNouns.Select(n => n.TrimStart('*')).ToFrozenSet(StringComparer.Ordinal);
        DocumentNounSuffixes = [.. documentNouns.Where(n => n.StartsWith('*'))];
        DocumentVerbs = documents.Where(e => e.Kind == "verb").Select(e => e.Phrase).ToFrozenSet(StringComparer.Ordinal);
        var reportNouns = documents.Where(e => e.Kind == "report").Select(e => e.Phrase).ToList();
        ReportNouns = reportNouns.Select(n => n.TrimStart('*')).ToFrozenSet(StringComparer.Ordinal);
        ReportNounSuffixes = [.. reportNouns.Where(n => n.StartsWith('*')).Select(n => n[1..]).OrderByDescending(n => n.Length)];
        ReportEvents = documents.Where(e => e.Kind == "report-event").Select(e => e.Phrase).ToFrozenSet(StringComparer.Ordinal);
        var titles = lexicon.List("quote-title-nouns").Select(TextFold.Fold).ToList();
        TitleNouns = titles.Where(t => !t.StartsWith('*')).ToFrozenSet(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        TitleNounLookup = TitleNouns.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        TitleNounSuffixes = [.. titles.Where(t => t.StartsWith('*')).Select(t => t[1..])];
        var grammar = Kinds(lexicon, "quote-grammar").ToLookup(e => e.Kind, e => e.Phrase, StringComparer.Ordinal);
        FrozenSet<string> GrammarSet(string kind) => grammar[kind].ToFrozenSet(StringComparer.Ordinal);
        RolePrefixes = GrammarSet("role-prefix");
        Determiners = grammar["det"].Concat(grammar["det.m"]).Concat(grammar["det.f"]).Concat(grammar["det.obl"]).ToFrozenSet(StringComparer.Ordinal);
        Obliques = GrammarSet("det.obl");
        ObliqueAdjectives = grammar["obl-adjective"].Select(e => e.Split(' ', 2)).Where(w => w.Length == 2)
            .GroupBy(w => w[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(w => w[1]).ToArray(), StringComparer.Ordinal);
        FocusWords = GrammarSet("focus");
        Qualifiers = GrammarSet("as");
        Definites = GrammarSet("definite");
        Anaphorics = GrammarSet("anaphoric");
        FeminineAnaphorNouns = GrammarSet("anaphor-noun.f");
        AnaphorNouns = grammar["anaphor-noun.m"].Concat(grammar["anaphor-noun.f"]).ToFrozenSet(StringComparer.Ordinal);
        Periphrases = GrammarSet("periphrasis");
        RoleHypernyms = grammar["role-hypernym"].Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 1)
            .ToFrozenDictionary(w => w[0], w => w[1..].ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        PluralDeterminers = GrammarSet("plural");
        AsIncises = GrammarSet("as-incise");
        InfinitiveMarkers = GrammarSet("infinitive-marker");
        InfinitiveEndings = [.. grammar["infinitive"]];
        AsIncisePronouns = GrammarSet("as-incise-pronoun");
        PlaceOfOn = [.. grammar["on-place"].Select(QuoteTokenizer.FoldWords).Where(w => w.Length > 0).OrderByDescending(w => w.Length)];
        Relatives = GrammarSet("rel");
        CiteVerbs = GrammarSet("cite");
        PassiveAuxiliaries = GrammarSet("passive");
        PresentPassiveAuxiliaries = GrammarSet("passive.present");
        Impersonals = GrammarSet("impersonal");
        ClauseOnlyVerbs = GrammarSet("clause-only");
        InciseOnlyVerbs = GrammarSet("incise-only");
        RecipientPrepositions = GrammarSet("recipient");
        AgentPrepositions = GrammarSet("agent");
        MediumPrepositions = GrammarSet("passive-medium");
        PointerObjects = GrammarSet("pointer-object");
        ClaimNouns = GrammarSet("claim-noun");
        MannerPrepositions = GrammarSet("manner");
        StressedPronouns = GrammarSet("stressed");
        Asides = grammar["aside"].Select(QuoteTokenizer.FoldWords).Where(w => w.Length > 0)
            .GroupBy(w => w[0], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        PostNominals = GrammarSet("postnominal");
        SpeechNouns = GrammarSet("speech-noun");
        NamingVerbs = GrammarSet("naming");
        BodyPronouns = GrammarSet("body-pronoun");
        AbsoluteLeads = GrammarSet("absolute");
        QuotedNounLeads = GrammarSet("quoted-noun-lead");
        ReportLeads = GrammarSet("report-lead");
        ReportOwners = GrammarSet("report-of");
        ReportSelf = GrammarSet("report-self");
        ReportPossessives = GrammarSet("report-possessive");
        ReportIndefinites = GrammarSet("report-indefinite");
        ReportEarly = GrammarSet("report-early");
        AnaphoricSources = GrammarSet("anaphoric-source");
        ReportRelatives = GrammarSet("report-relative");
        CiteNouns = GrammarSet("cite-noun");
        PostposedSources = GrammarSet("postposed-source");
        OpinionNouns = GrammarSet("opinion-noun");
        LatterMasculine = GrammarSet("latter.m");
        LatterFeminine = GrammarSet("latter.f");
        ParticipleFieldEndings = [.. grammar["participle-field-ending"]];
        AdjectiveEndings = [.. grammar["adjective-ending"]];
        GenitivePluralEndings = [.. grammar["genitive-plural-ending"]];
        LinkingSAfter = [.. grammar["link-s"]];
        NameJoiners = GrammarSet("name-joiner");
        OrganisationHeads = GrammarSet("org-head");
        OrganisationJoiners = GrammarSet("org-joiner");
        OrganisationTailStops = GrammarSet("org-tail-not");
        StanceBodies = GrammarSet("stance-body");
        AddresseeVerbs = GrammarSet("addressee");
        Modals = GrammarSet("modal");
        Copulas = GrammarSet("copula");
        Openers = GrammarSet("opener");
        InterviewVerbs = [.. grammar["interview"].Select(QuoteTokenizer.FoldWords).Where(w => w.Length > 0)];
        CreditLines = [.. grammar["credit-line"].Select(QuoteTokenizer.FoldWords).Where(w => w.Length > 0)];
        QuestionLabels = GrammarSet("question-label");
        AnswerLabels = GrammarSet("answer-label");
        GenericPronouns = GrammarSet("generic");
        Reflexives = GrammarSet("reflexive");
        // Longest first, so "-t-il" is taken before the "-il" it ends with.
        CliticSuffixes = [.. new (string Kind, char Pronoun)[] { ("clitic.m", 'm'), ("clitic.f", 'f'), ("clitic.p", 'p'), ("clitic.x", 'x') }
            .SelectMany(k => grammar[k.Kind].Select(suffix => (Suffix: suffix, k.Pronoun)))
            .OrderByDescending(c => c.Suffix.Length).ThenBy(c => c.Suffix, StringComparer.Ordinal)];
        LongestCliticSuffix = CliticSuffixes.Count == 0 ? 0 : CliticSuffixes.Max(c => c.Suffix.Length);
        NoInversionVerbs = GrammarSet("no-inversion");
        Causatives = GrammarSet("causative");
        CausedVerbs = GrammarSet("caused-verb");
        JudgeOpeners = GrammarSet("judge");
        Prepositions = GrammarSet("prep");
        Coordinators = GrammarSet("coord");
        ObjectPronouns = GrammarSet("object");
        ObjectClitics = GrammarSet("object-clitic");
        Subjunctives = GrammarSet("subjunctive");
        Subordinators = GrammarSet("sub");
        FrontedPrepositions = GrammarSet("front");
        FrontParticiples = GrammarSet("front-participle");
        TimeLeads = GrammarSet("time-lead");
        AdjectivalParticiples = GrammarSet("adjectival");
        NotParticiples = GrammarSet("not-participle");
        SourceTails = GrammarSet("source-tail");
        TimeNouns = GrammarSet("time-noun");
        EmbeddedQuestions = GrammarSet("wh");
        FreeRelatives = GrammarSet("free-relative");
        MasculineOwners = GrammarSet("owner.m");
        FeminineOwners = GrammarSet("owner.f");
        PerceptionPassives = GrammarSet("perception-passive");
        FreeRelativeVerbs = GrammarSet("free-relative-verb");
        TopicPrepositions = GrammarSet("topic");
        AsLeads = GrammarSet("as-lead");
        Separables = grammar["separable"].Select(e => e.Split(' ', 2)).Where(w => w.Length == 2)
            .GroupBy(w => w[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(w => w[1]).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        FusedSeparables = Separables.SelectMany(e => e.Value.Select(particle => particle + e.Key)).ToFrozenSet(StringComparer.Ordinal);
        PostModifiers = grammar["postmodifier"].Select(e => e.Split(' ', 2)).Where(w => w.Length == 2)
            .GroupBy(w => w[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(w => w[1]).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        NameParticles = GrammarSet("name-particle");
        PossessiveEndings = [.. grammar["possessive"]];
        Nominatives = GrammarSet("nominative");
        DeterminerGenders = grammar["det.m"].Select(d => (d, SpeakerGender.Masculine))
            .Concat(grammar["det.f"].Select(d => (d, SpeakerGender.Feminine)))
            .DistinctBy(e => e.d, StringComparer.Ordinal).ToFrozenDictionary(e => e.d, e => e.Item2, StringComparer.Ordinal);
        Stopwords = lexicon.Stopwords;
        Auxiliaries = GrammarSet("aux");
        Adverbs = grammar["adv"].Concat(lexicon.Weekdays).Concat(lexicon.Months.Keys).ToFrozenSet(StringComparer.Ordinal);
        Stops = GrammarSet("stop");
        Complementizers = GrammarSet("that");
        ClauseWords = GrammarSet("clause");
        var features = grammar["feature"].ToHashSet(StringComparer.Ordinal);
        CapitalisedNouns = features.Contains("capitalised-nouns");
        VerbSecond = features.Contains("verb-second");
        DeterminerOpensApposition = features.Contains("determiner-opens-apposition");
        QuoteEndsSentence = features.Contains("quote-ends-sentence");
        StopInsideMarks = features.Contains("stop-inside-marks");
        InnerIncise = features.Contains("inner-incise");
        ColonSubject = features.Contains("colon-subject");
        NameFallback = features.Contains("name-antecedent");
        CoordinatedAntecedents = features.Contains("coordinated-antecedents");
        RelativeAside = features.Contains("relative-aside");
        QuotedVerb = features.Contains("quoted-verb");
        RoleDomainPrepositions = GrammarSet("role-domain");
        RelayCues = GrammarSet("relay-cue");
        TimeBeforeObject = features.Contains("time-before-object");
        PlaceNouns = GrammarSet("place-noun");
        DashIncise = features.Contains("dash-incise");
        PersonEvidence = features.Contains("person-evidence");
        PlainHeads = features.Contains("plain-head");
        UnresolvedPronounSpeech = features.Contains("unresolved-pronoun-speech");
        PlacePrepositions = GrammarSet("place");
        PersonalPronouns = GrammarSet("personal");
        PossessiveDeterminers = GrammarSet("possessive-det");
        KindArticles = GrammarSet("kind-article");
        NonPersonNameWords = lexicon.List("quote-non-person-names").Select(w => TextFold.Fold(w).TrimEnd('.')).ToFrozenSet(StringComparer.Ordinal);
        RoleSubject = features.Contains("role-subject");
        ParticipleSuffixes = [.. grammar["participle"]];
        PastParticipleSuffixes = [.. grammar["past-participle"]];
        AdverbSuffixes = [.. grammar["adverb-ending"]];
        PluralVerbEndings = [.. grammar["plural-ending"]];
        Particles = GrammarSet("of");
        Weekdays = lexicon.Weekdays;
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordClass c)
        {
            foreach (var w in words)
            {
                classes[w] = classes.GetValueOrDefault(w) | c;
            }
        }

        Mark(Determiners, WordClass.Determiners);
        Mark(Obliques, WordClass.Oblique);
        Mark(FocusWords, WordClass.Focus);
        Mark(Qualifiers, WordClass.Qualifier);
        Mark(CiteVerbs, WordClass.Cite);
        Mark(Auxiliaries, WordClass.Auxiliaries);
        Mark(Adverbs, WordClass.Adverbs);
        Mark(Stops, WordClass.Stops);
        Mark(Complementizers, WordClass.Complementizers);
        Mark(ClauseWords, WordClass.ClauseWords);
        Mark(Particles, WordClass.Particles);
        Mark(Stopwords, WordClass.Stopwords);
        Mark(CueWords, WordClass.CueWords);
        Mark(StanceCueWords, WordClass.StanceCue);
        Mark(Verbs, WordClass.Verbs);
        Mark(Negations, WordClass.Negations);
        Mark(Pronouns.Keys, WordClass.Pronoun);
        Mark(Roles.Keys, WordClass.Role);
        Mark(Honorifics.Keys, WordClass.Honorific);
        Mark(Separables.Keys, WordClass.Separable);
        Mark(FusedSeparables, WordClass.Separable);
        Mark(CausedVerbs, WordClass.CausedVerb);
        Mark(DocumentVerbs, WordClass.DocumentVerb);
        // (Asked for every word the table lacks: the lexicon's own switches are read once, here.)
        bool hasRoleSuffixes = RoleSuffixes.Count > 0, hasRolePrefixes = RolePrefixes.Count > 0;
        Known = new KnownWords(classes, !hasRoleSuffixes && !hasRolePrefixes ? null : fold => fold.Length > 4 && (hasRoleSuffixes || fold.Contains('-')) && IsRole(fold, out _) ? WordClass.Role : WordClass.None);
        Months = lexicon.Months.Keys.ToFrozenSet(StringComparer.Ordinal);
    }

    public string Language { get; }

    /// <summary>
    /// Nouns are capitalised (German, feature <c>capitalised-nouns</c>): a capital alone does not
    /// make a name, and a lower-case word after a verb is no speaker.
    /// </summary>
    public bool CapitalisedNouns { get; }

    /// <summary>
    /// The finite verb comes second and the subject may follow it (German, feature
    /// <c>verb-second</c>): "Dem Sender sagte die Ministerin …".
    /// </summary>
    public bool VerbSecond { get; }

    /// <summary>
    /// A quote whose text ends with its own full stop ends the sentence ("„Wir kommen.“ Der
    /// Minister …"; feature <c>quote-ends-sentence</c>).
    /// </summary>
    public bool QuoteEndsSentence { get; }

    /// <summary>
    /// The reporter's full stop goes inside the closing mark (American English, feature
    /// <c>stop-inside-marks</c>): a title quoted at the end of a sentence ("in “The Iron Claw.”")
    /// still ends with a stop that is not its own.
    /// </summary>
    public bool StopInsideMarks { get; }

    /// <summary>
    /// A sentence whose subject is not found still offers its last person named with a given name
    /// or an honorific as an antecedent (feature <c>name-antecedent</c>: "Dans son livre, l'ancien
    /// député Marc Fabre dresse …").
    /// </summary>
    public bool NameFallback { get; }

    /// <summary>
    /// Both people of a coordinated subject that opens a sentence are antecedents ("Marie Durand
    /// et son frère Paul …": "elle" is Marie; feature <c>coordinated-antecedents</c>).
    /// </summary>
    public bool CoordinatedAntecedents { get; }

    /// <summary>
    /// A relative clause between commas after the subject is an aside whatever word ends it ("Le
    /// ministre, qui était en visite à Lyon, a assuré …"; feature <c>relative-aside</c>).
    /// </summary>
    public bool RelativeAside { get; }

    /// <summary>
    /// A quote that opens with a verb right after the subject holds the subject's words ("la
    /// Fédération « condamne fermement » les violences"; feature <c>quoted-verb</c>).
    /// </summary>
    public bool QuotedVerb { get; }

    /// <summary>Prepositions that join a role to its capitalised domain ("le commissaire à l'Agriculture"; kind <c>role-domain</c>).</summary>
    public FrozenSet<string> RoleDomainPrepositions { get; }

    /// <summary>First words of a source cue that only relays the words of a noun phrase before it ("X, cité par Le Monde"; kind <c>relay-cue</c>).</summary>
    public FrozenSet<string> RelayCues { get; }

    /// <summary>
    /// A time word between a reporting verb and its object is no content (feature
    /// <c>time-before-object</c>): "a dénoncé vendredi une « provocation »".
    /// </summary>
    public bool TimeBeforeObject { get; }

    /// <summary>Nouns that take a place's name right after them ("la place Carnot", "le lycée Jean-Moulin"; kind <c>place-noun</c>).</summary>
    public FrozenSet<string> PlaceNouns { get; }

    /// <summary>
    /// A dialogue line in dashes that ends with ", VERB Name." is that person's whatever the verb
    /// (feature <c>dash-incise</c>): "— Ils ont joué comme des amateurs, peste Gérard."
    /// </summary>
    public bool DashIncise { get; }

    /// <summary>
    /// "He" or "she" refers only to a name the article shows to be a person's (feature
    /// <c>person-evidence</c>): a known given name, a title or role before it, a full name it
    /// ends; a one-word name without such evidence ("Davos", "Siska") or a name ending with a
    /// <see cref="NonPersonNameWords"/> word ("Moorland Services") is no antecedent.
    /// </summary>
    public bool PersonEvidence { get; }

    /// <summary>
    /// Nouns are written in lower case (feature <c>plain-head</c>): a description's head noun is
    /// its last word before a preposition, a determiner, a stop word or an adverb ("The real
    /// answer", "the heart of her method" → "heart"), not its last capitalised word.
    /// </summary>
    public bool PlainHeads { get; }

    /// <summary>
    /// Reported speech whose subject is a personal or demonstrative pronoun that names no one the
    /// article shows is still reported, with no speaker (feature <c>unresolved-pronoun-speech</c>).
    /// </summary>
    public bool UnresolvedPronounSpeech { get; }

    /// <summary>Prepositions before a place ("in", "at"; kind <c>place</c>): a name after one is no person.</summary>
    public FrozenSet<string> PlacePrepositions { get; }

    /// <summary>Words that refer to a person only ("he", "her", "himself"; kind <c>personal</c>).</summary>
    public FrozenSet<string> PersonalPronouns { get; }

    /// <summary>Possessive determiners ("their", "my"; kind <c>possessive-det</c>): "their dad, Braden," names a person.</summary>
    public FrozenSet<string> PossessiveDeterminers { get; }

    /// <summary>Articles that name a kind after a name ("Siska the orangutan"; kind <c>kind-article</c>): the name is no person's.</summary>
    public FrozenSet<string> KindArticles { get; }

    /// <summary>Folded last words of names of businesses, bodies, places and works ("services", "inc"; list <c>quote-non-person-names</c>).</summary>
    public FrozenSet<string> NonPersonNameWords { get; }

    /// <summary>
    /// An article and role words right before a verb no list knows are the sentence's subject
    /// (feature <c>role-subject</c>: "La ministre visite une école. « … », affirme-t-elle").
    /// </summary>
    public bool RoleSubject { get; }

    /// <summary>
    /// An incise may stand inside one pair of quote marks (French, feature <c>inner-incise</c>):
    /// « Nous sommes prêts, a assuré X. Mais pas à tout prix. ».
    /// </summary>
    public bool InnerIncise { get; }

    /// <summary>
    /// A colon intro's speaker is its sentence's subject, read like any subject, before the
    /// leading noun phrase (feature <c>colon-subject</c>): "TV analyst Greg Olund summed it up:
    /// “…”" is Greg Olund, and the agent of a passive speaks ("… was described by worker Ann: “…”").
    /// </summary>
    public bool ColonSubject { get; }

    /// <summary>A determiner after a comma opens an apposition ("Smith, the minister, said"; feature <c>determiner-opens-apposition</c>).</summary>
    public bool DeterminerOpensApposition { get; }

    /// <summary>Endings of a present participle that reports speech after a comma ("…, affirmant que", "…, saying"; kind <c>participle</c>).</summary>
    public IReadOnlyList<string> ParticipleSuffixes { get; }

    /// <summary>The words of every list, to fold tokens without allocating.</summary>
    public KnownWords Known { get; }

    public FrozenSet<string> Verbs { get; }

    public FrozenSet<string> Negations { get; }

    /// <summary>Cue phrases by their first folded word, exclusions and then longer cues first.</summary>
    public FrozenDictionary<string, (CueKind Kind, string[] Words)[]> CuesByFirstWord { get; }

    /// <summary>The first words of the source cues ("selon", "laut"): never part of a name.</summary>
    public FrozenSet<string> CueWords { get; }

    /// <summary>The first words of the stance cues ("pour"): common prepositions, cues only at a sentence start.</summary>
    public FrozenSet<string> StanceCueWords { get; }

    /// <summary>Pronoun → 'm', 'f', 'p' (plural) or 'x' (never a speaker).</summary>
    public FrozenDictionary<string, char> Pronouns { get; }

    /// <summary>Folded given name → the gender it tells ("anna" → feminine).</summary>
    public FrozenDictionary<string, SpeakerGender> GivenNames { get; }

    /// <summary>Honorific without its final dot → gender.</summary>
    public FrozenDictionary<string, SpeakerGender> Honorifics { get; }

    public FrozenDictionary<string, SpeakerGender> Roles { get; }

    public IReadOnlyList<(string Suffix, SpeakerGender Gender)> RoleSuffixes { get; }

    /// <summary>
    /// Prefixes joined by a hyphen to a role word that keep it a role ("ex-président",
    /// "co-fondatrice"; kind <c>role-prefix</c> in quote-grammar), folded.
    /// </summary>
    public FrozenSet<string> RolePrefixes { get; }

    public FrozenSet<string> TitleNouns { get; }

    public IReadOnlyList<string> TitleNounSuffixes { get; }

#if NET9_0_OR_GREATER
    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleNounLookup { get; }
#endif

    public FrozenSet<string> Determiners { get; }

    public FrozenDictionary<string, SpeakerGender> DeterminerGenders { get; }

    /// <summary>Determiners that never open a subject ("dem", "den"): a field they open is an object.</summary>
    public FrozenSet<string> Obliques { get; }

    /// <summary>
    /// Determiner → adjective endings after which it opens an oblique field ("der" + "-en":
    /// "Der britischen Zeitung sagte er" is dative, "der britische Minister" nominative).
    /// </summary>
    public FrozenDictionary<string, string[]> ObliqueAdjectives { get; }

    /// <summary>Focus particles that may stand before a subject ("Auch der Minister sagte").</summary>
    public FrozenSet<string> FocusWords { get; }

    /// <summary>Words that qualify an object ("als", "as", "comme"): a quote after one is what something is called.</summary>
    public FrozenSet<string> Qualifiers { get; }

    /// <summary>Definite determiners: a description they open ("le préfet") may name someone the article named before.</summary>
    public FrozenSet<string> Definites { get; }

    /// <summary>
    /// Determiners of a one-noun description that refers back to the source named before it in the
    /// paragraph ("die Zeitung" after "laut Süddeutscher Zeitung"; kind <c>anaphoric</c>).
    /// </summary>
    public FrozenSet<string> Anaphorics { get; }

    /// <summary>
    /// Nouns that after a determiner point back to the last name ("ce dernier", "l'intéressée";
    /// kind <c>anaphor-noun</c>).
    /// </summary>
    public FrozenSet<string> AnaphorNouns { get; }

    /// <summary>The feminine ones of <see cref="AnaphorNouns"/> (kind <c>anaphor-noun.f</c>).</summary>
    public FrozenSet<string> FeminineAnaphorNouns { get; }

    /// <summary>
    /// Head words of descriptions that stand for the one person an article has named ("le chef
    /// du Kremlin", "le sélectionneur"), unlike "le porte-parole", which is usually someone else.
    /// </summary>
    public FrozenSet<string> Periphrases { get; }

    /// <summary>
    /// Role hypernyms (kind <c>role-hypernym</c>): "magistrat" → procureur, juge: a description by
    /// the hypernym alone names the person named before whose role opens with one of them.
    /// </summary>
    public FrozenDictionary<string, FrozenSet<string>> RoleHypernyms { get; }

    /// <summary>Plural determiners: a subject they open ("les syndicats") is what "ils" / "elles" can refer to.</summary>
    public FrozenSet<string> PluralDeterminers { get; }

    /// <summary>
    /// Words that open an incise with an inverted subject ("comme l'a souligné X"): X speaks for
    /// the main clause; <see cref="AsIncisePronouns"/> may stand between ("l'").
    /// </summary>
    public FrozenSet<string> AsIncises { get; }

    /// <summary>
    /// Prepositions that govern an infinitive ("a accepté de répondre"): a reporting verb in the
    /// infinitive after one reports speech only with a clause ("a tenu à préciser que …").
    /// </summary>
    public FrozenSet<string> InfinitiveMarkers { get; }

    /// <summary>The endings of an infinitive, read after one of <see cref="InfinitiveMarkers"/>.</summary>
    public IReadOnlyList<string> InfinitiveEndings { get; }

    /// <summary>Object pronouns inside an incise opened by one of <see cref="AsIncises"/>.</summary>
    public FrozenSet<string> AsIncisePronouns { get; }

    /// <summary>
    /// Prepositions after an incise with impersonal "on" that name where the words come from
    /// ("assure-t-on à l'Élysée", "indique-t-on de source diplomatique"), longest first.
    /// </summary>
    public IReadOnlyList<string[]> PlaceOfOn { get; }

    /// <summary>
    /// Subject clitics written onto a verb ("a-t-il", "dit-elle"; kinds <c>clitic.m</c>, <c>clitic.f</c>,
    /// <c>clitic.p</c>, <c>clitic.x</c>) with the pronoun they stand for, longest first; empty in
    /// languages without them.
    /// </summary>
    public IReadOnlyList<(string Suffix, char Pronoun)> CliticSuffixes { get; }

    /// <summary>The length of the longest of <see cref="CliticSuffixes"/> (0 when there are none).</summary>
    public int LongestCliticSuffix { get; }

    /// <summary>Relative pronouns that open a clause ending with its verb (German "der", "welche").</summary>
    public FrozenSet<string> Relatives { get; }

    /// <summary>Endings of a possessive name ("Mason's"; kind <c>possessive</c>): it is no phrase head.</summary>
    public IReadOnlyList<string> PossessiveEndings { get; }

    /// <summary>Articles that open a subject after the verb ("Dem Sender sagte der Minister"; kind <c>nominative</c>).</summary>
    public FrozenSet<string> Nominatives { get; }

    /// <summary>True when a folded word ends like a possessive name.</summary>
    public bool IsPossessive(string fold) => PossessiveEndingLength(fold) > 0;

    /// <summary>The length of the longest possessive ending a folded word has after at least one letter ("mason's" → 2), or 0.</summary>
    public int PossessiveEndingLength(string fold)
    {
        int length = 0;
        foreach (var ending in PossessiveEndings)
        {
            if (ending.Length > length && fold.Length > ending.Length && fold.EndsWith(ending, StringComparison.Ordinal))
            {
                length = ending.Length;
            }
        }

        return length;
    }

    /// <summary>Endings of an adjective or adverb that may open a verb-second clause as its own field ("Höhnisch", "Überraschenderweise"; kind <c>adverb-ending</c>).</summary>
    public IReadOnlyList<string> AdverbSuffixes { get; }

    /// <summary>Endings of a finite verb in the plural ("sagten", "riefen"; kind <c>plural-ending</c>).</summary>
    public IReadOnlyList<string> PluralVerbEndings { get; }

    /// <summary>True when a folded finite verb has a <see cref="PluralVerbEndings"/> ending.</summary>
    public bool IsPluralVerb(string fold)
    {
        foreach (var ending in PluralVerbEndings)
        {
            if (fold.Length > ending.Length + 2 && fold.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a folded word has an <see cref="AdverbSuffixes"/> ending after a stem of three letters or more.</summary>
    public bool HasAdverbEnding(string fold) => EndsWithSuffix(fold, AdverbSuffixes);

    // One of the endings, after a stem of three letters or more ("adding", not "king").
    private static bool EndsWithSuffix(string fold, IReadOnlyList<string> suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (fold.Length > suffix.Length + 2 && fold.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a folded word has a past participle's ending (kind <c>past-participle</c>) after a stem of three letters or more.</summary>
    public bool HasPastParticipleEnding(string fold) => EndsWithSuffix(fold, PastParticipleSuffixes);

    /// <summary>Endings of a past participle that opens an aside between commas ("published on Monday"; kind <c>past-participle</c>).</summary>
    public IReadOnlyList<string> PastParticipleSuffixes { get; }

    /// <summary>True when a folded word has a present-participle ending after a stem of three letters or more ("adding", "affirmant"; not "king", nor a <c>not-participle</c> word).</summary>
    public bool HasParticipleEnding(string fold) => !NotParticiples.Contains(fold) && EndsWithSuffix(fold, ParticipleSuffixes);

    /// <summary>Lower-case particles inside a personal name ("Heike van Laak", "Ursula von der Leyen"; kind <c>name-particle</c>).</summary>
    public FrozenSet<string> NameParticles { get; }

    /// <summary>Reporting verbs whose bare object is not speech ("added a date", "posted a photo"; kind <c>clause-only</c>).</summary>
    public FrozenSet<string> ClauseOnlyVerbs { get; }

    /// <summary>Verbs that report speech only after a quote in their sentence ("“…!” Ann Roe shared"; kind <c>incise-only</c>).</summary>
    public FrozenSet<string> InciseOnlyVerbs { get; }

    /// <summary>Prepositions that name who was spoken to, between an incise verb and its subject ("a précisé à l'AFP le commandant …").</summary>
    public FrozenSet<string> RecipientPrepositions { get; }

    /// <summary>Prepositions that introduce a passive's agent ("par", "by"; kind <c>agent</c>).</summary>
    public FrozenSet<string> AgentPrepositions { get; }

    /// <summary>Prepositions before the medium that speaks in a passive of naming ("wurde im „Kurier“ als „…“ bezeichnet"; kind <c>passive-medium</c>).</summary>
    public FrozenSet<string> MediumPrepositions { get; }

    /// <summary>Pointers that open a sentence as the object of its reporting verb and point back to the sentence before ("Dies gibt der Verband bekannt."; kind <c>pointer-object</c>).</summary>
    public FrozenSet<string> PointerObjects { get; }

    /// <summary>Nouns of a claim whose owner says the clause after them ("der Vorwurf der Opposition, es handele sich um …"; kind <c>claim-noun</c>).</summary>
    public FrozenSet<string> ClaimNouns { get; }

    /// <summary>Prepositions of the manner of speaking between an incise verb and its subject ("a indiqué par téléphone le maire"; kind <c>manner</c>).</summary>
    public FrozenSet<string> MannerPrepositions { get; }

    /// <summary>
    /// Phrases after a first-person subject that name the person the author interviews ("I spoke
    /// with X"; kind <c>interview</c>), folded word by word.
    /// </summary>
    public IReadOnlyList<string[]> InterviewVerbs { get; }

    /// <summary>
    /// Phrases that open a journalist's credit ("Propos recueillis par"; kind <c>credit-line</c>),
    /// folded word by word: the sentence names no subject.
    /// </summary>
    public IReadOnlyList<string[]> CreditLines { get; }

    /// <summary>
    /// Labels that open an interview's question paragraphs ("Q.", "Question :"; kind
    /// <c>question-label</c>), folded: the label tells the question, with or without its "?".
    /// </summary>
    public FrozenSet<string> QuestionLabels { get; }

    /// <summary>
    /// Labels that open an interview's answer paragraphs ("R.", "Réponse :"; kind
    /// <c>answer-label</c>), folded: they name no one, the answer is the interviewee's.
    /// </summary>
    public FrozenSet<string> AnswerLabels { get; }

    /// <summary>Modal auxiliaries that make speech hypothetical with a generic subject ("you might say"; kind <c>modal</c>).</summary>
    public FrozenSet<string> Modals { get; }

    /// <summary>Pronouns of anyone at all ("you", "one"; kind <c>generic</c>): with a modal their quote is an example.</summary>
    public FrozenSet<string> GenericPronouns { get; }

    /// <summary>Verbs whose bare object is the one spoken to ("told the Gazette"; kind <c>addressee</c>).</summary>
    public FrozenSet<string> AddresseeVerbs { get; }

    /// <summary>Forms of "be" right before a fragment: "The virus is “…”" (kind <c>copula</c>; rule "thing before a copula").</summary>
    public FrozenSet<string> Copulas { get; }

    /// <summary>Words that open a fronted phrase before a quote that goes on with the quote before it (kind <c>opener</c>; rule "opener then quote").</summary>
    public FrozenSet<string> Openers { get; }

    /// <summary>Degrees and suffixes written between commas after a name ("Jane Doe, PhD, said"; kind <c>postnominal</c>).</summary>
    public FrozenSet<string> PostNominals { get; }

    /// <summary>Words that join a capitalised plural noun and a lower-case one into an organisation's name ("sans": "Médecins sans frontières"; kind <c>name-joiner</c>).</summary>
    public FrozenSet<string> NameJoiners { get; }

    /// <summary>
    /// Words that, right before a capitalised quote inside reported words, make it the speaker's own
    /// noun rather than a title or name where every noun is capitalised ("einen „Skandal“", "als
    /// „Zumutung“"; kind <c>quoted-noun-lead</c>).
    /// </summary>
    public FrozenSet<string> QuotedNounLeads { get; }

    /// <summary>Prepositions that make a statement noun after them a source cue ("nach offiziellen Angaben"; kind <c>report-lead</c>).</summary>
    public FrozenSet<string> ReportLeads { get; }

    /// <summary>Words that open the source after a statement noun ("nach ersten Informationen der Polizei"; kind <c>report-of</c>).</summary>
    public FrozenSet<string> ReportOwners { get; }

    /// <summary>Modifiers of a statement noun that make the clause's subject its source ("nach eigenen Angaben"; kind <c>report-self</c>).</summary>
    public FrozenSet<string> ReportSelf { get; }

    /// <summary>Possessives before a statement noun, whose owner is named elsewhere ("nach seinen Angaben"; kind <c>report-possessive</c>): no source of the rule's own.</summary>
    public FrozenSet<string> ReportPossessives { get; }

    /// <summary>Articles before a document noun that make "nach" mean "according to", not "after" ("nach einem Bericht"; kind <c>report-indefinite</c>).</summary>
    public FrozenSet<string> ReportIndefinites { get; }

    /// <summary>Endings of inflected adjectives, for a source that opens with one ("laut vorläufigem Ergebnis"; kind <c>adjective-ending</c>).</summary>
    public IReadOnlyList<string> AdjectiveEndings { get; }

    /// <summary>
    /// Endings of a genitive plural adjective that opens a statement's owner with no article
    /// ("nach Angaben informierter Kreise"; kind <c>genitive-plural-ending</c>).
    /// </summary>
    public IReadOnlyList<string> GenitivePluralEndings { get; }

    /// <summary>Pointer adverbs that make a sentence report what the previous one's speaker made known ("Demnach …"; kind <c>anaphoric-source</c>).</summary>
    public FrozenSet<string> AnaphoricSources { get; }

    /// <summary>Relative adverbs after a noun whose clause is what the noun says (German "wonach": "ein Bericht, wonach …"; kind <c>report-relative</c>).</summary>
    public FrozenSet<string> ReportRelatives { get; }

    /// <summary>Nouns of words after a citing verb's object that lead to the quote (German "mit den Worten „…“"; kind <c>cite-noun</c>).</summary>
    public FrozenSet<string> CiteNouns { get; }

    /// <summary>A postposition that makes the opinion or statement noun before it a source (German "nach": "dem Vernehmen nach"; kind <c>postposed-source</c>).</summary>
    public FrozenSet<string> PostposedSources { get; }

    /// <summary>Nouns of opinion or hearsay before a postposed source word ("seiner Meinung nach", "dem Vernehmen nach"; kind <c>opinion-noun</c>).</summary>
    public FrozenSet<string> OpinionNouns { get; }

    /// <summary>Demonstratives that name the last person named before them, nouns between skipped (German "letzterer"; kind <c>latter.m</c>).</summary>
    public FrozenSet<string> LatterMasculine { get; }

    /// <summary>The feminine ones (German "letztere"; kind <c>latter.f</c>).</summary>
    public FrozenSet<string> LatterFeminine { get; }

    /// <summary>Endings of a present participle that closes a fronted participle clause before the finite verb (German "-end": "…, auf die Kritik reagierend, schrieb X"; kind <c>participle-field-ending</c>).</summary>
    public IReadOnlyList<string> ParticipleFieldEndings { get; }

    /// <summary>Adjectives of a first or latest finding, which make an inquiry a source ("nach ersten Untersuchungen"; kind <c>report-early</c>).</summary>
    public FrozenSet<string> ReportEarly { get; }

    /// <summary>Inquiries that, after a <see cref="ReportEarly"/> adjective, are sources ("nach ersten Untersuchungen"; quote-documents kind <c>report-event</c>).</summary>
    public FrozenSet<string> ReportEvents { get; }

    // Endings of a compound's first part after which an "s" only links ("Regierungsangaben"; kind link-s).
    private IReadOnlyList<string> LinkingSAfter { get; }

    private FrozenSet<string> ReportNouns { get; }

    // Statement nouns that may end a compound whose first part names the source, longest first.
    private IReadOnlyList<string> ReportNounSuffixes { get; }

    /// <summary>
    /// Whether a folded word is a statement noun (file <c>quote-documents</c>, kind <c>report</c>:
    /// "Angaben", "Polizeiangaben", "Medienberichten"), and the length of the first part that names
    /// the source in a compound ("Polizei" in "Polizeiangaben"), 0 for the bare noun.
    /// </summary>
    public bool IsReportNoun(string fold, out int sourceLength)
    {
        sourceLength = 0;
        if (ReportNouns.Contains(fold))
        {
            return true;
        }

        // (Indexed loops, no lambda over the fold: this runs for many words, and a captured
        // parameter costs a closure on every call, a foreach over the interface an enumerator.)
        for (int i = 0; i < ReportNounSuffixes.Count; i++)
        {
            var suffix = ReportNounSuffixes[i];
            if (fold.Length > suffix.Length + 2 && fold.EndsWith(suffix, StringComparison.Ordinal))
            {
                int length = fold.Length - suffix.Length;
                // ("NASA-Angaben": the hyphen only joins; "Regierungsangaben": the s only links.)
                if (fold[length - 1] == '-')
                {
                    length--;
                }
                else if (fold[length - 1] == 's' && EndsWithLinkingS(fold.AsSpan(0, length - 1)))
                {
                    length--;
                }

                sourceLength = length;
                return true;
            }
        }

        return false;
    }

    private bool EndsWithLinkingS(ReadOnlySpan<char> stem)
    {
        for (int i = 0; i < LinkingSAfter.Count; i++)
        {
            if (stem.EndsWith(LinkingSAfter[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Head nouns of organisations' names ("ligue", "fondation", "comité"; kind <c>org-head</c>):
    /// capitalised before a word of <see cref="OrganisationJoiners"/>, they open a name that runs on
    /// in lower case ("la Ligue pour la protection des oiseaux").
    /// </summary>
    public FrozenSet<string> OrganisationHeads { get; }

    /// <summary>Prepositions inside an organisation's name after its head ("pour", "contre"; kind <c>org-joiner</c>).</summary>
    public FrozenSet<string> OrganisationJoiners { get; }

    /// <summary>
    /// Words that, right after an organisation joiner or its article, open where the words were said,
    /// not the name's tail ("son", "plateau", "réseaux": "a réagi la Fédération sur son compte X",
    /// "l'Union sur le plateau de BFMTV"; kind <c>org-tail-not</c>).
    /// </summary>
    public FrozenSet<string> OrganisationTailStops { get; }

    /// <summary>
    /// Nouns of bodies that may hold a stance before a quote ("syndicat", "mairie"; kind
    /// <c>stance-body</c>): "Pour le syndicat, « … »".
    /// </summary>
    public FrozenSet<string> StanceBodies { get; }

    /// <summary>Verb forms that put a name on something ("appellent", "surnommé"; kind <c>naming</c>): the quote they introduce is a name.</summary>
    public FrozenSet<string> NamingVerbs { get; }

    /// <summary>Pronouns that name a body or a document when they speak ("it said"; kind <c>body-pronoun</c>).</summary>
    public FrozenSet<string> BodyPronouns { get; }

    /// <summary>Prepositions that open an absolute participle clause, "with X saying …" (kind <c>absolute</c>).</summary>
    public FrozenSet<string> AbsoluteLeads { get; }

    /// <summary>Nouns naming what a person said, owned by a name before a colon ("Ann's advice is simple: “…”"; kind <c>speech-noun</c>).</summary>
    public FrozenSet<string> SpeechNouns { get; }

    /// <summary>Stressed pronouns that repeat a subject between commas ("Les syndicats, eux, dénoncent").</summary>
    public FrozenSet<string> StressedPronouns { get; }

    /// <summary>
    /// Asides set between commas after a subject ("La Confédération, pour sa part, juge …"; kind
    /// <c>aside</c>) as folded words, by their first word (like <see cref="CuesByFirstWord"/>).
    /// </summary>
    public FrozenDictionary<string, string[][]> Asides { get; }

    /// <summary>Reflexive clitics, part of the verb group ("s'est dit"; kind <c>reflexive</c>).</summary>
    public FrozenSet<string> Reflexives { get; }
    /// <summary>
    /// Finite parts of separable reporting verbs and their particles ("sicherte … zu", "wies …
    /// zurück"; kind <c>separable</c>): a cue only when the particle ends the clause.
    /// </summary>
    public FrozenDictionary<string, FrozenSet<string>> Separables { get; }

    /// <summary>
    /// The separable verbs' verb-final forms written as one word, particle first ("bekanntgab",
    /// "ausführte"), built from <see cref="Separables"/>: a cue only at the end of an as-clause.
    /// </summary>
    public FrozenSet<string> FusedSeparables { get; }

    /// <summary>
    /// Lower-case words after a noun with the preposition that carries their complement ("people
    /// familiar with the talks", "a source close to the team"; kind <c>postmodifier</c>): the
    /// preposition goes on with the description instead of ending it.
    /// </summary>
    public FrozenDictionary<string, FrozenSet<string>> PostModifiers { get; }

    /// <summary>Conjunctions after which a verb shares the subject of the clause before ("… und sagte"; kind <c>coord</c>).</summary>
    public FrozenSet<string> Coordinators { get; }

    /// <summary>Object pronouns that may stand between a verb and its subject ("so beschrieb ihn der Kollege"; kind <c>object</c>).</summary>
    public FrozenSet<string> ObjectPronouns { get; }

    /// <summary>Object clitics between a subject and its verb group ("Le ministre nous promet"; kind <c>object-clitic</c>).</summary>
    public FrozenSet<string> ObjectClitics { get; }

    /// <summary>
    /// Verb forms of reported speech (German Konjunktiv I and its stand-ins: "sei", "habe",
    /// "könne", "würden"; kind <c>subjunctive</c>): their clause is someone's words, not its subject's.
    /// </summary>
    public FrozenSet<string> Subjunctives { get; }

    /// <summary>Subordinating conjunctions that put the verb last and the subject right after them ("weil die Regierung … bezeichnet hat"; kind <c>sub</c>).</summary>
    public FrozenSet<string> Subordinators { get; }

    /// <summary>
    /// Prepositions that open a fronted adverbial before the subject ("In an email sent hours
    /// later, Ann Roe wrote …"; kind <c>front</c>): the subject follows the first comma.
    /// </summary>
    public FrozenSet<string> FrontedPrepositions { get; }

    /// <summary>
    /// Participles that open a fronted phrase before the subject ("Invitée de RTL, la ministre a
    /// …"; kind <c>front-participle</c>): the phrase is no name, the subject follows its comma.
    /// </summary>
    public FrozenSet<string> FrontParticiples { get; }

    /// <summary>Prepositions of a source's tail before the comma ("According to a report by Reuters, …"; kind <c>source-tail</c>).</summary>
    public FrozenSet<string> SourceTails { get; }

    /// <summary>Words with a participle's ending that are prepositions ("including"; kind <c>not-participle</c>).</summary>
    public FrozenSet<string> NotParticiples { get; }

    /// <summary>Reporting participles that also work as adjectives ("alleged", "purported"; kind <c>adjectival</c>).</summary>
    public FrozenSet<string> AdjectivalParticiples { get; }

    /// <summary>Words that lead a time phrase ("last", "next", "this"; kind <c>time-lead</c>).</summary>
    public FrozenSet<string> TimeLeads { get; }

    /// <summary>Nouns of a time phrase after a lead or a fronted preposition ("week", "morning"; kind <c>time-noun</c>).</summary>
    public FrozenSet<string> TimeNouns { get; }

    /// <summary>
    /// Words that open an embedded question after a verb or preposition ("spoke of how the two
    /// are linked"; kind <c>wh</c>): the auxiliary after them belongs to that clause, not to the
    /// sentence's subject.
    /// </summary>
    public FrozenSet<string> EmbeddedQuestions { get; }

    /// <summary>
    /// Pronouns of a free relative clause whose subject names something with the words quoted
    /// after its verb ("what its founder calls “…”"; kind <c>free-relative</c>).
    /// </summary>
    public FrozenSet<string> FreeRelatives { get; }

    /// <summary>
    /// Possessive pronouns with a gender (kinds <c>owner.m</c>, <c>owner.f</c>): "her caption",
    /// "his statement" as a speaker name the owner, resolved like "he" or "she".
    /// </summary>
    public FrozenSet<string> MasculineOwners { get; }

    /// <inheritdoc cref="MasculineOwners"/>
    public FrozenSet<string> FeminineOwners { get; }

    /// <summary>
    /// Perception verbs whose passive takes a reporting participle ("can be heard saying"; kind
    /// <c>perception-passive</c>): the passive's subject speaks.
    /// </summary>
    public FrozenSet<string> PerceptionPassives { get; }

    /// <summary>The naming verbs of such a free relative ("calls", "described"; kind <c>free-relative-verb</c>).</summary>
    public FrozenSet<string> FreeRelativeVerbs { get; }

    /// <summary>
    /// Prepositions of the topic after a reporting verb ("…,” she says of the boost her family
    /// has given her"; kind <c>topic</c>): after a quote they open what the words were about, so
    /// the verb is an incise.
    /// </summary>
    public FrozenSet<string> TopicPrepositions { get; }

    /// <summary>
    /// Conjunctions that open a clause of manner before a quote ("As Dunmore continues, “…”",
    /// "As journalist Ann Roe put it, “…”"; kind <c>as-lead</c>): the clause's subject speaks,
    /// whatever its verb.
    /// </summary>
    public FrozenSet<string> AsLeads { get; }

    /// <summary>Prepositions that open a fronted field before a verb-second verb (kind <c>prep</c>).</summary>
    public FrozenSet<string> Prepositions { get; }

    /// <summary>Prepositions that open a field naming who judges ("Für X ist das …"; kind <c>judge</c>).</summary>
    public FrozenSet<string> JudgeOpeners { get; }

    /// <summary>Reporting verbs never followed by their subject ("told": "X, role, told Reuters"; kind <c>no-inversion</c>).</summary>
    public FrozenSet<string> NoInversionVerbs { get; }

    /// <summary>Causative verbs before a reporting infinitive ("fait" in "a fait savoir"; kind <c>causative</c>).</summary>
    public FrozenSet<string> Causatives { get; }

    /// <summary>Infinitives that report speech after a causative ("savoir", "valoir"; kind <c>caused-verb</c>).</summary>
    public FrozenSet<string> CausedVerbs { get; }

    /// <summary>Words that make a personal pronoun before them impersonal ("il s'agit", "il faut"; kind <c>impersonal</c>).</summary>
    public FrozenSet<string> Impersonals { get; }

    /// <summary>Auxiliaries of the passive ("was told", "a été dit", "wurde gesagt"; kind <c>passive</c>): the subject is no speaker.</summary>
    public FrozenSet<string> PassiveAuxiliaries { get; }

    /// <summary>
    /// Auxiliaries that make a passive only after a participle, being future auxiliaries too
    /// ("festgestellt wird"; kind <c>passive.present</c>).
    /// </summary>
    public FrozenSet<string> PresentPassiveAuxiliaries { get; }

    /// <summary>Verbs whose object is the speaker ("Die Zeitung zitiert den Minister"): the subject only relays.</summary>
    public FrozenSet<string> CiteVerbs { get; }

    public FrozenSet<string> Stopwords { get; }

    public FrozenSet<string> Auxiliaries { get; }

    public FrozenSet<string> Adverbs { get; }

    public FrozenSet<string> Stops { get; }

    public FrozenSet<string> Complementizers { get; }

    public FrozenSet<string> ClauseWords { get; }

    public FrozenSet<string> Particles { get; }

    public FrozenSet<string> Weekdays { get; }

    public FrozenSet<string> Months { get; }

    /// <summary>True when the folded word is a role word ("président", "Innenminister").</summary>
    /// <summary>
    /// True when a head noun names a thing that says nothing ("Studie", "Erweiterung"; file
    /// <c>quote-non-speakers</c>, kind <c>thing</c>) and not a body that may ("Regierung", kind <c>body</c>).
    /// </summary>
    public bool IsNonSpeakerHead(string fold) => Matches(NonSpeakerHeads, fold) && !Matches(SpeakingBodies, fold) && !IsBareBody(fold);

    // "*zeitung" names a body in "Tageszeitung" and in "Zeitung" alike ("Laut der Zeitung", "Zeitungsberichten zufolge").
    private bool IsBareBody(string fold)
    {
        foreach (var e in SpeakingBodies)
        {
            if (e.Length == fold.Length + 1 && e[0] == '*' && e.AsSpan(1).SequenceEqual(fold))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a description (no person, no pronoun) has a head noun that says nothing: the last
    /// capitalised word of its first capitalised run ("Der Bau der Pipeline" → "Bau").
    /// </summary>
    public bool SaysNothing(Speaker speaker)
    {
        if (speaker.IsPerson || speaker.Pronoun != '\0' || NonSpeakerHeads.Count == 0 || IsDocument(speaker))
        {
            return false;
        }

        return Head(speaker) is { } head && IsNonSpeakerHead(head);
    }

    /// <summary>True when a description's head noun names a body that may speak ("die Landesregierung"; kind <c>body</c>).</summary>
    public bool IsBody(Speaker speaker) =>
        !speaker.IsPerson && speaker.Pronoun == '\0' && Head(speaker) is { } head && Matches(SpeakingBodies, head);

    // The last capitalised word of a description's first capitalised run ("Der Bau der Pipeline" → "bau").
    private string? Head(Speaker speaker)
    {
        if (PlainHeads)
        {
            return PlainHead(speaker);
        }

        string? head = null;
        foreach (var word in speaker.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var fold = TextFold.Fold(word.Trim(',', '.', '(', ')', '„', '“', '"'));
            if (word.Length > 0 && char.IsUpper(word[0]) && !Determiners.Contains(fold))
            {
                head = fold;
            }
            else if (head is not null)
            {
                break;
            }
        }

        return head;
    }

    // Rule "plain head": "The real answer" → "answer", "the heart of her method" → "heart", "the
    // club's new logo" → "logo": after the determiners, the last word before a preposition, a
    // determiner, a stop word, an adverb or a comma; null when a capitalised word stands there (a
    // name's word: "the Ninja Blender" names a thing the list cannot know).
    private string? PlainHead(Speaker speaker)
    {
        string? head = null;
        bool upper = false;
        foreach (var word in speaker.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var fold = TextFold.Fold(word.Trim(',', '.', '(', ')', '“', '”', '"'));
            if (fold.Length == 0)
            {
                break;
            }

            if (head is null && (Determiners.Contains(fold) || PossessiveDeterminers.Contains(fold)))
            {
                continue;
            }

            if (head is not null && (Determiners.Contains(fold) || Prepositions.Contains(fold) || Stops.Contains(fold) || Particles.Contains(fold) || Adverbs.Contains(fold)))
            {
                break;
            }

            head = fold;
            upper = char.IsUpper(word[0]);
            if (word.EndsWith(','))
            {
                break;
            }
        }

        return upper ? null : head;
    }

    /// <summary>
    /// True when a description (no person, no pronoun) names a document or text that speaks as a
    /// source (file <c>quote-documents</c>, kind <c>noun</c>: "the report", "le communiqué",
    /// "Die Studie der Universität"): a listed noun among its words before the first
    /// preposition, "of" word or second determiner ("The researcher behind the study" is a person's
    /// description, "the report of the commission" a document's).
    /// </summary>
    public bool IsDocument(Speaker speaker)
    {
        if (speaker.IsPerson || speaker.Pronoun != '\0' || DocumentNouns.Count + DocumentNounSuffixes.Count == 0)
        {
            return false;
        }

        bool content = false;
        foreach (var word in speaker.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var fold = TextFold.Fold(word.Trim(',', '.', '(', ')', '„', '“', '"', '«', '»', '”', '’'));
            if (fold.Length == 0)
            {
                continue;
            }

            if (Determiners.Contains(fold))
            {
                if (content)
                {
                    return false;
                }

                continue;
            }

            if (Stops.Contains(fold) || Particles.Contains(fold) || Prepositions.Contains(fold))
            {
                return false;
            }

            if (IsDocumentNoun(fold))
            {
                return true;
            }

            if (word.EndsWith(','))
            {
                return false;
            }

            content = true;
        }

        return false;
    }

    /// <summary>True when the folded word names a document ("rapport", "étude"; file <c>quote-documents</c>, kind <c>noun</c>).</summary>
    public bool IsDocumentNoun(string fold) => DocumentNouns.Contains(fold) || Matches(DocumentNounSuffixes, fold);

    /// <summary>Verbs that report speech only for a document subject ("The filing reads: …"; kind <c>verb</c>).</summary>
    public FrozenSet<string> DocumentVerbs { get; }

    private FrozenSet<string> DocumentNouns { get; }

    private IReadOnlyList<string> DocumentNounSuffixes { get; }

    private IReadOnlyList<string> NonSpeakerHeads { get; }

    private IReadOnlyList<string> SpeakingBodies { get; }

    // An entry "*ung" matches the end of a longer word; any other entry the whole word.
    private static bool Matches(IReadOnlyList<string> entries, string fold)
    {
        foreach (var e in entries)
        {
            if (e.StartsWith('*') ? fold.Length > e.Length && fold.EndsWith(e.AsSpan(1), StringComparison.Ordinal) : fold == e)
            {
                return true;
            }
        }

        return false;
    }

    public bool IsRole(string fold, out SpeakerGender gender)
    {
        if (Roles.TryGetValue(fold, out gender))
        {
            return true;
        }

        // "ex-président", "co-fondatrice": a listed prefix and a hyphen before a role word.
        int hyphen = RolePrefixes.Count > 0 ? fold.IndexOf('-') : -1;
        if (hyphen > 0 && RolePrefixes.Contains(fold[..hyphen]) && Roles.TryGetValue(fold[(hyphen + 1)..], out gender))
        {
            return true;
        }

        // A compound role, also in the genitive or plural ("des Fraktionschefs", "der Experten").
        var inflected = fold.Length > 1 && fold[^1] is 's' or 'n' ? fold.AsSpan(0, fold.Length - 1) : default;
        foreach (var (suffix, g) in RoleSuffixes)
        {
            if (fold.EndsWith(suffix, StringComparison.Ordinal) || inflected.Length >= suffix.Length && inflected.EndsWith(suffix, StringComparison.Ordinal))
            {
                gender = g;
                return true;
            }
        }

        gender = SpeakerGender.Unknown;
        return false;
    }

    /// <summary>
    /// True when the folded word announces a title in quote marks; a genitive or plural "-s" /
    /// "-es" is dropped first ("des Magazins", "des Typs", "journals").
    /// </summary>
    public bool IsTitleNoun(string fold) =>
        IsTitleNounForm(fold.AsSpan())
        || fold.Length > 4 && fold.EndsWith('s') && IsTitleNounForm(fold.AsSpan(0, fold.Length - 1))
        || fold.Length > 5 && fold.EndsWith("es", StringComparison.Ordinal) && IsTitleNounForm(fold.AsSpan(0, fold.Length - 2));

    private bool IsTitleNounForm(ReadOnlySpan<char> fold)
    {
#if NET9_0_OR_GREATER
        if (TitleNounLookup.Contains(fold))
#else
        if (TitleNouns.Contains(fold.ToString()))
#endif
        {
            return true;
        }

        foreach (var suffix in TitleNounSuffixes)
        {
            if (fold.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static SpeakerGender Gender(string kind) => kind switch
    {
        "m" => SpeakerGender.Masculine,
        "f" => SpeakerGender.Feminine,
        "p" => SpeakerGender.Plural,
        _ => SpeakerGender.Unknown,
    };

    private static FrozenSet<string> Fold(IReadOnlyList<string> words) =>
        words.Select(TextFold.Fold).ToFrozenSet(StringComparer.Ordinal);

    private static List<(string Kind, string Phrase)> Kinds(LanguageLexicon lexicon, string list)
    {
        var result = new List<(string, string)>();
        foreach (var line in lexicon.List(list))
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"{lexicon.Language}/{list}: '{line}' is not 'kind: phrase'");
            }

            result.Add((line[..colon].Trim(), TextFold.Fold(line[(colon + 2)..].Trim())));
        }

        return result;
    }
}
