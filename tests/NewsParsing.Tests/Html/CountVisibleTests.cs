using NewsParsing.Reading;

namespace NewsParsing.Tests.Html;

/// <summary>The reader counts a text's visible characters eight at a time: it must count what char.IsWhiteSpace counts.</summary>
public class CountVisibleTests
{
    [Fact]
    public void Counts_what_a_character_loop_counts_on_random_texts()
    {
        // ASCII white space and its neighbours, non-ASCII spaces (NBSP, NEL, em space, line and
        // paragraph separators, ideographic space), letters, a zero-width space (not white space), CJK.
        const string alphabet = " \t\n\u000B\f\r\u0008\u000E\u001F!aZ~\u007F\u0080\u0085\u00A0\u1680\u2003\u2028\u2029\u200B\u3000é中";
        var random = new Random(20261124);
        for (int round = 0; round < 20_000; round++)
        {
            int length = random.Next(0, round % 10 == 0 ? 200 : 40);
            var chars = new char[length];
            bool asciiOnly = round % 3 == 0;
            for (int i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(asciiOnly ? 14 : alphabet.Length)];
            }

            Assert.Equal(Reference(chars), HtmlPageReader.CountVisible(chars));
        }
    }

    [Fact]
    public void Counts_every_character_alone()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var text = new string((char)c, 19);
            Assert.Equal(Reference(text), HtmlPageReader.CountVisible(text));
        }
    }

    private static int Reference(ReadOnlySpan<char> text)
    {
        int visible = 0;
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                visible++;
            }
        }

        return visible;
    }
}
