using NewsParsing;

namespace NewsParsing.SamplePlugin;

/// <summary>
/// Press releases as wire services print them: "FOR IMMEDIATE RELEASE", the headline, the
/// body, and "###" (or "-30-") before the boilerplate about the company and the media contact.
/// </summary>
public sealed class PressReleaseParser : IArticleParser
{
    private static readonly string[] Openers = ["FOR IMMEDIATE RELEASE", "PRESS RELEASE", "COMMUNIQUÉ DE PRESSE"];
    private static readonly string[] EndMarks = ["###", "-30-", "# # #"];

    /// <inheritdoc />
    public string Name => "press-release";

    /// <inheritdoc />
    public double Match(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        bool opener = page.Blocks.Count > 1 && Openers.Any(o => page.Blocks[0].Text.Equals(o, StringComparison.OrdinalIgnoreCase));
        return opener ? 0.95 : 0;
    }

    /// <inheritdoc />
    public Article Parse(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        var blocks = page.Blocks.Skip(1).ToList();
        int end = blocks.FindIndex(b => EndMarks.Contains(b.Text.Trim(), StringComparer.Ordinal));
        var body = blocks.Skip(1).Take((end < 0 ? blocks.Count : end) - 1);
        return new Article
        {
            Title = blocks.Count > 0 ? blocks[0].Text : null,
            Body = body.Select(b => new BodyBlock(BodyBlockKind.Paragraph, b.Text)).ToArray(),
            Diagnostics = end < 0 ? ["press-release: no '###' end mark; the whole page is body"] : [],
        };
    }
}
