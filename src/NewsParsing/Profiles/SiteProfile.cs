using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace NewsParsing.Profiles;

/// <summary>
/// A site described in a JSON file instead of code: how to recognise its pages and where each
/// field is (CSS selectors for HTML, line rules for text). The format is documented in
/// <c>docs/site-profiles.md</c>. Load with <see cref="Load"/> or <see cref="LoadDirectory"/>,
/// add to a pipeline with <see cref="SiteProfileBuilderExtensions.UseProfile"/>.
/// </summary>
public sealed class SiteProfile
{
    private static readonly string[] TopKeys = ["$schema", "name", "description", "match", "html", "text"];
    private static readonly string[] MatchKeys = ["hosts", "generator", "selectors", "markers", "score"];
    private static readonly string[] HtmlFields = ["title", "subtitle", "kicker", "section", "siteName", "authors", "published", "modified", "tags", "body", "captions", "remove"];
    private static readonly string[] TextFields = ["title", "subtitle", "kicker", "section", "siteName", "authors", "published", "modified", "tags", "body", "remove"];
    private static readonly string[] TextRuleKeys = ["regex", "after", "before", "split"];
    private static readonly string[] BodyRuleKeys = ["after", "until"];

    private SiteProfile(string name, string origin)
    {
        Name = name;
        Origin = origin;
    }

    /// <summary>The profile's name: the parser name and the JSON <c>format</c> of its articles.</summary>
    public string Name { get; }

    /// <summary>Where the profile was read from (a file path or a caller's label).</summary>
    public string Origin { get; }

    /// <summary>URL hosts the page must have (a subdomain matches too); empty when not checked.</summary>
    public IReadOnlyList<string> Hosts { get; private set; } = [];

    /// <summary>Text the HTML meta generator must contain (case-insensitive), or null.</summary>
    public string? Generator { get; private set; }

    /// <summary>CSS selectors that must each match an element of the HTML page.</summary>
    public IReadOnlyList<string> Selectors { get; private set; } = [];

    /// <summary>Patterns that must each match a whole line (block) of the page.</summary>
    public IReadOnlyList<Regex> Markers { get; private set; } = [];

    /// <summary>The match score when every criterion holds (default 0.95: above the built-in formats).</summary>
    public double Score { get; private set; } = 0.95;

    /// <summary>Field selectors for HTML pages (field name → selector, optionally "selector@attribute").</summary>
    public IReadOnlyDictionary<string, string> Html { get; private set; } = new Dictionary<string, string>();

    /// <summary>Selectors of elements removed from HTML pages before the fields are read.</summary>
    public IReadOnlyList<string> HtmlRemove { get; private set; } = [];

    /// <summary>Line rules for text pages (and for HTML pages when the profile has no <c>html</c> part).</summary>
    public IReadOnlyDictionary<string, TextRule> Text { get; private set; } = new Dictionary<string, TextRule>();

    /// <summary>Where the text body starts and ends, or null when the profile has no text body rule.</summary>
    public BodyRule? TextBody { get; private set; }

    /// <summary>Patterns of lines removed from text pages before the fields are read.</summary>
    public IReadOnlyList<Regex> TextRemove { get; private set; } = [];

    /// <summary>True when the profile has an <c>html</c> part.</summary>
    public bool HasHtml => Html.Count > 0 || HtmlRemove.Count > 0;

    /// <summary>True when the profile has a <c>text</c> part.</summary>
    public bool HasText => Text.Count > 0 || TextBody is not null || TextRemove.Count > 0;

