namespace NewsParsing.Quotes;

/// <summary>A speaker as one mention names it, before canonical naming.</summary>
internal sealed record Speaker
{
    /// <summary>The name ("Pat Ryder") or the description ("le porte-parole du Kremlin").</summary>
    public required string Text { get; init; }

    /// <summary>The role or apposition split off, or null.</summary>
    public string? Role { get; init; }

    public SpeakerGender Gender { get; init; }

    /// <summary>A proper name rather than a description.</summary>
    public bool IsName { get; init; }

    /// <summary>A description with a role word ("la porte-parole"): a person, though unnamed.</summary>
    public bool IsRole { get; init; }

    /// <summary>'m', 'f', 'p' or 'x' when the mention is a pronoun, else '\0'.</summary>
    public char Pronoun { get; init; }

    /// <summary>Can a personal pronoun refer to it.</summary>
    public bool IsPerson => IsName || IsRole;
}

/// <summary>
/// A mention found only when a pronoun needs it (most never do): one object per sentence rather
/// than closures, since every sentence of an article adds one.
/// </summary>
internal abstract class LazyMention
{
    /// <summary>Finds the mention, or null.</summary>
    public abstract Speaker? Find();

    /// <summary>A weaker mention when <see cref="Find"/> finds none: an antecedent of incises only; null by default.</summary>
    public virtual Speaker? Fallback() => null;
}

/// <summary>
/// The people and bodies an article has named so far, for pronoun resolution: "il" is the last
/// named speaker or subject whose gender fits.
/// </summary>
internal sealed class MentionHistory
{
    // A mention, or a sentence subject found only when a pronoun needs it (most never do).
    private readonly List<object> _mentions = [];

    // True for a folded word the article uses as a common word, or null when a capital says
    // nothing about names (German capitalises every noun).
    private readonly Func<string, bool>? _isCommonWord;

    /// <param name="isCommonWord">
    /// Whether the article uses a folded word as a common word (writes it in lower case); when
    /// given, a one-word name that is such a word ("So", "Time", "Fans" opening a sentence) is
    /// no antecedent.
    /// </param>
    /// <param name="mayBePerson">
    /// Whether a mention may be a person by what the article shows (<see cref="PersonNames"/>);
    /// when given, a pronoun skips the mentions it rejects.
    /// </param>
    public MentionHistory(Func<string, bool>? isCommonWord = null, Func<Speaker, bool>? mayBePerson = null)
    {
        _isCommonWord = isCommonWord;
        _mayBePerson = mayBePerson;
    }

    private readonly Func<Speaker, bool>? _mayBePerson;

    /// <summary>Whether a name may be a person's by what the article shows (true when nothing tells).</summary>
    public bool MayBePerson(Speaker speaker) => _mayBePerson?.Invoke(speaker) ?? true;

    // Where each mention stands (paragraph, sentence), so that a quote looks back only to the
    // sentences before its own.
    private readonly List<(int Paragraph, int Sentence)> _positions = [];
    private (int Paragraph, int Sentence) _at;

    /// <summary>The sentence the mentions added next belong to.</summary>
    public void At(int paragraph, int sentence) => _at = (paragraph, sentence);

    public void Add(Speaker? speaker)
    {
        if (IsAntecedent(speaker))
        {
            _mentions.Add(speaker!);
            _positions.Add(_at);
            _weak.Add(false);
            _mayName.Add(true);
        }
    }

    // Mentions found only by a name in a sentence whose subject is unknown: antecedents of an
    // incise's clitic ("« … », écrit-il"), not of a pronoun that opens reported speech.
    private readonly List<bool> _weak = [];

    // Whether a mention may be a named person: a sentence without a capitalised word that is no
    // determiner names no one, and is not looked into for a description.
    private readonly List<bool> _mayName = [];

    /// <summary>Adds a mention that is looked for only when a pronoun is resolved.</summary>
    /// <param name="mention">Finds the mention, and a weaker one (an antecedent of incises only) when it finds none.</param>
    /// <param name="mayName">False when the sentence holds no capitalised word that could start a name.</param>
    public void AddLater(LazyMention mention, bool mayName = true)
    {
        _mentions.Add(mention);
        _positions.Add(_at);
        _weak.Add(false);
        _mayName.Add(mayName);
    }

    // Runs a lazy mention once, keeping what it found.
    private void Force(int i)
    {
        if (_mentions[i] is not LazyMention lazy)
        {
            return;
        }

        var found = lazy.Find();
        if (!IsAntecedent(found))
        {
            found = lazy.Fallback();
            _weak[i] = IsAntecedent(found);
        }

        _mentions[i] = IsAntecedent(found) ? found! : NoMention;
    }

    /// <summary>The antecedent of a pronoun, or null (plural, impersonal, nothing fits).</summary>
    /// <param name="pronoun">The pronoun.</param>
    /// <param name="before">When given, only mentions in sentences before this one count.</param>
    /// <param name="incise">The pronoun is the subject of an incise: fallback mentions count.</param>
    public Speaker? Resolve(Speaker pronoun, (int Paragraph, int Sentence)? before = null, bool incise = false) => Resolve(pronoun, null, before, incise);

