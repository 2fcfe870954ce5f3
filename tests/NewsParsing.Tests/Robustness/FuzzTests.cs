using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace NewsParsing.Tests.Robustness;

/// <summary>
/// A bounded fuzzing run over both readers with a seeded generator. The seed is printed so a
/// failure replays: NEWSPARSING_FUZZ_SEED=N dotnet test --filter FuzzTests. The run lasts
/// NEWSPARSING_FUZZ_SECONDS (default 10).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly string[] TextPieces =
    [
        "Le président", " a déclaré", " « ", " » ", "“", "”", "\"", "– ", "\n", "\n\n", "\r\n", "#", "Photo : ", "Quelle: dpa", "2024-06-19 10:39:40",
        "1718786221", "PARIS (AFP) - ", "selon l'AFP, ", "said ", "sagte ", "„", "“", "Leave a Comment", "lire aussi", "Par : Jean Dupont", "\u00A0", "\u200B",
        "R.Le ", "Categories: Politique", " – POLITICO", "19.1 C", "Date:", "…", "...", "Ã©", "\0", "😀", "عربي", "中文", "   ",
    ];

    private static readonly string[] HtmlPieces =
    [
        "<p>", "</p>", "<div class=\"share\">", "</div>", "<h1>", "</h1>", "<h2>", "</h2>", "<figure><img src=x><figcaption>", "</figcaption></figure>",
        "<script>var a = '<p>';</script>", "<style>p{}</style>", "<br>", "<a href='#'>", "</a>", "<meta property=\"og:title\" content=\"T\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-06-19\"}</script>", "<!--", "-->", "<", ">", "&amp;", "&#x201C;",
        "<blockquote>", "</blockquote>", "<li>", "<ul>", "</ul>", "<table><tr><td>", "</td></tr></table>", "<nav>", "</nav>", "<p hidden>", "<html lang=\"fr\">",
    ];

    [Fact]
    public void RandomTextAndHtmlNeverCrashTheReaders()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("NEWSPARSING_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
            ? s
            : Random.Shared.Next();
        double seconds = double.TryParse(Environment.GetEnvironmentVariable("NEWSPARSING_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 10;
        output.WriteLine($"fuzz seed {seed} (replay with NEWSPARSING_FUZZ_SEED={seed}), {seconds} s");
        var random = new Random(seed);
        var stopwatch = Stopwatch.StartNew();
        int iterations = 0;
        while (stopwatch.Elapsed.TotalSeconds < seconds)
        {
            bool html = (iterations & 1) == 1;
            var input = Generate(random, html ? HtmlPieces.Concat(TextPieces).ToArray() : TextPieces);
            try
            {
                var article = NewsParser.Default.Parse(ArticleSource.FromString(input, html ? SourceKind.Html : SourceKind.Text));
                Assert.NotNull(article.Body);
                _ = article.ToJson();
            }
            catch (Exception ex)
            {
                Assert.Fail($"fuzz seed {seed}, iteration {iterations} ({(html ? "html" : "text")}): {ex}");
            }

            iterations++;
        }

        output.WriteLine($"{iterations} inputs parsed");
        Assert.True(iterations > 0);
    }

    private static string Generate(Random random, string[] pieces)
    {
        var sb = new StringBuilder();
        int count = random.Next(1, 400);
        for (int i = 0; i < count; i++)
        {
            if (random.Next(6) == 0)
            {
                // Random code points, surrogates and controls included.
                sb.Append((char)random.Next(0, 0xFFFF));
            }
            else
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
            }
        }

        return sb.ToString();
    }
}
