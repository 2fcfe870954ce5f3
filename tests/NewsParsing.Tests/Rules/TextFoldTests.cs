using NewsParsing.Text;

namespace NewsParsing.Tests.Rules;

/// <summary>
/// The matching fold: lower case, accents and typographic forms unified, whitespace collapsed.
/// Runs of plain ASCII take a vectorised path; these cases sit on its edges (double spaces,
/// a space ending a run, the backquote, a run cut by a non-ASCII letter).
/// </summary>
public sealed class TextFoldTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("Hello World", "hello world")]
    [InlineData("  Hello   World  ", "hello world")]
    [InlineData("Hello \tWorld\n", "hello world")]
    [InlineData("x  ", "x")]
    [InlineData("A`B", "a'b")]
    [InlineData("It`s  OK", "it's ok")]
    [InlineData("ÉCOLE Publique", "ecole publique")]
    [InlineData("L’École  d’été", "l'ecole d'ete")]
    [InlineData("word \u00A0word", "word word")]
    [InlineData("Œuvre… FINALE", "oeuvre... finale")]
    [InlineData("Straße – NORD", "strasse - nord")]
    [InlineData("a\u007Fb", "a\u007Fb")]
    [InlineData("PRINT: [Tom] & {Jerry} ~100%", "print: [tom] & {jerry} ~100%")]
    public void Folds(string text, string expected) => Assert.Equal(expected, TextFold.Fold(text));

    [Fact]
    public void FoldsAsCharacterByCharacterWithSpacesCollapsed()
    {
        // Reference: each non-space character folded alone, a whitespace run read as one space,
        // none at the start or the end; the whole-text fold must agree on any mix.
        const string alphabet = "  \t\n`aAzZ09.,:;!?'\"-éÉ’«—…œßİ\u00A0\u200B\u0301\u007F";
        var random = new Random(4);
        for (int k = 0; k < 20_000; k++)
        {
            var chars = new char[random.Next(0, 30)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            Assert.Equal(Reference(text), TextFold.Fold(text));
        }
    }

    private static string Reference(string text)
    {
        var sb = new System.Text.StringBuilder();
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || TextNormalizer.IsSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            // A pending space is written before any other character, even one that folds to nothing (a combining mark).
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(TextFold.Fold(c.ToString()));
        }

        return sb.ToString();
    }
}
