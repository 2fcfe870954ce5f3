using NewsParsing.Formats.Common;

namespace NewsParsing.Tests.Quotes;

/// <summary>
/// Checks that replace an allocating call on a hot path must answer as the call did: the quote
/// rules count a description's words with <c>TextRules.WordCount</c> before they split it, so it
/// must count the words a split on spaces with empty entries removed gives.
/// </summary>
public sealed class AllocationFreeChecksTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("her caption")]
    [InlineData("  her   caption ")]
    [InlineData("le\u00A0porte-parole du ministère")]
    public void WordCountIsTheSplitLength(string text)
    {
        Assert.Equal(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, TextRules.WordCount(text));
    }

    [Fact]
    public void WordCountIsTheSplitLengthOnRandomTexts()
    {
        const string Alphabet = "ab \u00A0\t,";
        var random = new Random(20261124);
        var chars = new char[9];
        for (int n = 0; n < 50_000; n++)
        {
            int length = random.Next(0, chars.Length + 1);
            for (int i = 0; i < length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars, 0, length);
            Assert.Equal(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, TextRules.WordCount(text));
        }
    }
}
