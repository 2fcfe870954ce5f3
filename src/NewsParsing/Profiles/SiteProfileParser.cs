using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsParsing.Dates;
using NewsParsing.Formats.Common;
using NewsParsing.Text;

namespace NewsParsing.Profiles;

/// <summary>
/// The parser a <see cref="SiteProfile"/> describes. Matching checks the cheap criteria first
/// (host, marker lines, generator) and parses the markup for CSS selectors only when they pass.
/// Immutable: one instance serves every page.
/// </summary>
public sealed partial class SiteProfileParser : IArticleParser
{
    private static readonly HashSet<string> BodyTags = new(StringComparer.OrdinalIgnoreCase) { "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote" };

    /// <summary>Creates the parser of a profile.</summary>
    public SiteProfileParser(SiteProfile profile)
    {
        Profile = profile ?? throw new ArgumentNullException(nameof(profile));
    }

    /// <summary>The profile.</summary>
    public SiteProfile Profile { get; }

    /// <inheritdoc />
    public string Name => Profile.Name;

    /// <inheritdoc />
    public double Match(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        var p = Profile;
        if (p.Hosts.Count > 0)
        {
            var host = (context.Url ?? page.Metadata.Url)?.Host.ToLowerInvariant();
            if (host is null || !p.Hosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal)))
            {
                return 0;
            }
        }

        if (p.Markers.Any(m => !page.Blocks.Any(b => m.IsMatch(b.Text))))
        {
            return 0;
        }

        bool html = page.SourceKind == PageSourceKind.Html && context.Source is not null;
        if (p.Generator is not null || p.Selectors.Count > 0)
        {
            if (!html)
            {
                return 0; // markup criteria cannot hold on a text page
            }

            using var document = ParseHtml(context.Source!.Content);
            if (p.Generator is not null
                && !document.QuerySelectorAll("meta[name='generator' i]").Any(m => (m.GetAttribute("content") ?? "").Contains(p.Generator, StringComparison.OrdinalIgnoreCase)))
            {
                return 0;
            }

            if (p.Selectors.Any(s => document.QuerySelector(s) is null))
            {
                return 0;
            }
        }

        // A profile says where fields are for one kind of page: it only takes pages it can read.
        return (html && p.HasHtml) || p.HasText ? p.Score : 0;
    }

    /// <inheritdoc />
    public Article Parse(Page page, ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        var draft = new ArticleDraft();
        if (page.SourceKind == PageSourceKind.Html && context.Source is not null && Profile.HasHtml)
        {
            ParseHtmlFields(context.Source.Content, page, context, draft);
        }
        else
        {
            ParseTextFields(page, context, draft);
        }

        draft.Diagnostics.Add($"profile: fields read by the site profile '{Profile.Name}' ({Path.GetFileName(Profile.Origin)})");
        return draft.ToArticle();
    }

    private static AngleSharp.Html.Dom.IHtmlDocument ParseHtml(string html) =>
        new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);

    private void ParseHtmlFields(string html, Page page, ParseContext context, ArticleDraft draft)
    {
        using var document = ParseHtml(html);
        foreach (var selector in Profile.HtmlRemove)
        {
            foreach (var e in document.QuerySelectorAll(selector).ToList())
            {
                e.Remove();
            }
        }

        foreach (var e in document.QuerySelectorAll("script, style, noscript, template").ToList())
        {
            e.Remove();
        }

        string? One(string field) => Values(document, field).FirstOrDefault();
        draft.Title = One("title") ?? page.Metadata.Headline ?? page.Metadata.DocumentTitle;
        draft.Subtitle = One("subtitle");
        draft.Kicker = One("kicker");
        draft.Section = One("section") ?? page.Metadata.Section;
        draft.SiteName = One("siteName") ?? page.Metadata.SiteName;
        foreach (var author in Profile.Html.ContainsKey("authors") ? Values(document, "authors") : page.Metadata.Authors)
        {
            draft.AddAuthor(author);
        }

        draft.Published = Date(One("published"), context) ?? page.Metadata.Published;
        draft.Modified = Date(One("modified"), context) ?? page.Metadata.Modified;
        draft.Tags.AddRange((Profile.Html.ContainsKey("tags") ? Values(document, "tags") : page.Metadata.Tags).Distinct(StringComparer.Ordinal));
        foreach (var caption in Values(document, "captions"))
        {
            draft.Captions.Add(new Caption(caption, null));
        }

        if (Profile.Html.TryGetValue("body", out var bodySelector))
        {
            var seen = new HashSet<IElement>();
            foreach (var container in document.QuerySelectorAll(bodySelector))
            {
                var parts = BodyTags.Contains(container.LocalName) ? [container] : container.QuerySelectorAll(string.Join(", ", BodyTags)).Where(e => !e.Ancestors<IElement>().Any(a => BodyTags.Contains(a.LocalName) && a != container)).ToList();
                if (parts.Count == 0)
                {
                    parts = [container];
                }

                foreach (var part in parts.Where(seen.Add))
                {
                    var text = TextNormalizer.NormalizeInline(part.TextContent);
                    if (text.Length > 0)
                    {
                        draft.Body.Add(new BodyBlock(KindOf(part.LocalName), text));
                    }
                }
            }
        }
        else
        {
            draft.Diagnostics.Add("profile: no html.body selector; body left empty");
        }
    }

    private IEnumerable<string> Values(IDocument document, string field)
    {
        if (!Profile.Html.TryGetValue(field, out var spec))
        {
            yield break;
        }

        int at = spec.LastIndexOf('@');
        var selector = at > 0 ? spec[..at] : spec;
        var attribute = at > 0 ? spec[(at + 1)..] : null;
        foreach (var e in document.QuerySelectorAll(selector))
        {
            var raw = attribute is null ? e.TextContent : e.GetAttribute(attribute);
            var text = raw is null ? "" : TextNormalizer.NormalizeInline(raw);
            if (text.Length > 0)
            {
                yield return text;
            }
        }
    }

    private static BodyBlockKind KindOf(string tag) => tag.ToLowerInvariant() switch
    {
        "h2" or "h3" or "h4" or "h5" or "h6" => BodyBlockKind.Heading,
        "li" => BodyBlockKind.ListItem,
        "blockquote" => BodyBlockKind.Blockquote,
        _ => BodyBlockKind.Paragraph,
    };

    private static NewsDate? Date(string? text, ParseContext context)
    {
        if (text is null)
        {
            return null;
        }

        return DateText.TryParseIsoLike(text, out var iso) ? iso
            : DateText.TryParse(text, context.LexiconsToTry, out var date) ? date
            : null;
    }

    private void ParseTextFields(Page page, ParseContext context, ArticleDraft draft)
    {
        var blocks = page.Blocks.Where(b => !Profile.TextRemove.Any(r => r.IsMatch(b.Text))).ToList();
        int headerEnd = -1;

        string? One(string field)
        {
            var (value, index) = Find(blocks, field).FirstOrDefault();
            headerEnd = value is not null && index < FirstBodyIndex(blocks) ? Math.Max(headerEnd, index) : headerEnd;
            return value;
        }

        draft.Title = One("title");
        draft.Subtitle = One("subtitle");
        draft.Kicker = One("kicker");
        draft.Section = One("section");
        draft.SiteName = One("siteName");
        var consumed = new HashSet<int>();
        foreach (var (value, index) in Find(blocks, "authors"))
        {
            consumed.Add(index);
            foreach (var name in Split(value, "authors"))
            {
                draft.AddAuthor(name);
            }
        }

        draft.Published = Date(One("published"), context);
        draft.Modified = Date(One("modified"), context);
        foreach (var (value, index) in Find(blocks, "tags"))
        {
            consumed.Add(index);
            draft.Tags.AddRange(Split(value, "tags").Where(t => !draft.Tags.Contains(t, StringComparer.Ordinal)));
        }

        int start = FirstBodyIndex(blocks);
        if (start < 0)
        {
            start = headerEnd + 1;
        }

        int end = blocks.Count;
        if (Profile.TextBody?.Until is { } until)
        {
            int stop = blocks.FindIndex(start, b => until.IsMatch(b.Text));
            end = stop >= 0 ? stop : end;
        }

        // The body range goes through the shared classifier (captions, crossheads, boilerplate)
        // on a page holding only the profile's kept lines.
        var kept = blocks.Select((b, i) => b with { Index = i }).ToList();
        var trimmed = page with { Blocks = kept };
        BodyClassifier.Classify(trimmed, start, end, context, draft);
    }

    private int FirstBodyIndex(List<Block> blocks)
    {
        if (Profile.TextBody?.After is not { } after)
        {
            return -1;
        }

        int marker = blocks.FindIndex(b => after.IsMatch(b.Text));
        return marker >= 0 ? marker + 1 : -1;
    }

    private IEnumerable<(string Value, int Index)> Find(List<Block> blocks, string field)
    {
        if (!Profile.Text.TryGetValue(field, out var rule))
        {
            yield break;
        }

        bool many = field is "authors" or "tags";
        for (int i = 0; i < blocks.Count; i++)
        {
            string? value = null;
            int index = i;
            if (rule.Regex is { } regex && regex.Match(blocks[i].Text) is { Success: true } m)
            {
                value = m.Groups["value"] is { Success: true } g ? g.Value : m.Value;
            }
            else if (rule.After is { } after && after.IsMatch(blocks[i].Text) && i + 1 < blocks.Count)
            {
                index = i + 1;
                value = blocks[index].Text;
            }
            else if (rule.Before is { } before && before.IsMatch(blocks[i].Text) && i > 0)
            {
                index = i - 1;
                value = blocks[index].Text;
            }

            if (value is not null && TextNormalizer.NormalizeInline(value) is { Length: > 0 } v)
            {
                yield return (v, index);
                if (!many)
                {
                    yield break;
                }
            }
        }
    }

    private IEnumerable<string> Split(string value, string field)
    {
        var separator = Profile.Text[field].Split;
        var parts = separator is null ? [value] : value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Where(p => p.Length > 0);
    }
}

/// <summary>Adds site profiles to a pipeline builder.</summary>
public static class SiteProfileBuilderExtensions
{
    /// <summary>Adds a profile's parser before the generic parser.</summary>
    public static ArticlePipelineBuilder UseProfile(this ArticlePipelineBuilder builder, SiteProfile profile)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseParser(new SiteProfileParser(profile));
    }

    /// <summary>Adds every profile of a folder (<c>*.json</c>, in name order).</summary>
    /// <exception cref="SiteProfileException">A profile is invalid; the message names the file, the field and the problem.</exception>
    public static ArticlePipelineBuilder UseProfiles(this ArticlePipelineBuilder builder, string directory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var profile in SiteProfile.LoadDirectory(directory))
        {
            builder.UseProfile(profile);
        }

        return builder;
    }
}
