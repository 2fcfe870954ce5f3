using NewsParsing.Text;

namespace NewsParsing.Lexicons;

/// <summary>
/// Names a page's language from its function words, among the languages a
/// <see cref="LexiconSet"/> recognises (<see cref="LexiconSet.RecognisedLanguages"/>: those with
/// rules and those known only by their function words, such as Spanish). Says null when unsure
/// rather than guess, so that no language's rules fire on a page of another.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Fewest words needed before the text is trusted.</summary>
    public const int MinimumWords = 20;

    /// <summary>How far the best language must lead the second.</summary>
    public const double RequiredMargin = 1.5;

    /// <summary>Detects the language of some text; null when it is too short or too mixed.</summary>
    /// <param name="texts">The page's texts (body blocks, not the title), in order.</param>
    /// <param name="lexicons">The languages to choose from.</param>
    /// <param name="maxWords">How many words to read at most: a few hundred decide any page.</param>
    public static string? Detect(IEnumerable<string> texts, LexiconSet lexicons, int maxWords = 300)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(lexicons);
        var all = lexicons.RecognisedLanguages;
        var hits = new int[all.Count];
        int words = 0;
        char[] buffer = System.Buffers.ArrayPool<char>.Shared.Rent(1024);
        try
        {
            foreach (var text in texts)
            {
                // Fold a bounded head of each text: enough words, no large buffers.
                var head = text.AsSpan(0, Math.Min(text.Length, 1024 / 3));
                int length = TextFold.FoldInto(head, buffer);
                words += CountHits(buffer.AsSpan(0, length), lexicons, hits, maxWords - words);
                if (words >= maxWords)
                {
                    break;
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }

        return Decide(all, hits, words);
    }

    private static int CountHits(ReadOnlySpan<char> folded, LexiconSet lexicons, int[] hits, int budget)
    {
        int words = 0;
        int start = -1;
        for (int i = 0; i <= folded.Length && words < budget; i++)
        {
            bool letter = i < folded.Length && char.IsLetter(folded[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words++;
                // One look-up per word: the mask says which languages count it as a function word.
                int mask = lexicons.StopwordMask(folded[start..i]);
                for (int l = 0; mask != 0; l++, mask >>= 1)
                {
                    hits[l] += mask & 1;
                }

                start = -1;
            }
        }

        return words;
    }

    private static string? Decide(IReadOnlyList<string> all, int[] hits, int words)
    {
        if (words < MinimumWords || all.Count == 0)
        {
            return null;
        }

        int best = -1, second = -1;
        for (int i = 0; i < all.Count; i++)
        {
            if (best < 0 || hits[i] > hits[best])
            {
                second = best;
                best = i;
            }
            else if (second < 0 || hits[i] > hits[second])
            {
                second = i;
            }
        }

        int bestHits = hits[best];
        int secondHits = second >= 0 ? hits[second] : 0;
        // Function words make up a good share of any prose in the language.
        bool enough = bestHits >= Math.Max(4, words / 10);
        bool clear = bestHits >= RequiredMargin * Math.Max(1, secondHits);
        return enough && clear ? all[best] : null;
    }

    /// <summary>The primary subtag of a declared language ("fr-FR" → "fr"), lower case; null when empty.</summary>
    public static string? Primary(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        var s = declared.Trim();
        int cut = s.IndexOfAny(['-', '_', ' ', ',', ';']);
        var primary = (cut > 0 ? s[..cut] : s).ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
