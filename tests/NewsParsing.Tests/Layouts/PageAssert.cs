namespace NewsParsing.Tests.Layouts;

/// <summary>Assertions shared by the layout proofs.</summary>
public static class PageAssert
{
    /// <summary>Parses a test page (path relative to TestPages/Text/).</summary>
    public static Article Parse(string relative) =>
        NewsParser.ParseFile(TestFiles.PagePath(Path.Combine("Text", relative)));

    /// <summary>The body's paragraphs (crossheads excluded): count, first and last, by their opening words.</summary>
    public static void Paragraphs(Article article, int count, string firstStartsWith, string lastStartsWith)
    {
        var paragraphs = article.Body.Where(b => b.Kind == BodyBlockKind.Paragraph).Select(b => b.Text).ToList();
        Assert.Equal(count, paragraphs.Count);
        Assert.StartsWith(firstStartsWith, paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith(lastStartsWith, paragraphs[^1], StringComparison.Ordinal);
    }

    /// <summary>The crossheads, in order.</summary>
    public static void Headings(Article article, params string[] headings) =>
        Assert.Equal(headings, article.Body.Where(b => b.Kind == BodyBlockKind.Heading).Select(b => b.Text));

    /// <summary>None of these fragments is anywhere in the body.</summary>
    public static void NoLeak(Article article, params string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            Assert.DoesNotContain(article.Body, b => b.Text.Contains(fragment, StringComparison.OrdinalIgnoreCase));
        }
    }
}
