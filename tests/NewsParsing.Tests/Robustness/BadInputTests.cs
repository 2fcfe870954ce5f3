using System.Text;

namespace NewsParsing.Tests.Robustness;

/// <summary>
/// Inputs a crawler meets on millions of pages. Each gives a result with diagnostics or a
/// documented exception, never a crash, a hang or a silent wrong answer.
/// </summary>
public sealed class BadInputTests
{
    private static Article FromBytes(byte[] bytes, SourceKind kind = SourceKind.Auto) =>
        NewsParser.Default.Parse(ArticleSource.FromBytes(bytes, kind));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\r\n\t \u00A0\n")]
    public void EmptyOrBlankTextIsNotAnArticle(string text)
    {
        var article = NewsParser.Parse(text);
        Assert.Empty(article.Body);
        Assert.Null(article.Title);
        Assert.Contains(article.Diagnostics, d => d.StartsWith("not an article", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyBytesAreAnErrorDiagnostic()
    {
        var article = FromBytes([]);
        Assert.Contains(article.Diagnostics, d => d == "error: the input is empty");
    }

    public static TheoryData<string, byte[]> BinaryInputs()
    {
        var random = new Random(1234);
        var noise = new byte[4096];
        random.NextBytes(noise);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0 };
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nstream\n").Concat(noise.Take(512)).ToArray();
        return new TheoryData<string, byte[]> { { "png", png }, { "pdf", pdf }, { "random", noise } };
    }

    [Theory]
    [MemberData(nameof(BinaryInputs))]
    public void BinaryDataIsReportedNotParsed(string name, byte[] bytes)
    {
        var article = FromBytes(bytes);
        Assert.True(article.Diagnostics.Any(d => d.StartsWith("error: ", StringComparison.Ordinal)), name + ": " + string.Join(" | ", article.Diagnostics));
        Assert.Empty(article.Body);
    }

    [Fact]
    public void InvalidUtf8IsDecodedWithADiagnostic()
    {
        var good = Encoding.UTF8.GetBytes("Le président a déclaré mardi que la réunion était très importante pour les deux pays. ");
        var bytes = good.Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(good).ToArray();
        var article = FromBytes(bytes, SourceKind.Text);
        Assert.Contains(article.Diagnostics, d => d.Contains("invalid UTF-8", StringComparison.Ordinal));
        Assert.Contains("président", article.BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(false, true)]
    public void Utf16WithOrWithoutBomIsRead(bool bom, bool bigEndian)
    {
        var text = "Titre de l’article\n\nLe président a déclaré mardi que la réunion était très importante pour les deux pays et leurs alliés.";
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: bom);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
        var article = FromBytes(bytes, SourceKind.Text);
        Assert.Equal("Titre de l’article", article.Title);
        Assert.Contains("très importante", article.BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1252")]
    [InlineData("iso-8859-1")]
    public void SingleByteEncodingsAreDecoded(string encodingName)
    {
        // Both encode é as 0xE9; Windows-1252 also has ’ at 0x92.
        var text = encodingName == "windows-1252" ? "L’été fut très chaud à Paris, a déclaré le météorologue, et l’hiver sera rude." : "L'été fut très chaud à Paris, a déclaré le météorologue, et l'hiver sera rude.";
        var bytes = "Météo de la semaine\n\n".Concat(text).Select(c => c == '’' ? (byte)0x92 : (byte)c).ToArray();
        var article = FromBytes(bytes, SourceKind.Text);
        Assert.Equal("Météo de la semaine", article.Title);
        Assert.Equal(text, Assert.Single(article.Body).Text);
        Assert.Contains(article.Diagnostics, d => d.Contains("Windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void MojibakeIsRepairedWhereDetectedOnly()
    {
        var broken = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("Le ministre a été clair : l’accord est signé."));
        var text = "Un titre sans accents\n\n" + broken + "\n\nLa marque Ãlpha reste écrite ainsi.";
        var article = NewsParser.Parse(text);
        Assert.Contains("Le ministre a été clair", article.BodyText, StringComparison.Ordinal);
        Assert.Contains("Ãlpha", article.BodyText, StringComparison.Ordinal); // not a UTF-8 sequence: untouched
        Assert.Contains(article.Diagnostics, d => d.Contains("mojibake repaired on 1 line", StringComparison.Ordinal));
    }

    [Fact]
    public void ControlCharactersAndNulAreRemoved()
    {
        var article = NewsParser.Parse("Un titre\u0000 propre\n\nLe texte\u0001 continue\u0007 ici avec\u001B des caractères\u0000 de contrôle.");
        Assert.Equal("Un titre propre", article.Title);
        Assert.Equal("Le texte continue ici avec des caractères de contrôle.", Assert.Single(article.Body).Text);
    }

    [Fact]
    public void AFewStrayControlBytesDoNotMakeTextBinary()
    {
        var bytes = Encoding.UTF8.GetBytes("Un titre\u0000 propre ici\n\nLe texte\u0001 continue\u0007 ici avec\u001B des caractères\u0000 de contrôle, comme en laissent les extracteurs.");
        var article = FromBytes(bytes, SourceKind.Text);
        Assert.DoesNotContain(article.Diagnostics, d => d.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Equal("Un titre propre ici", article.Title);
    }

    [Fact]
    public void RightToLeftAndCjkTextPassThrough()
    {
        var arabic = "قال الرئيس إن الاجتماع كان مهما للغاية بالنسبة للبلدين وحلفائهما في المنطقة.";
        var chinese = "总统表示，这次会议对两国及其在该地区的盟友非常重要。";
        var article = NewsParser.Parse("عنوان الخبر\n\n" + arabic + "\n\n" + chinese);
        Assert.Contains(article.Body, b => b.Text == arabic);
        Assert.Contains(article.Body, b => b.Text == chinese);
        Assert.Null(article.Language); // neither French, English nor German: no lexicon fires
    }

    [Fact]
    public void APageOfOnlyBoilerplateHasNoBody()
    {
        var article = NewsParser.Parse("Facebook\nTwitter\nLinkedIn\n\nPartager\n\nLaisser un commentaire\n\nVotre adresse e-mail ne sera pas publiée.");
        Assert.Empty(article.Body);
        Assert.Contains(article.Diagnostics, d => d.StartsWith("not an article", StringComparison.Ordinal));
    }

    [Fact]
    public void APageOfOnlyATitleHasATitleAndNoBody()
    {
        var article = NewsParser.Parse("Le gouvernement annonce une réforme des retraites");
        Assert.Equal("Le gouvernement annonce une réforme des retraites", article.Title);
        Assert.Empty(article.Body);
    }

    [Fact]
    public void InputsOverTheConfiguredLimitFailClearly()
    {
        var pipeline = new ArticlePipelineBuilder().UseDefaults().UseOptions(new NewsParserOptions { MaxInputLength = 1000 }).Build();
        var ex = Assert.Throws<InputTooLargeException>(() => pipeline.Parse(new string('a', 1001)));
        Assert.Contains("1,000", ex.Message, StringComparison.Ordinal);
        Assert.NotEmpty(pipeline.Parse(new string('a', 1000)).Body);
    }

    [Fact]
    public void ACancelledTokenStopsParsing()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => NewsParser.Default.Parse(ArticleSource.FromText("Un titre\n\nUn paragraphe."), cts.Token));
    }

    [Fact]
    public async Task ACancelledTokenStopsReadingAFile()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seeds", "000_88066a6957c9a4d4.txt");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => NewsParser.Default.ParseFileAsync(path, cancellationToken: cts.Token));
    }

    [Fact]
    public void AMissingFileIsAFileNotFoundException()
    {
        Assert.Throws<FileNotFoundException>(() => NewsParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "no-such-page.txt")));
    }

    private sealed class TimingOutEnricher : IArticleEnricher
    {
        public string Name => "slow-pattern";

        public Article Enrich(Article article, Page page, ParseContext context) =>
            throw new System.Text.RegularExpressions.RegexMatchTimeoutException("(a+)+$", "aaaa!", TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void A_pattern_that_times_out_in_an_enricher_costs_that_enricher_only()
    {
        var builder = new ArticlePipelineBuilder().UseDefaults();
        builder.Enrichers.Add(new TimingOutEnricher());
        var article = builder.Build().Parse(ArticleSource.FromText("Council approves the new bridge\n\nThe city council approved the construction of a new bridge over the river on Tuesday, ending two years of debate."));
        Assert.Equal("Council approves the new bridge", article.Title);
        Assert.NotEmpty(article.Body);
        Assert.Contains(article.Diagnostics, d => d.StartsWith("slow-pattern: skipped", StringComparison.Ordinal));
    }
}
