using System.Globalization;
using System.Text.RegularExpressions;
using NewsParsing.Dates;
using NewsParsing.Formats.Common;
using NewsParsing.Reading;
using NewsParsing.Text;

namespace NewsParsing.Formats.GenericHtml;

/// <summary>Chooses the title among the h1, the structured headline and the document title.</summary>
internal static partial class HtmlTitle
{
    /// <summary>
    /// The structured title when the page declares one and it is more than the site's name
    /// (JSON-LD headline, Dublin Core, OpenGraph, Twitter, in Readability's order), else the
    /// document title without its site part, else the h1; then without the site's name that
    /// Readability would keep around a structured title (<see cref="WithoutSiteName"/>).
    /// </summary>
    public static string? Choose(Page page, MainContent.Result main)
    {
        var meta = page.Metadata;
        var title = meta.Headline is { } headline && !IsSite(headline, meta) ? headline
            : meta.DocumentTitle is { } doc ? FromDocumentTitle(doc, page)
            : FirstH1(page, main);
        return title is null ? null : WithoutSiteName(title, meta);
    }

    /// <summary>
    /// "Braelinn food drive gives back - The Citizen", "Trends | Opinion | The Harvard Crimson",
    /// "Ann and Bea Hart - Starwatch - Celebrity Gossip": a structured headline that
    /// carries the site's name after a separator loses it, and a section name left just before.
    /// Only the site's own name (og:site_name or the address's domain) is cut, so a headline
    /// whose last part is its own ("Review - Dune: Part Two") keeps it.
    /// </summary>
    internal static string WithoutSiteName(string title, PageMetadata meta)
    {
        var separators = TitleSeparatorPattern().Matches(title);
        if (separators.Count > 0 && IsSite(title[..separators[0].Index], meta)
            && title[(separators[0].Index + separators[0].Length)..] is var rest && Words(rest) >= 3)
        {
            // "Rivals.com - No. 1 2025 OG talks Florida State commitment": the site's name first.
            title = rest;
            separators = TitleSeparatorPattern().Matches(title);
        }

        foreach (Match separator in separators)
        {
            var head = title[..separator.Index].TrimEnd();
            if (Words(head) < 2 || !StartsWithSite(title[(separator.Index + separator.Length)..], meta))
            {
                continue;
            }

            if (meta.Section is { } section && TitleSeparatorPattern().Matches(head) is { Count: > 0 } before
                && string.Equals(TextFold.FoldLine(head[(before[^1].Index + before[^1].Length)..]), TextFold.FoldLine(section), StringComparison.Ordinal)
                && Words(head[..before[^1].Index]) >= 2)
            {
                head = head[..before[^1].Index].TrimEnd();
            }

            return head;
        }

        return title;
    }

    private static int Words(string s) => s.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;

    // A headline that is only the site's name ("Billboard", the publisher's name given as the
    // article's): the document title or the h1 says more.
    private static bool IsSite(string text, PageMetadata meta) =>
        SiteKeys(meta).Any(key => string.Equals(Key(text), key, StringComparison.Ordinal));

    // The part after a separator names the site: up to the next separator it is the site's name,
    // or, for a name long enough not to open a headline by chance, the name and a word or two
    // ("Yahoo!ニュース"); a short name must match whole ("News" does not take "News of the week").
    private static bool StartsWithSite(string rest, PageMetadata meta)
    {
        var next = TitleSeparatorPattern().Match(rest);
        var segment = next.Success ? rest[..next.Index] : rest;
        var key = Key(segment);
        return key.Length > 0 && SiteKeys(meta).Any(site => key == site
            || site.Length >= 5 && key.StartsWith(site, StringComparison.Ordinal) && Words(segment) <= 3);
    }

    // The site's name as letters and digits only, and its domain's main label ("www.espn.com" → "espn").
    private static IEnumerable<string> SiteKeys(PageMetadata meta)
    {
        if (meta.SiteName is { } name && Key(name) is { Length: >= 3 } nameKey)
        {
            yield return nameKey;
        }

        if (meta.Url is { } url && url.Host.Split('.') is { Length: >= 2 } labels)
        {
            var label = labels[^2].Length <= 3 && labels.Length >= 3 ? labels[^3] : labels[^2]; // "bbc.co.uk"
            if (Key(label) is { Length: >= 3 } hostKey)
            {
                yield return hostKey;
            }
        }
    }

