namespace NewsParsing.Tests.Layouts;

/// <summary>WordPress posts with a share plugin, in three languages, with and without a byline or date.</summary>
public sealed class WordPressShareLayoutTests
{
    [Fact]
    public void EnglishPostWithCrossheadAndByline()
    {
        var a = PageAssert.Parse("wordpress-share/en-bakery.txt");
        Assert.Equal(("wordpress-share", "en"), (a.Format, a.Language));
        Assert.Equal("Small-town bakery wins national sourdough award", a.Title);
        Assert.Equal(["Megan O’Leary"], a.Authors);
        Assert.Null(a.Published);
        PageAssert.Headings(a, "How the starter survived");
        PageAssert.Paragraphs(a, 4, "A family bakery in Hebden Bridge", "The owners plan to use the prize money");
        PageAssert.NoLeak(a, "Share this", "Leave a Reply", "email address", "Name *", "Megan");
    }

    [Fact]
    public void GermanPostDropsTheReadAlsoBoxAndItsTeaser()
    {
        var a = PageAssert.Parse("wordpress-share/de-bibliothek.txt");
        Assert.Equal(("wordpress-share", "de"), (a.Format, a.Language));
        Assert.Equal("Stadtbibliothek Kassel öffnet künftig auch sonntags", a.Title);
        Assert.Equal(["Jonas Albrecht"], a.Authors);
        PageAssert.Paragraphs(a, 3, "Die Stadtbibliothek in Kassel", "Die Gewerkschaft begrüßt");
        PageAssert.NoLeak(a, "Teilen", "Lesen Sie auch", "Selbstbedienung", "Kommentar", "E-Mail-Adresse");
    }

    [Fact]
    public void FrenchPostByAdminHasADateAndNoAuthor()
    {
        var a = PageAssert.Parse("wordpress-share/fr-admin-dated.txt");
        Assert.Equal(("wordpress-share", "fr"), (a.Format, a.Language));
        Assert.Equal("Grenoble : la piscine Jean-Bron rouvre après dix-huit mois de travaux", a.Title);
        Assert.Empty(a.Authors); // "Publié par admin" is a CMS account
        Assert.Equal("2024-04-12", a.Published?.ToString());
        PageAssert.Paragraphs(a, 3, "La piscine Jean-Bron, fermée", "Les horaires d’ouverture");
        PageAssert.NoLeak(a, "Publié", "admin", "Publicité", "Partager", "commentaire", "champs obligatoires");
    }

    [Theory]
    [InlineData("Spread the love", 1, true)]
    [InlineData("Partager :", 1, true)]
    [InlineData("Teile diesen Beitrag", 2, true)]
    [InlineData("Share this article", 0, false)]   // the share line follows the title
    [InlineData("Share this article", 5, false)]   // too far from the top
    [InlineData("Sharing is caring, say the organisers", 1, false)]
    public void ShareIntroLineNearTheTop(string shareLine, int position, bool matches)
    {
        var lines = new List<string> { "Le titre de la page de test", "Un chapeau", "Une ligne", "Encore une", "Et une autre", "La dernière" };
        lines.Insert(position, shareLine);
        var pipeline = NewsParser.Default;
        var page = pipeline.Read(ArticleSource.FromText(string.Join('\n', lines)));
        var score = new Formats.WordPressShare.WordPressShareParser().Match(page, pipeline.CreateContext(page));
        Assert.Equal(matches, score > 0);
    }
}
