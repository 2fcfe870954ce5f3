namespace NewsParsing.Quotes;

/// <summary>How a frame attributes its content.</summary>
internal enum FrameKind
{
    /// <summary>"X a déclaré que …", "X said …", "X sagte, …", "X a déclaré : « … »".</summary>
    Clause,

    /// <summary>After the content: "…, a déclaré X", "“…,” he said", "„…“, so X".</summary>
    Incise,

    /// <summary>"Selon X, …", "According to X, …".</summary>
    SourceBefore,

    /// <summary>"…, selon X", "… according to X".</summary>
    SourceAfter,

    /// <summary>"…, affirmant que …": the speaker is the sentence's subject.</summary>
    Participle,
}

/// <summary>
/// One attribution found in a sentence: who (speaker), the cue, and the span of what was said
/// (character offsets in the paragraph). Quotes inside the content take its speaker; a frame
/// whose content is not quoted becomes indirect speech.
/// </summary>
internal sealed record Frame
{
    public required int Paragraph { get; init; }

    public required int Sentence { get; init; }

    public required FrameKind Kind { get; init; }

    /// <summary>The speaker as written (a pronoun is kept here and resolved in <see cref="Resolved"/>).</summary>
    public required Speaker Speaker { get; init; }

    /// <summary>The speaker after pronoun resolution, or null when unknown.</summary>
    public Speaker? Resolved { get; init; }

    public required string Cue { get; init; }

    /// <summary>Character where the cue starts.</summary>
    public required int CueStart { get; init; }

    public required int ContentStart { get; init; }

    public required int ContentEnd { get; init; }

    /// <summary>For an incise: the token just before it (a comma or a closing quote mark).</summary>
    public int Delimiter { get; init; } = -1;

    /// <summary>A verb with its object rather than a clause ("a mentionné leur solidarité").</summary>
    public bool ObjectOnly { get; init; }

    /// <summary>
    /// The verb's bare object is not speech ("added a second date", "posted a photo"): the frame
    /// may attribute a quote in it, but reports no indirect speech without a clause.
    /// </summary>
    public bool ObjectIsNoSpeech { get; init; }
}
