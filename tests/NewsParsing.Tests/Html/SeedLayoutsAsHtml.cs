namespace NewsParsing.Tests.Html;

/// <summary>
/// The five seed layouts rendered as plain HTML pages (one &lt;p&gt; per line of the dump, a
/// drop cap as an aria-hidden span) parse to the same article as their text: both readers
/// make the same page, so the site formats and the boilerplate rules work on either.
/// </summary>
public sealed class SeedLayoutsAsHtml
{
    public static TheoryData<string> Seeds => new()
    {
        "000_88066a6957c9a4d4",
        "001_6275672bcb01fc47",
        "002_eb4eecf2300c74ce",
        "003_c69ecbeecfefc8ef",
        "004_3bc16d968d47bd95",
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Html_rendering_parses_to_the_same_article_as_the_text(string seed)
    {
        var fromText = NewsParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "seeds", seed + ".txt"));
        var fromHtml = NewsParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "TestPages", "Html", "Seeds", seed + ".html"));

        // Diagnostics differ by design: the text reader reports the scraper artefacts it repaired.
        Assert.Equal(Comparable(fromText), Comparable(fromHtml));
    }

    private static string Comparable(Article article) => (article with { Diagnostics = [] }).ToJson();
}
