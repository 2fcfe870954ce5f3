using NewsParsing.Lexicons;

namespace NewsParsing.Tests.Rules;

/// <summary>Language from function words; null when too short or too mixed to be sure.</summary>
public sealed class LanguageDetectionTests
{
    private const string French = "Le conseil municipal a voté mardi soir la rénovation de la piscine, qui était fermée depuis deux ans. Les travaux commenceront au printemps et la réouverture est prévue pour la rentrée, selon le maire.";
    private const string English = "The city council voted on Tuesday night to renovate the swimming pool, which has been closed for two years. Work will start in the spring and the pool is expected to reopen in the autumn, the mayor said.";
    private const string German = "Der Stadtrat hat am Dienstagabend die Sanierung des Hallenbads beschlossen, das seit zwei Jahren geschlossen ist. Die Arbeiten beginnen im Frühjahr und die Wiedereröffnung ist für den Herbst geplant, sagte der Bürgermeister.";

    [Theory]
    [InlineData(French, "fr")]
    [InlineData(English, "en")]
    [InlineData(German, "de")]
    public void ClearProseIsDetected(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect([text], LexiconSet.Default));

    private const string Spanish = "El consejo municipal votó el martes por la noche la renovación de la piscina, que estaba cerrada desde hace dos años. Las obras empezarán en la primavera y la reapertura está prevista para el otoño, según el alcalde.";
    private const string Italian = "Il consiglio comunale ha votato martedì sera la ristrutturazione della piscina, che era chiusa da due anni. I lavori cominceranno in primavera e la riapertura è prevista per l'autunno, secondo il sindaco.";
    private const string Portuguese = "A câmara municipal votou na terça-feira à noite a renovação da piscina, que estava fechada há dois anos. As obras começam na primavera e a reabertura está prevista para o outono, segundo o presidente da câmara.";
    private const string Dutch = "De gemeenteraad heeft dinsdagavond ingestemd met de renovatie van het zwembad, dat al twee jaar gesloten is. De werkzaamheden beginnen in het voorjaar en het zwembad gaat naar verwachting in de herfst weer open, zei de burgemeester.";

    /// <summary>
    /// Languages known only by their function words are named, so the French rules never read a
    /// Spanish page for its "de la que"; they have no lexicon of rules.
    /// </summary>
    [Theory]
    [InlineData(Spanish, "es")]
    [InlineData(Italian, "it")]
    [InlineData(Portuguese, "pt")]
    [InlineData(Dutch, "nl")]
    public void LanguagesWithoutRulesAreRecognised(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect([text], LexiconSet.Default));
        Assert.Null(LexiconSet.Default.Get(expected));
        Assert.DoesNotContain(expected, LexiconSet.Default.Languages);
    }

    [Fact]
    public void A_Spanish_page_gets_no_French_attribution()
    {
        var paragraph = "«Vamos a trabajar con todos los grupos», declaró el alcalde a la prensa. " + Spanish;
        var article = NewsParser.Parse("Un titular para la página de prueba\n" + paragraph + "\n" + Spanish);
        Assert.Equal("es", article.Language);
        Assert.All(article.Quotes, q => Assert.Null(q.Speaker));
    }

    [Theory]
    [InlineData("Le maire a voté.")]                                   // too short
    [InlineData("The mayor voted.")]
    [InlineData("Der Bürgermeister hat abgestimmt.")]
    [InlineData("Kim Jong-un Vladimir Poutine Pyongyang Moscou 2024 Séoul Washington Pékin Tokyo Kiev Minsk Hanoï Oulan-Bator Astana Bakou Erevan Tbilissi Ankara")] // names only
    [InlineData("")]
    public void ShortOrWordlessTextIsUnknown(string text) =>
        Assert.Null(LanguageDetector.Detect([text], LexiconSet.Default));

    [Fact]
    public void EvenlyMixedTextIsUnknown()
    {
        var mixed = "Le conseil a voté pour la piscine et la rénovation. The council voted for the pool and the renovation of the site.";
        Assert.Null(LanguageDetector.Detect([mixed], LexiconSet.Default));
    }

    [Fact]
    public void DetectionSpansSeveralBlocks()
    {
        var blocks = French.Split(". ");
        Assert.Equal("fr", LanguageDetector.Detect(blocks, LexiconSet.Default));
    }

    [Theory]
    [InlineData("fr-FR", "fr")]
    [InlineData("EN_us", "en")]
    [InlineData("de", "de")]
    [InlineData(" fr ", "fr")]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("french", null)]
    [InlineData("12", null)]
    public void DeclaredLanguageGivesItsPrimarySubtag(string? declared, string? expected) =>
        Assert.Equal(expected, LanguageDetector.Primary(declared));

    [Theory]
    [InlineData(French, "fr")]
    [InlineData(English, "en")]
    [InlineData(German, "de")]
    public void PipelineReportsTheLanguage(string paragraph, string expected)
    {
        var article = NewsParser.Parse("A headline for the test page\n" + paragraph + "\n" + paragraph.Replace("2", "3", StringComparison.Ordinal));
        Assert.Equal(expected, article.Language);
    }
}
