using NewsParsing.Quotes;

namespace NewsParsing.Tests.Quotes;

/// <summary>
/// The interview-label regex runs only where <c>QuoteFinder.MayOpenWithLabel</c> says it can
/// match: the scan must be a necessary condition of the regex, or a label is lost.
/// </summary>
public sealed class LabelPrefilterTests
{
    [Theory]
    [InlineData("LE JOURNAL. - Que pensez-vous du projet ?")]
    [InlineData("Marc Dupont : Nous avons attendu trop longtemps.")]
    [InlineData("Q : Pourquoi maintenant ?")]
    [InlineData("Jean-Pierre Roux – Les loyers baissent.")]
    [InlineData("ANNA KOCH.— Die Zahlen sind klar.")]
    [InlineData("D’Artagnan\u00A0: Tout à fait.")]
    public void LabelLinesPassTheScan(string text)
    {
        Assert.Matches(QuoteFinder.LabelLine(), text);
        Assert.True(QuoteFinder.MayOpenWithLabel(text));
    }

    [Theory]
    [InlineData("Le chef nord-coréen Kim Jong-un s’est rendu en Russie, selon les États-Unis.")]
    [InlineData("Photo 3 : le port de Gênes.")]
    public void ProseFailsTheScan(string text) => Assert.False(QuoteFinder.MayOpenWithLabel(text));

    [Fact]
    public void TheScanPassesEveryTextTheRegexMatches()
    {
        // Random short texts over the characters that matter to either side (letters of both
        // cases, apostrophes, hyphens, dots, spaces, separators, and characters outside labels).
        const string Alphabet = "AÉaé'’-.  \u00A0:–—,1?«";
        var random = new Random(20261124);
        var chars = new char[14];
        int matched = 0;
        for (int n = 0; n < 200_000; n++)
        {
            int length = random.Next(1, chars.Length + 1);
            for (int i = 0; i < length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars, 0, length);
            if (QuoteFinder.LabelLine().IsMatch(text))
            {
                matched++;
                Assert.True(QuoteFinder.MayOpenWithLabel(text), text);
            }
        }

        Assert.True(matched > 100, $"only {matched} random texts matched the regex");
    }
}
