<Query Kind="Program">
  <NuGetReference>NewsParsing</NuGetReference>
  <Namespace>NewsParsing</Namespace>
</Query>

// Write a parser for a site's layout right here, try it, then move it to a plugin project.
void Main()
{
    var pipeline = new ArticlePipelineBuilder()
        .UseDefaults()
        .UseParser(new TickerParser())   // tried before the generic parser
        .Build();

    string page =
        "TICKER | Markets\n\n" +
        "Shares in Acme Rockets jump after launch contract\n\n" +
        "Acme Rockets shares rose twelve percent on Wednesday after the company won a launch contract.\n\n" +
        "Analysts expect the contract to double the company's revenue over the next three years.\n";

    Article article = pipeline.Parse(ArticleSource.FromText(page));
    article.Dump();
    pipeline.Parsers.Select(p => p.Name).Dump("Parsers, in match order");
}

// "TICKER | Section" on the first line, the headline, then the body.
public sealed class TickerParser : IArticleParser
{
    public string Name => "ticker";

    public double Match(Page page, ParseContext context) =>
        page.Blocks.Count > 2 && page.Blocks[0].Text.StartsWith("TICKER |", StringComparison.Ordinal) ? 0.95 : 0;

    public Article Parse(Page page, ParseContext context) => new Article
    {
        Section = page.Blocks[0].Text.Substring("TICKER |".Length).Trim(),
        Title = page.Blocks[1].Text,
        Body = page.Blocks.Skip(2).Select(b => new BodyBlock(BodyBlockKind.Paragraph, b.Text)).ToArray(),
    };
}
