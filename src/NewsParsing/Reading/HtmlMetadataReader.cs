using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsParsing.Dates;
using NewsParsing.Lexicons;
using NewsParsing.Text;

namespace NewsParsing.Reading;

/// <summary>
/// Reads an HTML document's metadata: title, language, meta tags (OpenGraph, Twitter,
/// article:*, Dublin Core, parsely, sailthru), JSON-LD (only the object that is this page's
/// article), itemprop microdata and the canonical URL.
/// </summary>
internal static partial class HtmlMetadataReader
{
    private const int MaxJsonLdLength = 2 * 1024 * 1024;

    /// <summary>The elements metadata is read from, gathered in the reader's one walk (no selector passes over the DOM).</summary>
    public sealed class Sources
    {
        public List<HtmlTreeElement> Meta { get; } = [];

        public List<HtmlTreeElement> Links { get; } = [];

        public List<HtmlTreeElement> JsonLd { get; } = [];

        public List<HtmlTreeElement> ItemProps { get; } = [];

        /// <summary>Records a meta, link, ld+json script or itemprop element; true when it was one.</summary>
        public void Offer(HtmlTreeElement element)
        {
            switch (element.LocalName)
            {
                case "meta":
                    Meta.Add(element);
                    break;
                case "link":
                    Links.Add(element);
                    break;
                case "script" when string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                    JsonLd.Add(element);
                    break;
            }

            if (element.GetAttribute("itemprop") is { Length: > 0 } prop
                && (prop.Contains("datePublished", StringComparison.Ordinal) || prop.Contains("dateModified", StringComparison.Ordinal)))
            {
                ItemProps.Add(element);
            }
        }

        /// <summary>Gathers from the head (small, walked here) and whatever the body walk offered.</summary>
        public void AddHead(HtmlTreeElement? head)
        {
            if (head is null)
            {
                return;
            }

            var stack = new Stack<HtmlTreeElement>();
            stack.Push(head);
            while (stack.Count > 0)
            {
                var e = stack.Pop();
                if (!ReferenceEquals(e, head))
                {
                    Offer(e);
                }

                for (int i = e.ChildCount - 1; i >= 0; i--)
                {
                    if (e.Child(i) is HtmlTreeElement child)
                    {
                        stack.Push(child);
                    }
                }
            }
        }
    }

    public static PageMetadata Read(HtmlTreeDocument document, Uri? url, Sources sources)
    {
        var meta = CollectMeta(sources.Meta);
        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (meta.TryGetValue(Key(key), out var value))
                {
                    return value;
                }
            }

