using System.Text;
using NewsParsing.Text;

namespace NewsParsing.Tests.Robustness;

/// <summary>
/// Property: whatever happens to a seed's lines (deleted, duplicated, swapped, noise inserted),
/// parsing never throws and returns a well-formed article whose body blocks are all text of the
/// input (after the reader's documented normalisation).
/// </summary>
public sealed class MutationPropertyTests
{
    private const int MutationsPerSeed = 60;
    private static readonly string[] Noise =
    [
        "«", "»", "“", "”", "\"", "„", "–", "—", "-", "#tag #autre", "1718786221", "2024-06-19 10:39:40", "Photo :", "Source : AFP",
        "lire aussi", "Leave a Comment", "Par : ", "R.", "\u00A0", "\u200B", "\t", "(AFP)", "PARIS, 19 juin (AFP) -", ":", "…", "\0",
    ];

    public static TheoryData<string> Seeds() => [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MutatedSeedsAlwaysParseToWellFormedArticles(string seed)
    {
        var lines = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", seed)).Split('\n');
        for (int i = 0; i < MutationsPerSeed; i++)
        {
            int randomSeed = HashCode.Combine(seed.Length, seed[0], i) & 0x7FFFFFFF;
            var mutated = Mutate(lines, new Random(randomSeed));
            Article article;
            try
            {
                article = NewsParser.Parse(mutated);
            }
            catch (Exception ex)
            {
                Assert.Fail($"{seed}, mutation seed {randomSeed}: {ex}");
                return;
            }

            AssertWellFormed(article, mutated, $"{seed}, mutation seed {randomSeed}");
        }
    }

    internal static void AssertWellFormed(Article article, string input, string context)
    {
        Assert.NotNull(article.Format);
        Assert.NotNull(article.Body);
        Assert.NotNull(article.Captions);
        Assert.NotNull(article.Quotes);
        Assert.NotNull(article.Authors);
        Assert.NotNull(article.Tags);
        Assert.NotNull(article.Diagnostics);
        var reference = Comparable(input);
        foreach (var block in article.Body)
        {
            Assert.False(string.IsNullOrWhiteSpace(block.Text), context + ": empty body block");
            Assert.Equal(block.Text.Trim(), block.Text);
            Assert.True(reference.Contains(Comparable(block.Text), StringComparison.Ordinal), $"{context}: body text not in the input: {block.Text[..Math.Min(80, block.Text.Length)]}");
        }

        foreach (var quote in article.Quotes)
        {
            Assert.InRange(quote.Paragraph, 0, article.Body.Count - 1);
            var paragraph = article.Body[quote.Paragraph].Text;
            Assert.InRange(quote.Start, 0, paragraph.Length);
            Assert.InRange(quote.Length, 0, paragraph.Length - quote.Start);
        }

        _ = article.ToJson(); // serialisable
    }

    /// <summary>The input as the reader normalises it (encoding repair, spaces, invisible characters), spaces removed.</summary>
    private static string Comparable(string text)
    {
        var normalized = TextNormalizer.NormalizeDocument(MojibakeRepair.Repair(text, out _));
        var sb = new StringBuilder(normalized.Length);
        foreach (char c in normalized)
        {
            if (c is not (' ' or '\n'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string Mutate(string[] lines, Random random)
    {
        var list = lines.ToList();
        int operations = random.Next(1, 8);
        for (int op = 0; op < operations && list.Count > 0; op++)
        {
            int at = random.Next(list.Count);
            switch (random.Next(5))
            {
                case 0:
                    list.RemoveAt(at);
                    break;
                case 1:
                    list.Insert(at, list[at]);
                    break;
                case 2:
                    int other = random.Next(list.Count);
                    (list[at], list[other]) = (list[other], list[at]);
                    break;
                case 3:
                    list.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                default:
                    var line = list[at];
                    int pos = random.Next(line.Length + 1);
                    list[at] = line[..pos] + Noise[random.Next(Noise.Length)] + line[pos..];
                    break;
            }
        }

        return string.Join('\n', list);
    }
}
