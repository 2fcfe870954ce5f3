using NewsParsing.Text;

namespace NewsParsing.Tests.Rules;

/// <summary>
/// TextRules' language rule folds a line's head, then goes on with the rest of the line, instead of
/// folding the head alone and then the whole line: folding A and going on with B must write what
/// folding A + B writes, whatever the cut (inside a run of ASCII, between spaces, before a combining
/// mark or a character that folds to nothing or to several).
/// </summary>
public sealed class FoldResumeTests
{
    private static readonly string[] Pieces =
    [
        "a", "B", "Z", " ", "  ", "\t", "\n", "\u00A0", "\u2009", "\u0301", "\u200B", "\u00AD", "é", "É", "œ", "Æ", "ß", "…", "—", "’", "`",
        "«", "»", ":", " :", ".", "x y", "Hello World", "ǅ", "Ⅻ", "Ⓐ", "中", "\u0130", "\u1E9E", "\uD83D\uDE00", "0", "-", "'",
    ];

    private static string Fold(ReadOnlySpan<char> text)
    {
        var buffer = new char[(text.Length * 3) + 1];
        return new string(buffer, 0, TextFold.FoldInto(text, buffer));
    }

    private static string FoldInTwo(string text, int cut)
    {
        var buffer = new char[(text.Length * 3) + 1];
        bool pending = false;
        int head = TextFold.FoldInto(text.AsSpan(0, cut), buffer, 0, ref pending);
        Assert.Equal(Fold(text.AsSpan(0, cut)), new string(buffer, 0, head));
        int n = TextFold.FoldInto(text.AsSpan(cut), buffer, head, ref pending);
        return new string(buffer, 0, n);
    }

    [Fact]
    public void Folding_in_two_is_folding_at_once()
    {
        var random = new Random(4);
        for (int k = 0; k < 20_000; k++)
        {
            var builder = new System.Text.StringBuilder();
            int count = random.Next(0, 24);
            for (int j = 0; j < count; j++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = builder.ToString();
            var whole = Fold(text);
            for (int cut = 0; cut <= text.Length; cut++)
            {
                Assert.Equal(whole, FoldInTwo(text, cut));
            }
        }
    }

    [Fact]
    public void Folding_a_long_line_in_two_at_the_rule_head()
    {
        var line = string.Concat(Enumerable.Repeat("Ein  Satz, \u00A0mit Wörtern \u0301und Œuvres : ", 12));
        Assert.Equal(Fold(line), FoldInTwo(line, 160));
    }
}
