using System.Text.RegularExpressions;
using NewsParsing.Dates;
using NewsParsing.Lexicons;
using NewsParsing.Text;

namespace NewsParsing.Formats.Common;

/// <summary>
/// Rules on single lines that every text format shares: boilerplate, credits, bylines, dates,
/// the shapes of headlines and crossheads. The knowledge behind them is in the lexicons.
/// </summary>
public static partial class TextRules
{
    /// <summary>Longest line a <c>contains</c> boilerplate rule applies to.</summary>
    public const int MaxBoilerplateContainsLength = 1000;

    /// <summary>The whole-line or language rule that makes a line boilerplate, if any.</summary>
    public static BoilerplateKind? Boilerplate(string text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (text.Length <= context.Lexicons.MaxWholeLineLength + 8 && WholeLineRule(text, context.Lexicons) is { } wholeLine)
        {
            return wholeLine;
        }

        return context.Lexicon is { } lexicon ? LanguageRule(text, lexicon) : null;
    }

    /// <summary>
    /// The whole-line rule of a short line (<see cref="BoilerplateKind.Line"/> when it folds to
    /// nothing): <see cref="TextFold.FoldLine"/> into a buffer, looked up without a string.
    /// </summary>
    internal static BoilerplateKind? WholeLineRule(string text, LexiconSet lexicons)
    {
        int capacity = text.Length * 3;
        char[]? rented = null;
        Span<char> buffer = capacity <= 512 ? stackalloc char[capacity] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var line = ((ReadOnlySpan<char>)buffer[..TextFold.FoldInto(text, buffer)]).Trim(TextFold.LineTrim);
            if (line.Length == 0)
            {
                return BoilerplateKind.Line;
            }

            return lexicons.TryGetWholeLine(line, out var kind) ? kind : null;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The page language's prefix and contains rules. Folds into one pooled buffer: this runs on
    /// every paragraph of every page, so it allocates nothing, and folds each character once: the
    /// head the prefix rules read is the start of the whole line's fold (unless the head lost a
    /// space before a colon, then the line is folded again). No stackalloc here: a method with a
    /// loop and a stackalloc cannot be recompiled on the fly, so the JIT compiles it once, fully
    /// optimised but without the profile of its calls, and never again.
    /// </summary>
    private static BoilerplateKind? LanguageRule(string text, LanguageLexicon lexicon)
    {
        bool contains = text.Length <= MaxBoilerplateContainsLength;
        char[] rented = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(PrefixHeadLength, contains ? text.Length : 0) * 3);
        try
        {
            int headChars = Math.Min(text.Length, PrefixHeadLength);
            bool pendingSpace = false;
            int headLength = TextFold.FoldInto(text.AsSpan(0, headChars), rented, 0, ref pendingSpace);
            var head = PrefixHead(rented, headLength, out bool compacted);
            foreach (var phrase in lexicon.PrefixBoilerplate)
            {
                if (StartsWithPrefixRule(head, phrase))
                {
                    return BoilerplateKind.Prefix;
                }
            }

            if (!contains)
            {
                return null;
            }

            int length = compacted
                ? TextFold.FoldInto(text, rented)
                : TextFold.FoldInto(text.AsSpan(headChars), rented, headLength, ref pendingSpace);
            return HasContainsPhrase(rented.AsSpan(0, length), lexicon) ? BoilerplateKind.Contains : null;
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    private const int PrefixHeadLength = 160;

    /// <summary>True when a phrase of the lexicon's contains rules occurs in <paramref name="folded"/>.</summary>
    private static bool HasContainsPhrase(ReadOnlySpan<char> folded, LanguageLexicon lexicon)
    {
#if NET9_0_OR_GREATER
        // One multi-string search, not a Contains per phrase; an empty phrase (left out of the search) is in any text.
        return folded.IndexOfAny(lexicon.ContainsBoilerplateSearch) >= 0 || Array.IndexOf(lexicon.ContainsBoilerplate, "") >= 0;
#else
        foreach (var phrase in lexicon.ContainsBoilerplate)
        {
            if (folded.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
#endif
    }

    /// <summary>
    /// The start of a line folded as prefix rules are (<see cref="LanguageLexicon.FoldPrefix"/>:
    /// punctuation kept, " :" read as ":", trimmed), opening quote marks dropped. Prefix phrases
    /// are short, so the head is enough.
    /// </summary>
    private static ReadOnlySpan<char> PrefixHead(Span<char> buffer, int length, out bool compacted)
    {
        // The head of the line folded (its first PrefixHeadLength characters) is buffer[..length].
        // Characters before the first " :" stay where they are: one vectorised search, no copy.
        int n = buffer[..length].IndexOf(" :");
        compacted = n >= 0;
        if (n < 0)
        {
            n = length;
        }

        for (int i = n; i < length; i++)
        {
            if (buffer[i] == ' ' && i + 1 < length && buffer[i + 1] == ':')
            {
                continue;
            }

            buffer[n++] = buffer[i];
        }

        return ((ReadOnlySpan<char>)buffer[..n]).Trim().TrimStart("«\"*>|");
    }

    /// <summary>The phrase starts the line and ends on a word boundary (or on its own punctuation).</summary>
    private static bool StartsWithPrefixRule(ReadOnlySpan<char> head, string phrase) =>
        head.StartsWith(phrase, StringComparison.Ordinal)
        && (head.Length == phrase.Length || !char.IsLetterOrDigit(head[phrase.Length]) || !char.IsLetterOrDigit(phrase[^1]));

    /// <summary>
    /// A credit line: "Quelle: dpa/Gavriil Grigorov", "Source : AFP/STR", "Photo : X", "© Reuters".
    /// Credit labels of every language count: agencies print theirs on pages of any language.
    /// </summary>
    public static bool TryParseCreditLine(string text, ParseContext context, out string credit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        credit = "";
        var t = text.Trim();
        if (t.Length > 120)
        {
            return false;
        }

        if (t.StartsWith('©'))
        {
            credit = t.TrimStart('©', ' ');
            return credit.Length > 0;
        }

        int colon = t.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 30)
        {
            return false;
        }

        var rest = t[(colon + 1)..].Trim();
        if (rest.Length == 0 || WordCount(rest) > 10 || rest.EndsWith('.') && !rest.EndsWith("Ltd.", StringComparison.Ordinal))
        {
            return false;
        }

        var label = TextFold.FoldLine(t[..colon]);
        foreach (var lexicon in context.Lexicons.All)
        {
            if (lexicon.FoldedCreditLabels.Contains(label))
            {
                credit = rest;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A photo credit of the form "photographer/agency" or "agency/photographer" ("Victor Virgile/Getty
    /// Images", "AP Photo/Ian Walcott", "WWD/Getty Images"): one slash, a few words on each side, and
    /// one side a photo agency (common <c>photo-agencies</c> list).
    /// </summary>
    public static bool IsSlashCredit(string text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        int slash = text.IndexOf('/');
        if (slash <= 0 || slash != text.LastIndexOf('/') || text.Length > 80 || text.AsSpan().IndexOfAny(".!?:;,\"«»“”") is >= 0 and var stop && stop < text.Length - 1)
        {
            return false;
        }

        var left = text[..slash].Trim();
        var right = text[(slash + 1)..].Trim().TrimEnd('.');
        if (left.Length == 0 || right.Length == 0 || WordCount(left) > 5 || WordCount(right) > 5)
        {
            return false;
        }

        var agencies = context.Lexicons.Common.FoldedList("photo-agencies");
        return agencies.Contains(TextFold.FoldLine(left)) || agencies.Contains(TextFold.FoldLine(right));
    }

    /// <summary>
    /// A caption with its credit at the end of the same line: "Tor Bukkvoll … ukrainienne.
    /// Photo : Institut norvégien …". The credit follows a finished sentence and is short.
    /// </summary>
    public static bool TrySplitInlineCredit(string text, ParseContext context, out string caption, out string credit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        caption = credit = "";
        // The credit is short and last: only a colon near the end can start one.
        int lastColon = text.LastIndexOf(':');
        if (lastColon < 0 || text.Length - lastColon > 120)
        {
            return false;
        }

        foreach (var lexicon in context.LexiconsToTry)
        {
            foreach (var marker in lexicon.InlineCreditMarkers)
            {
                int at = text.LastIndexOf(marker, StringComparison.Ordinal);
                if (at <= 0)
                {
                    continue;
                }

                var rest = text[(at + marker.Length)..].Trim().TrimEnd(')').Trim();
                if (rest.Length == 0 || WordCount(rest) > 10 || rest.EndsWith('.'))
                {
                    continue;
                }

                caption = text[..(at + 1)].Trim();
                credit = rest;
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a photo credit in parentheses inside a text: "(Photo de X / AFP)", "(Foto: dpa)".</summary>
    public static bool HasParentheticalPhotoCredit(string text) => ParentheticalCreditPattern().IsMatch(text);

    /// <summary>
    /// A byline line: "Par : Arsène de Bangweni", "By Jane Doe and John Roe", "Von Max Mustermann".
    /// Returns the names, CMS accounts and job titles removed.
    /// </summary>
    public static bool TryParseByline(string text, ParseContext context, out IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        names = [];
        var t = text.Trim();
        if (t.Length > 150)
        {
            return false;
        }

        var folded = TextFold.Fold(t);
        foreach (var lexicon in context.LexiconsToTry)
        {
            foreach (var phrase in lexicon.BylinePrefixes)
            {
                if (RestAfterPrefix(t, folded, phrase) is { } rest && SplitNames(rest, lexicon, context.Lexicons.NameSeparators) is { Count: > 0 } split)
                {
                    names = split;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The text without a byline prefix of the page's languages ("By", "Par :", "Von"), or the text itself.</summary>
    internal static string WithoutBylinePrefix(string text, ParseContext context)
    {
        var t = text.Trim();
        var folded = TextFold.Fold(t);
        foreach (var lexicon in context.LexiconsToTry)
        {
            foreach (var phrase in lexicon.BylinePrefixes)
            {
                if (RestAfterPrefix(t, folded, phrase) is { } rest)
                {
                    return rest;
                }
            }
        }

        return t;
    }

    // What follows a folded prefix that ends at a space or a colon; null when the text does not start with it.
    private static string? RestAfterPrefix(string text, string folded, string phrase)
    {
        if (!folded.StartsWith(phrase, StringComparison.Ordinal) || folded.Length == phrase.Length
            || folded[phrase.Length] is not (' ' or ':') || phrase.Length > text.Length)
        {
            return null;
        }

        return text[phrase.Length..].TrimStart(' ', ':', '\u00A0').Trim();
    }

    /// <summary>
    /// A byline that names only CMS accounts or job titles ("Publié par admin", "Posted by
    /// editor", "Par la rédaction"): page furniture, neither an author nor prose.
    /// </summary>
    public static bool IsAccountByline(string text, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var t = text.Trim();
        if (t.Length > 80)
        {
            return false;
        }

        var folded = TextFold.FoldLine(t);
        foreach (var lexicon in context.LexiconsToTry)
        {
            foreach (var phrase in lexicon.BylinePrefixes)
            {
                // The phrase and a space open the line (this runs on every short body block: no string per prefix).
                if (folded.Length == phrase.Length || !TextFold.StartsWithWords(folded, phrase))
                {
                    continue;
                }

                var parts = context.Lexicons.NameSeparators.Split(folded[phrase.Length..].TrimStart(' ', ':'))
                    .Select(p => p.Trim().Trim(',', ';', '|', '-'))
                    .Where(p => p.Length > 0)
                    .ToList();
                if (parts.Count > 0 && parts.All(lexicon.BylineExclusions.Contains))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Splits "A, B et C" into names; null when any part does not look like a name.</summary>
    internal static List<string> SplitNames(string text, LanguageLexicon lexicon, Regex separators)
    {
        var result = new List<string>();
        var cleaned = text;
        int paren = cleaned.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            cleaned = cleaned[..paren];
        }

        foreach (var raw in separators.Split(cleaned))
        {
            var part = raw.Trim().Trim(',', ';', '|', '-', '–');
            if (part.Length == 0)
            {
                continue;
            }

            if (lexicon.BylineExclusions.Contains(TextFold.FoldLine(part)))
            {
                continue; // a job title or a CMS account, not a name
            }

            if (!LooksLikeName(part))
            {
                return [];
            }

            result.Add(part);
        }

        return result;
    }

    /// <summary>
    /// A person's or desk's name: one to five words, capitalised (particles like de, van, von
    /// allowed), no digits, no sentence punctuation.
    /// </summary>
    public static bool LooksLikeName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length is < 2 or > 60 || t.Any(char.IsDigit) || t.IndexOfAny(['!', '?', ':', ';', '«', '»', '"', '“', '”', '@', '/', '|']) >= 0)
        {
            return false;
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 5)
        {
            return false;
        }

        int capitalised = 0;
        foreach (var w in words)
        {
            if (char.IsUpper(w[0]))
            {
                capitalised++;
            }
            else if (!NameParticles.Contains(w.TrimEnd('\'', '’')))
            {
                return false;
            }
        }

        return capitalised >= 1 && char.IsUpper(words[0][0]) || NameParticles.Contains(words[0]) && capitalised >= 1;
    }

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d", "la", "le", "van", "von", "der", "den", "da", "di", "del", "dos", "y", "zu", "ten", "ter", "bin", "al", "el",
    };

    /// <summary>A line with a date label: "Publié le 19 juin 2024 à 14h32", "Updated: June 19, 2024".</summary>
    public static bool TryParseLabelledDate(string text, ParseContext context, out bool modified, out NewsDate date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        modified = false;
        date = default;
        if (text.Length > 100 || !text.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var folded = TextFold.Fold(text);
        foreach (var lexicon in context.LexiconsToTry)
        {
            foreach (var (kind, phrase) in lexicon.DateLabels)
            {
                if (!folded.StartsWith(phrase, StringComparison.Ordinal) || folded.Length == phrase.Length || char.IsLetterOrDigit(folded[phrase.Length]) && !char.IsDigit(folded[phrase.Length]))
                {
                    continue;
                }

                var rest = text[Math.Min(text.Length, phrase.Length)..].TrimStart(' ', ':', ',').Trim();
                if (DateText.TryParse(rest, [lexicon], out date))
                {
                    modified = kind == "modified";
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the whole line is a date (any of the forms <see cref="DateText"/> reads).</summary>
    public static bool IsDateLine(string text, ParseContext context, out NewsDate date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        date = default;
        // Every date form has a year of four digits.
        return text.Length <= 80 && text.Any(char.IsAsciiDigit) && DateText.TryParse(text, context.LexiconsToTry, out date);
    }

    /// <summary>
    /// The shape of a crosshead: a short line that does not end like a sentence in progress
    /// (a question or exclamation is fine), starts with a capital or a quote mark, and is not a
    /// dialogue turn.
    /// </summary>
    public static bool LooksLikeCrosshead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length is < 4 or > 120)
        {
            return false;
        }

        int words = WordCount(t);
        if (words is < 2 or > 16)
        {
            return false;
        }

        char first = t[0];
        if (!(char.IsUpper(first) || first is '«' or '“' or '"' or '„' or '‹' or '»' or '‚' or '\'') || IsDash(first))
        {
            return false;
        }

        char last = t[^1];
        return last is not ('.' or ',' or ';' or ':' or '…') && !t.EndsWith("...", StringComparison.Ordinal);
    }

    /// <summary>The shape of a headline: 3–30 words, no more than one sentence, not a dialogue turn.</summary>
    public static bool LooksLikeHeadline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        int words = WordCount(t);
        if (words is < 3 or > 30 || t.Length > 250 || IsDash(t[0]) || t.Contains("http", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A second sentence inside means a paragraph, not a headline.
        int sentenceEnds = SentenceEndPattern().Count(t.TrimEnd('.', '!', '?', '…'));
        return sentenceEnds == 0;
    }

    /// <summary>True for the dashes that open dialogue turns and datelines.</summary>
    public static bool IsDash(char c) => c is '–' or '—' or '-' or '―' or '‒';

    /// <summary>The number of words (runs of non-space characters).</summary>
    public static int WordCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>True when the text ends like a finished sentence.</summary>
    public static bool EndsLikeSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.TrimEnd(' ', '»', '"', '”', '’', ')', '\'');
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…';
    }

    [GeneratedRegex(@"\((?:Photo|Photos|Foto|Fotos|Crédit|Credit|Image|Bild)\b[^)]{0,120}\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex ParentheticalCreditPattern();

    [GeneratedRegex(@"[a-zà-ÿ\)»”][.!?]\s+\p{Lu}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex SentenceEndPattern();
}
