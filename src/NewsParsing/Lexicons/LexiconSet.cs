using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using NewsParsing.Text;

namespace NewsParsing.Lexicons;

/// <summary>
/// The lexicons of every supported language. Immutable once loaded; the default set is read
/// from the library's embedded data files once and shared.
/// </summary>
public sealed class LexiconSet
{
    private const string ResourcePrefix = "NewsParsing.Lexicons.";
    private static readonly Lazy<LexiconSet> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly FrozenDictionary<string, LanguageLexicon> _languages;

    /// <summary>The folder name of the lists that belong to no language.</summary>
    public const string CommonFolder = "common";

    private LexiconSet(IEnumerable<LanguageLexicon> all)
    {
        var list = all.ToList();
        Common = list.FirstOrDefault(l => l.Language == CommonFolder) ?? new LanguageLexicon(CommonFolder, new Dictionary<string, IReadOnlyList<string>>());
        _languages = list.Where(l => l.Language != CommonFolder && !l.RecognitionOnly).ToFrozenDictionary(l => l.Language, StringComparer.Ordinal);
        Languages = [.. _languages.Keys.Order(StringComparer.Ordinal)];
        // Languages with rules and those known only by their function words: the detector tells
        // them all apart, so Spanish text is "es" (no rules) rather than French by its "de la que".
        var recognised = list.Where(l => l.Language != CommonFolder && l.Stopwords.Count > 0).OrderBy(l => l.Language, StringComparer.Ordinal).ToArray();
        RecognisedLanguages = [.. recognised.Select(l => l.Language)];
        WholeLineBoilerplate = BuildWholeLineRules(_languages.Values);
        MaxWholeLineLength = WholeLineBoilerplate.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
#if NET9_0_OR_GREATER
        _wholeLineLookup = WholeLineBoilerplate.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        NameSeparators = BuildNameSeparators(_languages.Values);
        // A word a language with rules also uses counts only for that language: "die" and "in"
        // in a Dutch list would cost short German pages their margin, and French or German
        // pages must never lose theirs to a language that has no rules to apply.
        var ruled = _languages.Values.SelectMany(l => l.Stopwords).ToHashSet(StringComparer.Ordinal);
        StopwordMasks = recognised
            .SelectMany((lexicon, i) => lexicon.Stopwords
                .Where(word => !lexicon.RecognitionOnly || !ruled.Contains(word))
                .Select(word => (word, bit: 1 << i)))
            .GroupBy(x => x.word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Aggregate(0, (mask, x) => mask | x.bit), StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _stopwordLookup = StopwordMasks.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stopwordLookup;
#endif

    /// <summary>Every language's function words, each mapped to a bit mask of the languages (in <see cref="Languages"/> order) it belongs to.</summary>
    public FrozenDictionary<string, int> StopwordMasks { get; }

    /// <summary>The languages (bits in <see cref="Languages"/> order) a folded word is a function word of; 0 for none.</summary>
    public int StopwordMask(ReadOnlySpan<char> foldedWord)
    {
#if NET9_0_OR_GREATER
        return _stopwordLookup.TryGetValue(foldedWord, out int mask) ? mask : 0;
#else
        return StopwordMasks.TryGetValue(foldedWord.ToString(), out int mask) ? mask : 0;
#endif
    }

    /// <summary>Length of the longest whole-line boilerplate phrase (folded); longer lines cannot match one.</summary>
    public int MaxWholeLineLength { get; }

    /// <summary>
    /// What separates two names in a byline: a comma, a semicolon, "&amp;" or any language's
    /// conjunction (the bylines lists' <c>joiner:</c> entries: "and", "et", "und"), in any case
    /// ("JANE DOE AND JOHN ROE"). Every language's, as sites print their theme's words on all pages.
    /// </summary>
    public Regex NameSeparators { get; }

    private static Regex BuildNameSeparators(IEnumerable<LanguageLexicon> languages)
    {
        var joiners = languages.SelectMany(l => l.Bylines).Where(b => b.Kind == "joiner" && b.Phrase.Length > 0)
            .Select(b => Regex.Escape(b.Phrase)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var words = joiners.Count == 0 ? "" : $@"|\b(?:{string.Join('|', joiners)})\b";
        return new Regex($@"\s*(?:[,;&]{words})\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(RegexTimeout.Milliseconds));
    }

    /// <summary>The lexicons shipped with the library (French, English, German).</summary>
    public static LexiconSet Default => LazyDefault.Value;

    /// <summary>Lists that belong to no language (news agencies), from the <c>common</c> folder.</summary>
    public LanguageLexicon Common { get; }

    /// <summary>The language codes in this set that have rules, sorted.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>
    /// Every language the detector can name, sorted: those with rules and those known only by
    /// their function words (<see cref="LanguageLexicon.RecognitionOnly"/>). The bits of
    /// <see cref="StopwordMask"/> follow this order.
    /// </summary>
    public IReadOnlyList<string> RecognisedLanguages { get; }

    /// <summary>Whole-line boilerplate rules of every language, by folded line (see Data/README.md).</summary>
    public FrozenDictionary<string, BoilerplateKind> WholeLineBoilerplate { get; }

#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, BoilerplateKind>.AlternateLookup<ReadOnlySpan<char>> _wholeLineLookup;
#endif

    /// <summary>The whole-line rule of a line folded as <see cref="Text.TextFold.FoldLine"/> folds, without making it a string (net9+).</summary>
    internal bool TryGetWholeLine(ReadOnlySpan<char> foldedLine, out BoilerplateKind kind)
    {
#if NET9_0_OR_GREATER
        return _wholeLineLookup.TryGetValue(foldedLine, out kind);
#else
        return WholeLineBoilerplate.TryGetValue(foldedLine.ToString(), out kind);
#endif
    }

    /// <summary>The lexicon of a language, or null when the set has none for it.</summary>
    public LanguageLexicon? Get(string? language) =>
        language is not null && _languages.TryGetValue(language, out var lexicon) ? lexicon : null;

    /// <summary>Every language's lexicon.</summary>
    public IEnumerable<LanguageLexicon> All => Languages.Select(l => _languages[l]);

    /// <summary>
    /// Loads a set from a folder laid out like the embedded data: one sub-folder per language,
    /// one <c>.txt</c> list per file. Use it to extend or replace the shipped lexicons.
    /// </summary>
    public static LexiconSet FromDirectory(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var languages = new List<LanguageLexicon>();
        foreach (var dir in Directory.EnumerateDirectories(path).Order(StringComparer.Ordinal))
        {
            var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal))
            {
                lists[Path.GetFileNameWithoutExtension(file)] = ParseList(File.ReadAllText(file, Encoding.UTF8));
            }

            languages.Add(Create(Path.GetFileName(dir), lists, dir));
        }

        return new LexiconSet(languages);
    }

    private static LexiconSet LoadEmbedded()
    {
        var assembly = typeof(LexiconSet).Assembly;
        var byLanguage = new SortedDictionary<string, Dictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !name.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            // "NewsParsing.Lexicons.fr/boilerplate.txt" (the folder separator may be / or \).
            var rest = name[ResourcePrefix.Length..].Replace('\\', '/');
            int slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                continue;
            }

            var language = rest[..slash];
            var listName = Path.GetFileNameWithoutExtension(rest[(slash + 1)..]);
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"resource {name} is missing");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            if (!byLanguage.TryGetValue(language, out var lists))
            {
                byLanguage[language] = lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            }

            lists[listName] = ParseList(reader.ReadToEnd());
        }

