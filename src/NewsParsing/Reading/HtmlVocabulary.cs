using System.Text.RegularExpressions;
using NewsParsing.Text;

namespace NewsParsing.Reading;

/// <summary>
/// The HTML knowledge of the reader and the generic HTML parser: which tags are never content,
/// which are inline, and which class or id words mark a region as content or as furniture.
/// These are markup conventions (CSS class names are English whatever the page's language),
/// not language knowledge, so they live here rather than in the lexicons.
/// </summary>
internal static partial class HtmlVocabulary
{
    /// <summary>Elements whose text is never content.</summary>
    public static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "textarea", "input", "option",
        "object", "embed", "canvas", "math", "video", "audio", "map", "head", "title", "meta", "link", "dialog",
    };

    /// <summary>Phrasing elements: their text joins the text around them without a break.</summary>
    public static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
        "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
        "u", "var", "wbr", "img", "picture", "source", "output",
    };

    /// <summary>Elements that open a region of page furniture.</summary>
    public static readonly HashSet<string> BoilerplateTags = new(StringComparer.Ordinal) { "nav", "aside", "footer", "header", "form", "menu" };

    /// <summary>Roles that open a region of page furniture.</summary>
    public static readonly HashSet<string> BoilerplateRoles = new(StringComparer.Ordinal)
    {
        "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog", "alertdialog", "search", "toolbar",
    };

    /// <summary>Classes of story text a paywall hides until login (kept even under an inline display:none).</summary>
    public static readonly HashSet<string> GatedContentClasses = new(StringComparer.Ordinal)
    {
        "subscriber-only", "subscribers-only", "subscriber-content", "premium-content", "paid-content", "paywall-content", "paywalled-content", "locked-content",
    };

    /// <summary>Classes of text meant for screen readers only ("Share on Facebook, opens a new window").</summary>
    public static readonly HashSet<string> ScreenReaderClasses = new(StringComparer.Ordinal)
    {
        "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-only", "sr-text", "u-visually-hidden", "a11y-hidden", "offscreen",
    };

    /// <summary>
    /// A state class ("has-sidebar", "no-comments", "is-sticky", "hasnt-bio"): it describes the
    /// layout or what the element lacks, not what the element is, so it is no evidence of furniture.
    /// </summary>
    public static bool IsStateToken(string token) => IsStateToken(token.AsSpan());

    /// <summary>The span form of <see cref="IsStateToken(string)"/>, for tokens not cut out as strings.</summary>
    public static bool IsStateToken(ReadOnlySpan<char> token)
    {
        foreach (var prefix in StatePrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] StatePrefixes = ["has-", "hasnt-", "hasno-", "with-", "without-", "no-", "not-", "is-", "show-", "hide-"];

    /// <summary>True when a class token of <paramref name="words"/> (state classes aside) contains <paramref name="part"/>.</summary>
    public static bool HasToken(string words, string part)
    {
        if (!words.Contains(part, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var token in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Contains(part, StringComparison.Ordinal) && !IsStateToken(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="token"/> (one class, id or role token, no whitespace) holds a word of
    /// <see cref="BoilerplateWords"/> between '-', '_' or its ends: what that pattern matches in a token,
    /// found by set lookups over the token's segment runs instead of running the regex on every token.
    /// </summary>
    public static bool IsFurnitureToken(ReadOnlySpan<char> token)
    {
        for (int start = 0; start < token.Length; start++)
        {
            if (start > 0 && !IsWordSeparator(token[start - 1]))
            {
                continue;
            }

            // Most segments start with two characters no furniture word starts with.
            if (token.Length - start < 2 || token[start] >= 128 || token[start + 1] >= 128 || !FurniturePrefixes[(token[start] * 128) + token[start + 1]])
            {
                continue;
            }

            for (int end = start + 1; end <= token.Length && end - start <= LongestFurnitureWord; end++)
            {
                if ((end == token.Length || IsWordSeparator(token[end])) && IsFurnitureWord(token[start..end]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The separators around a word in <see cref="BoilerplateWords"/>: [\s_-].</summary>
    private static bool IsWordSeparator(char c) => c is '-' or '_' || char.IsWhiteSpace(c);

    /// <summary>The words of <see cref="BoilerplateWords"/>, its optional letters spelled out (a unit test keeps the two in step).</summary>
    internal static readonly HashSet<string> FurnitureWords = new(StringComparer.Ordinal)
    {
        "ad", "ad-slot", "ads", "adslot", "advert", "advertisement", "also-read", "author-bio", "author-box", "banner", "bio",
        "breadcrumb", "breadcrumbs", "comment", "comment-list", "comments", "consent", "cookie", "cookies", "disqus", "donate",
        "donation", "footer", "gdpr", "jp-relatedposts", "login", "masthead", "menu", "modal", "more-stories", "most-popular",
        "most-read", "mostpopular", "mostread", "nav", "navbar", "navigation", "newsletter", "outbrain", "overlay", "pager",
        "pagination", "paywall-prompt", "popular", "popup", "promo", "read-also", "read-more", "readmore", "recirc", "recirculation",
        "recommendation", "recommendations", "recommended", "related", "see-also", "share", "sharebar", "sharedaddy", "sharing",
        "side-bar", "sidebar", "signup", "skip-link", "social", "socials", "subscribe", "subscription", "support", "taboola", "tag-list",
        "tags", "teaser", "teasers", "toolbar", "trending", "widget",
    };

    private static readonly int LongestFurnitureWord = FurnitureWords.Max(w => w.Length);

    /// <summary>The first two characters of the furniture words (all ASCII, none shorter than two), as a 128 × 128 table.</summary>
    private static readonly bool[] FurniturePrefixes = FurnitureWords.Aggregate(new bool[128 * 128], (table, w) =>
    {
        table[(w[0] * 128) + w[1]] = true;
        return table;
    });

#if NET9_0_OR_GREATER
    private static bool IsFurnitureWord(ReadOnlySpan<char> word) => FurnitureWordLookup.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FurnitureWordLookup = FurnitureWords.GetAlternateLookup<ReadOnlySpan<char>>();
#else
    private static bool IsFurnitureWord(ReadOnlySpan<char> word)
    {
        foreach (var w in FurnitureWords)
        {
            if (word.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }
#endif

    /// <summary>
    /// <see cref="ArticleBodyWords"/> on one token or an element's words; every one of its words holds "body", "content", "text" or
    /// "main", so a token without them is no match and skips the regex.
    /// </summary>
    public static bool IsArticleBodyToken(ReadOnlySpan<char> token) =>
        (token.Contains("body", StringComparison.Ordinal) || token.Contains("content", StringComparison.Ordinal)
            || token.Contains("text", StringComparison.Ordinal) || token.Contains("main", StringComparison.Ordinal))
        && ArticleBodyWords().IsMatch(token);

    /// <summary>
    /// <see cref="NegativeWords"/>.IsMatch: every alternative but the "hid" token is a plain substring
    /// (<see cref="NegativeSubstrings"/>), so one multi-string search decides, and only text holding
    /// "hid" is left to the regex (main-content scoring asks this of every voting container).
    /// </summary>
    public static bool HasNegativeWord(string words)
    {
#if NET9_0_OR_GREATER
        return words.AsSpan().IndexOfAny(NegativeSearch) >= 0 || (words.Contains("hid", StringComparison.Ordinal) && NegativeWords().IsMatch(words));
#else
        return NegativeWords().IsMatch(words);
#endif
    }

    /// <summary><see cref="PositiveWords"/>.IsMatch: its alternatives are all plain substrings (<see cref="PositiveSubstrings"/>).</summary>
    public static bool HasPositiveWord(string words)
    {
#if NET9_0_OR_GREATER
        return words.AsSpan().IndexOfAny(PositiveSearch) >= 0;
#else
        return PositiveWords().IsMatch(words);
#endif
    }

    /// <summary>The alternatives of <see cref="NegativeWords"/> that are plain substrings ("most-?read" written out); keep in step (a test compares).</summary>
    internal static readonly string[] NegativeSubstrings =
    [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta", "outbrain",
        "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget",
        "newsletter", "subscribe", "teaser", "recommend", "mostread", "most-read", "popular", "byline", "author", "dateline", "caption",
    ];

    /// <summary>The alternatives of <see cref="PositiveWords"/> ("rich-?text" written out); keep in step (a test compares).</summary>
    internal static readonly string[] PositiveSubstrings =
    [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "prose",
        "richtext", "rich-text", "paragraph",
    ];

#if NET9_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<string> NegativeSearch = System.Buffers.SearchValues.Create(NegativeSubstrings, StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> PositiveSearch = System.Buffers.SearchValues.Create(PositiveSubstrings, StringComparison.Ordinal);
#endif

    /// <summary>
    /// False when <paramref name="token"/> holds none of the words that guard <see cref="IsArticleBodyToken"/>,
    /// <see cref="IsCaptionToken"/> and <see cref="HasBylineWord"/> (then all three are false): one search
    /// instead of eleven. Keep it in step with those guards.
    /// </summary>
    public static bool MayHoldBodyCaptionOrBylineWord(ReadOnlySpan<char> token)
    {
#if NET9_0_OR_GREATER
        return token.IndexOfAny(GuardWords) >= 0;
#else
        return true;
#endif
    }

#if NET9_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<string> GuardWords = System.Buffers.SearchValues.Create(
        ["body", "content", "text", "main", "caption", "credit", "line", "author", "writtenby", "contributor", "reporter"], StringComparison.Ordinal);
#endif

    /// <summary><see cref="CaptionWords"/> on one token; its words all hold "caption" or "credit", checked first.</summary>
    public static bool IsCaptionToken(ReadOnlySpan<char> token) =>
        (token.Contains("caption", StringComparison.Ordinal) || token.Contains("credit", StringComparison.Ordinal))
        && CaptionWords().IsMatch(token);

    /// <summary>
    /// <see cref="BylineWords"/> on lower-case text; its words all hold "line", "author", "writtenby",
    /// "contributor" or "reporter", checked first.
    /// </summary>
    public static bool HasBylineWord(ReadOnlySpan<char> text) =>
        (text.Contains("line", StringComparison.Ordinal) || text.Contains("author", StringComparison.Ordinal)
            || text.Contains("writtenby", StringComparison.Ordinal) || text.Contains("contributor", StringComparison.Ordinal)
            || text.Contains("reporter", StringComparison.Ordinal))
        && BylineWords().IsMatch(text);

    /// <summary>Class or id words of furniture: share bars, related links, comments, newsletter and cookie boxes.</summary>
    [GeneratedRegex(
        @"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|side-bar|widget|share|sharing|sharebar|social|socials|related|recommended|recommendations?|comments?|comment-list|disqus|newsletter|subscribe|subscription|signup|cookie|cookies|consent|gdpr|promo|advert|advertisement|ads|ad|adslot|ad-slot|banner|outbrain|taboola|teaser|teasers|most-?read|most-?popular|popular|trending|footer|masthead|skip-link|pagination|pager|tags|tag-list|author-bio|author-box|bio|more-stories|recirc|recirculation|support|donate|donation|read-more|readmore|read-also|see-also|also-read|jp-relatedposts|sharedaddy|modal|popup|overlay|toolbar|login|paywall-prompt)(?:$|[\s_-])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    public static partial Regex BoilerplateWords();

    /// <summary>Class or id words of a story body.</summary>
    [GeneratedRegex(
        @"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text|paragraph",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    public static partial Regex PositiveWords();

    /// <summary>Class or id words of everything else (Readability's negative list, with news furniture added).</summary>
    [GeneratedRegex(
        @"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|teaser|recommend|most-?read|popular|byline|author|dateline|caption",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    public static partial Regex NegativeWords();

    /// <summary>Class, id or itemprop words that name the story body itself.</summary>
    [GeneratedRegex(
        @"(?:^|\s)(?:articlebody|article-?body|article__body|article-?content|article__content|article-?text|articletext|entry-content|post-?content|post-?body|post__content|story-?body|story-?content|story__body|storycontent|story-text|body-?text|article-main|main-content|td-post-content|field-name-body|field--name-body|c-entry-content|rich-text|text-content|article__text|content-body)(?:$|\s)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    public static partial Regex ArticleBodyWords();

    /// <summary>A class token of a caption or photo credit ("wp-caption-text", "image-credit").</summary>
    [GeneratedRegex(@"^(?:[a-z0-9]+[_-]){0,2}(?:caption|credits?|photo-?credit|image-?credit)(?:$|[_-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    public static partial Regex CaptionWords();

    /// <summary>Class, id, rel or itemprop words of a byline.</summary>
    [GeneratedRegex(@"by-?line|author(?!i[tz]|ity)|writtenby|p-author|contributor|reporter", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    public static partial Regex BylineWords();

    /// <summary>Meta names and properties that carry the publication date (htmldate's list, lower case).</summary>
    public static readonly string[] PublishedMeta =
    [
        "article:published_time", "parsely-pub-date", "og:article:published_time", "datepublished", "article:published", "og:published_time",
        "article.published", "article.created", "article_date_original", "bt:pubdate", "citation_date", "citation_publication_date",
        "cxenseparse:recs:publishtime", "date_published", "datecreated", "dateposted", "dc.date", "dc.created", "dc.date.created",
        "dc.date.issued", "dc.date.publication", "dcsext.articlefirstpublished", "dcterms.created", "dcterms.date", "dcterms.issued",
        "dc:created", "dc:date", "displaydate", "doc_date", "field-name-post-date", "mediator_published_time", "og:article:published",
        "og:datepublished", "og:pubdate", "og:publish_date", "og:regdate", "originalpublicationdate", "parsely-pub-date", "pdate",
        "ptime", "pubdate", "publishdate", "publish_date", "publish-date", "published-date", "publication_date", "publication-date",
        "rbpubdate", "release_date", "rnews:datepublished", "sailthru.date", "shareaholic:article_published_time", "twt-published-at",
        "vr:published_time", "date", "created", "timestamp",
    ];

    /// <summary>Meta names and properties that carry the modification date.</summary>
    public static readonly string[] ModifiedMeta =
    [
        "article:modified_time", "og:article:modified_time", "datemodified", "og:updated_time", "article:modified", "modified_time",
        "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "dc.modified", "parsely-modified-date", "date_modified",
    ];

    /// <summary>The JSON-LD types of a news story (schema.org's Article family).</summary>
    public static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle",
        "TechArticle", "SocialMediaPosting", "DiscussionForumPosting", "AdvertiserContentArticle", "Review", "Recipe", "MedicalWebPage",
    };
}