    private static string Key(string text)
    {
        var folded = TextFold.FoldLine(text).TrimStart('@');
        // "Rivals.com", "Example.co.uk": the name without its top-level domain.
        foreach (var domain in (string[])[".com", ".net", ".org", ".co.uk"])
        {
            if (folded.EndsWith(domain, StringComparison.Ordinal) && folded.Length > domain.Length)
            {
                folded = folded[..^domain.Length];
                break;
            }
        }

        var sb = new System.Text.StringBuilder(folded.Length);
        foreach (char c in folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@" (?:[\|\-–—·•»:]|::) ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex TitleSeparatorPattern();

    /// <summary>
    /// Readability's reading of a document title: "Headline | Site" → "Headline", "Site: Headline" →
    /// "Headline". En and em dashes separate too ("Headline – Site"), as in current Readability.
    /// </summary>
    private static string FromDocumentTitle(string original, Page page)
    {
        var title = original;
        bool hierarchical = false;
        var separators = SeparatorPattern().Matches(original);
        if (separators.Count > 0)
        {
            hierarchical = HierarchicalPattern().IsMatch(original);
            title = original[..separators[^1].Index];
            if (Words(title) < 3)
            {
                title = LeadingPartPattern().Replace(original, "", 1);
            }
        }
        else if (original.Contains(": ", StringComparison.Ordinal))
        {
            bool heading = page.Blocks.Any(b => b.Hint == BlockHint.Heading && b.Level <= 2 && b.Text == original.Trim());
            if (!heading)
            {
                title = original[(original.LastIndexOf(':') + 1)..];
                if (Words(title) < 3)
                {
                    title = original[(original.IndexOf(':', StringComparison.Ordinal) + 1)..];
                }
                else if (Words(original[..original.IndexOf(':', StringComparison.Ordinal)]) > 5)
                {
                    title = original;
                }
            }
        }
        else if (original.Length is > 150 or < 15)
        {
            var h1s = page.Blocks.Where(b => b.Hint == BlockHint.Heading && b.Level == 1).Take(2).ToList();
            if (h1s.Count == 1)
            {
                title = h1s[0].Text;
            }
        }

        title = TextNormalizer.NormalizeInline(title);
        int count = Words(title);
        if (count <= 4 && (!hierarchical || count != Words(SeparatorCharsPattern().Replace(original, "")) - 1))
        {
            title = original;
        }

        return title;
    }

    [GeneratedRegex(@" [\|\-–—\\/>»] ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@" [\\/>»] ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex HierarchicalPattern();

    [GeneratedRegex(@"^[^\|\-–—\\/>»]*[\|\-–—\\/>»]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex LeadingPartPattern();

    [GeneratedRegex(@"[\|\-–—\\/>»]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex SeparatorCharsPattern();

    private static string? FirstH1(Page page, MainContent.Result main)
    {
        int start = main.Blocks.Count > 0 ? main.Blocks[0].Index : 0;
        Block? best = null;
        foreach (var block in page.Blocks)
        {
            if (block.Hint != BlockHint.Heading || block.Level != 1 || block.Text.Length < 3)
            {
                continue;
            }

            // The h1 closest before the story (a site logo is often an h1 at the top).
            if (best is null || (block.Index <= start + 5 && !block.BoilerplateCandidate))
            {
                best = block;
            }

            if (block.Index > start + 5)
            {
                break;
            }
        }

        return best?.Text;
    }
}

/// <summary>Authors from meta values and byline elements, with the traps of bios, teasers and UI strings.</summary>
internal static partial class HtmlBylines
{
    /// <summary>The names in one author value of the page's metadata (none when it names no one).</summary>
    /// <param name="value">The value (JSON-LD author name, meta author, …).</param>
    /// <param name="siteName">The page's site name: dropped when it follows people's names.</param>
    /// <param name="context">The parse context (byline lexicons).</param>
    public static IEnumerable<string> SplitMetaAuthors(string value, string? siteName, ParseContext context)
    {
        var v = value.Trim();
        // ", USA TODAY": the CMS printed an empty name and then the outlet; no one is named.
        if (v.Length == 0 || v[0] is ',' or ';' or '|' or '-' or '–' or '—')
        {
            return [];
        }

        // "Jane Doe | The Jersey Journal", "Jane Doe | jdoe@example.org": after a bar comes the
        // affiliation, as in byline boxes.
        int bar = v.IndexOf('|', StringComparison.Ordinal);
        if (bar > 0 && TextRules.LooksLikeName(v[..bar]))
        {
            v = v[..bar].Trim();
        }

        if (TextRules.TryParseByline(v, context, out var names))
        {
            return JoinSuffixes([.. names], context);
        }

        var parts = context.Lexicons.NameSeparators.Split(v).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        // "Doe, Jane" (a listing's surname first) is one name, not two.
        bool inverted = parts.Count == 2 && v.Count(c => c == ',') == 1 && !parts[0].Contains(' ', StringComparison.Ordinal);
        if (parts.Count > 1 && !inverted)
        {
            // "Terry Plum, cleveland.com", "A, B, Financial Times": the outlet after the people is none of them.
            var people = parts.Where(p => !IsHandle(p) && !IsSiteName(p, siteName)).ToList();
            // "Jane Doe, Chief Technology Officer and Head of Example Labs": the job title and what follows it are no one.
            int title = people.FindIndex(1, p => IsRole(p, context));
            if (title > 0)
            {
                people.RemoveRange(title, people.Count - title);
            }

            if (people.Count > 0 && people.All(TextRules.LooksLikeName))
            {
                return JoinSuffixes(people, context);
            }
        }

        // "heather.eastman.1232", "jdoe@example.org": an account or an address is no name.
        return IsHandle(v) ? [] : [v];
    }

    /// <summary>
    /// The metadata's authors checked against the byline the page prints, which names the people
    /// as the reader sees them: a name the byline credits for something else ("Contributions from",
    /// "Photography by") is no author; the byline's people win over an outlet the metadata names
    /// as author (the site name) and over a metadata list that names only some of them.
    /// </summary>
    /// <param name="metaNames">The names from the metadata (<see cref="SplitMetaAuthors"/>).</param>
    /// <param name="page">The page.</param>
    /// <param name="main">The story's container.</param>
    /// <param name="context">The parse context (byline lexicons).</param>
    public static List<string> Reconcile(List<string> metaNames, Page page, MainContent.Result main, ParseContext context) =>
        WithoutAgencies(ReconcileNames(metaNames, page, main, context), context);

    /// <summary>
    /// An agency named beside people is a contributor, not an author ("Jane Doe and The
    /// Associated Press"), also when glued to a name ("Jane Doe The Associated Press").
    /// </summary>
    private static List<string> WithoutAgencies(List<string> names, ParseContext context)
    {
        if (names.Count == 0)
        {
            return names;
        }

        var result = new List<string>(names.Count);
        foreach (var name in names)
        {
            var n = WithoutGluedAgency(name, context);
            if (!result.Contains(n, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(n);
            }
        }

        if (result.Any(n => !IsAgency(n, context)))
        {
            result.RemoveAll(n => IsAgency(n, context));
        }

        return result;
    }

    private static string WithoutThe(string name) => name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;

    /// <summary>"Jane Doe The Associated Press", "Associated Press Jane Doe": the name without the agency (written as the lexicon writes it).</summary>
    internal static string WithoutGluedAgency(string name, ParseContext context)
    {
        // Each form ("The " + agency, then the agency) is tested at the end after a space, then at the
        // start before a space, by index: no string per agency and form (this runs for every name).
        foreach (var agency in context.Lexicons.Common.List("agencies"))
        {
            foreach (var the in (ReadOnlySpan<string>)["The ", ""])
            {
                int form = the.Length + agency.Length;
                string? rest = name.Length > form && name[^(form + 1)] == ' ' && name.EndsWith(agency, StringComparison.Ordinal)
                        && name.AsSpan(0, name.Length - agency.Length).EndsWith(the, StringComparison.Ordinal) ? name[..^(form + 1)]
                    : name.Length > form && name[form] == ' ' && name.StartsWith(the, StringComparison.Ordinal)
                        && name.AsSpan(the.Length).StartsWith(agency, StringComparison.Ordinal) ? name[(form + 1)..]
                    : null;
                if (rest is not null && rest.Contains(' ', StringComparison.Ordinal) && TextRules.LooksLikeName(rest))
                {
                    return rest.Trim();
                }
            }
        }

        return name;
    }

    private static List<string> ReconcileNames(List<string> metaNames, Page page, MainContent.Result main, ParseContext context)
    {
        var siteName = page.Metadata.SiteName;
        var credited = CreditedNames(page, context);
        var visible = FromElements(page, main, context).ToList();
        if (visible.Any(v => !credited.Contains(TextFold.FoldLine(v))))
        {
            visible.RemoveAll(v => credited.Contains(TextFold.FoldLine(v)));
        }

        if (metaNames.Count == 0)
        {
            return visible;
        }

        var authors = metaNames.Where(n => !credited.Contains(TextFold.FoldLine(n))).ToList();
        if (authors.Count == 0)
        {
            authors = metaNames;
        }

        // "Jane Doe, Deputy CTO, Example Corp": after a job title comes the affiliation, not people.
        int title = visible.FindIndex(v => HasRoleWord(v, context));
        var people = visible.Take(title < 0 ? visible.Count : title).Where(v => !IsSiteName(v, siteName)).ToList();
        if (people.Count == 0)
        {
            return authors;
        }

        // "BET", "Top Gear": the outlet signs in the metadata, the page prints the writer.
        if (authors.All(a => IsSiteName(a, siteName)))
        {
            return people;
        }

        // The metadata names the first of "By A and B": the byline names them all.
        // An extra "name" that holds an author's name is that name with its job title glued on ("Jane Doe Games Intern").
        var folded = people.Select(TextFold.FoldLine).ToList();
        var foldedAuthors = authors.Select(TextFold.FoldLine).ToList();
        bool superset = people.Count > authors.Count && foldedAuthors.All(folded.Contains)
            && !folded.Any(p => foldedAuthors.Any(a => p != a && p.Contains(a, StringComparison.Ordinal)));
        return superset ? people : authors;
    }

    /// <summary>
    /// A job title or a date in what a byline box split off as a name: one of its words, or of the
    /// words inline markup glued together ("CorrespondentDec", "ESPNDec"), is the last word of a
    /// <c>role:</c> entry ("Forbes Staff", "NFL Analyst") or, glued, a month or weekday.
    /// </summary>
    private static bool HasRoleWord(string name, ParseContext context)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = GluedWords().Split(word);
            foreach (var part in parts)
            {
                var folded = TextFold.FoldLine(part);
                foreach (var lexicon in context.LexiconsToTry)
                {
                    if (lexicon.RoleLastWords.Contains(folded) || lexicon.BylinePhrases("role").Contains(folded)
                        || parts.Length > 1 && (lexicon.Months.ContainsKey(folded) || lexicon.Weekdays.Contains(folded)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex GluedWords();

    /// <summary>
    /// Folded names that byline boxes print after a second credit ("By A Contributions from B",
    /// "By A Photography by B"), and not before it among the writers of the same box.
    /// </summary>
    internal static HashSet<string> CreditedNames(Page page, ParseContext context)
    {
        var credited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var byline in page.Metadata.BylineElements)
        {
            // Furniture counts too: a credit printed anywhere is a credit (only names the metadata lists are dropped).
            if (byline.Text.Length >= GenericHtmlParser.MaxBylineLength)
            {
                continue;
            }

            var words = byline.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var folded = new FoldedWords(words);
            // Made at the first second credit: most boxes have none.
            HashSet<string>? writers = null, others = null;
            int start = 0;
            for (int i = 1; i <= words.Length; i++)
            {
                int n = i < words.Length ? CreditLengthAt(folded, i, context) : 0;
                if (i < words.Length && n == 0)
                {
                    continue;
                }

                if (start == 0 && i == words.Length)
                {
                    break; // no second credit: the box names writers only, and only the others count
                }

                writers ??= new HashSet<string>(StringComparer.Ordinal);
                others ??= new HashSet<string>(StringComparer.Ordinal);
                foreach (var name in TryNames(string.Join(' ', words, start, i - start), context) ?? [])
                {
                    (start == 0 ? writers : others).Add(TextFold.FoldLine(name));
                }

                start = i + n;
                i = start;
            }

            if (others is not null)
            {
                others.ExceptWith(writers!);
                credited.UnionWith(others);
            }
        }

        return credited;
    }

    /// <summary>
    /// A user handle, an e-mail address or a domain ("jdoe@example.org", "cleveland.com",
    /// "heather.eastman.1232"): one word with an @, a digit, or a lower-case part after a dot
    /// (so "Ph.D." and "J.R." stay names).
    /// </summary>
    private static bool IsHandle(string part) =>
        !part.Contains(' ', StringComparison.Ordinal) && (part.Contains('@', StringComparison.Ordinal) || part.Any(char.IsDigit) || HandlePattern().IsMatch(part));

    [GeneratedRegex(@"^[\p{L}\p{Nd}-]+(?:[._][\p{L}\p{Nd}-]+)*\.\p{Ll}{2,}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex HandlePattern();

    /// <summary>The part is the page's site name (the outlet).</summary>
    internal static bool IsSiteName(string part, string? siteName) =>
        siteName is not null && string.Equals(TextFold.FoldLine(part), TextFold.FoldLine(siteName), StringComparison.Ordinal);

    /// <summary>Names in a byline element's text, or null.</summary>
    public static List<string>? TryNames(string text, ParseContext context)
    {
        var t = WithoutAffiliation(NamePart(text, context), context);
        if (t.Length == 0 || IsPrefixAlone(t, context))
        {
            return null;
        }

        if (TextRules.TryParseByline(t, context, out var names))
        {
            return WithoutRoles(JoinSuffixes([.. names], context), context);
        }

        // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": the helpers are authors too.
        var stripped = TextRules.WithoutBylinePrefix(WithPattern().Replace(t, ", "), context).TrimEnd(')', ' ', '—', '–', '-', ',').Trim();
        var parts = context.Lexicons.NameSeparators.Split(stripped).Select(p => p.Trim().Trim('(', ')').Trim()).Where(p => p.Length > 0).ToList();
        // "Richard (R.J.) Eskow", "Robert “Bob” Smith": a nickname between the names is printed as part of the name.
        if (parts.Count > 0 && parts.Count <= 6 && parts.All(p => TextRules.LooksLikeName(Nickname().Replace(p, " "))) && !parts.Any(p => IsUiString(p, context)))
        {
            return WithoutRoles(JoinSuffixes(parts, context), context);
        }

        return null;
    }

    /// <summary>
    /// "By Jane Doe and John Roe, Example Times": once the conjunction has joined the last two
    /// names, what a comma adds after them is their outlet ("A, B and C" lists people; an
    /// Oxford comma puts the conjunction after the last comma). A post-nominal stays.
    /// </summary>
    private static string WithoutAffiliation(string text, ParseContext context)
    {
        int comma = text.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || text.IndexOf(',', StringComparison.Ordinal) != comma)
        {
            return text;
        }

        var head = text[..comma];
        var tail = text[(comma + 2)..];
        if (!HasJoiner(head, context) || HasJoiner(tail, context))
        {
            return text;
        }

        var folded = TextFold.FoldLine(tail);
        return InitialsPattern().IsMatch(tail) || context.LexiconsToTry.Any(l => l.BylinePhrases("suffix").Contains(folded)) ? text : head;
    }

    private static bool HasJoiner(string text, ParseContext context) =>
        text.Contains(" & ", StringComparison.Ordinal)
        || context.LexiconsToTry.Any(l => l.Bylines.Any(b => b.Kind == "joiner" && $" {text} ".Contains($" {b.Phrase} ", StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// "By Cam E. Kettles, Crimson Staff Writer": the job title a comma set after the name is no
    /// author, nor is the affiliation after it ("Jane Doe, Deputy CTO, Example Corp").
    /// </summary>
    private static List<string>? WithoutRoles(List<string> names, ParseContext context)
    {
        if (names.Count > 1)
        {
            int title = names.FindIndex(1, n => IsRole(n, context));
            if (title > 0)
            {
                names.RemoveRange(title, names.Count - title);
            }

            names.RemoveAll(n => IsRole(n, context));
        }

        return names.Count > 0 ? names : null;
    }

    /// <summary>
    /// Puts back what a comma split off a name: a post-nominal ("Jane Doe, MA", "Joe Schmo, Jr.",
    /// the lexicons' <c>suffix:</c> entries) and the initials of a "Surname, I." listing.
    /// </summary>
    internal static List<string> JoinSuffixes(List<string> names, ParseContext context)
    {
        if (names.Count < 2)
        {
            return names;
        }

        var result = new List<string>(names.Count) { names[0] };
        for (int i = 1; i < names.Count; i++)
        {
            var folded = TextFold.FoldLine(names[i]);
            bool suffix = InitialsPattern().IsMatch(names[i])
                || context.LexiconsToTry.Any(l => l.BylinePhrases("suffix").Contains(folded));
            if (suffix)
            {
                result[^1] += ", " + names[i];
            }
            else
            {
                result.Add(names[i]);
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<=\p{L})\s+[(“""'][\p{Lu}][\p{L}.]*[)”""']\s+(?=\p{Lu})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex Nickname();

    [GeneratedRegex(@"^(?:\p{Lu}\.\s?-?){1,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex InitialsPattern();

    /// <summary>
    /// The part of a byline box's text that holds the names: before a separator ("Jane Doe |
    /// June 3"), before a second credit ("Written by A Edited by B"), before the first digit (a
    /// date or time printed after the name: "By Jane Doe March 25, 2015 3:46 PM"), then without
    /// the date words, labels and lower-case joiners left at its end ("March", "Updated", "on").
    /// </summary>
    internal static string NamePart(string text, ParseContext context)
    {
        var t = text.Trim();
        int cut = t.IndexOfAny(['|', '•', '·', '\n']);
        if (cut > 0)
        {
            t = t[..cut].Trim();
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var run = new FoldedWords(words);
        int end = words.Length;
        for (int i = 0; i < words.Length; i++)
        {
            int digit = words[i].AsSpan().IndexOfAnyInRange('0', '9');
            if (digit >= 0)
            {
                if (digit > 0 && char.IsLetter(words[i][digit - 1]))
                {
                    words[i] = words[i][..digit]; // "Nolan22 Dec 2016": the date glued to the name
                    end = i + 1;
                }
                else
                {
                    end = i;
                }

                break;
            }

            if (i > 0 && CreditAt(run, i, context))
            {
                end = i;
                break;
            }
        }

        if (end == words.Length)
        {
            return t;
        }

        // Folded again: the cut above may have shortened a word.
        run = new FoldedWords(words);
        while (end > 0)
        {
            var last = words[end - 1];
            var folded = TextFold.FoldLine(last);
            var opening = last.TrimStart('(', '"', '“', '«');

            // A word of opening marks only ("((", found by the fuzzer, seed 36387896) is no name either.
            if (folded.Length == 0 || opening.Length == 0 || !char.IsUpper(opening[0]) || IsDateWord(folded, context))
            {
                end--;
                continue;
            }

            int label = DateLabelAtEnd(run, end, context);
            if (label == 0)
            {
                break;
            }

            end -= label;
        }

        return string.Join(' ', words, 0, end).TrimEnd(',', ';', ':', '-', '–', '—', ' ');
    }

    /// <summary>The byline's "By" or "Par" alone, in an element of its own.</summary>
    private static bool IsPrefixAlone(string text, ParseContext context)
    {
        var folded = TextFold.FoldLine(text);
        return context.LexiconsToTry.Any(l => l.BylinePrefixes.Contains(folded, StringComparer.Ordinal));
    }

    /// <summary>A second credit starts at word <paramref name="i"/>: "Edited by", "Photos by" (the lexicons' <c>credit:</c> entries).</summary>
    private static bool CreditAt(FoldedWords words, int i, ParseContext context) => CreditLengthAt(words, i, context) > 0;

    /// <summary>The number of words of the second credit that starts at word <paramref name="i"/>, or 0.</summary>
    private static int CreditLengthAt(FoldedWords words, int i, ParseContext context)
    {
        int longest = 0;
        foreach (var lexicon in context.LexiconsToTry)
        {
            foreach (var phrase in lexicon.CreditPhrases)
            {
                if (phrase.Length > longest && words.PhraseAt(i, phrase))
                {
                    longest = phrase.Length;
                }
            }
        }

        return longest;
    }

    /// <summary>
    /// The words of a byline, each folded once however many phrases are tried at it (a byline is
    /// tried against every credit and date label at every word).
    /// </summary>
    private sealed class FoldedWords(string[] words)
    {
        private readonly string?[] _folded = new string?[words.Length];

        public int Length => words.Length;

        private string Folded(int i) => _folded[i] ??= TextFold.Fold(words[i]);

        /// <summary>
        /// True when the words from <paramref name="i"/> fold to the phrase's words, the punctuation
        /// <see cref="TextFold.FoldLine"/> trims ignored at the phrase's two ends ("Photos by:").
        /// </summary>
        public bool PhraseAt(int i, string[] phrase)
        {
            int n = phrase.Length;
            if (i < 0 || i + n > words.Length)
            {
                return false;
            }

            for (int k = 0; k < n; k++)
            {
                var word = Folded(i + k).AsSpan();
                if (k == 0)
                {
                    word = word.TrimStart(TextFold.LineTrim);
                }

                if (k == n - 1)
                {
                    word = word.TrimEnd(TextFold.LineTrim);
                }

                if (!word.SequenceEqual(phrase[k]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static bool IsDateWord(string folded, ParseContext context)
    {
        foreach (var lexicon in context.LexiconsToTry)
        {
            if (lexicon.Months.ContainsKey(folded) || lexicon.Weekdays.Contains(folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words at the end of <c>words[..end]</c> form a date label ("Updated", "Published on"); 0 when none.</summary>
    private static int DateLabelAtEnd(FoldedWords words, int end, ParseContext context)
    {
        foreach (var lexicon in context.LexiconsToTry)
        {
            foreach (var phrase in lexicon.DateLabelWords)
            {
                if (phrase.Length <= end && words.PhraseAt(end - phrase.Length, phrase))
                {
                    return phrase.Length;
                }
            }
        }

        return 0;
    }

    /// <summary>A news agency (common <c>agencies</c> list), with or without "The" ("The Associated Press").</summary>
    internal static bool IsAgency(string name, ParseContext context)
    {
        return context.Lexicons.Common.FoldedList("agencies").Contains(Text.TextFold.FoldLine(WithoutThe(name)));
    }

    private static bool IsUiString(string part, ParseContext context)
    {
        var folded = Text.TextFold.FoldLine(part);
        foreach (var lexicon in context.Lexicons.All)
        {
            foreach (var (kind, phrase) in lexicon.Bylines)
            {
                if (kind == "ui" && Text.TextFold.StartsWithWords(folded, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Names from the first byline element (in document order) that is short, outside page
    /// furniture and reads as names: Readability's rule, with the bio, teaser and UI-string traps avoided.
    /// </summary>
    public static IEnumerable<string> FromElements(Page page, MainContent.Result main, ParseContext context)
    {
        var bylines = page.Metadata.BylineElements;
        var firstParagraph = main.Blocks.FirstOrDefault(b => b.Hint == BlockHint.Paragraph && b.Text.Length > 80)?.Element;
        for (int i = 0; i < bylines.Count; i++)
        {
            var byline = bylines[i];
            if (byline.Text.Length >= GenericHtmlParser.MaxBylineLength || InFurniture(byline.Element, main.Root, firstParagraph))
            {
                continue;
            }

            // An agency alone ("AFP" in an author span) is a contributor, not the writer: look further.
            if (TryNames(byline.Text, context) is { Count: > 0 } names && !names.All(n => IsAgency(n, context)))
            {
                return InnerNames(bylines, i, names, context) ?? names;
            }
        }

        return [];
    }

    /// <summary>
    /// A byline box that prints more than the names ("Tech Insider Jane Doe", "Jane Doe Games
    /// Editor") around elements marked as the author's name: the names of those elements, when
    /// they name at least as many people as the box does (a box "By A and B" with only B marked
    /// keeps both). Inner texts that read as a job title ("Games Editor") are not names.
    /// </summary>
    private static List<string>? InnerNames(IReadOnlyList<HtmlBylineElement> bylines, int outer, List<string> outerNames, ParseContext context)
    {
        var box = bylines[outer];
        var inner = new List<string>();
        for (int j = outer + 1; j < bylines.Count && bylines[j].Element.IsWithin(box.Element); j++)
        {
            var text = bylines[j].Text;
            if (text.Length >= box.Text.Length || IsRole(text, context) || TryNames(text, context) is not { Count: > 0 } names)
            {
                continue;
            }

            inner.AddRange(names.Where(n => !inner.Contains(n, StringComparer.Ordinal)));
        }

        // "Jane Doe Example Telegram & Gazette" around a marked "Jane Doe": the box glued the outlet to the name.
        bool glued = outerNames.Any(o => inner.Any(n => o.StartsWith(n + " ", StringComparison.Ordinal)));
        return inner.Count > 0 && (inner.Count >= outerNames.Count || glued) ? inner : null;
    }

    /// <summary>A job title: its last words are a <c>role:</c> entry ("Games Editor", "Staff Writer").</summary>
    private static bool IsRole(string text, ParseContext context)
    {
        var folded = TextFold.FoldLine(text);
        foreach (var lexicon in context.LexiconsToTry)
        {
            foreach (var (kind, phrase) in lexicon.Bylines)
            {
                if (kind == "role" && Text.TextFold.EndsWithWords(folded, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>An aside inside an &lt;article&gt; is the story's own info box (byline, date), not a site sidebar.</summary>
    private static bool InArticle(HtmlElementInfo element)
    {
        for (var e = element.Parent; e is not null; e = e.Parent)
        {
            if (e.Tag == "article")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Inside a sidebar, comment, teaser or bio box; a wrapper that also holds the story (its
    /// container, or its first paragraph: "bottom-sticky-ad" on the story wrapper) does not count.
    /// </summary>
    internal static bool InFurniture(HtmlElementInfo element, HtmlElementInfo? root, HtmlElementInfo? firstParagraph = null)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (root is not null && root.IsWithin(e) || firstParagraph is not null && firstParagraph.IsWithin(e))
            {
                return false;
            }

            // "byline-social": a box named for the byline is the byline's, whatever else its class says.
            if ((e.Boilerplate && e.Tag != "header" && !(e.Tag == "aside" && InArticle(e)) && !IsBylineBox(e))
                || HtmlVocabulary.HasToken(e.Words, "comment") || HtmlVocabulary.HasToken(e.Words, "related")
                || HtmlVocabulary.HasToken(e.Words, "bio") || HtmlVocabulary.HasToken(e.Words, "teaser"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBylineBox(HtmlElementInfo e) =>
        (HtmlVocabulary.HasToken(e.Words, "byline") || HtmlVocabulary.HasToken(e.Words, "by-line")) && !HtmlVocabulary.HasToken(e.Words, "bio");

    [GeneratedRegex(@"\s*\(\s*(?:avec|with|mit)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex WithPattern();
}

/// <summary>The lines a page prints above its story besides the title: dates, times, reading times, the byline.</summary>
internal static partial class HtmlHeaderLines
{
    /// <summary>
    /// A line of nothing but a date, a time or a reading time ("December 22, 2023 at 9:00 AM
    /// EST", "PublishedThursday 1:23PM", "6 min read5 days ago"): every word is a number, a
    /// month or weekday, a date label or a time word (the lexicons' <c>time-words</c>).
    /// </summary>
    public static bool IsDateOrTimeLine(string text, ParseContext context)
    {
        if (!text.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var words = Words(text);
        if (words.Length == 0)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word.Any(char.IsAsciiDigit) || word.All(c => !char.IsLetter(c)))
            {
                continue;
            }

            var folded = TextFold.FoldLine(word);
            bool known = false;
            foreach (var lexicon in context.LexiconsToTry)
            {
                if (lexicon.Months.ContainsKey(folded) || lexicon.Weekdays.Contains(folded) || lexicon.FoldedList("time-words").Contains(folded)
                    || lexicon.DateLabels.Any(l => l.Item2 == folded || l.Item2.Split(' ').Contains(folded, StringComparer.Ordinal)))
                {
                    known = true;
                    break;
                }
            }

            if (!known)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A byline written as a line ("By", "ByThe Associated Press", "By Jane Doe - The Daily
    /// Example - June 3, 2024", or after its date: "Posted on March 3, 2023 by Jane Doe"), with its names.
    /// </summary>
    public static bool IsBylineLine(string text, ParseContext context, out List<string> names)
    {
        var t = text.Trim();
        return StartsWithByline(t, context, out names) || DateThenByline(t, context, out names);
    }

    /// <summary>
    /// "Posted on March 3, 2023 by Jane Doe", "Publié le 3 mars 2023 par Jean Dupont": a date
    /// line, then a byline (the default of many blog themes). The part before the byline word
    /// must be a date line and nothing else, so "Four years after the war by Tolstoy" is none.
    /// </summary>
    private static bool DateThenByline(string t, ParseContext context, out List<string> names)
    {
        names = [];
        if (!t.Any(char.IsAsciiDigit))
        {
            return false;
        }

        for (int i = 1; i < t.Length - 1; i++)
        {
            if (!char.IsWhiteSpace(t[i - 1]) || char.IsWhiteSpace(t[i]))
            {
                continue;
            }

            var before = t[..i].TrimEnd();
            if (before.Length == 0 || !before.Any(char.IsAsciiDigit))
            {
                continue;
            }

            if (StartsWithByline(t[i..], context, out names) && names.Count > 0 && IsDateOrTimeLine(before, context))
            {
                return true;
            }
        }

        names = [];
        return false;
    }

    private static bool StartsWithByline(string t, ParseContext context, out List<string> names)
    {
        names = [];
        foreach (var lexicon in context.LexiconsToTry)
        {
            foreach (var prefix in lexicon.BylinePrefixes)
            {
                if (t.Length < prefix.Length || TextFold.Fold(t[..prefix.Length]) != prefix)
                {
                    continue;
                }

                if (t.Length == prefix.Length)
                {
                    return true; // "By" alone, its name in a link the reader dropped
                }

                var rest = t[prefix.Length..];
                if (char.IsUpper(rest[0]) && char.IsLetter(t[prefix.Length - 1]))
                {
                    rest = " " + rest; // "ByThe Associated Press": glued by inline markup
                }
                else if (rest[0] is not (' ' or ':' or '\u00A0'))
                {
                    continue;
                }

                // "By Jane Doe - The Daily Example - June 3": the name comes first.
                var line = t[..prefix.Length] + rest;
                int dash = line.IndexOf(" - ", StringComparison.Ordinal);
                if (dash > 0)
                {
                    line = line[..dash];
                }

                if (HtmlBylines.TryNames(line, context) is { Count: > 0 } found)
                {
                    names = found;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The words of a line, with words glued by inline markup taken apart ("PublishedThursday 1:23PM" → "Published Thursday 1:23 PM").</summary>
    private static string[] Words(string text) =>
        Glue().Replace(text, " ").Split((char[])[' ', '/', '|', '·', '•', '-', '–', '—', ','], StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex Glue();
}

/// <summary>Dates from the page address.</summary>
internal static partial class HtmlDates
{
    /// <summary>"/2024/06/19/", "2024-06-19" or "/20240619" in the URL path, as a day.</summary>
    public static NewsDate? FromUrl(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return null;
        }

        var m = UrlDate().Match(url.AbsolutePath);
        if (!m.Success)
        {
            return null;
        }

        int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return y >= DateText.MinYear && DateText.ValidDay(y, mo, d) ? NewsDate.FromDay(y, mo, d) : null;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)\d{2})[/_-]?(?<m>[01]\d)[/_-]?(?<d>[0-3]\d)(?![0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex UrlDate();
}
