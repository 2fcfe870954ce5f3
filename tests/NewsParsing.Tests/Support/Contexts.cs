using NewsParsing.Lexicons;

namespace NewsParsing.Tests;

/// <summary>Parse contexts for rule tests: the shipped lexicons, a given page language.</summary>
public static class Contexts
{
    /// <summary>A context for a page in <paramref name="language"/> (null: unknown language).</summary>
    public static ParseContext For(string? language) => new()
    {
        Lexicons = LexiconSet.Default,
        Language = language,
        Options = NewsParserOptions.Default,
    };

    /// <summary>Parses a text page with the default pipeline.</summary>
    public static Article Parse(string text) => NewsParser.Parse(text);

    /// <summary>Joins lines with '\n' (test pages written inline).</summary>
    public static string Lines(params string[] lines) => string.Join('\n', lines);
}
