using NewsParsing.Formats.GenericHtml;
using NewsParsing.Reading;

namespace NewsParsing.Tests.Html;

/// <summary>
/// MainContent keeps its candidates in an array indexed by element id and shares lengths and
/// class weights between its two passes; it must choose what the dictionary version
/// (<see cref="MainContentReference"/>) chose: the same container and the same blocks.
/// </summary>
public class MainContentTests
{
    [Theory]
    [MemberData(nameof(HtmlTreeTests.RealPages), MemberType = typeof(HtmlTreeTests))]
    public void A_real_page_gives_the_reference_choice(string path)
    {
        var page = HtmlPageReader.Read(File.ReadAllText(path));
        AssertSame(MainContentReference.Find(page), MainContent.Find(page));
    }

    [Fact]
    public void Blocks_of_two_pages_whose_ids_collide_give_the_reference_choice()
    {
        // Element ids are unique within a page only: blocks put together from two pages share ids.
        var a = HtmlPageReader.Read(Story("first", 6));
        var b = HtmlPageReader.Read(Story("second", 9));
        var blocks = a.Blocks.Concat(b.Blocks).Select((block, i) => block with { Index = i }).ToList();
        Assert.Contains(a.Blocks, x => b.Blocks.Any(y => x.Element is not null && y.Element is not null && x.Element.Id == y.Element.Id));
        var mixed = a with { Blocks = blocks };
        var expected = MainContentReference.Find(mixed);
        AssertSame(expected, MainContent.Find(mixed));
        Assert.NotNull(expected.Root);
    }

    [Theory]
    [InlineData("<p>A short note of a single line, no story around it at all.</p>")]
    [InlineData("<nav><p>Home, News, Sport, Weather, Culture, Travel, Future, Worklife</p></nav><ul><li>One short item here</li></ul>")]
    [InlineData("<div class='content'><aside><p>A paragraph inside the only aside of the page, long enough to vote, with commas, here.</p></aside></div>")]
    public void A_page_that_needs_the_second_pass_gives_the_reference_choice(string body)
    {
        var page = HtmlPageReader.Read($"<html><body>{body}</body></html>");
        AssertSame(MainContentReference.Find(page), MainContent.Find(page));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(90)]
    public void A_page_nested_deeper_than_lengths_are_carried_gives_the_reference_choice(int depth)
    {
        // Lengths go up 64 levels: a deeper block counts only for its nearest ancestors.
        var html = new System.Text.StringBuilder("<html><body>");
        for (int i = 0; i < depth; i++)
        {
            html.Append(i % 3 == 0 ? "<div class='content'>" : "<div>")
                .Append("<p>A paragraph at level ").Append(i).Append(", long enough to vote, with a comma, and more words.</p>");
        }

        html.Append("<p>The deepest paragraph of the page, with a comma, long enough to vote for its containers.</p>");
        html.Insert(html.Length, "</div>", depth).Append("</body></html>");
        var page = HtmlPageReader.Read(html.ToString());
        Assert.Contains(page.Blocks, b => b.Element is { Depth: >= 60 });
        AssertSame(MainContentReference.Find(page), MainContent.Find(page));
    }

    private static string Story(string word, int paragraphs)
    {
        var text = string.Concat(Enumerable.Range(0, paragraphs).Select(i =>
            $"<p>Paragraph {i} of the {word} story, long enough to vote for its container, with a comma, and another one.</p>"));
        return $"<html><body><div class='nav'><a href='/'>Home</a></div><article><div class='story-body'>{text}</div></article><footer><p>Footer text, with a comma, long enough to vote too.</p></footer></body></html>";
    }

    private static void AssertSame(MainContent.Result expected, MainContent.Result actual)
    {
        Assert.Same(expected.Root, actual.Root);
        Assert.Equal(expected.Blocks.Count, actual.Blocks.Count);
        for (int i = 0; i < expected.Blocks.Count; i++)
        {
            Assert.Equal(expected.Blocks[i], actual.Blocks[i]);
        }
    }
}