            return null;
        }

        var canonical = sources.Links.FirstOrDefault(l => string.Equals(l.GetAttribute("rel")?.Trim(), "canonical", StringComparison.OrdinalIgnoreCase))?.GetAttribute("href");
        Uri? pageUrl = url;
        if (canonical is not null && Uri.TryCreate(canonical.Trim(), UriKind.Absolute, out var c) && c.Scheme is "http" or "https")
        {
            pageUrl = c;
        }
        else if (Meta("og:url") is { } og && Uri.TryCreate(og, UriKind.Absolute, out var o) && o.Scheme is "http" or "https")
        {
            pageUrl ??= o;
        }

        var ld = JsonLdArticle.Find(sources.JsonLd, pageUrl);

        // Published: JSON-LD article, then meta tags in htmldate's order, then itemprop microdata.
        NewsDate? published = null;
        string? publishedSource = null;
        if (ld?.Published is { } ldp)
        {
            published = ldp;
            publishedSource = "json-ld";
        }
        else if (FirstDate(meta, HtmlVocabulary.PublishedMeta) is { } mp)
        {
            published = mp;
            publishedSource = "meta";
        }
        else if (ItemPropDate(sources.ItemProps, "datePublished") is { } ip)
        {
            published = ip;
            publishedSource = "itemprop";
        }

        var modified = ld?.Modified ?? FirstDate(meta, HtmlVocabulary.ModifiedMeta) ?? ItemPropDate(sources.ItemProps, "dateModified");

        var authors = new List<string>();
        if (ld is not null)
        {
            authors.AddRange(ld.Authors);
        }

        if (authors.Count == 0)
        {
            foreach (var key in (string[])["dc:creator", "author", "parsely-author", "sailthru.author", "article:author", "og:article:author", "byl", "twitter:creator:name"])
            {
                // "Jane Doe (https://example.org/jane)", "Jane Doe <jane@example.org>": the name without its address.
                if (meta.TryGetValue(key, out var a) && AuthorName(a) is not null)
                {
                    // One tag per author ("DC.creator" twice): every value of the key, in order.
                    foreach (var value in MetaValues(sources.Meta, key))
                    {
                        if (AuthorName(value) is { } name && !authors.Contains(name, StringComparer.Ordinal))
                        {
                            authors.Add(name);
                        }
                    }

                    break;
                }
            }
        }

        var keywords = ld?.Keywords ?? Meta("news_keywords", "keywords", "parsely-tags", "sailthru.tags", "article:tag");
        var tags = keywords is null ? [] : keywords.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length is > 0 and <= 60).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (meta.TryGetValue("article:tag", out _) && ld?.Keywords is null && Meta("news_keywords", "keywords") is null)
        {
            tags = [.. sources.Meta.Where(m => m.GetAttribute("property") == "article:tag").Select(m => m.GetAttribute("content")?.Trim() ?? "").Where(t => t.Length > 0)];
        }

        var lang = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang");
        if (string.IsNullOrWhiteSpace(lang))
        {
            lang = ld?.Language ?? Meta("og:locale", "content-language", "dc.language", "language", "inlanguage");
        }

        return new PageMetadata
        {
            DocumentTitle = document.Title is { Length: > 0 } t ? TextNormalizer.NormalizeInline(t) : null,
            // Readability's order: the structured headline, then Dublin Core, OpenGraph, Twitter, parsely.
            Headline = ld?.Title(document.Title) ?? Meta("dc:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title", "sailthru.title", "headline"),
            Description = ld?.Description ?? Meta("og:description", "description", "twitter:description", "dc.description"),
            Language = string.IsNullOrWhiteSpace(lang) ? null : lang.Trim(),
            SiteName = Meta("og:site_name") ?? ld?.Publisher ?? Meta("application-name", "twitter:site:name", "publisher", "dc.publisher"),
            Section = ld?.Section ?? Meta("article:section", "parsely-section", "section", "category", "sailthru.section"),
            Authors = authors,
            Published = published,
            PublishedSource = publishedSource,
            Modified = modified,
            Tags = tags,
            Url = pageUrl,
        };
    }

    /// <summary>An author meta value without its address ("Jane Doe (https://example.org/jane)", "Jane Doe &lt;jane@example.org&gt;"); null for a URL or a handle.</summary>
    private static string? AuthorName(string value)
    {
        var a = AuthorAddress().Replace(value, "").Trim();
        return a.Length == 0 || a.Contains("://", StringComparison.Ordinal) || a.StartsWith('@') || a.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? null : a;
    }

    /// <summary>
    /// Every value of a meta key, in document order, from tags written in one form (property=
    /// when there is one, as <see cref="CollectMeta"/> prefers it, else the first form): one author
    /// per tag, while a second syntax for the same key restates the byline rather than adding an author.
    /// </summary>
    private static IEnumerable<string> MetaValues(List<HtmlTreeElement> metas, string key)
    {
        string? form = metas.Any(el => !string.IsNullOrWhiteSpace(el.GetAttribute("content"))
            && el.GetAttribute("property") is { } p && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(k => Key(k) == key)) ? "property" : null;
        foreach (var el in metas)
        {
            var content = el.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attr in (string[])["property", "name", "itemprop", "http-equiv"])
            {
                if (el.GetAttribute(attr) is { } names && names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(k => Key(k) == key))
                {
                    form ??= attr;
                    if (form == attr)
                    {
                        yield return TextNormalizer.NormalizeInline(content);
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// Meta tags by lower-case name, property, itemprop or http-equiv; the first value of a key
    /// wins, except that a property= tag (the RDFa form OpenGraph and Dublin Core define) beats a
    /// name= tag for the same key, as in Readability: "DC.title" by name is the older restatement.
    /// </summary>
    private static Dictionary<string, string> CollectMeta(List<HtmlTreeElement> metas)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var fromProperty = new HashSet<string>(StringComparer.Ordinal);
        foreach (var el in metas)
        {
            var content = el.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            var value = TextNormalizer.NormalizeInline(content);
            foreach (var attr in (string[])["property", "name", "itemprop", "http-equiv"])
            {
                var key = el.GetAttribute(attr);
                if (string.IsNullOrWhiteSpace(key))
                {
                    continue;
                }

                // "property" can hold several space-separated names (RDFa).
                foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var normal = Key(k);
                    if (attr == "property" ? fromProperty.Add(normal) : !result.ContainsKey(normal))
                    {
                        result[normal] = value;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>A meta key in one spelling: lower case, "DC.creator" and "dcterms:creator" as "dc:creator".</summary>
    internal static string Key(string name)
    {
        var k = name.Trim().ToLowerInvariant();
        foreach (var prefix in (string[])["dcterms.", "dcterms:", "dcterm.", "dcterm:", "dc."])
        {
            if (k.StartsWith(prefix, StringComparison.Ordinal))
            {
                return "dc:" + k[prefix.Length..];
            }
        }

        return k;
    }

    private static NewsDate? FirstDate(Dictionary<string, string> meta, string[] keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(Key(key), out var raw) && TryParseMachineDate(raw, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static NewsDate? ItemPropDate(List<HtmlTreeElement> elements, string prop)
    {
        foreach (var el in elements)
        {
            if (el.GetAttribute("itemprop")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(prop, StringComparer.Ordinal) != true)
            {
                continue;
            }

            if (el.Closest(["script", "noscript", "template", "aside", "nav", "footer"]) is not null)
            {
                continue;
            }

            var raw = el.GetAttribute("datetime") ?? el.GetAttribute("content");
            if (raw is null && el.TextContent is { Length: < 80 } text)
            {
                raw = text;
            }

            if (raw is not null && TryParseMachineDate(raw, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// Parses a date written for machines: ISO 8601 (with fractions, compact offsets, a space
    /// before the zone), RFC 1123, a Unix time in seconds or milliseconds, or a written date.
    /// The year must be from 1995 to next year.
    /// </summary>
    public static bool TryParseMachineDate(string raw, out NewsDate date)
    {
        date = default;
        var s = raw.Trim();
        if (s.Length is < 4 or > 80)
        {
            return false;
        }

        bool ok = TryParseCore(s, out date);
        return ok && date.Local.Year >= DateText.MinYear && date.Local.Year <= DateTime.UtcNow.Year + 1;
    }

    private static bool TryParseCore(string s, out NewsDate date)
    {
        if (DateText.TryParseIsoLike(s, out date))
        {
            return true;
        }

        var iso = LooseIsoPattern().Match(s);
        if (iso.Success)
        {
            var core = $"{iso.Groups["d"].Value}{(iso.Groups["t"].Success ? "T" + iso.Groups["t"].Value : "")}{iso.Groups["z"].Value.Replace(" ", "", StringComparison.Ordinal)}";
            if (DateText.TryParseIsoLike(core, out date))
            {
                return true;
            }

            // A time the ISO reader refuses ("24:00", odd zone): keep the day.
            return DateText.TryParseIsoLike(iso.Groups["d"].Value, out date);
        }

        if (s.Length is 10 or 13 && s.All(char.IsAsciiDigit))
        {
            long n = long.Parse(s, CultureInfo.InvariantCulture);
            date = NewsDate.FromDateTimeOffset(s.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(n) : DateTimeOffset.FromUnixTimeSeconds(n));
            return true;
        }

        if (Rfc1123Pattern().IsMatch(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            date = NewsDate.FromDateTimeOffset(dto);
            return true;
        }

        return DateText.TryParse(s, LexiconSet.Default.All, out date);
    }

    [GeneratedRegex(@"^(?<d>\d{4}-\d{2}-\d{2})(?:[T ](?<t>\d{2}:\d{2}(?::\d{2})?)(?:[.,]\d{1,9})?)?(?<z>\s?(?:Z|[+-]\d{2}:?\d{2}))?(?:\s*\(?[A-Z]{2,5}\)?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex LooseIsoPattern();

    [GeneratedRegex(@"\s*[(<\[]\s*(?:(?:https?://|mailto:|www\.)[^)>\]\s]*|[^\s@()<>\[\]]+@[^\s@()<>\[\]]+)\s*[)>\]]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex AuthorAddress();

    [GeneratedRegex(@"\W+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex NonWord();

    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC|Z|[+-]\d{4})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex Rfc1123Pattern();

    /// <summary>The page's article object in its JSON-LD, and what it says.</summary>
    private sealed class JsonLdArticle
    {
        public string? Headline { get; private set; }

        public string? NameProperty { get; private set; }

        /// <summary>headline or name: the name unless only the headline resembles the document title (as Readability does).</summary>
        public string? Title(string? documentTitle)
        {
            if (Headline is not null && NameProperty is not null && string.Equals(NameProperty, Publisher, StringComparison.OrdinalIgnoreCase))
            {
                // {"@type": "NewsArticle", "name": "Aktuálně.cz", "headline": "…"}: the article's
                // name given as its publisher's.
                return Headline;
            }

            if (Headline is null || NameProperty is null || Headline == NameProperty || documentTitle is null)
            {
                return Headline ?? NameProperty;
            }

            bool headlineMatches = Similarity(Headline, documentTitle) > 0.75;
            bool nameMatches = Similarity(NameProperty, documentTitle) > 0.75;
            return headlineMatches && !nameMatches ? Headline : NameProperty;
        }

        private static double Similarity(string a, string b)
        {
            static string[] Tokens(string s) => NonWord().Split(s.ToLowerInvariant()).Where(t => t.Length > 0).ToArray();
            var ta = Tokens(a).ToHashSet(StringComparer.Ordinal);
            var tb = Tokens(b);
            if (tb.Length == 0)
            {
                return 0;
            }

            var uniqueB = tb.Where(t => !ta.Contains(t)).ToArray();
            return 1 - ((double)string.Join(' ', uniqueB).Length / string.Join(' ', tb).Length);
        }

        public string? Description { get; private set; }

        public NewsDate? Published { get; private set; }

        public NewsDate? Modified { get; private set; }

        public List<string> Authors { get; } = [];

        public string? Publisher { get; private set; }

        public string? Section { get; private set; }

        public string? Keywords { get; private set; }

        public string? Language { get; private set; }

        private static readonly JsonDocumentOptions JsonLdOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

        /// <summary>
        /// The script's JSON, or null when it is broken beyond the one repair made: raw line
        /// breaks and tabs inside strings (an article body pasted into "articleBody"), which
        /// strict JSON forbids and many sites print. Other breakage leaves the meta tags to count.
        /// </summary>
        private static JsonDocument? ParseLenient(ReadOnlyMemory<char> json)
        {
            try
            {
                return JsonDocument.Parse(json, JsonLdOptions);
            }
            catch (JsonException)
            {
            }

            if (EscapeControlCharactersInStrings(json.Span) is not { } repaired)
            {
                return null;
            }

            try
            {
                return JsonDocument.Parse(repaired, JsonLdOptions);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        /// <summary>The JSON with control characters inside string literals written as spaces, or null when it has none.</summary>
        internal static string? EscapeControlCharactersInStrings(ReadOnlySpan<char> json)
        {
            char[]? copy = null;
            bool inString = false;
            bool escaped = false;
            for (int i = 0; i < json.Length; i++)
            {
                char c = json[i];
                if (!inString)
                {
                    inString = c == '"';
                    continue;
                }

                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    inString = false;
                }
                else if (c < ' ')
                {
                    copy ??= json.ToArray();
                    copy[i] = ' ';
                }
            }

            return copy is null ? null : new string(copy);
        }

        public static JsonLdArticle? Find(List<HtmlTreeElement> scripts, Uri? pageUrl)
        {
            var objects = new List<JsonElement>();
            var docs = new List<JsonDocument>();
            try
            {
                foreach (var script in scripts)
                {
                    // A script holds one text node: TextContent gives its data without copying it.
                    var json = script.TextContent;
                    if (json.Length is 0 or > MaxJsonLdLength)
                    {
                        continue;
                    }

                    if (ParseLenient(StripCData(json)) is { } doc)
                    {
                        docs.Add(doc);
                        Collect(doc.RootElement, objects);
                    }
                }

                if (objects.Count == 0)
                {
                    return null;
                }

                var articles = objects.Where(o => HasType(o, HtmlVocabulary.ArticleTypes)).ToList();
                JsonElement? chosen = null;
                if (articles.Count == 1)
                {
                    chosen = articles[0];
                }
                else if (articles.Count > 1)
                {
                    chosen = articles.FirstOrDefault(a => pageUrl is not null && MatchesUrl(a, pageUrl)) is { ValueKind: JsonValueKind.Object } m ? m : articles[0];
                }

                var result = new JsonLdArticle();
                var website = objects.FirstOrDefault(o => HasType(o, ["WebSite"]));
                if (chosen is not { } article)
                {
                    // No article object: a WebPage may still carry the dates and the publisher.
                    var page = objects.FirstOrDefault(o => HasType(o, ["WebPage", "ItemPage"]));
                    if (page.ValueKind != JsonValueKind.Object)
                    {
                        result.Publisher = Name(website);
                        return result.Publisher is null ? null : result;
                    }

                    article = page;
                }
                else
                {
                    // Only an article's own headline is the page's title (a WebPage's name is the site's).
                    result.Headline = Str(article, "headline");
                    result.NameProperty = Str(article, "name");
                    result.Description = Str(article, "description");
                }

                result.Published = Date(article, "datePublished") ?? Date(article, "dateCreated") ?? Date(article, "coverageStartTime");
                result.Modified = Date(article, "dateModified");
                if (article.TryGetProperty("author", out var author))
                {
                    AddNames(author, result.Authors, objects);
                }

                if (article.TryGetProperty("publisher", out var publisher))
                {
                    result.Publisher = Name(Resolve(publisher, objects));
                }

                result.Publisher ??= Name(website);
                result.Section = StrOrFirst(article, "articleSection");
                result.Keywords = StrOrJoin(article, "keywords");
                result.Language = Str(article, "inLanguage");
                return result;
            }
            finally
            {
                foreach (var d in docs)
                {
                    d.Dispose();
                }
            }
        }

        /// <summary>The JSON inside a script, without the CDATA wrapper some CMSs add (a slice, not a copy).</summary>
        private static ReadOnlyMemory<char> StripCData(string json)
        {
            var t = json.AsMemory().Trim();
            if (t.Span.StartsWith("<![CDATA[", StringComparison.Ordinal))
            {
                t = t[9..];
            }

            if (t.Span.EndsWith("]]>", StringComparison.Ordinal))
            {
                t = t[..^3];
            }

            return t.Trim().TrimEnd(';');
        }

        /// <summary>Top-level objects, arrays and @graph members; never teasers nested inside them.</summary>
        private static void Collect(JsonElement e, List<JsonElement> into)
        {
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        Collect(item, into);
                    }
                }
            }
            else if (e.ValueKind == JsonValueKind.Object)
            {
                into.Add(e);
                if (e.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in graph.EnumerateArray())
                    {
                        if (item.ValueKind == JsonValueKind.Object)
                        {
                            into.Add(item);
                        }
                    }
                }

                // A WebPage's mainEntity is the page's article.
                if (e.TryGetProperty("mainEntity", out var main) && main.ValueKind == JsonValueKind.Object)
                {
                    into.Add(main);
                }
            }
        }

        private static bool HasType(JsonElement o, IEnumerable<string> types)
        {
            if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty("@type", out var t))
            {
                return false;
            }

            var set = types as HashSet<string> ?? new HashSet<string>(types, StringComparer.OrdinalIgnoreCase);
            if (t.ValueKind == JsonValueKind.String)
            {
                return set.Contains(StripSchema(t.GetString()!));
            }

            return t.ValueKind == JsonValueKind.Array && t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && set.Contains(StripSchema(x.GetString()!)));
        }

        private static string StripSchema(string type)
        {
            int slash = type.LastIndexOfAny(['/', ':']);
            return slash >= 0 ? type[(slash + 1)..] : type;
        }

        private static bool MatchesUrl(JsonElement o, Uri page)
        {
            foreach (var key in (string[])["url", "@id", "mainEntityOfPage"])
            {
                if (!o.TryGetProperty(key, out var v))
                {
                    continue;
                }

                var s = v.ValueKind == JsonValueKind.String ? v.GetString()
                    : v.ValueKind == JsonValueKind.Object ? Str(v, "@id") ?? Str(v, "url") : null;
                if (s is not null && Uri.TryCreate(s, UriKind.Absolute, out var u)
                    && string.Equals(u.Host, page.Host, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(u.AbsolutePath.TrimEnd('/'), page.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An {"@id": …} reference resolved against the graph's objects.</summary>
        private static JsonElement Resolve(JsonElement e, List<JsonElement> objects)
        {
            if (e.ValueKind == JsonValueKind.Array)
            {
                e = e.EnumerateArray().FirstOrDefault();
            }

            if (e.ValueKind == JsonValueKind.Object && Str(e, "@id") is { } id && Str(e, "name") is null)
            {
                foreach (var o in objects)
                {
                    if (Str(o, "@id") == id && Str(o, "name") is not null)
                    {
                        return o;
                    }
                }
            }

            return e;
        }

        private static void AddNames(JsonElement e, List<string> into, List<JsonElement> objects)
        {
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray().Take(20))
                {
                    AddNames(item, into, objects);
                }

                return;
            }

            var resolved = e.ValueKind == JsonValueKind.String ? e : Resolve(e, objects);
            // {"@type": "Person", "name": ["Jane Doe", "John Roe"]}: one object for several people.
            if (resolved.ValueKind == JsonValueKind.Object && resolved.TryGetProperty("name", out var names) && names.ValueKind == JsonValueKind.Array && names.GetArrayLength() > 1)
            {
                AddNames(names, into, objects);
                return;
            }

            var name = e.ValueKind == JsonValueKind.String ? Clean(e.GetString()) : Name(resolved);
            if (name is not null && !name.Contains("://", StringComparison.Ordinal) && !into.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                into.Add(name);
            }
        }

        private static string? Name(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => Str(e, "name") ?? (Str(e, "givenName") is { } g ? Clean($"{g} {Str(e, "familyName")}") : null),
            JsonValueKind.String => Clean(e.GetString()),
            _ => null,
        };

        private static string? Str(JsonElement o, string key)
        {
            if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(key, out var v))
            {
                return null;
            }

            return v.ValueKind switch
            {
                JsonValueKind.String => Clean(v.GetString()),
                JsonValueKind.Object => Str(v, "@value") ?? Str(v, "name"),
                JsonValueKind.Array when v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.String => Clean(v[0].GetString()),
                _ => null,
            };
        }

        private static string? StrOrFirst(JsonElement o, string key) => Str(o, key);

        private static string? StrOrJoin(JsonElement o, string key)
        {
            if (o.ValueKind == JsonValueKind.Object && o.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array)
            {
                var parts = v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList();
                return parts.Count == 0 ? null : string.Join(", ", parts);
            }

            return Str(o, key);
        }

        private static NewsDate? Date(JsonElement o, string key) =>
            Str(o, key) is { } raw && TryParseMachineDate(raw, out var d) ? d : null;

        private static string? Clean(string? s)
        {
            if (string.IsNullOrWhiteSpace(s))
            {
                return null;
            }

            // JSON-LD strings often carry escaped HTML entities.
            var t = TextNormalizer.NormalizeInline(System.Net.WebUtility.HtmlDecode(s));
            return t.Length == 0 ? null : t;
        }
    }
}