    /// <summary>
    /// The person mentioned last other than <paramref name="except"/>: the history holds the
    /// subjects of the whole paragraph, so a reported sentence's own subject ("Jeder Lehrer
    /// könne „…“") is skipped to reach the one who spoke before it.
    /// </summary>
    public Speaker? LatestOther(Speaker except) => Resolve(new Speaker { Text = "", Pronoun = 'a' }, except.Text, null, false);

    private Speaker? Resolve(Speaker pronoun, string? except, (int Paragraph, int Sentence)? before, bool incise)
    {
        if (pronoun.Pronoun is not ('m' or 'f' or 'a'))
        {
            return null;
        }

        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            if (before is { } b && (_positions[i].Paragraph > b.Paragraph || _positions[i].Paragraph == b.Paragraph && _positions[i].Sentence >= b.Sentence))
            {
                continue;
            }

            Force(i);
            if (_weak[i] && !incise && pronoun.Pronoun != 'a')
            {
                continue;
            }

            if (_mentions[i] is Speaker m && Fits(m, pronoun.Pronoun) && !IsCommonWord(m) && m.Text != except && (_mayBePerson is null || _mayBePerson(m)))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The content words of descriptions and roles, by text: an article repeats them.</summary>
    public Dictionary<string, (List<string> Words, bool Definite)> DescriptionWords { get; } = new(StringComparer.Ordinal);

    /// <summary>How many mentions <see cref="NamedPersons"/> looks back over.</summary>
    public const int PersonWindow = 200;

    /// <summary>How many mentions the article has made so far.</summary>
    public int Count => _mentions.Count;

    /// <summary>
    /// The named people of the last <see cref="PersonWindow"/> mentions, the latest first (a person
    /// named twice comes twice). The window keeps a description's look-up linear in a huge text.
    /// </summary>
    /// <remarks>
    /// A struct to walk with foreach rather than an iterator: every description asks, and an
    /// iterator was an object per question. The mentions are looked at when it is asked for, which
    /// the foreach that asks does at once.
    /// </remarks>
    public NamedPersonList NamedPersons()
    {
        // Each mention is looked at once, when the first look-up after it is made: what it names
        // never changes once forced, and every description of the article asks again.
        for (; _namedUpTo < _mentions.Count; _namedUpTo++)
        {
            int i = _namedUpTo;
            if (!_mayName[i] || i < _mentions.Count - PersonWindow)
            {
                continue;
            }

            Force(i);
            if (_mentions[i] is Speaker { IsName: true } m && !IsCommonWord(m))
            {
                _named.Add((i, m));
            }
        }

        return new NamedPersonList(_named, _mentions.Count - PersonWindow);
    }

    /// <summary>The named people of <see cref="NamedPersons"/>, the latest first.</summary>
    public readonly struct NamedPersonList(List<(int Index, Speaker Person)> named, int windowStart)
    {
        public Enumerator GetEnumerator() => new(named, windowStart);

        public struct Enumerator(List<(int Index, Speaker Person)> named, int windowStart)
        {
            private int _k = named.Count;

            public readonly Speaker Current => named[_k].Person;

            public bool MoveNext() => --_k >= 0 && named[_k].Index >= windowStart;
        }
    }

    // The named people found by NamedPersons so far, with their mention index, and how far it looked.
    private readonly List<(int Index, Speaker Person)> _named = [];
    private int _namedUpTo;

    /// <summary>The person mentioned last, of any gender, or null.</summary>
    public Speaker? Latest() => Resolve(new Speaker { Text = "", Pronoun = 'a' });

    /// <summary>True when a personal pronoun ('m' or 'f') can refer to the speaker: a person whose gender is unknown or agrees.</summary>
    public static bool Fits(Speaker candidate, char pronoun) =>
        pronoun is 'm' or 'f' or 'a' && candidate is { Pronoun: '\0', IsPerson: true }
        && (pronoun == 'a' || candidate.Gender == SpeakerGender.Unknown || candidate.Gender == (pronoun == 'm' ? SpeakerGender.Masculine : SpeakerGender.Feminine));

    private static readonly object NoMention = new();

    private static bool IsAntecedent(Speaker? speaker) => speaker is { Pronoun: '\0' } && speaker.IsPerson;

    /// <summary>
    /// "So when I returned …", "Time ticked by": a one-word name with no role or title that the
    /// article uses as a common word is no person.
    /// </summary>
    private bool IsCommonWord(Speaker candidate) =>
        _isCommonWord is not null && candidate is { IsName: true, Role: null, Gender: SpeakerGender.Unknown }
        && candidate.Text.AsSpan().IndexOfAny(' ', '\u00A0') < 0
        && (_commonWordVerdicts.TryGetValue(candidate.Text, out bool common) ? common
            : _commonWordVerdicts[candidate.Text] = _isCommonWord(QuoteFold.Fold(candidate.Text, 0, candidate.Text.Length)));

    // The verdict per one-word name: a description's look-up asks it for the same mentions again and again.
    private readonly Dictionary<string, bool> _commonWordVerdicts = new(StringComparer.Ordinal);
}
