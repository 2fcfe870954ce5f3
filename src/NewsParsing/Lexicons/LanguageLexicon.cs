using System.Collections.Frozen;
using NewsParsing.Text;

namespace NewsParsing.Lexicons;

/// <summary>The kinds of boilerplate rule a lexicon holds (see Lexicons/Data/README.md).</summary>
public enum BoilerplateKind
{
    /// <summary>The whole line is furniture.</summary>
    Line,

    /// <summary>The whole line opens what follows the article; it and the rest are dropped.</summary>
    End,

    /// <summary>The whole line heads a "read also" box; its teaser follows.</summary>
    Box,

    /// <summary>A line that starts with the phrase is furniture.</summary>
    Prefix,

    /// <summary>A line that contains the phrase is furniture.</summary>
    Contains,
}

/// <summary>One language's knowledge: every list of its data folder, by file name.</summary>
public sealed class LanguageLexicon
{
    private readonly FrozenDictionary<string, IReadOnlyList<string>> _lists;

    internal LanguageLexicon(string language, IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
    {
        Language = language;
        _lists = lists.ToFrozenDictionary(StringComparer.Ordinal);
        Stopwords = List("stopwords").Select(TextFold.Fold).ToFrozenSet(StringComparer.Ordinal);
        RecognitionOnly = _lists.Keys.All(name => name == "stopwords");
        Weekdays = List("weekdays").Select(TextFold.Fold).ToFrozenSet(StringComparer.Ordinal);
        Months = ParseMonths(List("months"));
        CreditLabels = List("credits");
        FoldedCreditLabels = CreditLabels.Select(TextFold.FoldLine).ToFrozenSet(StringComparer.Ordinal);
        InlineCreditMarkers = [.. CreditLabels.SelectMany(l => new[] { ". " + l + " :", ". " + l + ":", ". (" + l + " :", ". (" + l + ":" })];
        Boilerplate = ParseKinds(List("boilerplate"), ParseBoilerplateKind, (kind, raw) => kind == BoilerplateKind.Prefix ? FoldPrefix(raw) : TextFold.FoldLine(raw));
        PrefixBoilerplate = [.. Boilerplate.Where(b => b.Kind == BoilerplateKind.Prefix).Select(b => b.Phrase)];
        ContainsBoilerplate = [.. Boilerplate.Where(b => b.Kind == BoilerplateKind.Contains).Select(b => b.Phrase)];
#if NET9_0_OR_GREATER
        // One multi-string search per paragraph instead of one Contains per phrase (an empty phrase is handled by the caller).
        ContainsBoilerplateSearch = System.Buffers.SearchValues.Create([.. ContainsBoilerplate.Where(p => p.Length > 0)], StringComparison.Ordinal);
#endif
        Bylines = ParseKinds(List("bylines"), k => k, (_, raw) => TextFold.FoldLine(raw));
        CreditPhrases = [.. Bylines.Where(b => b.Kind == "credit").Select(b => b.Phrase.Split(' '))];
        _bylinesByKind = Bylines.GroupBy(b => b.Kind, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(b => b.Phrase).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        RoleLastWords = Bylines.Where(b => b.Kind == "role").Select(b => b.Phrase[(b.Phrase.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);
        BylinePrefixes = [.. Bylines.Where(b => b.Kind == "prefix").Select(b => b.Phrase).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
        BylineExclusions = Bylines.Where(b => b.Kind is "role" or "account").Select(b => b.Phrase).ToFrozenSet(StringComparer.Ordinal);
        // Longest label first, so "Mis à jour le" wins over "Mis à jour".
        DateLabels = [.. ParseKinds(List("date-labels"), k => k, (_, raw) => TextFold.FoldLine(raw)).OrderByDescending(l => l.Item2.Length).ThenBy(l => l.Item2, StringComparer.Ordinal)];
        DateLabelWords = [.. DateLabels.Select(l => l.Phrase.Split(' '))];
#if NET9_0_OR_GREATER
        _stopwordLookup = Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        _foldedLists = _lists.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.Select(TextFold.FoldLine).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private readonly FrozenDictionary<string, FrozenSet<string>> _foldedLists;
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwordLookup;
#endif

    /// <summary>True when a folded word is one of this language's function words.</summary>
    public bool IsStopword(ReadOnlySpan<char> foldedWord)
    {
#if NET9_0_OR_GREATER
        return _stopwordLookup.Contains(foldedWord);
#else
        return Stopwords.Contains(foldedWord.ToString());
#endif
    }

    /// <summary>The entries of a list in their whole-line folded form (<see cref="TextFold.FoldLine"/>); empty when absent.</summary>
    public FrozenSet<string> FoldedList(string name) =>
        _foldedLists.TryGetValue(name, out var set) ? set : FrozenSet<string>.Empty;

    /// <summary>Credit labels in folded form.</summary>
    public FrozenSet<string> FoldedCreditLabels { get; }

    /// <summary>". Photo :", ". (Photo:" …: where an inline credit starts after a caption's last sentence.</summary>
    public IReadOnlyList<string> InlineCreditMarkers { get; }

    /// <summary>Folded byline prefixes, longest first.</summary>
    public IReadOnlyList<string> BylinePrefixes { get; }

    /// <summary>Folded job titles and CMS accounts that are never author names.</summary>
    public FrozenSet<string> BylineExclusions { get; }

    /// <summary>ISO 639-1 code of the language.</summary>
    public string Language { get; }

    /// <summary>
    /// True for a language known only by its function words (a folder with nothing but
    /// <c>stopwords.txt</c>): pages in it are recognised and labelled, so no other language's
    /// rules read them, but no rules of its own exist.
    /// </summary>
    public bool RecognitionOnly { get; }

    /// <summary>Folded function words, for language detection.</summary>
    public FrozenSet<string> Stopwords { get; }

    /// <summary>Folded weekday names and abbreviations.</summary>
    public FrozenSet<string> Weekdays { get; }

    /// <summary>Folded month names and abbreviations, mapped to 1–12.</summary>
    public FrozenDictionary<string, int> Months { get; }

    /// <summary>Labels that introduce a photo credit, as written.</summary>
    public IReadOnlyList<string> CreditLabels { get; }

    /// <summary>Boilerplate rules: kind and folded phrase.</summary>
    public IReadOnlyList<(BoilerplateKind Kind, string Phrase)> Boilerplate { get; }

    /// <summary>The phrases of the prefix rules in <see cref="Boilerplate"/>, for the per-paragraph test.</summary>
    internal string[] PrefixBoilerplate { get; }

    /// <summary>The phrases of the contains rules in <see cref="Boilerplate"/>.</summary>
    internal string[] ContainsBoilerplate { get; }

#if NET9_0_OR_GREATER
    /// <summary>The non-empty <see cref="ContainsBoilerplate"/> phrases as one search.</summary>
    internal System.Buffers.SearchValues<string> ContainsBoilerplateSearch { get; }
#endif

    /// <summary>Byline rules: kind (prefix, account, role) and folded phrase.</summary>
    public IReadOnlyList<(string Kind, string Phrase)> Bylines { get; }

    private readonly FrozenDictionary<string, FrozenSet<string>> _bylinesByKind;

    /// <summary>The folded phrases of one kind of <see cref="Bylines"/> ("suffix", "role", …); empty when the language has none.</summary>
    public FrozenSet<string> BylinePhrases(string kind) =>
        _bylinesByKind.TryGetValue(kind, out var set) ? set : FrozenSet<string>.Empty;

    /// <summary>The last words of the <c>role</c> phrases ("analyst" of "NFL Analyst"): a word a job title ends with.</summary>
    internal FrozenSet<string> RoleLastWords { get; }

    /// <summary>The <c>credit</c> phrases of <see cref="Bylines"/> ("photos by"), split into their folded words.</summary>
    internal string[][] CreditPhrases { get; }

    /// <summary>Date labels: kind (published, modified) and folded phrase, longest phrase first.</summary>
    public IReadOnlyList<(string Kind, string Phrase)> DateLabels { get; }

    /// <summary>The phrases of <see cref="DateLabels"/> split into their folded words, in the same order.</summary>
    internal string[][] DateLabelWords { get; }

    /// <summary>A list of this language by its file name without extension; empty when absent.</summary>
    /// <remarks>Entries are as written, comments and blank lines removed.</remarks>
    public IReadOnlyList<string> List(string name) =>
        _lists.TryGetValue(name, out var list) ? list : [];

    /// <summary>The names of the lists this language has.</summary>
    public IEnumerable<string> ListNames => _lists.Keys;

    private static FrozenDictionary<string, int> ParseMonths(IReadOnlyList<string> lines)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !int.TryParse(line.AsSpan(0, colon), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int month))
            {
                throw new FormatException($"months: '{line}' is not 'N: name …'");
            }

            foreach (var name in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[TextFold.Fold(name)] = month;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The folded form of a prefix rule. Unlike whole-line phrases it keeps its final
    /// punctuation ("Watch:" must not match "Watch the skies…"), and a space before a colon is
    /// dropped so French and English typography ("Vidéo :", "Vidéo:") fold alike.
    /// </summary>
    internal static string FoldPrefix(string text) => TextFold.Fold(text).Trim().Replace(" :", ":", StringComparison.Ordinal);

    private static IReadOnlyList<(TKind, string)> ParseKinds<TKind>(IReadOnlyList<string> lines, Func<string, TKind> kind, Func<TKind, string, string> fold)
    {
        var result = new List<(TKind, string)>(lines.Count);
        foreach (var line in lines)
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"'{line}' is not 'kind: phrase'");
            }

            var k = kind(line[..colon].Trim());
            result.Add((k, fold(k, line[(colon + 2)..])));
        }

        return result;
    }

    private static BoilerplateKind ParseBoilerplateKind(string kind) => kind switch
    {
        "line" => BoilerplateKind.Line,
        "end" => BoilerplateKind.End,
        "box" => BoilerplateKind.Box,
        "prefix" => BoilerplateKind.Prefix,
        "contains" => BoilerplateKind.Contains,
        _ => throw new FormatException($"boilerplate: unknown kind '{kind}'"),
    };
}