    /// <summary>Reads a profile file.</summary>
    /// <exception cref="SiteProfileException">The file is unreadable or invalid; the message names the file, the field and the problem.</exception>
    public static SiteProfile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SiteProfileException(path, "(file)", ex.Message);
        }

        return Parse(json, path);
    }

    /// <summary>Reads every <c>*.json</c> file of a folder, in ordinal name order.</summary>
    /// <exception cref="SiteProfileException">A file is invalid, or two profiles have the same name.</exception>
    public static IReadOnlyList<SiteProfile> LoadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new SiteProfileException(directory, "(folder)", "no such directory");
        }

        var profiles = new List<SiteProfile>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var profile = Load(file);
            if (profiles.FirstOrDefault(p => p.Name == profile.Name) is { } other)
            {
                throw new SiteProfileException(file, "name", $"'{profile.Name}' is also the name of {other.Origin}");
            }

            profiles.Add(profile);
        }

        return profiles;
    }

    /// <summary>Reads a profile from JSON text; <paramref name="origin"/> names it in error messages.</summary>
    /// <exception cref="SiteProfileException">The profile is invalid.</exception>
    public static SiteProfile Parse(string json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(origin);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new SiteProfileException(origin, "(json)", string.Create(CultureInfo.InvariantCulture, $"not valid JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}"));
        }

        using (document)
        {
            var root = document.RootElement;
            var v = new Validator(origin);
            v.Object(root, "(root)", TopKeys);
            var name = v.String(root, "name", "name", required: true)!;
            if (!Regex.IsMatch(name, "^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            {
                throw v.Error("name", $"'{name}' must be lower-case letters, digits, '.', '_' or '-' (it becomes the JSON format value)");
            }

            var profile = new SiteProfile(name, origin);
            if (!root.TryGetProperty("match", out var match))
            {
                throw v.Error("match", "is required: say how to recognise the site (hosts, generator, selectors or markers)");
            }

            v.Object(match, "match", MatchKeys);
            profile.Hosts = [.. v.Strings(match, "match.hosts").Select(h => h.Trim().TrimStart('.').ToLowerInvariant())];
            profile.Generator = v.String(match, "generator", "match.generator");
            profile.Selectors = v.Strings(match, "match.selectors");
            foreach (var (sel, i) in profile.Selectors.Select((s, i) => (s, i)))
            {
                v.Selector(sel, $"match.selectors[{i}]");
            }

            profile.Markers = [.. v.Strings(match, "match.markers").Select((m, i) => v.Regex(m, $"match.markers[{i}]"))];
            if (match.TryGetProperty("score", out var score))
            {
                if (score.ValueKind != JsonValueKind.Number || score.GetDouble() is < 0 or > 1)
                {
                    throw v.Error("match.score", "must be a number from 0 to 1");
                }

                profile.Score = score.GetDouble();
            }

            if (profile.Hosts.Count == 0 && profile.Generator is null && profile.Selectors.Count == 0 && profile.Markers.Count == 0)
            {
                throw v.Error("match", "has no criterion: give hosts, generator, selectors or markers");
            }

            if (root.TryGetProperty("html", out var html))
            {
                v.Object(html, "html", HtmlFields);
                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var field in HtmlFields.Where(f => f != "remove"))
                {
                    if (v.String(html, field, $"html.{field}") is { } sel)
                    {
                        v.Selector(sel.Split('@')[0], $"html.{field}");
                        fields[field] = sel;
                    }
                }

                profile.Html = fields;
                profile.HtmlRemove = v.Strings(html, "html.remove");
                foreach (var (sel, i) in profile.HtmlRemove.Select((s, i) => (s, i)))
                {
                    v.Selector(sel, $"html.remove[{i}]");
                }
            }

            if (root.TryGetProperty("text", out var text))
            {
                v.Object(text, "text", TextFields);
                var rules = new Dictionary<string, TextRule>(StringComparer.Ordinal);
                foreach (var field in TextFields.Where(f => f is not "remove" and not "body"))
                {
                    if (text.TryGetProperty(field, out var rule))
                    {
                        rules[field] = v.TextRule(rule, $"text.{field}");
                    }
                }

                profile.Text = rules;
                if (text.TryGetProperty("body", out var body))
                {
                    v.Object(body, "text.body", BodyRuleKeys);
                    profile.TextBody = new BodyRule(
                        v.String(body, "after", "text.body.after") is { } a ? v.Regex(a, "text.body.after") : null,
                        v.String(body, "until", "text.body.until") is { } u ? v.Regex(u, "text.body.until") : null);
                }

                profile.TextRemove = [.. v.Strings(text, "text.remove").Select((m, i) => v.Regex(m, $"text.remove[{i}]"))];
            }

            if (!profile.HasHtml && !profile.HasText)
            {
                throw v.Error("(root)", "has neither an 'html' nor a 'text' part: say where the fields are");
            }

            return profile;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Origin})";

    private sealed class Validator(string origin)
    {
        public SiteProfileException Error(string field, string problem) => new(origin, field, problem);

        public void Object(JsonElement e, string field, string[] allowed)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                throw Error(field, $"must be an object, not {Kind(e)}");
            }

            foreach (var p in e.EnumerateObject())
            {
                if (!allowed.Contains(p.Name, StringComparer.Ordinal))
                {
                    var where = field == "(root)" ? p.Name : $"{field}.{p.Name}";
                    throw Error(where, $"is not a known field (expected one of: {string.Join(", ", allowed.Where(a => a != "$schema"))})");
                }
            }
        }

        public string? String(JsonElement e, string name, string field, bool required = false)
        {
            if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return required ? throw Error(field, "is required") : null;
            }

            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                throw Error(field, $"must be a non-empty string, not {Kind(value)}");
            }

            return value.GetString()!;
        }

        public IReadOnlyList<string> Strings(JsonElement e, string field)
        {
            var name = field[(field.LastIndexOf('.') + 1)..];
            if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return [String(e, name, field)!]; // one value may be written without the array
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                throw Error(field, $"must be a string or an array of strings, not {Kind(value)}");
            }

            var list = new List<string>();
            int i = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                {
                    throw Error($"{field}[{i}]", $"must be a non-empty string, not {Kind(item)}");
                }

                list.Add(item.GetString()!);
                i++;
            }

            return list;
        }

        public Regex Regex(string pattern, string field)
        {
            try
            {
                return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                throw Error(field, $"is not a valid regular expression: {ex.Message}");
            }
        }

        public void Selector(string selector, string field)
        {
            try
            {
                using var doc = new HtmlParser().ParseDocument("<html></html>");
                doc.QuerySelector(selector);
            }
#pragma warning disable CA1031 // AngleSharp reports a bad selector with its own exception types
            catch (Exception ex)
#pragma warning restore CA1031
            {
                throw Error(field, $"'{selector}' is not a valid CSS selector ({ex.Message})");
            }
        }

        public TextRule TextRule(JsonElement rule, string field)
        {
            if (rule.ValueKind == JsonValueKind.String)
            {
                return new TextRule(Regex(rule.GetString()!, field), null, null, null);
            }

            Object(rule, field, TextRuleKeys);
            var regex = String(rule, "regex", $"{field}.regex") is { } r ? Regex(r, $"{field}.regex") : null;
            var after = String(rule, "after", $"{field}.after") is { } a ? Regex(a, $"{field}.after") : null;
            var before = String(rule, "before", $"{field}.before") is { } b ? Regex(b, $"{field}.before") : null;
            var split = String(rule, "split", $"{field}.split");
            if (new object?[] { regex, after, before }.Count(x => x is not null) != 1)
            {
                throw Error(field, "needs exactly one of 'regex' (the line itself), 'after' (the line after a marker) or 'before' (the line before a marker)");
            }

            return new TextRule(regex, after, before, split);
        }

        private static string Kind(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };
    }
}

