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
    public MentionHistory(Func<string, bool>? isCommonWord = null) => _isCommonWord = isCommonWord;

    public void Add(Speaker? speaker)
    {
        if (IsAntecedent(speaker))
        {
            _mentions.Add(speaker!);
        }
    }

    /// <summary>Adds a mention that is looked for only when a pronoun is resolved.</summary>
    public void AddLater(Func<Speaker?> find) => _mentions.Add(find);

    /// <summary>The antecedent of a pronoun, or null (plural, impersonal, nothing fits).</summary>
    public Speaker? Resolve(Speaker pronoun) => Resolve(pronoun, null);

    /// <summary>
    /// The person mentioned last other than <paramref name="except"/>: the history holds the
    /// subjects of the whole paragraph, so a reported sentence's own subject ("Jeder Lehrer
    /// könne „…“") is skipped to reach the one who spoke before it.
    /// </summary>
    public Speaker? LatestOther(Speaker except) => Resolve(new Speaker { Text = "", Pronoun = 'a' }, except.Text);

    private Speaker? Resolve(Speaker pronoun, string? except)
    {
        if (pronoun.Pronoun is not ('m' or 'f' or 'a'))
        {
            return null;
        }

        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            if (_mentions[i] is Func<Speaker?> find)
            {
                var found = find();
                _mentions[i] = IsAntecedent(found) ? found! : NoMention;
            }

            if (_mentions[i] is Speaker m && Fits(m, pronoun.Pronoun) && !IsCommonWord(m) && m.Text != except)
            {
                return m;
            }
        }

        return null;
    }

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
        && candidate.Text.AsSpan().IndexOfAny(' ', '\u00A0') < 0 && _isCommonWord(QuoteFold.Fold(candidate.Text, 0, candidate.Text.Length));
}