        return new LexiconSet(byLanguage.Select(kv => Create(kv.Key, kv.Value, "embedded " + kv.Key)));
    }

    private static LanguageLexicon Create(string language, Dictionary<string, IReadOnlyList<string>> lists, string origin)
    {
        try
        {
            return new LanguageLexicon(language, lists);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"lexicon {origin}: {ex.Message}", ex);
        }
    }

    internal static IReadOnlyList<string> ParseList(string content)
    {
        var result = new List<string>();
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            result.Add(line);
        }

        return result;
    }

    private static FrozenDictionary<string, BoilerplateKind> BuildWholeLineRules(IEnumerable<LanguageLexicon> languages)
    {
        var map = new Dictionary<string, BoilerplateKind>(StringComparer.Ordinal);
        foreach (var lexicon in languages.OrderBy(l => l.Language, StringComparer.Ordinal))
        {
            foreach (var (kind, phrase) in lexicon.Boilerplate)
            {
                if (kind is BoilerplateKind.Line or BoilerplateKind.End or BoilerplateKind.Box && phrase.Length > 0)
                {
                    // The strongest reading wins when languages disagree: end > box > line.
                    if (!map.TryGetValue(phrase, out var existing) || Strength(kind) > Strength(existing))
                    {
                        map[phrase] = kind;
                    }
                }
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);

        static int Strength(BoilerplateKind k) => k switch { BoilerplateKind.End => 3, BoilerplateKind.Box => 2, _ => 1 };
    }
}
