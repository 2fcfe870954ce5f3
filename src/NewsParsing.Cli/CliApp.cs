using System.CommandLine;
using System.CommandLine.Help;
using NewsParsing.Cli.Plugins;
using NewsParsing.Profiles;

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

    /// <summary>Runs <c>newsparse</c> with the given arguments and streams (no progress bar).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, stderrIsTerminal: false);

    /// <summary>Runs <c>newsparse</c>; <paramref name="stderrIsTerminal"/> turns the progress bar on.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or directories to parse (directories recursively: .txt, .html, .htm, .jsonl, .ndjson, .warc, each optionally .gz); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<string?>("--out", "-o") { Description = "Write one output per input file into this directory, mirroring the input tree (.json per page, .jsonl per JSON Lines or WARC file). Existing outputs are skipped unless --force." };
        var asText = new Option<bool>("--text") { Description = "Read every input as a plain-text dump." };
        var asHtml = new Option<bool>("--html") { Description = "Read every input as HTML." };
        var url = new Option<string?>("--url") { Description = "The page's URL (for a single input)." };
        var pretty = new Option<bool>("--pretty") { Description = "Indent the JSON written to standard output." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Parse N documents at once (output stays in input order).", DefaultValueFactory = _ => 1 };
        var shard = new Option<string?>("--shard") { Description = "Take shard I of N (I/N, 1-based) of the input files: a contiguous, deterministic share." };
        var force = new Option<bool>("--force") { Description = "Rewrite outputs that exist already under --out." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary on standard error." };
        var plugin = new Option<string[]>("--plugin") { Description = "Load the parsers of a plugin assembly (repeatable).", AllowMultipleArgumentsPerToken = false };
        var profiles = new Option<string?>("--profiles") { Description = "Load the site profiles (*.json) of this directory." };

        var parse = new Command("parse", "Parse news pages into JSON articles: one object for one page, JSON Lines for several.")
        {
            inputs, outDir, asText, asHtml, url, pretty, jobs, shard, force, quiet, plugin, profiles,
        };
        var formats = new Command("formats", "List the page formats (parsers) in match order.") { plugin, profiles };
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

        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr };
        if (result.Action is HelpAction)
        {
            return result.Invoke(invocation); // 'parse --help' must not need the inputs
        }

        if (result.CommandResult.Command == parse
            && (result.GetValue(inputs) ?? []).FirstOrDefault(i => i.Length > 1 && i[0] == '-' && !File.Exists(i) && !Directory.Exists(i)) is { } unknown)
        {
            stderr.WriteLine($"newsparse: unknown option '{unknown}'");
            stderr.WriteLine("Try 'newsparse parse --help'.");
            return ExitUsage;
        }

        if (result.CommandResult.Command == parse || result.CommandResult.Command == formats)
        {
            ArticlePipeline pipeline;
            try
            {
                pipeline = BuildPipeline(result.GetValue(plugin) ?? [], result.GetValue(profiles));
            }
            catch (Exception ex) when (ex is PluginException or SiteProfileException or InvalidOperationException)
            {
                stderr.WriteLine($"newsparse: {ex.Message}");
                return ExitUsage;
            }

            if (result.CommandResult.Command == formats)
            {
                foreach (var parser in pipeline.Parsers)
                {
                    stdout.WriteLine(parser.Name);
                }

                return ExitOk;
            }

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

            int jobCount = result.GetValue(jobs);
            if (jobCount is < 1 or > 256)
            {
                stderr.WriteLine($"newsparse: --jobs {jobCount}: give a number from 1 to 256");
                return ExitUsage;
            }

            (int, int)? shardSpec = null;
            if (result.GetValue(shard) is { } sh)
            {
                if (!TryParseShard(sh, out var parsed))
                {
                    stderr.WriteLine($"newsparse: --shard '{sh}': write I/N with 1 <= I <= N (e.g. 2/8)");
                    return ExitUsage;
                }

                shardSpec = parsed;
            }

            var options = new ParseCommandOptions(result.GetValue(inputs) ?? [], result.GetValue(outDir), kind, pageUrl, result.GetValue(pretty))
            {
                Jobs = jobCount,
                Shard = shardSpec,
                Force = result.GetValue(force),
                Quiet = result.GetValue(quiet),
                Progress = stderrIsTerminal,
            };
            return new ParseCommand(pipeline, stdin, stdout, stderr).Run(options);
        }

        return result.Invoke(invocation);
    }

    /// <summary>The default pipeline, plus the plugins' parsers and the profiles, both before the generic parser.</summary>
    internal static ArticlePipeline BuildPipeline(IReadOnlyList<string> plugins, string? profileDir)
    {
        if (plugins.Count == 0 && profileDir is null)
        {
            return NewsParser.Default;
        }

        var builder = new ArticlePipelineBuilder().UseDefaults();
        foreach (var path in plugins)
        {
            foreach (var parser in PluginLoader.Load(path))
            {
                builder.UseParser(parser);
            }
        }

        if (profileDir is not null)
        {
            builder.UseProfiles(profileDir);
        }

        return builder.Build();
    }

    private static bool TryParseShard(string text, out (int Index, int Count) shard)
    {
        shard = default;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int i)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
            && n >= 1 && i >= 1 && i <= n)
        {
            shard = (i, n);
            return true;
        }

        return false;
    }
}
