using NewsParsing.Reading;
using NewsParsing.Text;

namespace NewsParsing.Tests.Rules;

/// <summary>What the text reader repairs in scrapers' dumps, one artefact per row.</summary>
public sealed class NormalizationTests
{
    private const string LongTail = " président de la commission a présenté mardi le budget rectifié devant les députés réunis.";

    [Theory]
    [InlineData("\uFEFFTitre", "Titre")]                                   // BOM
    [InlineData("Un\u00A0mot", "Un mot")]                                  // NBSP
    [InlineData("Prix\u202F: 12\u202F€", "Prix : 12 €")]                  // narrow NBSP (French punctuation)
    [InlineData("Texte\u2009fin", "Texte fin")]                             // thin space
    [InlineData("zéro\u200Blargeur\u200C\u200D\u2060", "zérolargeur")]      // zero-width characters
    [InlineData("coupure\u00ADsouple", "coupuresouple")]                    // soft hyphen
    [InlineData("  espaces   multiples  ", "espaces multiples")]
    [InlineData("e\u0301te\u0301", "été")]                                  // decomposed accents → NFC
    [InlineData("l’apostrophe « reste »", "l’apostrophe « reste »")]      // typography kept as is
    public void NormalizeInlineRepairsOneArtefact(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.NormalizeInline(input));

    [Theory]
    [InlineData("a\r\nb", "a\nb")]               // CRLF
    [InlineData("a\rb", "a\nb")]                 // lone CR (old Mac)
    [InlineData("a\r\rb", "a\n\nb")]             // two lone CRs are two breaks
    [InlineData("a\u2028b", "a\nb")]             // line separator
    [InlineData("\uFEFFa\nb", "a\nb")]           // BOM at the start of a document
    public void NormalizeDocumentUnifiesLineBreaks(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.NormalizeDocument(input));

    [Theory]
    [InlineData("Titre\r\nPremier paragraphe.\r\n")]
    [InlineData("Titre\rPremier paragraphe.\r")]
    [InlineData("\uFEFFTitre\nPremier paragraphe.\n")]
    [InlineData("Titre\n\n\nPremier\u00A0paragraphe.")]
    public void LineEndingsAndBomGiveTheSameBlocks(string input)
    {
        var page = PlainTextReader.Read(input);
        Assert.Equal(["Titre", "Premier paragraphe."], page.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void DoubledLineIsMergedAndCounted()
    {
        var page = PlainTextReader.Read("Le titre du jour\nLe titre du jour\nLe texte.");
        Assert.Equal(["Le titre du jour", "Le texte."], page.Blocks.Select(b => b.Text));
        Assert.Equal(2, page.Blocks[0].Repeats);
        Assert.Contains(page.Diagnostics, d => d.Contains("doubled", StringComparison.Ordinal));
    }

    [Fact]
    public void DoubledLineKeepsTheTypographicSpelling()
    {
        var page = PlainTextReader.Read("Il attend...\nIl attend…");
        Assert.Equal("Il attend…", Assert.Single(page.Blocks).Text);
    }

    [Fact]
    public void SameLineSeparatedByAnotherLineIsNotMerged()
    {
        var page = PlainTextReader.Read("Refrain\nCouplet\nRefrain");
        Assert.Equal(3, page.Blocks.Count);
    }

    [Theory]
    [InlineData("L’article continue sous l’annonceL’article continue sous l’annonce", "L’article continue sous l’annonce")]
    [InlineData("Read the full story Read the full story", "Read the full story")]
    [InlineData("AnzeigeAnzeige", "Anzeige")]
    public void GluedRepeatIsUnglued(string line, string expected)
    {
        Assert.True(PlainTextReader.TryUnglueRepeat(line, out var single));
        Assert.Equal(expected, single);
    }

    [Theory]
    [InlineData("ToTo")]                         // too short to be a glued line
    [InlineData("Bora Bora est une île.")]       // halves differ
    [InlineData("Nous, nous, nous partons")]     // a repeated word is not a repeated line
    public void GluedRepeatLeavesOrdinaryLines(string line)
    {
        Assert.False(PlainTextReader.TryUnglueRepeat(line, out var single));
        Assert.Equal(line, single);
    }

    [Theory]
    [InlineData("R.Le" + LongTail, "Le" + LongTail)]
    [InlineData("D.La" + LongTail, "La" + LongTail)]
    [InlineData("T.The committee chairman presented the amended budget to members of the house on Tuesday.", "The committee chairman presented the amended budget to members of the house on Tuesday.")]
    public void DropCapInitialIsRemovedFromALongFirstLine(string line, string expected)
    {
        Assert.True(PlainTextReader.TryRemoveDropCap(line, out var repaired));
        Assert.Equal(expected, repaired);
    }

    [Theory]
    [InlineData("M.Dupont a signé.")]                 // a short line: an abbreviation, not a drop cap
    [InlineData("J.-P. Martin, maire de Lyon")]       // initials
    [InlineData("R. Le président" + LongTail)]        // a spaced initial is a name's initial
    [InlineData("U.S. officials said on Tuesday that the negotiations would resume next week in Geneva.")]
    [InlineData("Le" + LongTail)]
    public void DropCapRuleLeavesInitialsAndAbbreviations(string line)
    {
        Assert.False(PlainTextReader.TryRemoveDropCap(line, out var repaired));
        Assert.Equal(line, repaired);
    }

    [Fact]
    public void ReaderDropsZeroWidthAndKeepsEmptyLinesOut()
    {
        var page = PlainTextReader.Read("\u200B\nTitre\u200B\n\u00A0\n\nTexte");
        Assert.Equal(["Titre", "Texte"], page.Blocks.Select(b => b.Text));
        Assert.True(page.Blocks[1].BlankBefore);
    }

    [Fact]
    public void HardWrappedDumpIsJoinedIntoParagraphs()
    {
        var lines = new List<string>();
        var expected = new List<string>();
        for (int p = 0; p < 3; p++)
        {
            var paragraph = new List<string>();
            for (int l = 0; l < 5; l++)
            {
                paragraph.Add($"Ligne {l} du paragraphe {p}, coupée à largeur fixe comme dans une archive de courrier");
            }

            lines.AddRange(paragraph);
            lines.Add("");
            expected.Add(string.Join(' ', paragraph));
        }

        var page = PlainTextReader.Read(string.Join('\n', lines));
        Assert.Equal(expected, page.Blocks.Select(b => b.Text));
        Assert.Contains(page.Diagnostics, d => d.Contains("hard-wrapped", StringComparison.Ordinal));
    }

    [Fact]
    public void OrdinaryDumpIsNotTakenForHardWrapped()
    {
        var page = PlainTextReader.Read("Titre court\n\nUn paragraphe.\n\nUn autre paragraphe.");
        Assert.Equal(3, page.Blocks.Count);
        Assert.DoesNotContain(page.Diagnostics, d => d.Contains("hard-wrapped", StringComparison.Ordinal));
    }
}
