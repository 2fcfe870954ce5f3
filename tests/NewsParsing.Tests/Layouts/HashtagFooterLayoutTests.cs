namespace NewsParsing.Tests.Layouts;

/// <summary>Pages of the hashtag-footer layout the seeds do not show: other languages, with and without a header, kicker or epoch.</summary>
public sealed class HashtagFooterLayoutTests
{
    [Fact]
    public void FrenchFooterOnlyPageHasNoTitleAndTakesTheIsoDate()
    {
        var a = PageAssert.Parse("hashtag-footer/fr-footer-tram.txt");
        Assert.Equal(("hashtag-footer", "fr"), (a.Format, a.Language));
        Assert.Null(a.Title); // a footer-only page has no headline; the hashtags are not one
        Assert.Equal("2024-03-11T18:05:12", a.Published?.ToString());
        Assert.Equal(["tramway", "Montpellier", "Grisettes", "travaux"], a.Tags);
        var caption = Assert.Single(a.Captions);
        Assert.Equal(("Une rame de la ligne 1 à la station Corum.", "Métropole de Montpellier"), (caption.Text, caption.Credit));
        PageAssert.Paragraphs(a, 5, "Le tramway de Montpellier passera", "Le coût total du projet");
        PageAssert.NoLeak(a, "continue sous l’annonce", "1710180312", "#tramway", "2024-03-11");
    }

    [Fact]
    public void EnglishHeaderPageGivesSiteKickerSectionAndKeepsTheFirstParagraph()
    {
        var a = PageAssert.Parse("hashtag-footer/en-header-market.txt");
        Assert.Equal(("hashtag-footer", "en"), (a.Format, a.Language));
        Assert.Equal("Harbour lights: Bristol’s floating market returns after a two-year pause", a.Title);
        Assert.Equal("Westcountry Digest", a.SiteName);
        Assert.Equal(("Harbour lights", "Local news"), (a.Kicker, a.Section));
        Assert.Null(a.Subtitle); // no teaser on this page: the first paragraph is the story's
        Assert.Equal("2023-11-25T09:12:40", a.Published?.ToString());
        Assert.Equal(["Harbour", "lights", "Bristols", "floating", "market", "returns"], a.Tags);
        Assert.Equal(("A cheesemonger serves customers from a narrowboat", "Harbour Trust"), (a.Captions.Single().Text, a.Captions.Single().Credit));
        Assert.Empty(a.Authors);
        PageAssert.Paragraphs(a, 4, "Forty boats moored along the harbourside", "Organisers expect around twenty thousand");
        PageAssert.NoLeak(a, "Advertisement", "Leave a Comment", "Facebook", "WhatsApp", "Photo:", "email address");
    }

    [Fact]
    public void GermanHeaderPageWithoutKickerStartsTheBodyAfterTheDate()
    {
        var a = PageAssert.Parse("hashtag-footer/de-header-nokicker.txt");
        Assert.Equal(("hashtag-footer", "de"), (a.Format, a.Language));
        Assert.Equal("Neue Radbrücke über den Main in Offenbach freigegeben", a.Title);
        Assert.Equal("Nachrichten Kompakt", a.SiteName);
        Assert.Null(a.Kicker);
        Assert.Null(a.Section);
        Assert.Equal("2024-05-02T14:30:00", a.Published?.ToString());
        Assert.Equal(["Radbrücke", "Main", "Offenbach", "freigegeben"], a.Tags);
        PageAssert.Paragraphs(a, 4, "Nach drei Jahren Bauzeit", "Die Kosten von 14 Millionen Euro");
        PageAssert.NoLeak(a, "Anzeige", "Mehr zum Thema", "Radverkehr in Hessen");
    }

    [Fact]
    public void FooterWithOnlyAnEpochTakesTheDateInUtcAndSaysSo()
    {
        var a = PageAssert.Parse("hashtag-footer/fr-footer-epoch-only.txt");
        Assert.Equal(("hashtag-footer", "fr"), (a.Format, a.Language));
        Assert.Null(a.Title);
        Assert.Equal("2024-08-26T10:30:00+00:00", a.Published?.ToString());
        Assert.Contains(a.Diagnostics, d => d.Contains("Unix-time", StringComparison.Ordinal));
        Assert.Equal(["bibliothèque", "Quimper", "outils", "prêt"], a.Tags);
        PageAssert.Paragraphs(a, 4, "La bibliothèque municipale de Quimper", "Les premiers prêts commenceront");
        PageAssert.NoLeak(a, "Lire aussi", "ressourceries");
    }

    [Theory]
    [InlineData("#Poste #Lyon", true)]
    [InlineData("#Brücke #Main #Offenbach", true)]
    [InlineData("#seul", false)]                    // one tag is not the footer line
    [InlineData("#Lyon Poste", false)]              // a word without '#'
    [InlineData("# #", false)]
    [InlineData("Le #hashtag du jour", false)]
    public void HashtagLine(string line, bool expected) =>
        Assert.Equal(expected, Formats.HashtagFooter.HashtagFooterParser.IsHashtagLine(line));

    [Theory]
    [InlineData("Culture « Bonne année »", "« Bonne année » : la ville fête ses cent ans", "Bonne année", "Culture")]
    [InlineData("Local news Harbour lights", "Harbour lights: the market returns", "Harbour lights", "Local news")]
    [InlineData("Harbour lights", "Harbour lights: the market returns", "Harbour lights", null)]
    [InlineData("Sport", "The market returns to the harbour", "Sport", null)]       // no colon in the title: the line is the kicker
    public void KickerLineSplitsSectionAndKicker(string line, string title, string kicker, string? section)
    {
        var draft = new Formats.Common.ArticleDraft { Title = title };
        Formats.HashtagFooter.HashtagFooterParser.ReadKickerLine(line, draft);
        Assert.Equal((kicker, section), (draft.Kicker, draft.Section));
    }

    [Theory]
    [InlineData(false, false, 0.5)]
    [InlineData(true, false, 0.75)]
    [InlineData(false, true, 0.7)]
    [InlineData(true, true, 0.95)]
    public void MatchGrowsWithEpochAndIsoDateLines(bool epoch, bool isoDate, double expected)
    {
        var lines = new List<string> { "Un paragraphe de texte qui suffit pour la page." };
        if (isoDate)
        {
            lines.Add("2024-02-01 08:00:00");
        }

        if (epoch)
        {
            lines.Add("1706774400");
        }

        lines.Add("#un #deux");
        var pipeline = NewsParser.Default;
        var page = pipeline.Read(ArticleSource.FromText(string.Join('\n', lines)));
        var score = new Formats.HashtagFooter.HashtagFooterParser().Match(page, pipeline.CreateContext(page));
        Assert.Equal(expected, score, 3);
    }

    [Fact]
    public void PageWithoutHashtagLineIsNotThisLayout()
    {
        var pipeline = NewsParser.Default;
        var page = pipeline.Read(ArticleSource.FromText("Titre\n2024-02-01 08:00:00\n1706774400\nTexte."));
        Assert.Equal(0, new Formats.HashtagFooter.HashtagFooterParser().Match(page, pipeline.CreateContext(page)));
    }
}
