using NewsParsing.Formats.Common;
using NewsParsing.Lexicons;
using NewsParsing.Text;

namespace NewsParsing.Tests.Rules;

/// <summary>
/// IsAccountByline walks the byline prefixes and tests "prefix + space" by index; it must answer
/// what the walk over every byline entry with <c>StartsWith(phrase + " ")</c> answered.
/// </summary>
public sealed class AccountBylineTests
{
    private static bool Reference(string text, ParseContext context)
    {
        var t = text.Trim();
        if (t.Length > 80)
        {
            return false;
        }

        var folded = TextFold.FoldLine(t);
        foreach (var lexicon in context.LexiconsToTry)
        {
            foreach (var (kind, phrase) in lexicon.Bylines)
            {
                if (kind != "prefix" || !folded.StartsWith(phrase + " ", StringComparison.Ordinal))
                {
                    continue;
                }

                var parts = context.Lexicons.NameSeparators.Split(folded[phrase.Length..].TrimStart(' ', ':'))
                    .Select(p => p.Trim().Trim(',', ';', '|', '-'))
                    .Where(p => p.Length > 0)
                    .ToList();
                if (parts.Count > 0 && parts.All(lexicon.BylineExclusions.Contains))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fr")]
    [InlineData("en")]
    [InlineData("de")]
    public void Prefixes_and_accounts_agree_with_the_reference(string? language)
    {
        var context = Contexts.For(language);
        var lexicons = LexiconSet.Default.All.ToList();
        var prefixes = lexicons.SelectMany(l => l.BylinePrefixes).Append("").Distinct().ToList();
        var tails = lexicons.SelectMany(l => l.BylineExclusions).Concat(["Jane Doe", "admin et Jane Doe", "", ":", "redaktion, admin"]).Distinct().ToList();
        foreach (var prefix in prefixes)
        {
            foreach (var tail in tails)
            {
                foreach (var text in (string[])[$"{prefix} {tail}", $"{prefix}{tail}", $"  {prefix.ToUpperInvariant()} : {tail} ", prefix])
                {
                    Assert.Equal(Reference(text, context), TextRules.IsAccountByline(text, context));
                }
            }
        }

        Assert.True(TextRules.IsAccountByline("By admin", Contexts.For("en")));
    }
}
