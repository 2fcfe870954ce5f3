using NewsParsing.Enrichment;
using NewsParsing.Lexicons;

namespace NewsParsing.Tests.Html;

/// <summary>
/// The dateline grammar of metadata.md §2.3 against its fifteen examples (§2.4) and its edge and
/// negative cases. A missing year comes from the reference (published) date, with the
/// December/January rollover; the paragraph itself is never changed.
/// </summary>
public sealed class DatelineRuleTable
{
    public static TheoryData<string, string?, string, string?, string?, string?, string> Datelines => new()
    {
        // text, reference date, place, region, date, agency, raw dateline
        { "WASHINGTON (AP) — The Senate voted on Tuesday.", null, "WASHINGTON", null, null, "AP", "WASHINGTON (AP) —" },
        { "KYIV, Ukraine (AP) — Russian drones struck overnight.", null, "KYIV", "Ukraine", null, "AP", "KYIV, Ukraine (AP) —" },
        { "ANN ARBOR, Mich. (AP) — The university said on Monday.", null, "ANN ARBOR", "Mich.", null, "AP", "ANN ARBOR, Mich. (AP) —" },
        { "LONDON, June 19 (Reuters) - Britain's inflation fell.", "2024-06-19", "LONDON", null, "2024-06-19", "Reuters", "LONDON, June 19 (Reuters) -" },
        { "NEW YORK, Sept 3 (Reuters) - Stocks fell on Tuesday.", "2024-09-03", "NEW YORK", null, "2024-09-03", "Reuters", "NEW YORK, Sept 3 (Reuters) -" },
        { "BEIRUT, Lebanon, June 2 — Israeli strikes hit the south.", "2024-06-02", "BEIRUT", "Lebanon", "2024-06-02", null, "BEIRUT, Lebanon, June 2 —" },
        { "Paris (AFP) - Le gouvernement a annoncé mardi.", null, "Paris", null, null, "AFP", "Paris (AFP) -" },
        { "PARIS, 19 juin (AFP) - Le président a déclaré.", "2024-06-19", "PARIS", null, "2024-06-19", "AFP", "PARIS, 19 juin (AFP) -" },
        { "Pyongyang, 19 juin 2024 - Vladimir Poutine est arrivé.", null, "Pyongyang", null, "2024-06-19", null, "Pyongyang, 19 juin 2024 -" },
        { "SAINT-ÉTIENNE, 1er mars (AFP) - Le club a annoncé.", "2024-03-01", "SAINT-ÉTIENNE", null, "2024-03-01", "AFP", "SAINT-ÉTIENNE, 1er mars (AFP) -" },
        { "Jérusalem, 7 oct. 2023 (AFP) – L'armée a indiqué.", null, "Jérusalem", null, "2023-10-07", "AFP", "Jérusalem, 7 oct. 2023 (AFP) –" },
        { "NATIONS UNIES (Etats-Unis), 19 juin (AFP) - Le Conseil de sécurité.", "2024-06-19", "NATIONS UNIES", "Etats-Unis", "2024-06-19", "AFP", "NATIONS UNIES (Etats-Unis), 19 juin (AFP) -" },
        { "KIEV/MOSCOU, 24 févr (Reuters) - La Russie a lancé.", "2022-02-24", "KIEV/MOSCOU", null, "2022-02-24", "Reuters", "KIEV/MOSCOU, 24 févr (Reuters) -" },
        { "Berlin (dpa) - Die Bundesregierung hat beschlossen.", null, "Berlin", null, null, "dpa", "Berlin (dpa) -" },
        { "GENEVA, March 5, 2024 /PRNewswire/ -- The company announced.", null, "GENEVA", null, "2024-03-05", "PRNewswire", "GENEVA, March 5, 2024 /PRNewswire/ --" },

        // Edge cases: the ebdata timestamp prefix, and a dateline filed the year before publication.
        { "(07-17) 13:09 PDT BERKELEY -- Police said on Monday.", "2024-07-17", "BERKELEY", null, "2024-07-17", null, "(07-17) 13:09 PDT BERKELEY --" },
        { "WASHINGTON, Dec 30 (Reuters) - The Treasury said.", "2025-01-02", "WASHINGTON", null, "2024-12-30", "Reuters", "WASHINGTON, Dec 30 (Reuters) -" },
    };

    public static TheoryData<string, string?> NotDatelines => new()
    {
        { "Bien sûr - il a raison, dit-elle.", null },
        { "Selon l'AFP, le président a quitté Paris.", null },
        { "DECEMBER 30 - The year ended quietly.", "2024-12-31" },
        { "CHESTERFIELD,S.C. -- Officials said on Friday.", null },
        { "Paris, le 19 juin 2024", "2024-06-19" },
        { "Mardi soir, heure norvégienne, le président russe était en Corée du Nord.", "2024-06-19" },
        { "Juin - un mois de tous les records pour le tourisme.", "2024-06-19" },
    };

    [Theory]
    [MemberData(nameof(Datelines))]
    public void Parses_the_dateline(string paragraph, string? reference, string place, string? region, string? date, string? agency, string raw)
    {
        var published = Reference(reference);
        Assert.True(DatelineEnricher.TryParse(paragraph, Context(), published, out var dateline));
        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(region, dateline.Region);
        Assert.Equal(date, dateline.Date?.ToString());
        Assert.Equal(agency, dateline.Agency);
        Assert.Equal(raw, dateline.Text);
    }

    [Theory]
    [MemberData(nameof(NotDatelines))]
    public void Rejects_what_is_not_a_dateline(string paragraph, string? reference)
    {
        Assert.False(DatelineEnricher.TryParse(paragraph, Context(), Reference(reference), out var dateline));
        Assert.Null(dateline);
    }

    [Fact]
    public void The_enricher_keeps_the_paragraph_and_the_raw_text_on_html_pages()
    {
        const string html = """
            <html lang="fr"><head><meta property="article:published_time" content="2024-06-19T10:00:00+02:00"></head>
            <body><article><h1>Poutine à Pyongyang</h1>
            <p>PARIS, 19 juin (AFP) - Le président russe Vladimir Poutine est arrivé mercredi à Pyongyang pour une visite de deux jours, la première depuis vingt-quatre ans.</p>
            <p>Il doit rencontrer le dirigeant nord-coréen Kim Jong-un, selon les médias d'État, qui ont salué une visite historique entre deux pays alliés.</p>
            </article></body></html>
            """;
        var article = NewsParser.ParseHtml(html);
        Assert.NotNull(article.Dateline);
        Assert.Equal("PARIS", article.Dateline.Place);
        Assert.Equal("2024-06-19", article.Dateline.Date?.ToString());
        Assert.Equal("AFP", article.Dateline.Agency);
        Assert.StartsWith("PARIS, 19 juin (AFP) - Le président", article.Body[0].Text, StringComparison.Ordinal);
    }

    private static NewsDate? Reference(string? iso) => iso is null ? null : NewsDate.TryParseIso(iso, out var d) ? d : throw new ArgumentException(iso);

    private static ParseContext Context() => new() { Lexicons = LexiconSet.Default, Options = NewsParserOptions.Default };
}
