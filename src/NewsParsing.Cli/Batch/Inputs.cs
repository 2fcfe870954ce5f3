using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsParsing.Warc;

namespace NewsParsing.Cli.Batch;

/// <summary>How an input file holds its documents.</summary>
public enum InputKind
{
    /// <summary>One page (.txt, .html, .htm, optionally .gz).</summary>
    Document,

    /// <summary>JSON Lines: one object per line with <c>url</c> and <c>html</c> or <c>text</c> (.jsonl, .ndjson, optionally .gz).</summary>
    JsonLines,

    /// <summary>A WARC file (.warc, .warc.gz): its HTML response records.</summary>
    Warc,

    /// <summary>Standard input: one page.</summary>
    Stdin,
}

/// <summary>
/// One input file: the unit of sharding and of resuming (it has one output file in a tree).
/// </summary>
/// <param name="Display">The path as the user will recognise it.</param>
/// <param name="Path">The file, or null for standard input.</param>
/// <param name="Kind">How it holds documents.</param>
/// <param name="RelativeOut">Its output path under <c>--out</c>.</param>
/// <param name="Size">Its size in bytes (0 when unknown), for the progress bar.</param>
public sealed record InputUnit(string Display, string? Path, InputKind Kind, string RelativeOut, long Size);

/// <summary>One document read from an input, ready to parse, or why it could not be read.</summary>
/// <param name="Display">Where it came from ("a.warc.gz#17", "pages.jsonl:3").</param>
/// <param name="Source">The document, or null when <paramref name="Error"/> says why not.</param>
/// <param name="Url">Its URL when the input gave one.</param>
/// <param name="Error">Why it could not be read, or null.</param>
public sealed record InputDocument(string Display, ArticleSource? Source, string? Url, string? Error);

/// <summary>Finds the input units and reads their documents.</summary>
public static class Inputs
{
    private static readonly string[] DocumentExtensions = [".txt", ".html", ".htm"];

    /// <summary>The kind of a file by its name, or null when it is not one we read.</summary>
    public static InputKind? KindOf(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var ext = System.IO.Path.GetExtension(name).ToLowerInvariant();
        return ext switch
        {
            ".warc" => InputKind.Warc,
            ".jsonl" or ".ndjson" => InputKind.JsonLines,
            _ when DocumentExtensions.Contains(ext) => InputKind.Document,
            _ => null,
        };
    }

