namespace NewsParsing.Tests.Layouts;

/// <summary>
/// Pages of none of the site layouts: the generic parser finds title, byline and dates where
/// they are and removes common furniture without losing the first or the last paragraph.
/// </summary>
public sealed class GenericTextLayoutTests
{
    [Fact]
    public void FrenchPageWithBylineDatesShareButtonsBoxAdNewsletterAndComments()
    {
        var a = PageAssert.Parse("generic-text/fr-velo-cargo.txt");
        Assert.Equal(("generic-text", "fr"), (a.Format, a.Language));
        Assert.Equal("Nantes lance un service de vélos-cargos en libre-service", a.Title);
        Assert.Equal(["Camille Roux"], a.Authors);
        Assert.Equal("2024-04-03T08:15", a.Published?.ToString());
        Assert.Equal("2024-04-03T10:02", a.Modified?.ToString());
        PageAssert.Paragraphs(a, 4, "Nantes Métropole met en service", "Si l’expérience est concluante");
        PageAssert.NoLeak(a, "Partager", "Copier le lien", "À lire aussi", "vélos électriques coûtent", "Publicité", "newsletter", "Commentaires", "Jean-Marc");
    }

    [Fact]
    public void EnglishPageWithTwoAuthorsBareDateCookieTextReadMoreAndRelated()
    {
        var a = PageAssert.Parse("generic-text/en-library-fines.txt");
        Assert.Equal(("generic-text", "en"), (a.Format, a.Language));
        Assert.Equal("Leeds libraries scrap late fines for good", a.Title);
        Assert.Equal(["Daniel Ortiz", "Priya Shah"], a.Authors);
        Assert.Equal("2024-06-12", a.Published?.ToString());
        PageAssert.Paragraphs(a, 3, "Libraries across Leeds will no longer", "Borrowers will still be asked");
        PageAssert.NoLeak(a, "Skip to main content", "Share this article", "Advertisement", "READ MORE", "cookies", "newsletter", "Related Articles", "Bradford");
    }

    [Fact]
    public void GermanPageWithLabelledDateBoxAdAndPodcastPrompt()
    {
        var a = PageAssert.Parse("generic-text/de-freibad.txt");
        Assert.Equal(("generic-text", "de"), (a.Format, a.Language));
        Assert.Equal("Freibad in Tübingen öffnet mit Solarheizung", a.Title);
        Assert.Equal(["Lena Hoffmann"], a.Authors);
        Assert.Equal("2024-05-14T16:40", a.Published?.ToString());
        PageAssert.Paragraphs(a, 3, "Das Freibad in Tübingen öffnet", "Die Saison beginnt am Samstag");
        PageAssert.NoLeak(a, "Zum Inhalt springen", "Artikel teilen", "Anzeige", "Mehr zum Thema", "um Personal kämpfen", "Podcast", "Kommentar");
    }

    [Fact]
    public void FrenchPageKeepsAShortFirstParagraphAndReadsATrailingByline()
    {
        var a = PageAssert.Parse("generic-text/fr-trailer-byline.txt");
        Assert.Equal(("generic-text", "fr"), (a.Format, a.Language));
        Assert.Equal("Un faucon pèlerin niche sur la cathédrale de Rouen", a.Title);
        Assert.Equal(["Hugo Lemaire"], a.Authors);
        Assert.Null(a.Published);
        PageAssert.Paragraphs(a, 4, "Le couple est revenu pour la troisième année.", "Les éclosions sont attendues");
        PageAssert.NoLeak(a, "podcasts", "Partager", "Imprimer", "Par Hugo");
    }

    [Fact]
    public void EnglishPageWithoutHeaderInventsNoTitleAndEndsAtTheCommentForm()
    {
        var a = PageAssert.Parse("generic-text/en-no-title.txt");
        Assert.Equal(("generic-text", "en"), (a.Format, a.Language));
        Assert.Null(a.Title);
        Assert.Empty(a.Authors);
        Assert.Null(a.Published);
        PageAssert.Paragraphs(a, 3, "The ferry between Oban and the island of Mull", "Islanders have complained for years");
        PageAssert.NoLeak(a, "Copy link", "Leave a comment", "email address");
    }

    [Fact]
    public void GermanPageWithUpdateDateConsentNoticeAndTextCredit()
    {
        var a = PageAssert.Parse("generic-text/de-sendung.txt");
        Assert.Equal(("generic-text", "de"), (a.Format, a.Language));
        Assert.Equal("Bremer Stadtmusikanten bekommen ein eigenes Museum", a.Title);
        Assert.Equal("2024-05-02", a.Modified?.ToString());
        Assert.Null(a.Published);
        Assert.Equal(["Ole Brandt"], a.Authors);
        PageAssert.Paragraphs(a, 3, "Die Stadt Bremen richtet den Stadtmusikanten", "Das Museum soll auch eine Werkstatt");
        PageAssert.NoLeak(a, "eingebettete Inhalte", "Einwilligung", "Text:");
    }

    [Fact]
    public void EmptyPageIsNotAnArticleAsData()
    {
        var a = NewsParser.Parse("   \n\n");
        Assert.Equal("generic-text", a.Format);
        Assert.Empty(a.Body);
        Assert.Contains(a.Diagnostics, d => d.StartsWith("not an article", StringComparison.Ordinal));
    }
}
