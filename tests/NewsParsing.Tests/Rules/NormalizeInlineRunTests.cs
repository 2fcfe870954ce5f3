using System.Text;
using NewsParsing.Text;

namespace NewsParsing.Tests.Rules;

/// <summary>
/// TextNormalizer.NormalizeInline copies stretches of printable ASCII with single spaces in one
/// move; these cases hold it to a character-by-character reference (the loop it had before).
/// </summary>
public sealed class NormalizeInlineRunTests
{
    [Theory]
    [InlineData("a", "a")]
    [InlineData("ab", "ab")]
    [InlineData(" ab ", "ab")]
    [InlineData("one two", "one two")]
    [InlineData("one two ", "one two")]
    [InlineData("one  two", "one two")]
    [InlineData("one \n two", "one two")]
    [InlineData("x \u00A0 y", "x y")]
    [InlineData("end \u200B", "end")]
    [InlineData("a\u200Bb c", "ab c")]
    [InlineData("caf\u00E9 au lait", "caf\u00E9 au lait")]
    [InlineData("cafe\u0301 noir", "caf\u00E9 noir")]
    [InlineData("word \t tab", "word tab")]
    [InlineData("a b  c   d    e", "a b c d e")]
    public void CollapsesAsTheCharacterLoopDid(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeInline(input));
        Assert.Equal(Reference(input), TextNormalizer.NormalizeInline(input));
    }

    [Fact]
    public void RandomMixesMatchTheCharacterLoop()
    {
        // Letters, spaces of every kind, breaks, invisible characters, accents, surrogates and
        // controls, weighted towards the ASCII words and single spaces the fast path copies.
        string[] pieces =
        [
            "a", "Z", "word", "x.", ",", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u202F", "\u200B", "\u00AD",
            "\u00E9", "e\u0301", "\u2019", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u0001", "\u007F", "\u0085", "\u2028", "\uFEFF", "~", "!",
        ];
        var random = new Random(20261124);
        var builder = new StringBuilder();
        for (int round = 0; round < 20_000; round++)
        {
            builder.Clear();
            int count = random.Next(0, 30);
            for (int i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            Assert.Equal(Reference(text), TextNormalizer.NormalizeInline(text));
        }
    }

    /// <summary>The normalisation one character at a time, as NormalizeInlineInPlace did before its ASCII runs.</summary>
    private static string Reference(string input)
    {
        var text = input.ToCharArray();
        int n = 0;
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (TextNormalizer.IsSpace(c) || c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                pendingSpace = n > 0;
                continue;
            }

            if (TextNormalizer.IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                text[n++] = ' ';
                pendingSpace = false;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    text[n++] = c;
                    text[n++] = text[i + 1];
                    i++;
                }
                else
                {
                    text[n++] = '\uFFFD';
                }

                continue;
            }

            text[n++] = c;
        }

        var result = new string(text, 0, n);
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }
}
