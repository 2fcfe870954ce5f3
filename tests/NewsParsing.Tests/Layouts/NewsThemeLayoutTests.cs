namespace NewsParsing.Tests.Layouts;

/// <summary>News themes with a weather widget and today's date in the header.</summary>
public sealed class NewsThemeLayoutTests
{
    [Fact]
    public void EnglishPageWithEmptyDateFieldHasNoDate()
    {
        var a = PageAssert.Parse("news-theme/en-tide.txt");
        Assert.Equal(("news-theme", "en"), (a.Format, a.Language));
        Assert.Equal("Thames barrier closes twice in one week as spring tides peak", a.Title);
        Assert.Equal("The barrier has now closed more often this winter than in any year since it opened", a.Subtitle);
        Assert.Null(a.Published); // the header's date is the reader's today, not the story's
        Assert.Null(a.Dateline);  // nor is the widget's city a dateline
        PageAssert.Headings(a, "Why closures are becoming more frequent");
        PageAssert.Paragraphs(a, 4, "The Thames Barrier was closed twice", "A decision on a replacement barrier");
        PageAssert.NoLeak(a, "12 C", "Monday, March 4", "Related", "Leave a Reply", "enter your comment");
    }

    [Fact]
    public void FrenchPageWithFilledDateFieldTakesThatDate()
    {
        var a = PageAssert.Parse("news-theme/fr-dated-field.txt");
        Assert.Equal(("news-theme", "fr"), (a.Format, a.Language));
        Assert.Equal("Le marché de Noël de Colmar a battu son record de fréquentation", a.Title);
        Assert.Equal("Plus de deux millions de visiteurs se sont pressés dans les six marchés de la ville", a.Subtitle);
        Assert.Equal("2024-01-09", a.Published?.ToString());
        Assert.Null(a.Dateline);
        PageAssert.Headings(a, "Des commerçants partagés");
        PageAssert.Paragraphs(a, 3, "Le marché de Noël de Colmar a accueilli", "Si les restaurateurs se félicitent");
        PageAssert.NoLeak(a, "Strasbourg", "Sur le même sujet", "COMMENTAIRE", "entrez votre");
    }

    [Fact]
    public void GermanPageWithoutDateFieldStillFindsTheDek()
    {
        var a = PageAssert.Parse("news-theme/de-nodatefield.txt");
        Assert.Equal(("news-theme", "de"), (a.Format, a.Language));
        Assert.Equal("Münchner Tierpark bekommt ein neues Elefantenhaus", a.Title);
        Assert.Equal("Das neue Gehege ist dreimal so groß wie das alte und soll im Herbst eröffnet werden", a.Subtitle);
        Assert.Null(a.Published);
        PageAssert.Paragraphs(a, 3, "Der Tierpark Hellabrunn in München", "Der Bau kostet nach Angaben");
        PageAssert.NoLeak(a, "21 °C", "Samstag, 15. Juni", "Ähnliche Artikel", "Kommentare");
    }

    [Theory]
    [InlineData("19.1 C", true)]
    [InlineData("-3,5 °C", true)]
    [InlineData("72 F", true)]
    [InlineData("21°C", true)]
    [InlineData("2024 C", false)]
    [InlineData("Paris", false)]
    public void WeatherHeaderOpensTheLayout(string temperature, bool matches)
    {
        var text = temperature + "\nLyon\nlundi, mars 4, 2024\nUn titre pour cette page de test\nDate:\nUn paragraphe.";
        var pipeline = NewsParser.Default;
        var page = pipeline.Read(ArticleSource.FromText(text));
        var score = new Formats.NewsTheme.NewsThemeParser().Match(page, pipeline.CreateContext(page));
        Assert.Equal(matches, score > 0);
    }
}
