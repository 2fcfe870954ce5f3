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
    private readonly List<Speaker> _mentions = [];

    public void Add(Speaker? speaker)
    {
        if (speaker is { Pronoun: '\0' } && speaker.IsPerson)
        {
            _mentions.Add(speaker);
        }
    }

    /// <summary>The antecedent of a pronoun, or null (plural, impersonal, nothing fits).</summary>
    public Speaker? Resolve(Speaker pronoun)
    {
        var wanted = pronoun.Pronoun switch
        {
            'm' => SpeakerGender.Masculine,
            'f' => SpeakerGender.Feminine,
            _ => (SpeakerGender?)null,
        };
        if (wanted is null)
        {
            return null;
        }

        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.Gender == SpeakerGender.Unknown || m.Gender == wanted)
            {
                return m;
            }
        }

        return null;
    }
}
