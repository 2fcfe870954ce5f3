using NewsParsing.Formats.Common;
using NewsParsing.Lexicons;

namespace NewsParsing.Tests.Rules;

/// <summary>
/// Boilerplate rules: whole-line rules (line, end, box) fire on pages of every language;
/// prefix and contains rules only on pages of their own language.
/// </summary>
public sealed class BoilerplateTests
{
    [Theory]
    [InlineData("fr", "Spread the love", BoilerplateKind.Line)]
    [InlineData("de", "Share this article", BoilerplateKind.Line)]
    [InlineData("en", "Partager", BoilerplateKind.Line)]
    [InlineData("fr", "Anzeige", BoilerplateKind.Line)]
    [InlineData("de", "PUBLICITÉ", BoilerplateKind.Line)]
    [InlineData("fr", "ADVERTISEMENT", BoilerplateKind.Line)]
    [InlineData(null, "Tout accepter", BoilerplateKind.Line)]
    [InlineData("en", "Laisser un commentaire", BoilerplateKind.End)]
    [InlineData("fr", "Leave a Reply", BoilerplateKind.End)]
    [InlineData("fr", "Schreiben Sie einen Kommentar", BoilerplateKind.End)]
    [InlineData("de", "Related Posts", BoilerplateKind.End)]
    [InlineData("en", "Lire aussi", BoilerplateKind.Box)]
    [InlineData("fr", "Mehr zum Thema", BoilerplateKind.Box)]
    [InlineData("de", "Read also", BoilerplateKind.Box)]
    [InlineData("fr", "À lire aussi :", BoilerplateKind.Box)]
    public void WholeLineRulesFireInEveryLanguage(string? language, string line, BoilerplateKind expected) =>
        Assert.Equal(expected, TextRules.Boilerplate(line, Contexts.For(language)));

    [Theory]
    [InlineData("fr", "Abonnez-vous à notre newsletter pour recevoir l’essentiel chaque matin", BoilerplateKind.Prefix)]
    [InlineData("fr", "LIRE AUSSI Les secrets du nouveau musée", BoilerplateKind.Prefix)]
    [InlineData("fr", "Suivez-nous sur Instagram et TikTok", BoilerplateKind.Prefix)]
    [InlineData("en", "Subscribe to our newsletter to get the morning briefing", BoilerplateKind.Prefix)]
    [InlineData("en", "READ MORE: Council tax to rise again", BoilerplateKind.Prefix)]
    [InlineData("en", "Listen to our podcast on your favourite app", BoilerplateKind.Prefix)]
    [InlineData("de", "Mehr zum Thema: Neue Regeln für E-Scooter", BoilerplateKind.Prefix)]
    [InlineData("de", "Hören Sie unseren Podcast jeden Freitag", BoilerplateKind.Prefix)]
    [InlineData("en", "Watch: the moment the bridge opened", BoilerplateKind.Prefix)]
    [InlineData("fr", "Vidéo: la crue vue du ciel", BoilerplateKind.Prefix)]                  // colon without the French space
    [InlineData("fr", "Vidéo : la crue vue du ciel", BoilerplateKind.Prefix)]
    [InlineData("de", "Video: So sieht die neue Brücke aus", BoilerplateKind.Prefix)]
    [InlineData("fr", "Nous utilisons des cookies : en poursuivant, vous acceptez les cookies du site.", BoilerplateKind.Contains)]
    [InlineData("en", "This website uses cookies to improve your experience.", BoilerplateKind.Contains)]
    [InlineData("de", "Dafür benötigen wir Ihre Einwilligung.", BoilerplateKind.Contains)]
    public void PrefixAndContainsRulesFireInTheirLanguage(string language, string line, BoilerplateKind expected) =>
        Assert.Equal(expected, TextRules.Boilerplate(line, Contexts.For(language)));

    [Theory]
    [InlineData("en", "Abonnez-vous à notre newsletter pour recevoir l’essentiel chaque matin")]
    [InlineData("de", "Suivez-nous sur Instagram et TikTok")]
    [InlineData("fr", "Subscribe to our newsletter to get the morning briefing")]
    [InlineData("de", "READ MORE: Council tax to rise again")]
    [InlineData("en", "Mehr zum Thema: Neue Regeln für E-Scooter")]
    [InlineData("en", "Nous utilisons des cookies : en poursuivant, vous acceptez les cookies du site.")]
    [InlineData("fr", "This website uses cookies to improve your experience.")]
    [InlineData(null, "This website uses cookies to improve your experience.")] // unknown language: no prefix/contains rule
    public void PrefixAndContainsRulesNeverFireInAnotherLanguage(string? language, string line) =>
        Assert.Null(TextRules.Boilerplate(line, Contexts.For(language)));

    [Theory]
    [InlineData("fr", "Partager un repas reste la meilleure façon de se réconcilier, dit-elle.")]
    [InlineData("fr", "Les commentaires du ministre ont surpris.")]
    [InlineData("en", "Share prices fell sharply on Tuesday after the announcement.")]
    [InlineData("en", "Comments from the minister surprised the committee.")]
    [InlineData("en", "Related to the case, two other people were questioned.")]
    [InlineData("de", "Teilen wollte er die Verantwortung nicht.")]
    [InlineData("en", "Printable maps are available at the town hall.")]
    [InlineData("en", "Watch the skies tonight, astronomers say, as the meteor shower peaks.")] // rule "Watch:" needs its colon
    [InlineData("de", "Video-Aufnahmen zeigen den Unfall aus zwei Richtungen.")]               // rule "Video:" needs its colon
    [InlineData("fr", "Vidéo et photo ont été saisies par les enquêteurs.")]                   // rule "Vidéo :" needs its colon
    public void ProseStartingLikeFurnitureIsKept(string language, string line) =>
        Assert.Null(TextRules.Boilerplate(line, Contexts.For(language)));

    [Fact]
    public void EveryWholeLineRuleIsFoldedAndKnownToTheSet()
    {
        var set = LexiconSet.Default;
        Assert.True(set.WholeLineBoilerplate.Count > 50);
        Assert.All(set.WholeLineBoilerplate.Keys, k => Assert.Equal(Text.TextFold.FoldLine(k), k));
    }
}
