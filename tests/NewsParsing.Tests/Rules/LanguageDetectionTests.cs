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
