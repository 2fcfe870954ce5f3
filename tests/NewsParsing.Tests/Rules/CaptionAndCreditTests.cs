using NewsParsing.Formats.Common;

namespace NewsParsing.Tests.Rules;

/// <summary>Credit lines, inline credits and captions printed twice.</summary>
public sealed class CaptionAndCreditTests
{
    [Theory]
    [InlineData("fr", "Photo : AFP/Ludovic Marin", "AFP/Ludovic Marin")]
    [InlineData("fr", "Crédit photo : Studio Lumière", "Studio Lumière")]
    [InlineData("fr", "Source : Ville de Nantes", "Ville de Nantes")]
    [InlineData("en", "Photo: Reuters/Jane Roe", "Reuters/Jane Roe")]
    [InlineData("en", "Image: Getty Images", "Getty Images")]
    [InlineData("en", "Credit: Acme Ltd.", "Acme Ltd.")]
    [InlineData("de", "Foto: dpa/Lena Wagner", "dpa/Lena Wagner")]
    [InlineData("de", "Bildquelle: picture alliance", "picture alliance")]
    [InlineData("de", "Quelle: Stadtwerke Bremen", "Stadtwerke Bremen")]
    [InlineData("fr", "© Reuters", "Reuters")]
    [InlineData("en", "Foto: dpa", "dpa")]                  // an agency's German label on an English page
    [InlineData(null, "Photo : Marc Lenoir", "Marc Lenoir")] // unknown page language
    public void CreditLineGivesTheCredit(string? language, string line, string expected)
    {
        Assert.True(TextRules.TryParseCreditLine(line, Contexts.For(language), out var credit));
        Assert.Equal(expected, credit);
    }

    [Theory]
    [InlineData("fr", "Source : selon le ministère, la hausse atteindra quatre pour cent.")] // a sentence
    [InlineData("fr", "Photo de famille pour les dirigeants européens")]                       // no label
    [InlineData("en", "Note: the figures were revised")]                                        // not a credit label
    [InlineData("en", "Photo: ")]                                                                // nothing after it
    [InlineData("de", "Quelle: eine lange Liste von Menschen die alle etwas zu dem Thema gesagt haben")]
    public void CreditLineRejectsProse(string language, string line) =>
        Assert.False(TextRules.TryParseCreditLine(line, Contexts.For(language), out _));

    [Theory]
    [InlineData("Victor Virgile/Getty Images")]
    [InlineData("AP Photo/Ian Walcott")]
    [InlineData("WWD / Getty Images")]
    [InlineData("Pietro D'Aprano/Getty Images")]
    [InlineData("Jane Roe/Shutterstock")]
    public void A_photographer_and_agency_line_is_a_credit(string line) =>
        Assert.True(TextRules.IsSlashCredit(line, Contexts.For("en")));

    [Theory]
    [InlineData("Selma Tovar / Tanner Fields")]             // no agency on either side
    [InlineData("He said the AP/Reuters pool was full.")]        // a sentence
    [InlineData("See example.com/getty for the pictures")]
    [InlineData("Jeff Spence/BFC/Getty Images")]                 // two slashes: not sure which side is which
    public void Other_slashed_lines_are_no_credit(string line) =>
        Assert.False(TextRules.IsSlashCredit(line, Contexts.For("en")));

    [Theory]
    [InlineData("fr", "Le maire inaugure la passerelle. Photo : Mairie de Lyon", "Le maire inaugure la passerelle.", "Mairie de Lyon")]
    [InlineData("fr", "Des manifestants devant la préfecture. (Photo : Paul Morel)", "Des manifestants devant la préfecture.", "Paul Morel")]
    [InlineData("en", "The mayor opens the new bridge. Photo: City of Leeds", "The mayor opens the new bridge.", "City of Leeds")]
    [InlineData("de", "Der Bürgermeister eröffnet die Brücke. Foto: Stadt Köln", "Der Bürgermeister eröffnet die Brücke.", "Stadt Köln")]
    public void InlineCreditIsSplitFromTheCaption(string language, string line, string caption, string credit)
    {
        Assert.True(TextRules.TrySplitInlineCredit(line, Contexts.For(language), out var c, out var cr));
        Assert.Equal((caption, credit), (c, cr));
    }

    [Theory]
    [InlineData("fr", "Il a pris une photo. Photo : elle est floue et personne ne la publiera.")]
    [InlineData("fr", "Le texte ne contient aucun crédit de photo.")]
    [InlineData("en", "She took a photo: it was blurred.")]
    public void InlineCreditRuleLeavesProse(string language, string line) =>
        Assert.False(TextRules.TrySplitInlineCredit(line, Contexts.For(language), out _, out _));

    [Theory]
    [InlineData("Les secours dans la vallée (Photo de Jean Roux / AFP)", true)]
    [InlineData("Die Feuerwehr im Einsatz (Foto: dpa)", true)]
    [InlineData("Le maire (à gauche) et son adjoint", false)]
    public void ParentheticalPhotoCredit(string text, bool expected) =>
        Assert.Equal(expected, TextRules.HasParentheticalPhotoCredit(text));

    [Fact]
    public void CaptionFollowedByCreditLineLeavesTheBody()
    {
        var article = Contexts.Parse(Contexts.Lines(
            "Les ponts de la Loire rouvrent après trois ans de travaux",
            FrenchParagraph("Le premier"),
            "Le pont Anne-de-Bretagne au lever du jour",
            "Photo : Studio Estuaire",
            FrenchParagraph("Le dernier")));
        var caption = Assert.Single(article.Captions);
        Assert.Equal(("Le pont Anne-de-Bretagne au lever du jour", "Studio Estuaire"), (caption.Text, caption.Credit));
        Assert.Equal(2, article.Body.Count);
        Assert.DoesNotContain(article.Body, b => b.Text.Contains("Studio Estuaire", StringComparison.Ordinal));
    }

    [Fact]
    public void CaptionPrintedTwiceWithoutCreditIsACaption()
    {
        var article = Contexts.Parse(Contexts.Lines(
            "Les ponts de la Loire rouvrent après trois ans de travaux",
            FrenchParagraph("Le premier"),
            "Le pont Anne-de-Bretagne au lever du jour",
            "Le pont Anne-de-Bretagne au lever du jour",
            FrenchParagraph("Le dernier")));
        var caption = Assert.Single(article.Captions);
        Assert.Equal(("Le pont Anne-de-Bretagne au lever du jour", (string?)null), (caption.Text, caption.Credit));
        Assert.Equal(2, article.Body.Count);
    }

    [Fact]
    public void CreditLineNeverBecomesAnAuthor()
    {
        var article = Contexts.Parse(Contexts.Lines(
            "Flood defences hold as the river peaks overnight",
            "By Sarah Collins",
            EnglishParagraph("Residents"),
            "Sandbags along the embankment on Monday",
            "Photo: Tom Hughes",
            EnglishParagraph("Engineers")));
        Assert.Equal(["Sarah Collins"], article.Authors);
        Assert.Equal("Tom Hughes", Assert.Single(article.Captions).Credit);
    }

    private static string FrenchParagraph(string start) =>
        start + " chantier a mobilisé plus de deux cents ouvriers pendant trois hivers, et la circulation a été déviée par les quais du sud pendant toute la durée des travaux.";

    private static string EnglishParagraph(string start) =>
        start + " spent the night watching the water rise against the walls, and by dawn the council said the defences had held along the whole length of the town.";
}
