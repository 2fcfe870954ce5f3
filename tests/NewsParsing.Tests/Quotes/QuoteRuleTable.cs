using NewsParsing.Enrichment;
using NewsParsing.Lexicons;
using NewsParsing.Quotes;

namespace NewsParsing.Tests.Quotes;

/// <summary>
/// One row of the rule table: a text (paragraphs separated by a blank line, a heading written
/// "## …"), the rule it
/// exercises, and what the enricher must find. <see cref="Kind"/> null means "no quote or
/// reported speech may contain <see cref="Expected"/>" (the traps).
/// </summary>
public sealed record QuoteCase(string Language, string Rule, string Text, QuoteKind? Kind, string Expected, string? Speaker)
{
    /// <summary>
    /// A trap for quotes in marks only: reported speech that holds the words is right
    /// ("sagte der „Abendpost“, er bleibe" is indirect speech, "Abendpost" no quote of its own).
    /// </summary>
    public bool MarksOnly { get; init; }

    public override string ToString() => $"{Language} {Rule}: {Text[..Math.Min(60, Text.Length)]}";
}

/// <summary>Runs the rule tables: every sentence here was written for these tests.</summary>
public sealed class QuoteRuleTable
{
    private static readonly QuoteEnricher Enricher = new();

    // Rows are passed by rule name and index so that each one is its own test case.
    public static TheoryData<string, int> French => ToData(QuoteCasesFr.All);

    public static TheoryData<string, int> English => ToData(QuoteCasesEn.All);

    public static TheoryData<string, int> German => ToData(QuoteCasesDe.All);

    [Theory]
    [MemberData(nameof(French))]
    public void FrenchRule(string rule, int index) => Check(QuoteCasesFr.All[index], rule);

    [Theory]
    [MemberData(nameof(English))]
    public void EnglishRule(string rule, int index) => Check(QuoteCasesEn.All[index], rule);

    [Theory]
    [MemberData(nameof(German))]
    public void GermanRule(string rule, int index) => Check(QuoteCasesDe.All[index], rule);

    [Fact]
    public void TablesAreLargeEnough()
    {
        Assert.True(QuoteCasesFr.All.Count >= 60, $"French rows: {QuoteCasesFr.All.Count}");
        Assert.True(QuoteCasesEn.All.Count >= 20, $"English rows: {QuoteCasesEn.All.Count}");
        Assert.True(QuoteCasesDe.All.Count >= 20, $"German rows: {QuoteCasesDe.All.Count}");
    }

    internal static IReadOnlyList<Quote> Run(string text, string? language)
    {
        // A block written "## …" is a heading.
        var body = text.Split("\n\n")
            .Select(t => t.StartsWith("## ", StringComparison.Ordinal) ? new BodyBlock(BodyBlockKind.Heading, t[3..]) : new BodyBlock(BodyBlockKind.Paragraph, t))
            .ToList();
        // As in the pipeline, the dateline enricher runs first and the quote rules see its dateline.
        Dateline? dateline = null;
        if (body[0].Kind == BodyBlockKind.Paragraph)
        {
            DatelineEnricher.TryParse(body[0].Text, Contexts.For(language), null, out dateline);
        }

        var quotes = Enricher.Find(body, LexiconSet.Default.Get(language), dateline);
        foreach (var q in quotes)
        {
            // Spans point into the body text exactly.
            Assert.Equal(q.Text, body[q.Paragraph].Text.Substring(q.Start, q.Length));
        }

        return quotes;
    }

    private static void Check(QuoteCase row, string rule)
    {
        Assert.Equal(row.Rule, rule);
        var quotes = Run(row.Text, row.Language);
        var found = string.Join("\n", quotes.Select(q => $"  {q.Kind} [{q.Speaker}] {q.Text}"));
        if (row.Kind is null)
        {
            Assert.False(
                quotes.Any(q => (!row.MarksOnly || q.Kind != QuoteKind.Indirect) && q.Text.Contains(row.Expected, StringComparison.Ordinal)),
                $"'{row.Expected}' must not be a quote; found:\n{found}");
            return;
        }

        var match = quotes.FirstOrDefault(q => q.Kind == row.Kind && q.Text.Contains(row.Expected, StringComparison.Ordinal));
        Assert.True(match is not null, $"no {row.Kind} quote containing '{row.Expected}'; found:\n{found}");
        Assert.True(row.Speaker == match!.Speaker, $"speaker '{match.Speaker}', want '{row.Speaker}'; found:\n{found}");
    }

    private static TheoryData<string, int> ToData(IReadOnlyList<QuoteCase> rows)
    {
        var data = new TheoryData<string, int>();
        for (int i = 0; i < rows.Count; i++)
        {
            data.Add(rows[i].Rule, i);
        }

        return data;
    }
}
