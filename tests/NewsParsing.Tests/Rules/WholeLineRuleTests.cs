using NewsParsing.Formats.Common;
using NewsParsing.Lexicons;
using NewsParsing.Text;

namespace NewsParsing.Tests.Rules;

/// <summary>
/// TextRules.WholeLineRule folds a short line into a buffer and looks it up as a span; it must
/// answer what folding it to a string (<see cref="TextFold.FoldLine"/>) and looking that up answered.
/// </summary>
public sealed class WholeLineRuleTests
{
    private static BoilerplateKind? Reference(string text, LexiconSet lexicons)
    {
        var line = TextFold.FoldLine(text);
        return line.Length == 0 ? BoilerplateKind.Line : lexicons.WholeLineBoilerplate.TryGetValue(line, out var kind) ? kind : null;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData(" -- | ")]
    [InlineData("Share this article")]
    [InlineData("  SHARE   this article: ")]
    [InlineData("« Publicité »")]
    [InlineData("Share this articles")]
    [InlineData("A plain sentence of a story.")]
    public void Hand_cases_agree_with_the_string_fold(string text) =>
        Assert.Equal(Reference(text, LexiconSet.Default), TextRules.WholeLineRule(text, LexiconSet.Default));

    [Fact]
    public void Every_phrase_dressed_up_agrees_with_the_string_fold()
    {
        var lexicons = LexiconSet.Default;
        var random = new Random(777);
        string[] dress = ["", " ", "  ", ".", ":", "«", "»", "\"", "*", "-", "|", ">", "\u00A0", "\t", "x", "É", "’"];
        foreach (var phrase in lexicons.WholeLineBoilerplate.Keys)
        {
            for (int i = 0; i < 20; i++)
            {
                var text = dress[random.Next(dress.Length)] + (random.Next(2) == 0 ? phrase.ToUpperInvariant() : phrase) + dress[random.Next(dress.Length)] + dress[random.Next(dress.Length)];
                Assert.Equal(Reference(text, lexicons), TextRules.WholeLineRule(text, lexicons));
            }
        }
    }

    [Fact]
    public void A_line_longer_than_the_stack_buffer_agrees_with_the_string_fold()
    {
        // Past 512 folded characters the buffer is rented.
        var text = new string('-', 300) + "Share this article" + new string('.', 300);
        Assert.Equal(Reference(text, LexiconSet.Default), TextRules.WholeLineRule(text, LexiconSet.Default));
    }
}