    /// <summary>
    /// Expands the command line's inputs into units: files as given, directories recursively in
    /// ordinal order (so every shard sees the same list), '-' as standard input.
    /// </summary>
    public static List<InputUnit> Expand(IReadOnlyList<string> inputs, TextWriter stderr, out int missing)
    {
        var units = new List<InputUnit>();
        missing = 0;
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                units.Add(new InputUnit("-", null, InputKind.Stdin, "stdin.json", 0));
            }
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => KindOf(f) is not null)
                    .Select(f => (File: f, Relative: System.IO.Path.GetRelativePath(input, f).Replace('\\', '/')))
                    .OrderBy(f => f.Relative, StringComparer.Ordinal);
                foreach (var (file, relative) in files)
                {
                    units.Add(Unit(file, relative));
                }
            }
            else if (File.Exists(input))
            {
                units.Add(Unit(input, System.IO.Path.GetFileName(input)));
            }
            else
            {
                stderr.WriteLine($"newsparse: {input}: no such file or directory");
                missing++;
            }
        }

        // a.html and a.txt would both write a.json: such outputs keep the input's full name
        // (a.html.json, a.txt.json). Decided on the whole list, so every shard agrees.
        var clashes = units.GroupBy(u => u.RelativeOut, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        return [.. units.Select(u => clashes.Contains(u) && u.Path is not null ? u with { RelativeOut = FullNameOut(u) } : u)];
    }

    private static string FullNameOut(InputUnit unit)
    {
        var relative = unit.RelativeOut[..^System.IO.Path.GetExtension(unit.RelativeOut).Length];
        var name = System.IO.Path.GetFileName(unit.Path!);
        var stem = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        var dir = System.IO.Path.GetDirectoryName(relative);
        var file = stem + System.IO.Path.GetExtension(unit.RelativeOut);
        return string.IsNullOrEmpty(dir) ? file : System.IO.Path.Combine(dir, file).Replace('\\', '/');
    }

    /// <summary>
    /// The share of <paramref name="units"/> that shard <paramref name="index"/> (1-based) of
    /// <paramref name="count"/> takes: a contiguous range, so shard outputs concatenated in shard
    /// order are exactly the output of one run.
    /// </summary>
    public static List<InputUnit> Shard(List<InputUnit> units, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(units);
        long start = (long)units.Count * (index - 1) / count;
        long end = (long)units.Count * index / count;
        return units.GetRange((int)start, (int)(end - start));
    }

    private static InputUnit Unit(string file, string relative)
    {
        var kind = KindOf(file) ?? InputKind.Document;
        var stem = relative.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? relative[..^3] : relative;
        var outName = System.IO.Path.ChangeExtension(stem, kind == InputKind.Document ? ".json" : ".jsonl");
        return new InputUnit(file, file, kind, outName, new FileInfo(file).Length);
    }

    /// <summary>Reads the documents of a unit, in order; <paramref name="position"/> reports bytes consumed.</summary>
    public static IEnumerable<InputDocument> Read(InputUnit unit, SourceKind forced, Uri? url, TextReader stdin, Action<long> position, ReadCounters counters)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Kind switch
        {
            InputKind.Stdin => [new InputDocument("-", ArticleSource.FromBytes(Encoding.UTF8.GetBytes(stdin.ReadToEnd()), forced, url), url?.ToString(), null)],
            InputKind.Document => ReadDocument(unit, forced, url),
            InputKind.JsonLines => ReadJsonLines(unit, forced, position),
            InputKind.Warc => ReadWarc(unit, position, counters),
            _ => throw new ArgumentOutOfRangeException(nameof(unit)),
        };
    }

    private static IEnumerable<InputDocument> ReadDocument(InputUnit unit, SourceKind forced, Uri? url)
    {
        var path = unit.Path!;
        InputDocument doc;
        try
        {
            var bytes = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Gunzip(path) : File.ReadAllBytes(path);
            doc = new InputDocument(unit.Display, ArticleSource.FromBytes(bytes, forced != SourceKind.Auto ? forced : KindByName(path), url, path), url?.ToString(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            doc = new InputDocument(unit.Display, null, null, ex.Message);
        }

        yield return doc;
    }

    private static SourceKind KindByName(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var ext = System.IO.Path.GetExtension(name).ToLowerInvariant();
        return ext is ".html" or ".htm" ? SourceKind.Html : ext == ".txt" ? SourceKind.Text : SourceKind.Auto;
    }

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    private static IEnumerable<InputDocument> ReadJsonLines(InputUnit unit, SourceKind forced, Action<long> position)
    {
        var path = unit.Path!;
        Stream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new InputDocument(unit.Display, null, null, ex.Message)];
        }

        return Lines(file);

        IEnumerable<InputDocument> Lines(Stream file)
        {
            using (file)
            {
                Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
                using var reader = new StreamReader(stream, new UTF8Encoding(false));
                int lineNo = 0;
                while (true)
                {
                    string? line;
                    string? readError = null;
                    try
                    {
                        line = reader.ReadLine();
                    }
                    catch (InvalidDataException ex)
                    {
                        line = null;
                        readError = ex.Message;
                    }

                    if (readError is not null)
                    {
                        yield return new InputDocument($"{unit.Display}:{lineNo + 1}", null, null, $"corrupt gzip data ({readError}); the rest of the file is skipped");
                        yield break;
                    }

                    if (line is null)
                    {
                        yield break;
                    }

                    lineNo++;
                    position(file.Position);
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    yield return JsonLine(line, $"{unit.Display}:{lineNo}", forced);
                }
            }
        }
    }

    private static InputDocument JsonLine(string line, string display, SourceKind forced)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new InputDocument(display, null, null, "not a JSON object");
            }

            string? Field(string name) =>
                json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

            var urlText = Field("url");
            Uri? url = urlText is not null && Uri.TryCreate(urlText, UriKind.Absolute, out var u) ? u : null;
            if (Field("html") is { } html)
            {
                return new InputDocument(display, ArticleSource.FromString(html, forced == SourceKind.Auto ? SourceKind.Html : forced, url), urlText, null);
            }

            if (Field("text") is { } text)
            {
                return new InputDocument(display, ArticleSource.FromString(text, forced == SourceKind.Auto ? SourceKind.Text : forced, url), urlText, null);
            }

            return new InputDocument(display, null, urlText, "the object has no string 'html' or 'text' field");
        }
        catch (JsonException ex)
        {
            return new InputDocument(display, null, null, $"invalid JSON ({ex.Message})");
        }
    }

    private static IEnumerable<InputDocument> ReadWarc(InputUnit unit, Action<long> position, ReadCounters counters)
    {
        WarcReader reader;
        try
        {
            reader = WarcReader.Open(unit.Path!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new InputDocument(unit.Display, null, null, ex.Message)];
        }

        return Records(reader);

        IEnumerable<InputDocument> Records(WarcReader reader)
        {
            using (reader)
            {
                foreach (var entry in reader.Read())
                {
                    position(reader.Position);
                    if (entry.Problem is { } problem)
                    {
                        var where = problem.TargetUri is null ? "" : $" ({problem.TargetUri})";
                        yield return new InputDocument($"{unit.Display}#{problem.RecordIndex}{where}", null, problem.TargetUri, problem.Message);
                        continue;
                    }

                    var record = entry.Record!;
                    if (!string.Equals(record.Type, "response", StringComparison.OrdinalIgnoreCase))
                    {
                        continue; // warcinfo, request, metadata: not pages
                    }

                    var display = $"{unit.Display}#{record.Index}";
                    var http = record.ReadHttpResponse();
                    if (http is null)
                    {
                        yield return new InputDocument(display, null, record.TargetUri, "the response record holds no HTTP response");
                        continue;
                    }

                    if (http.StatusCode is < 200 or >= 300 || !http.IsHtml)
                    {
                        counters.SkippedRecords++; // redirects, errors, PDFs, images: not articles, not failures
                        continue;
                    }

                    Uri? url = Uri.TryCreate(record.TargetUri, UriKind.Absolute, out var u) ? u : null;
                    yield return new InputDocument(display, Decode(http, url), record.TargetUri, null);
                }
            }
        }
    }

    private static ArticleSource Decode(HttpResponse http, Uri? url)
    {
        // The HTTP charset decides when it names an ASCII-compatible encoding we know and the
        // body is text (no NUL bytes, no BOM).
        if (http.DeclaredEncoding() is { } encoding && http.Body.Length > 0
            && (encoding.IsSingleByte || encoding is UTF8Encoding || encoding.CodePage is 932 or 936 or 949 or 950 or 54936 or 51932 or 20932)
            && !http.Body.AsSpan(0, Math.Min(http.Body.Length, 8192)).Contains((byte)0)
            && !HasBom(http.Body))
        {
            return ArticleSource.FromString(encoding.GetString(http.Body), SourceKind.Html, url);
        }

        // Binary data, a BOM or an unknown charset: the bytes speak for themselves.
        return ArticleSource.FromBytes(http.Body, SourceKind.Html, url);
    }

    private static bool HasBom(byte[] b) =>
        b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
}

/// <summary>Counts kept while reading inputs, for the summary.</summary>
public sealed class ReadCounters
{
    /// <summary>WARC response records that are not HTML pages with status 2xx.</summary>
    public int SkippedRecords { get; set; }
}
