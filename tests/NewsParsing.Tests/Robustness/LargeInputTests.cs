using System.Diagnostics;
using System.Text;

namespace NewsParsing.Tests.Robustness;

/// <summary>
/// Large and adversarial inputs finish, with memory bounded by a small multiple of the input.
/// Time is not asserted (the machine is shared); linear behaviour shows as these tests
/// finishing in seconds, and BenchmarkDotNet measures the rest.
/// </summary>
public sealed class LargeInputTests
{
    // Bytes allocated per input character, at most. The quotes enricher keeps a 24-byte token,
    // a flag and a sentence index per word or mark; a paragraph of bare quote marks has a token
    // every two characters, which puts it at about 43 bytes per character.
    private const long MaxAllocationFactor = 48;

    private static Article ParseMeasured(string text, SourceKind kind = SourceKind.Text)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var article = NewsParser.Default.Parse(ArticleSource.FromString(text, kind));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated <= Math.Max(1_000_000, text.Length * MaxAllocationFactor), $"{allocated:N0} bytes allocated for {text.Length:N0} characters");
        return article;
    }

    [Fact]
    public void ATwentyMegabyteDocumentParses()
    {
        var paragraph = "Le gouvernement a présenté mardi un plan qui prévoit de nouvelles mesures pour les entreprises et les ménages, a déclaré le ministre. ";
        var sb = new StringBuilder("Un titre de vingt mégaoctets\n\n");
        for (int n = 0; sb.Length < 20_000_000; n++)
        {
            sb.Append("Paragraphe ").Append(n).Append(". ").Append(paragraph).Append(paragraph).Append("\n\n");
        }

        var article = ParseMeasured(sb.ToString());
        Assert.True(article.Body.Count > 50_000);
        Assert.Equal("Un titre de vingt mégaoctets", article.Title);
    }

    [Fact]
    public void AFiveMegabyteLineParses()
    {
        var line = string.Concat(Enumerable.Repeat("mot ", 1_250_000));
        var article = ParseMeasured("Une très longue ligne\n\n" + line);
        Assert.Equal(line.Trim(), Assert.Single(article.Body).Text);
    }

    [Fact]
    public void AHundredThousandBlankLinesParse()
    {
        var text = "Une page presque vide\n" + new string('\n', 100_000) + "Le seul paragraphe de cette page, après beaucoup de lignes vides.";
        var article = ParseMeasured(text);
        Assert.Equal("Le seul paragraphe de cette page, après beaucoup de lignes vides.", Assert.Single(article.Body).Text);
    }

    [Fact]
    public void AHundredThousandUnclosedQuoteMarksParse()
    {
        var text = "Des guillemets jamais fermés\n\n" + string.Concat(Enumerable.Repeat("« a ", 100_000)) + "\n\n" + string.Concat(Enumerable.Repeat("\"b ", 100_000));
        var article = ParseMeasured(text);
        Assert.Equal(2, article.Body.Count);
    }

    [Fact]
    public void FiftyThousandSingleMarksAndPossessivesParse()
    {
        // Single marks quote here (more ‘ than double marks): each plural possessive looks ahead
        // for a later closing mark, which must stay bounded.
        var text = "A page of single marks\n\n‘One. ‘Two. " + string.Concat(Enumerable.Repeat("the players’ union ", 50_000)) + "\n\n" + string.Concat(Enumerable.Repeat("‘a ", 50_000));
        var article = ParseMeasured(text);
        Assert.Equal(2, article.Body.Count);
    }

    [Fact]
    public void TwoHundredThousandNestedElementsParse()
    {
        var sb = new StringBuilder("<html><body>");
        sb.Insert(sb.Length, "<div>", 200_000);
        sb.Append("<p>Le paragraphe au fond de la pile, assez long pour être gardé comme texte.</p>");
        sb.Insert(sb.Length, "</div>", 200_000);
        sb.Append("</body></html>");
        var stopwatch = Stopwatch.StartNew();
        var article = NewsParser.Default.Parse(ArticleSource.FromHtml(sb.ToString()));
        Assert.NotNull(article);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(2), "nested elements took " + stopwatch.Elapsed);
    }

    [Fact]
    public void ManyMonthLikeLinesDoNotBacktrack()
    {
        // Date and dateline patterns meet lines of digits, dashes and capitals.
        var line = string.Concat(Enumerable.Repeat("PARIS, 19 juin 2024 - 12:30 -- ", 20_000));
        var article = ParseMeasured("Des dates en série\n\n" + line + "\n\n" + new string('-', 200_000));
        Assert.NotEmpty(article.Body);
    }
}
