using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsParsing.Cli.Batch;

namespace NewsParsing.Cli;

/// <summary>What <c>newsparse parse</c> was asked to do.</summary>
/// <param name="Inputs">Files, directories, '-'.</param>
/// <param name="OutDir">A directory for a tree of outputs, or null for standard output.</param>
/// <param name="Kind">Force text or HTML, or decide per input.</param>
/// <param name="Url">The page's URL (one input).</param>
/// <param name="Pretty">Indent a single object on standard output.</param>
public sealed record ParseCommandOptions(IReadOnlyList<string> Inputs, string? OutDir, SourceKind Kind, Uri? Url, bool Pretty)
{
    /// <summary>Documents parsed at once (1 = sequential).</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>The shard to take (1-based index, count), or null for all inputs.</summary>
    public (int Index, int Count)? Shard { get; init; }

    /// <summary>Rewrite outputs that exist already.</summary>
    public bool Force { get; init; }

    /// <summary>No progress bar and no summary.</summary>
    public bool Quiet { get; init; }

    /// <summary>Standard error is a terminal: draw the progress bar.</summary>
    public bool Progress { get; init; }
}

/// <summary>
/// Parses inputs and writes JSON: to standard output (one object for one page, else JSON Lines)
/// or to a tree with one output per input file. Reading is sequential, parsing runs on up to
/// <see cref="ParseCommandOptions.Jobs"/> threads, and results are written in input order, with a
/// bounded number of documents in flight so memory stays flat however long the run.
/// </summary>
public sealed class ParseCommand(ArticlePipeline pipeline, TextReader stdin, TextWriter stdout, TextWriter stderr)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Runs the command; returns the exit code.</summary>
    public int Run(ParseCommandOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var all = Inputs.Expand(options.Inputs, stderr, out int missing);
        var units = options.Shard is { } s ? Inputs.Shard(all, s.Index, s.Count) : all;
        var state = new RunState(options, units.Sum(u => u.Size), stderr);
        state.Failures += missing;
        bool single = units.Count == 1 && options.Inputs.Count == 1 && units[0].Kind is InputKind.Document or InputKind.Stdin
            && !Directory.Exists(options.Inputs[0]);

        using var scheduler = new LimitedScheduler(Math.Max(1, options.Jobs));
        var window = new Queue<Pending>();
        int limit = Math.Max(1, options.Jobs) * 8;
        var counters = new ReadCounters();
        foreach (var unit in units)
        {
            string? target = options.OutDir is { } dir ? Path.Combine(dir, unit.RelativeOut) : null;
            if (target is not null && !options.Force && File.Exists(target))
            {
                state.SkippedUnits++;
                state.DoneBytes += unit.Size;
                continue;
            }

            window.Enqueue(new Pending(unit, target, null, null, Start: true));
            long before = state.DoneBytes;
            foreach (var doc in Inputs.Read(unit, options.Kind, options.Url, stdin, p => state.ReadBytes = before + p, counters))
            {
                var task = doc.Source is null
                    ? Task.FromResult(new Outcome(null, doc.Error))
                    : Task.Factory.StartNew(() => Parse(doc, Render(unit, target, single, options)), CancellationToken.None, TaskCreationOptions.None, scheduler.Scheduler);
                window.Enqueue(new Pending(unit, target, doc, task, Start: false));
                while (window.Count > limit)
                {
                    Write(window.Dequeue(), state);
                }
            }

            window.Enqueue(new Pending(unit, target, null, null, Start: false));
            state.DoneBytes = before + unit.Size;
        }

        while (window.Count > 0)
        {
            Write(window.Dequeue(), state);
        }

        state.SkippedRecords = counters.SkippedRecords;
        state.Finish(clock.Elapsed, single);
        return state.Failures == 0 ? CliApp.ExitOk : CliApp.ExitSomeFailed;
    }

    /// <summary>How a parsed page is written: one indented object per file, or a JSON Lines row.</summary>
    private static Func<Article, InputDocument, string> Render(InputUnit unit, string? target, bool single, ParseCommandOptions options)
    {
        if (target is not null)
        {
            return unit.Kind is InputKind.JsonLines or InputKind.Warc ? JsonLine : (a, _) => a.ToJson(indented: true) + "\n";
        }

        return single ? (a, _) => a.ToJson(indented: options.Pretty) : JsonLine;
    }

    /// <summary>Parses and serialises on a worker thread, so the writer only copies strings.</summary>
    private Outcome Parse(InputDocument document, Func<Article, InputDocument, string> render)
    {
        try
        {
            var article = pipeline.Parse(document.Source!);
            var fatal = article.Diagnostics.FirstOrDefault(d => d.StartsWith("error: ", StringComparison.Ordinal));
            return fatal is not null ? new Outcome(null, fatal["error: ".Length..]) : new Outcome(article, null) { Json = render(article, document) };
        }
        catch (InputTooLargeException ex)
        {
            return new Outcome(null, ex.Message);
        }
#pragma warning disable CA1031 // a plugin's bug must cost one document, not the run
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new Outcome(null, $"the parser failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private void Write(Pending item, RunState state)
    {
        if (item.Document is null)
        {
            if (item.Start)
            {
                state.Open(item);
            }
            else
            {
                state.Close(item);
            }

            return;
        }

        var outcome = item.Task!.GetAwaiter().GetResult();
        state.Documents++;
        if (outcome.Article is not { } article)
        {
            state.Failures++;
            state.ClearProgress();
            stderr.WriteLine($"newsparse: {item.Document.Display}: {outcome.Error}");
            state.Tick();
            return;
        }

        state.Parsed++;
        state.Formats[article.Format] = state.Formats.GetValueOrDefault(article.Format) + 1;
        if (item.Target is not null)
        {
            state.WriteToUnit(item.Unit, outcome.Json!);
        }
        else
        {
            stdout.Write(outcome.Json);
            stdout.Write('\n');
        }

        state.Tick();
    }

    /// <summary>
    /// A JSON Lines row: the article's contract object with <c>input</c> (where it came from) and
    /// <c>url</c> added in front, since one line of a batch must say which page it is.
    /// </summary>
    internal static string JsonLine(Article article, InputDocument document)
    {
        var json = article.ToJson(indented: false);
        var sb = new StringBuilder(json.Length + 128);
        sb.Append("{\"input\":\"").Append(Escape(document.Display)).Append('"');
        if (document.Url is { } url)
        {
            sb.Append(",\"url\":\"").Append(Escape(url)).Append('"');
        }

        return sb.Append(json.Length > 2 ? "," : "").Append(json.AsSpan(1)).ToString();
    }

    // The article JSON's escaping (relaxed: non-ASCII kept as is), so a row reads the same throughout.
    private static string Escape(string s) => JsonEncodedText.Encode(s, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value;

    private sealed record Outcome(Article? Article, string? Error)
    {
        public string? Json { get; init; }
    }

    private sealed record Pending(InputUnit Unit, string? Target, InputDocument? Document, Task<Outcome>? Task, bool Start);

    /// <summary>Counts, the open output file, and the progress bar; touched by the writing thread only.</summary>
    private sealed class RunState(ParseCommandOptions options, long totalBytes, TextWriter stderr)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _lastDraw = -1000;
        private bool _drawn;
        private StreamWriter? _writer;
        private string? _partial;
        private int _unitDocs;
        private int _unitFailuresBefore;

        public int Documents { get; set; }

        public int Parsed { get; set; }

        public int Failures { get; set; }

        public int SkippedUnits { get; set; }

        public int SkippedRecords { get; set; }

        public long DoneBytes { get; set; }

        public long ReadBytes { get; set; }

        public SortedDictionary<string, int> Formats { get; } = new(StringComparer.Ordinal);

        public void Open(Pending item)
        {
            _unitDocs = 0;
            _unitFailuresBefore = Failures;
            if (item.Target is null)
            {
                return;
            }

            // Written under a temporary name and renamed when complete, so an interrupted run
            // never leaves an output that a resumed run would take as done.
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(item.Target))!);
            _partial = item.Target + ".partial";
            if (item.Unit.Kind is InputKind.JsonLines or InputKind.Warc)
            {
                _writer = new StreamWriter(_partial, false, Utf8) { NewLine = "\n" };
            }
        }

        public void WriteToUnit(InputUnit unit, string json)
        {
            _unitDocs++;
            if (unit.Kind is InputKind.JsonLines or InputKind.Warc)
            {
                _writer!.Write(json);
                _writer.Write('\n');
            }
            else
            {
                File.WriteAllText(_partial!, json, Utf8);
            }
        }

        public void Close(Pending item)
        {
            if (item.Target is null || _partial is null)
            {
                return;
            }

            _writer?.Dispose();
            _writer = null;
            bool documentFailed = item.Unit.Kind is InputKind.Document or InputKind.Stdin && (Failures > _unitFailuresBefore || _unitDocs == 0);
            if (documentFailed)
            {
                File.Delete(_partial); // a page that failed has no output, so a later run tries it again
            }
            else
            {
                File.Move(_partial, item.Target, overwrite: true);
            }

            _partial = null;
        }

        public void Tick()
        {
            if (!options.Progress || options.Quiet)
            {
                return;
            }

            long now = _clock.ElapsedMilliseconds;
            if (now - _lastDraw < 200)
            {
                return;
            }

            _lastDraw = now;
            double seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            double rate = Documents / seconds;
            double fraction = totalBytes > 0 ? Math.Clamp((double)Math.Max(DoneBytes, ReadBytes) / totalBytes, 0, 1) : 0;
            string eta = fraction > 0.001 ? Format(TimeSpan.FromSeconds(seconds * (1 - fraction) / fraction)) : "--:--";
            int filled = (int)(fraction * 24);
            var bar = new string('#', filled) + new string('.', 24 - filled);
            stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{bar}] {fraction * 100,3:0}% {Documents:N0} docs {Failures:N0} failed {rate:0.0}/s ETA {eta}  "));
            _drawn = true;
        }

        public void ClearProgress()
        {
            if (_drawn)
            {
                stderr.Write("\r" + new string(' ', 78) + "\r");
                _drawn = false;
            }
        }

        public void Finish(TimeSpan elapsed, bool single)
        {
            ClearProgress();
            if (options.Quiet || (single && Failures == 0))
            {
                return;
            }

            double rate = Documents / Math.Max(0.001, elapsed.TotalSeconds);
            var line = string.Create(CultureInfo.InvariantCulture, $"newsparse: {Documents:N0} documents, {Parsed:N0} parsed, {Failures:N0} failed");
            if (SkippedUnits > 0)
            {
                line += string.Create(CultureInfo.InvariantCulture, $", {SkippedUnits:N0} input(s) skipped (output exists; --force rewrites)");
            }

            if (SkippedRecords > 0)
            {
                line += string.Create(CultureInfo.InvariantCulture, $", {SkippedRecords:N0} WARC response(s) skipped (not HTML or not 2xx)");
            }

            line += string.Create(CultureInfo.InvariantCulture, $" in {elapsed.TotalSeconds:0.0} s ({rate:0.0} pages/s)");
            stderr.WriteLine(line);
            if (Formats.Count > 0)
            {
                stderr.WriteLine("newsparse: formats: " + string.Join(", ", Formats.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key} {f.Value:N0}"))));
            }
        }

        private static string Format(TimeSpan t) =>
            t.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}") : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes:00}:{t.Seconds:00}");
    }

    /// <summary>At most N parses at once, whatever the thread pool's size.</summary>
    private sealed class LimitedScheduler(int jobs) : IDisposable
    {
        private readonly ConcurrentExclusiveSchedulerPair _pair = new(TaskScheduler.Default, jobs);

        public TaskScheduler Scheduler => _pair.ConcurrentScheduler;

        public void Dispose() => _pair.Complete();
    }
}
