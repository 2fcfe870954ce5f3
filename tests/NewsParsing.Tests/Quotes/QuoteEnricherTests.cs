using System.Diagnostics;
using NewsParsing.Lexicons;
using NewsParsing.Quotes;

namespace NewsParsing.Tests.Quotes;

/// <summary>Properties of the enricher beyond single sentences: languages, limits, pipeline.</summary>
public sealed class QuoteEnricherTests
{
    [Fact]
    public void UnknownLanguageFindsQuoteMarksButNoSpeakers()
    {
        var quotes = QuoteRuleTable.Run("« Nous partirons demain matin avec toute l'équipe. », a déclaré Marie Lefort.", null);
        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void FrenchRulesNeverFireOnEnglishText()
    {
        // "a déclaré" and "selon" are French cues: with the English lexicon they mean nothing.
        var quotes = QuoteRuleTable.Run("Selon Marie Lefort, the plan a déclaré que nothing would change.", "en");
        Assert.Empty(quotes);
    }

    [Fact]
    public void HundredThousandUnclosedMarksStayLinear()
    {
        var text = "Il a dit " + string.Concat(Enumerable.Repeat("« a ", 100_000));
        var watch = Stopwatch.StartNew();
        var quotes = QuoteRuleTable.Run(text, "fr");
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.True(quotes.Count <= 1);
    }

    [Fact]
    public void ABodyLongerThanAWindowIsAttributedWindowByWindow()
    {
        const string sentence = "« Nous ouvrirons le chantier en mars », a déclaré Marie Lefort, la maire de la commune.";
        int count = QuoteEnricher.WindowCharacters / sentence.Length * 3;
        var body = Enumerable.Range(0, count).Select(_ => new BodyBlock(BodyBlockKind.Paragraph, sentence)).ToList();
        var lexicon = LexiconSet.Default.Get("fr");

        var quotes = new QuoteEnricher().Find(body, lexicon);

        // Every paragraph's quote is found, with its speaker, at its own paragraph index.
        Assert.Equal(count, quotes.Count);
        Assert.Equal(Enumerable.Range(0, count), quotes.Select(q => q.Paragraph));
        Assert.All(quotes, q => Assert.Equal("Marie Lefort", q.Speaker));
        Assert.All(quotes, q => Assert.Equal("Nous ouvrirons le chantier en mars", sentence.Substring(q.Start, q.Length)));
    }

    [Fact]
    public void AWindowedBodySaysSoInTheDiagnostics()
    {
        // Numbered, so the reader does not fold them as a doubled line.
        var paragraph = "Le conseil a voté le budget, a déclaré le maire devant la presse locale réunie à la mairie.";
        var text = "Un très long compte rendu\n\n" + string.Join("\n\n", Enumerable.Range(0, QuoteEnricher.WindowCharacters / paragraph.Length + 10).Select(n => $"Point {n}. {paragraph}"));
        var article = NewsParser.Parse(text);
        Assert.Contains(article.Diagnostics, d => d.StartsWith("quotes: the body has", StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesInTheTitleAreNotBodyQuotes()
    {
        var article = NewsParser.Default.Parse("« Nous gagnerons » : le cri du capitaine\n\nLe match a lieu samedi soir au stade municipal.\n");
        Assert.DoesNotContain(article.Quotes, q => q.Text.Contains("Nous gagnerons", StringComparison.Ordinal));
    }

    [Fact]
    public void BoilerplateQuotesAreNotReported()
    {
        // Seed 003 lists other articles under "Recent Posts"; one title quotes « Je ne l’aurais jamais fait ».
        var article = NewsParser.Default.ParseFile(Path.Combine("seeds", "003_c69ecbeecfefc8ef.txt"));
        Assert.DoesNotContain(article.Quotes, q => q.Text.Contains("jamais fait", StringComparison.Ordinal));
        Assert.Contains(article.Quotes, q => q.Text == "de nature défensive");
    }

    [Fact]
    public void SpansPointIntoTheBody()
    {
        foreach (var file in Directory.EnumerateFiles("seeds", "*.txt"))
        {
            var article = NewsParser.Default.ParseFile(file);
            foreach (var q in article.Quotes)
            {
                Assert.Equal(q.Text, article.Body[q.Paragraph].Text.Substring(q.Start, q.Length));
            }
        }
    }

    [Fact]
    public void DefaultPipelineRunsTheEnricherAfterTheDateline()
    {
        var names = new ArticlePipelineBuilder().UseDefaults().Enrichers.Select(e => e.Name).ToList();
        Assert.True(names.IndexOf("quotes") > names.IndexOf("dateline"));
    }

    [Fact]
    public void CompiledLexiconsAreSharedAcrossCalls()
    {
        var enricher = new QuoteEnricher();
        var body = new[] { new BodyBlock(BodyBlockKind.Paragraph, "« Rien n'est joué ce soir », a déclaré Paul Garnier.") };
        var first = enricher.Find(body, LexiconSet.Default.Get("fr"));
        var second = enricher.Find(body, LexiconSet.Default.Get("fr"));
        Assert.Equal(first, second);
    }
}
