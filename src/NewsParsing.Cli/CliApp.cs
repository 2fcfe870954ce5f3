using System.CommandLine;
using System.Text;

namespace NewsParsing.Cli;

/// <summary>
/// The command line, separated from the console so tests can run it in-process.
/// Exit codes: 0 all inputs parsed, 1 some failed (each on stderr), 2 usage error.
/// </summary>
public static class CliApp
{
    /// <summary>All inputs parsed.</summary>
    public const int ExitOk = 0;

    /// <summary>Some inputs failed; the others were written.</summary>
    public const int ExitSomeFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int ExitUsage = 2;

    /// <summary>Runs <c>newsparse</c> with the given arguments and streams.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or directories to parse (directories recursively: .txt, .html, .htm); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<string?>("--out", "-o") { Description = "Write one JSON file per input into this directory, mirroring the input tree." };
        var asText = new Option<bool>("--text") { Description = "Read every input as a plain-text dump." };
        var asHtml = new Option<bool>("--html") { Description = "Read every input as HTML." };
        var url = new Option<string?>("--url") { Description = "The page's URL (for a single input)." };
        var pretty = new Option<bool>("--pretty") { Description = "Indent the JSON written to standard output." };

        var parse = new Command("parse", "Parse news pages into JSON articles: one object for one input, JSON Lines for several.")
        {
            inputs, outDir, asText, asHtml, url, pretty,
        };
        var formats = new Command("formats", "List the page formats (parsers) in match order.");
        var root = new RootCommand("newsparse: turns news pages (HTML or plain-text dumps) into JSON articles.") { parse, formats };

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine($"newsparse: {error.Message}");
            }

            stderr.WriteLine("Try 'newsparse --help'.");
            return ExitUsage;
        }

        if (result.CommandResult.Command == parse)
        {
            var kind = result.GetValue(asText) ? SourceKind.Text : result.GetValue(asHtml) ? SourceKind.Html : SourceKind.Auto;
            if (result.GetValue(asText) && result.GetValue(asHtml))
            {
                stderr.WriteLine("newsparse: --text and --html exclude each other");
                return ExitUsage;
            }

            Uri? pageUrl = null;
            if (result.GetValue(url) is { } u && !Uri.TryCreate(u, UriKind.Absolute, out pageUrl))
            {
                stderr.WriteLine($"newsparse: --url '{u}' is not an absolute URL");
                return ExitUsage;
            }

            var options = new ParseCommandOptions(result.GetValue(inputs) ?? [], result.GetValue(outDir), kind, pageUrl, result.GetValue(pretty));
            return new ParseCommand(NewsParser.Default, stdin, stdout, stderr).Run(options);
        }

        if (result.CommandResult.Command == formats)
        {
            foreach (var parser in NewsParser.Default.Parsers)
            {
                stdout.WriteLine(parser.Name);
            }

            return ExitOk;
        }

        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr };
        return result.Invoke(invocation);
    }
}

/// <summary>What <c>newsparse parse</c> was asked to do.</summary>
public sealed record ParseCommandOptions(IReadOnlyList<string> Inputs, string? OutDir, SourceKind Kind, Uri? Url, bool Pretty);

/// <summary>Parses inputs and writes JSON: to stdout (one object or JSON Lines) or a mirrored tree of files.</summary>
public sealed class ParseCommand(ArticlePipeline pipeline, TextReader stdin, TextWriter stdout, TextWriter stderr)
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm"];

    /// <summary>Runs the command; returns the exit code.</summary>
    public int Run(ParseCommandOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var work = new List<(string Display, string? Path, string RelativeOut)>();
        int failures = 0;
        foreach (var input in options.Inputs)
        {
            if (input == "-")
            {
                work.Add(("-", null, "stdin.json"));
            }
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    work.Add((file, file, Path.ChangeExtension(Path.GetRelativePath(input, file), ".json")));
                }
            }
            else if (File.Exists(input))
            {
                work.Add((input, input, Path.ChangeExtension(Path.GetFileName(input), ".json")));
            }
            else
            {
                stderr.WriteLine($"newsparse: {input}: no such file or directory");
                failures++;
            }
        }

        bool single = work.Count == 1 && options.Inputs.Count == 1 && !Directory.Exists(options.Inputs[0]);
        foreach (var (display, path, relativeOut) in work)
        {
            Article article;
            try
            {
                var source = path is null
                    ? ArticleSource.FromBytes(ReadAll(stdin), options.Kind, options.Url)
                    : ArticleSource.FromBytes(File.ReadAllBytes(path), ResolveKind(options.Kind, path), options.Url, path);
                article = pipeline.Parse(source);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InputTooLargeException)
            {
                stderr.WriteLine($"newsparse: {display}: {ex.Message}");
                failures++;
                continue;
            }

            var fatal = article.Diagnostics.FirstOrDefault(d => d.StartsWith("error: ", StringComparison.Ordinal));
            if (fatal is not null)
            {
                stderr.WriteLine($"newsparse: {display}: {fatal["error: ".Length..]}");
                failures++;
                continue;
            }

            if (options.OutDir is { } outDir)
            {
                var target = Path.Combine(outDir, relativeOut);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, article.ToJson(indented: true) + "\n", new UTF8Encoding(false));
            }
            else
            {
                stdout.Write(article.ToJson(indented: single && options.Pretty));
                stdout.Write('\n');
            }
        }

        return failures == 0 ? CliApp.ExitOk : CliApp.ExitSomeFailed;
    }

    private static SourceKind ResolveKind(SourceKind requested, string path)
    {
        if (requested != SourceKind.Auto)
        {
            return requested;
        }

        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext is ".html" or ".htm" ? SourceKind.Html : ext == ".txt" ? SourceKind.Text : SourceKind.Auto;
    }

    private static byte[] ReadAll(TextReader reader)
    {
        // Standard input arrives decoded by the console; re-encode as UTF-8 for one decoding path.
        return Encoding.UTF8.GetBytes(reader.ReadToEnd());
    }
}
