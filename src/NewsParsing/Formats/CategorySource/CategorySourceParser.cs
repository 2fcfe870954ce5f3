using System.Text.RegularExpressions;
using NewsParsing.Formats.Common;
using NewsParsing.Lexicons;
using NewsParsing.Text;

namespace NewsParsing.Formats.CategorySource;

/// <summary>
/// Republishing blogs: a 'Categories: X' line (the section), a title ending in ' – SOURCE'
/// (the original publisher), the body, an author box (name, then a bio that is not body) and a
/// 'Recent Posts' list of other articles.
/// </summary>
public sealed partial class CategorySourceParser : IArticleParser
{
    /// <summary>How far from the start the category line is looked for.</summary>
    public const int HeaderWindow = 3;

    /// <summary>Longest author bio, in words.</summary>
    public const int MaxBioWords = 80;

    /// <inheritdoc />
    public string Name => "category-source";

    /// <inheritdoc />
    public double Match(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        int category = FindCategoryLine(page, context, out _);
        if (category < 0)
        {
            return 0;
        }

        double score = 0.6;
        if (category + 1 < page.Blocks.Count && SplitSource(page.Blocks[category + 1].Text, out _, out _))
        {
            score += 0.2;
        }

        if (FindEnd(page, category + 1, context) is int end && FindAuthorBox(page, category + 2, end) >= 0)
        {
            score += 0.1;
        }

        return score;
    }

    /// <inheritdoc />
    public Article Parse(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        var draft = new ArticleDraft();
        int category = FindCategoryLine(page, context, out var section);
        int bodyStart = Math.Max(0, category + 1);
        if (category >= 0)
        {
            draft.Section = section.Length > 0 ? section : null;
        }

        if (bodyStart < page.Blocks.Count && TextRules.LooksLikeHeadline(page.Blocks[bodyStart].Text))
        {
            var titleLine = page.Blocks[bodyStart].Text;
            if (SplitSource(titleLine, out var title, out var source))
            {
                draft.Title = title;
                draft.Source = source;
            }
            else
            {
                draft.Title = titleLine;
            }

            bodyStart++;
        }

        int end = FindEnd(page, bodyStart, context);
        int authorBox = FindAuthorBox(page, bodyStart, end);
        if (authorBox >= 0)
        {
            draft.AddAuthor(page.Blocks[authorBox].Text);
            end = authorBox;
        }

        BodyClassifier.Classify(page, bodyStart, end, context, draft);
        return draft.ToArticle();
    }

    /// <summary>"Title – POLITICO" → title and source. The source is one to four capitalised words.</summary>
    internal static bool SplitSource(string line, out string title, out string source)
    {
        title = line;
        source = "";
        var m = SourceSuffixPattern().Match(line);
        if (!m.Success)
        {
            return false;
        }

        var candidate = m.Groups["source"].Value.Trim();
        if (!TextRules.LooksLikeName(candidate) && !candidate.All(c => char.IsUpper(c) || c is ' ' or '.' or '&'))
        {
            return false;
        }

        title = line[..m.Index].TrimEnd();
        source = candidate;
        return title.Length > 0;
    }

    private static int FindCategoryLine(Page page, ParseContext context, out string section)
    {
        section = "";
        for (int i = 0; i < Math.Min(page.Blocks.Count, HeaderWindow); i++)
        {
            if (LexiconLines.TryGetLabelledValue(page.Blocks[i].Text, "section-labels", context, out section))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindEnd(Page page, int start, ParseContext context)
    {
        for (int i = Math.Max(0, start); i < page.Blocks.Count; i++)
        {
            if (TextRules.Boilerplate(page.Blocks[i].Text, context) == BoilerplateKind.End)
            {
                return i;
            }
        }

        return page.Blocks.Count;
    }

    /// <summary>A name line right before the end, followed by at most one bio paragraph.</summary>
    private static int FindAuthorBox(Page page, int start, int end)
    {
        for (int name = end - 1; name >= Math.Max(start, end - 2); name--)
        {
            var text = page.Blocks[name].Text;
            if (TextRules.LooksLikeName(text) && TextRules.WordCount(text) is >= 2 and <= 4 && page.Blocks[name].Repeats == 1)
            {
                bool bioFits = end - name == 1 || TextRules.WordCount(page.Blocks[name + 1].Text) <= MaxBioWords;
                return bioFits ? name : -1;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\s[–—\-|]\s(?<source>[^–—\-|]{2,40})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex SourceSuffixPattern();
}
