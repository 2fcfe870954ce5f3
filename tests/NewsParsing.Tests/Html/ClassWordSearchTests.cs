using System.Text.RegularExpressions;
using NewsParsing.Reading;

namespace NewsParsing.Tests.Html;

/// <summary>
/// Main-content scoring asks HasNegativeWord, HasPositiveWord and IsArticleBodyToken instead of
/// running the three class-word regexes on every container: they must answer what the regexes answer.
/// </summary>
public class ClassWordSearchTests
{
    [Fact]
    public void The_substring_lists_are_the_regexes_alternatives()
    {
        Assert.Equal(Alternatives(HtmlVocabulary.NegativeWords()).Order(StringComparer.Ordinal),
            HtmlVocabulary.NegativeSubstrings.Order(StringComparer.Ordinal));
        Assert.Equal(Alternatives(HtmlVocabulary.PositiveWords()).Order(StringComparer.Ordinal),
            HtmlVocabulary.PositiveSubstrings.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("hid")]
    [InlineData("hid\n")]
    [InlineData("x hid")]
    [InlineData("x hid\n")]
    [InlineData("hid x")]
    [InlineData("x hid y")]
    [InlineData("xhid")]
    [InlineData("hidx")]
    [InlineData("x-hid-y")]
    [InlineData("hid\nx")]
    [InlineData("")]
    [InlineData("entry-content post")]
    [InlineData("article-body")]
    [InlineData("x article__body\ty")]
    [InlineData("articlebodyx")]
    [InlineData("main")]
    public void Hand_cases_agree_with_the_regexes(string words) => AssertAgree(words);

    [Fact]
    public void Random_words_agree_with_the_regexes()
    {
        var pieces = HtmlVocabulary.NegativeSubstrings.Concat(HtmlVocabulary.PositiveSubstrings)
            .Concat(["hid", "hid ", " hid", "article", "-body", "__", "story", "x", "-", "_", " ", "\n", "\t", "\u00A0", "H", "Ü", "ad", "main-content", "entry-content"])
            .ToArray();
        var random = new Random(4242);
        for (int i = 0; i < 20_000; i++)
        {
            var text = new System.Text.StringBuilder();
            int n = random.Next(0, 6);
            for (int k = 0; k < n; k++)
            {
                var piece = pieces[random.Next(pieces.Length)];
                // Cut pieces too, so near misses ("sideba", "ommen") come up.
                text.Append(random.Next(4) == 0 && piece.Length > 2 ? piece[..random.Next(1, piece.Length)] : piece);
            }

            AssertAgree(text.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(HtmlTreeTests.RealPages), MemberType = typeof(HtmlTreeTests))]
    public void A_real_pages_elements_agree_with_the_regexes(string path)
    {
        var page = HtmlPageReader.Read(File.ReadAllText(path));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in page.Blocks)
        {
            for (var e = block.Element; e is not null; e = e.Parent)
            {
                if (seen.Add(e.Words))
                {
                    AssertAgree(e.Words);
                }
            }
        }
    }

    private static void AssertAgree(string words)
    {
        Assert.Equal(HtmlVocabulary.NegativeWords().IsMatch(words), HtmlVocabulary.HasNegativeWord(words));
        Assert.Equal(HtmlVocabulary.PositiveWords().IsMatch(words), HtmlVocabulary.HasPositiveWord(words));
        Assert.Equal(HtmlVocabulary.ArticleBodyWords().IsMatch(words), HtmlVocabulary.IsArticleBodyToken(words));
    }

    /// <summary>The alternatives of a flat pattern, "x-?y" written out as "xy" and "x-y"; anchored ones ("^hid$") dropped.</summary>
    private static IEnumerable<string> Alternatives(Regex regex)
    {
        foreach (var alternative in regex.ToString().Split('|'))
        {
            if (alternative.Contains('^', StringComparison.Ordinal) || alternative.Contains('$', StringComparison.Ordinal) || alternative.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            int optional = alternative.IndexOf("-?", StringComparison.Ordinal);
            if (optional < 0)
            {
                yield return alternative;
                continue;
            }

            yield return alternative.Remove(optional, 2);
            yield return alternative.Remove(optional + 1, 1);
        }
    }
}