/// <summary>
/// Where a field is in a text page. Exactly one of: <paramref name="Regex"/> (the first line
/// that matches; its <c>value</c> group, if any, is the value), <paramref name="After"/> (the
/// line after the first line that matches), <paramref name="Before"/> (the line before it).
/// </summary>
/// <param name="Regex">The field's own line.</param>
/// <param name="After">A marker line the field follows.</param>
/// <param name="Before">A marker line the field precedes.</param>
/// <param name="Split">For lists (authors, tags): the separator within one value.</param>
public sealed record TextRule(Regex? Regex, Regex? After, Regex? Before, string? Split);

/// <summary>Where the body of a text page is: after the first line matching <paramref name="After"/>, up to the first line matching <paramref name="Until"/>.</summary>
/// <param name="After">The marker the body follows, or null to start after the last header field found.</param>
/// <param name="Until">The marker that ends the body, or null for the end of the page.</param>
public sealed record BodyRule(Regex? After, Regex? Until);

/// <summary>A site profile is invalid; the message names the file, the field and the problem.</summary>
public sealed class SiteProfileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SiteProfileException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SiteProfileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public SiteProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a file, a field and a problem.</summary>
    public SiteProfileException(string file, string field, string problem)
        : base($"{file}: {field}: {problem}")
    {
        File = file;
        Field = field;
        Problem = problem;
    }

    /// <summary>The profile file (or label).</summary>
    public string? File { get; }

    /// <summary>The field, as a path ("text.authors.regex").</summary>
    public string? Field { get; }

    /// <summary>What is wrong.</summary>
    public string? Problem { get; }
}
