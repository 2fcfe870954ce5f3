namespace NewsParsing.Tests.Layouts;

/// <summary>Republishing blogs: 'Categories:' line, ' – SOURCE' title, author box, recent posts.</summary>
public sealed class CategorySourceLayoutTests
{
    [Fact]
    public void EnglishRepublishedStoryWithAuthorBox()
    {
        var a = PageAssert.Parse("category-source/en-science-reuters.txt");
        Assert.Equal(("category-source", "en"), (a.Format, a.Language));
        Assert.Equal("Science", a.Section);
        Assert.Equal("Astronomers spot a second moon around a distant asteroid", a.Title);
        Assert.Equal("Reuters", a.Source);
        Assert.Equal(["Daniel Whitfield"], a.Authors);
        PageAssert.Headings(a, "What it tells us");
        PageAssert.Paragraphs(a, 4, "Astronomers have found a tiny second moon", "The team will publish its measurements");
        PageAssert.NoLeak(a, "freelance writer", "Recent Posts", "rail timetable", "minutes ago", "Whitfield");
    }

    [Fact]
    public void FrenchStoryWithoutAuthorBox()
    {
        var a = PageAssert.Parse("category-source/fr-economie-nobox.txt");
        Assert.Equal(("category-source", "fr"), (a.Format, a.Language));
        Assert.Equal("Économie", a.Section);
        Assert.Equal("Le prix du beurre s’envole à l’approche des fêtes", a.Title);
        Assert.Equal("Ouest Éco", a.Source);
        Assert.Empty(a.Authors);
        PageAssert.Paragraphs(a, 3, "Le prix du beurre en gros", "La production laitière a reculé");
        PageAssert.NoLeak(a, "Publicité", "Articles récents", "sapins", "il y a 3 heures");
    }

    [Fact]
    public void GermanStoryWithoutSourceKeepsTheWholeTitle()
    {
        var a = PageAssert.Parse("category-source/de-sport-nosource.txt");
        Assert.Equal(("category-source", "de"), (a.Format, a.Language));
        Assert.Equal("Sport", a.Section);
        Assert.Equal("Ruderverein Heilbronn feiert hundert Jahre mit Regatta auf dem Neckar", a.Title);
        Assert.Null(a.Source);
        Assert.Equal(["Katrin Vogel"], a.Authors);
        PageAssert.Paragraphs(a, 3, "Mit einer Regatta auf dem Neckar", "Zum Jubiläum schenkte die Stadt");
        PageAssert.NoLeak(a, "schreibt über Sport", "Neueste Beiträge", "Handball");
    }

    [Theory]
    [InlineData("Title of the story – POLITICO", "Title of the story", "POLITICO")]
    [InlineData("Title of the story - The Guardian", "Title of the story", "The Guardian")]
    [InlineData("Le titre de l’article | Le Monde", "Le titre de l’article", "Le Monde")]
    [InlineData("Titel des Artikels – DER SPIEGEL", "Titel des Artikels", "DER SPIEGEL")]
    public void TitleSourceSuffixIsSplit(string line, string title, string source)
    {
        Assert.True(Formats.CategorySource.CategorySourceParser.SplitSource(line, out var t, out var s));
        Assert.Equal((title, source), (t, s));
    }

    [Theory]
    [InlineData("Les résultats – tous les détails du scrutin")]   // lower-case words: prose, not a publisher
    [InlineData("Paris – Roubaix: la course en direct")]
    [InlineData("A title without any source")]
    [InlineData("Score: 3 – 1")]
    public void TitleWithoutSourceSuffixStaysWhole(string line)
    {
        Assert.False(Formats.CategorySource.CategorySourceParser.SplitSource(line, out var t, out var s));
        Assert.Equal((line, ""), (t, s));
    }

    [Theory]
    [InlineData("Categories: Politics", "Politics")]
    [InlineData("Catégorie : Société", "Société")]
    [InlineData("Rubrik: Kultur", "Kultur")]
    [InlineData("Filed under: Science", "Science")]
    public void CategoryLineGivesTheSection(string line, string section)
    {
        var a = NewsParser.Parse(line + "\nA headline for this test page here\n" + new string('x', 10) + " is a paragraph of the story that goes on for a while.");
        Assert.Equal(("category-source", section), (a.Format, a.Section));
    }
}
