using NewsParsing.Formats.Common;

namespace NewsParsing.Tests.Rules;

/// <summary>Bylines (names only: no CMS accounts, roles or agencies' prose) and the shapes of headlines and crossheads.</summary>
public sealed class BylineAndShapeTests
{
    [Theory]
    [InlineData("fr", "Par Jeanne Martin", "Jeanne Martin")]
    [InlineData("fr", "Par : Jeanne Martin et Paul Durand", "Jeanne Martin|Paul Durand")]
    [InlineData("fr", "Propos recueillis par Claire Petit", "Claire Petit")]
    [InlineData("fr", "Par Louis de Montfort, journaliste", "Louis de Montfort")]
    [InlineData("en", "By Jane Doe and John Roe", "Jane Doe|John Roe")]
    [InlineData("en", "By Jane Doe, staff writer", "Jane Doe")]
    [InlineData("en", "Written by Amir Patel", "Amir Patel")]
    [InlineData("de", "Von Max Mustermann und Erika Musterfrau", "Max Mustermann|Erika Musterfrau")]
    [InlineData("de", "Von Anna von Berg", "Anna von Berg")]
    [InlineData(null, "By Jane Doe", "Jane Doe")]
    public void BylineGivesNames(string? language, string line, string expected)
    {
        Assert.True(TextRules.TryParseByline(line, Contexts.For(language), out var names));
        Assert.Equal(expected.Split('|'), names);
    }

    [Theory]
    [InlineData("fr", "Publié par admin")]                           // a CMS account is not an author
    [InlineData("fr", "Par la rédaction")]
    [InlineData("en", "Posted by admin")]
    [InlineData("fr", "Par ailleurs, le gouvernement a annoncé une hausse.")]
    [InlineData("en", "By the end of the week, prices had doubled.")]
    [InlineData("de", "Von der Leyen hat das Gesetz verteidigt.")]
    [InlineData("en", "Byron Bay reopened its beaches")]
    [InlineData("fr", "Paris est magique")]
    public void BylineRuleLeavesProseAndAccounts(string language, string line) =>
        Assert.False(TextRules.TryParseByline(line, Contexts.For(language), out _));

    [Theory]
    [InlineData("fr", "Publié le 19 juin 2024 à 14h32", false, "2024-06-19T14:32")]
    [InlineData("fr", "Mis à jour le 20 juin 2024", true, "2024-06-20")]
    [InlineData("en", "Updated: June 19, 2024", true, "2024-06-19")]
    [InlineData("en", "Published on 3 March 2025", false, "2025-03-03")]
    [InlineData("de", "Veröffentlicht am 19.06.2024, 08:15 Uhr", false, "2024-06-19T08:15")]
    [InlineData("de", "Aktualisiert am 2. Mai 2024", true, "2024-05-02")]
    [InlineData("fr", "Date : 2024-06-19", false, "2024-06-19")]
    public void LabelledDate(string language, string line, bool modified, string expected)
    {
        Assert.True(TextRules.TryParseLabelledDate(line, Contexts.For(language), out var isModified, out var date));
        Assert.Equal((modified, expected), (isModified, date.ToString()));
    }

    [Theory]
    [InlineData("fr", "Publié le")]
    [InlineData("fr", "Publié dans la revue Nature en 2019")]
    [InlineData("en", "Updated guidance for schools")]
    [InlineData("en", "Dated furniture fills the rooms")]
    public void LabelledDateNeedsADate(string language, string line) =>
        Assert.False(TextRules.TryParseLabelledDate(line, Contexts.For(language), out _, out _));

    [Theory]
    [InlineData("Une coopération inéluctable ?", true)]
    [InlineData("Les leçons de l’hiver", true)]
    [InlineData("What the council decided", true)]
    [InlineData("« Nous ne partirons pas »", true)]
    [InlineData("Il a ajouté qu’il partirait.", false)]     // a sentence
    [InlineData("– Vous partez ?", false)]                  // a dialogue turn
    [InlineData("Fin", false)]                              // one word
    [InlineData("en minuscules sans majuscule", false)]
    public void CrossheadShape(string text, bool expected) => Assert.Equal(expected, TextRules.LooksLikeCrosshead(text));

    [Theory]
    [InlineData("La ville rouvre sa piscine après deux ans de travaux", true)]
    [InlineData("Council approves new cycle lanes.", true)]
    [InlineData("Le maire a parlé. Les élus ont voté contre le projet.", false)]    // two sentences
    [InlineData("Deux mots", false)]
    [InlineData("– Bien sûr, dit-il.", false)]
    [InlineData("Voir https://example.org pour les détails", false)]
    public void HeadlineShape(string text, bool expected) => Assert.Equal(expected, TextRules.LooksLikeHeadline(text));

    [Theory]
    [InlineData("Jean-Luc Picard", true)]
    [InlineData("Ursula von der Leyen", true)]
    [InlineData("AFP", true)]
    [InlineData("jean dupont", false)]
    [InlineData("Jean Dupont 2024", false)]
    [InlineData("Un homme qui parle beaucoup trop longtemps", false)]
    public void NameShape(string text, bool expected) => Assert.Equal(expected, TextRules.LooksLikeName(text));
}
