using System.Diagnostics;
using BenchmarkDotNet.Running;

namespace NewsParsing.Benchmarks;

/// <summary>
/// Runs the suite: <c>dotnet run -c Release --project benchmarks/NewsParsing.Benchmarks -- --filter '*'</c>.
/// <c>-- --ratio</c> instead measures the HTML ratios interleaved (baseline, reader, pipeline in
/// turn, medians of many rounds), which stays meaningful on a shared, loaded machine where
/// BenchmarkDotNet's separate runs see different loads. <c>-- --quote-ratio [ROUNDS]</c> does the
/// same for <see cref="QuoteBenchmarks"/> (each seed without and with quotes, in turn), and
/// <c>-- --loop-quotes COUNT</c> parses all seeds with quotes COUNT times, for a profiler.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--ratio", ..])
        {
            Ratios(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
            return;
        }

        if (args is ["--quote-ratio", ..])
        {
            QuoteRatios(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 41);
            return;
        }

        if (args is ["--loop-quotes", var quoteRounds])
        {
            LoopQuotes(int.Parse(quoteRounds, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args is ["--loop", var name, var count])
        {
            Loop(name, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args is ["--unseen", var folder])
        {
            Unseen(folder);
            return;
        }

        if (args is ["--corpus-speed", var corpus])
        {
            CorpusSpeed(corpus);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>
    /// Pages per second over a corpus, measured the way readability-compare/readability.mjs
    /// measures Readability: one cold pass in file order, the clock running only around parse
    /// and extraction (from the file's bytes, so encoding detection is included); reading the
    /// file and writing nothing are outside. Prints one JSON line like the Node script's.
    /// </summary>
    private static void CorpusSpeed(string corpus)
    {
        var pipeline = new ArticlePipelineBuilder().UseDefaults().Build();
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).Equals("expected.html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        long busy = 0;
        int failed = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            long start = Stopwatch.GetTimestamp();
            try
            {
                pipeline.Parse(ArticleSource.FromBytes(bytes, SourceKind.Html, path: file));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed++;
            }

            busy += Stopwatch.GetTimestamp() - start;
        }

        double seconds = (double)busy / Stopwatch.Frequency;
        Console.WriteLine(System.FormattableString.Invariant(
            $"{{\"engine\":\"newsparsing-inprocess\",\"pages\":{files.Count},\"failed\":{failed},\"seconds\":{seconds:F2},\"pagesPerSecond\":{files.Count / seconds:F1}}}"));
    }

    /// <summary>
    /// Runs one HTML case (read, parse, tree) over the sample <paramref name="rounds"/> times, for a
    /// profiler: <c>perf record -g dotnet run … -- --loop parse 200</c> with DOTNET_PerfMapEnabled=1.
    /// </summary>
    private static void Loop(string name, int rounds)
    {
        var bench = new HtmlBenchmarks();
        bench.Setup();
        Func<int> run = name switch
        {
            "angle" => bench.AngleSharpParse,
            "tree" => bench.PrefilteredTree,
            "read" => bench.Read,
            _ => bench.Parse,
        };
        for (int r = 0; r < rounds; r++)
        {
            run();
        }
    }

    /// <summary>
    /// Warm code, unseen pages: bare AngleSharp, the reader and the pipeline run over the first 40 pages
    /// of a folder five times (JIT and tiering done), then each over the other pages once, each page
    /// seen for the first time by every cache; prints the thread CPU time of that pass and the ratios.
    /// </summary>
    private static void Unseen(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal).ToList();
        var warm = files.Take(HtmlBenchmarks.SampleSize).Select(File.ReadAllText).ToList();
        var rest = files.Skip(HtmlBenchmarks.SampleSize).Select(File.ReadAllText).ToList();
        var parser = new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = false });
        var pipeline = NewsParser.Default;
        var cases = new (string Name, Action<string> Run)[]
        {
            ("AngleSharp ParseDocument", html => parser.ParseDocument(html).Dispose()),
            ("HtmlPageReader.Read", html => Reading.HtmlPageReader.Read(html)),
            ("Pipeline.ParseHtml", html => pipeline.ParseHtml(html)),
        };
        for (int r = 0; r < 5; r++)
        {
            foreach (var (_, run) in cases)
            {
                warm.ForEach(run);
            }
        }

        double baseline = 0;
        Console.WriteLine($"| Method | Thread CPU (ms, {rest.Count} unseen pages) | CPU ratio |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, run) in cases)
        {
            double start = ThreadCpuMilliseconds();
            rest.ForEach(run);
            double t = ThreadCpuMilliseconds() - start;
            baseline = baseline == 0 ? t : baseline;
            Console.WriteLine(System.FormattableString.Invariant($"| {name} | {t:F0} | {t / baseline:F2} |"));
        }
    }

    /// <summary>Parses every seed with quotes <paramref name="rounds"/> times, for a profiler.</summary>
    private static void LoopQuotes(int rounds)
    {
        var pipeline = new ArticlePipelineBuilder().UseDefaults().Build();
        var texts = SeedBenchmarks.Seeds().Select(s => File.ReadAllText(Path.Combine(SeedBenchmarks.SeedDirectory, s + ".txt"))).ToList();
        for (int r = 0; r < rounds; r++)
        {
            foreach (var text in texts)
            {
                pipeline.Parse(text);
            }
        }
    }

    /// <summary>
    /// What quotes cost per seed, measured interleaved: each round parses the seed without and
    /// with the <see cref="Quotes.QuoteEnricher"/> in turn, each a batch of parses long enough for
    /// the thread CPU clock; prints medians of the thread CPU time, their ratio, and the bytes
    /// each parse allocates.
    /// </summary>
    private static void QuoteRatios(int rounds)
    {
        const int Batch = 20;
        var builder = new ArticlePipelineBuilder().UseDefaults();
        var withQuotes = builder.Build();
        builder.Enrichers.RemoveAll<Quotes.QuoteEnricher>();
        var withoutQuotes = builder.Build();
        Console.WriteLine($"| Seed | Without (µs, thread CPU, median) | With (µs) | CPU ratio | Ratio of minima | Without (bytes) | With (bytes) | Alloc ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var seeds = SeedBenchmarks.Seeds().Select(s => (Name: s, Text: File.ReadAllText(Path.Combine(SeedBenchmarks.SeedDirectory, s + ".txt")))).ToList();
        // Warm up for a few seconds over all seeds, so that tiered compilation has finished.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 4)
        {
            foreach (var (_, t) in seeds)
            {
                withQuotes.Parse(t);
                withoutQuotes.Parse(t);
            }

            Thread.Sleep(1);
        }

        double sumRatio = 0, sumMinRatio = 0;
        int n = 0;
        // Rounds outside, seeds inside: every seed sees the machine's load over the whole run.
        var without = seeds.Select(_ => new List<double>()).ToList();
        var with = seeds.Select(_ => new List<double>()).ToList();
        for (int r = 0; r < rounds; r++)
        {
            for (int i = 0; i < seeds.Count; i++)
            {
                without[i].Add(BatchCpu(withoutQuotes, seeds[i].Text, Batch));
                with[i].Add(BatchCpu(withQuotes, seeds[i].Text, Batch));
            }
        }

        for (int i = 0; i < seeds.Count; i++)
        {
            var (seed, text) = seeds[i];
            var (a, b) = (without[i], with[i]);
            long allocA = Allocated(withoutQuotes, text), allocB = Allocated(withQuotes, text);
            double ma = a.Order().ElementAt(a.Count / 2), mb = b.Order().ElementAt(b.Count / 2);
            // (The minima are the rounds least disturbed by other processes on a loaded machine.)
            double minRatio = b.Min() / a.Min();
            sumRatio += mb / ma;
            sumMinRatio += minRatio;
            n++;
            Console.WriteLine(System.FormattableString.Invariant($"| {seed} | {ma:F1} | {mb:F1} | {mb / ma:F2} | {minRatio:F2} | {allocA} | {allocB} | {(double)allocB / allocA:F2} |"));
        }

        Console.WriteLine(System.FormattableString.Invariant($"mean CPU ratio {sumRatio / n:F2}, of minima {sumMinRatio / n:F2}"));
    }

    private static double BatchCpu(ArticlePipeline pipeline, string text, int batch)
    {
        double start = ThreadCpuMilliseconds();
        for (int i = 0; i < batch; i++)
        {
            pipeline.Parse(text);
        }

        return (ThreadCpuMilliseconds() - start) * 1000 / batch;
    }

    private static long Allocated(ArticlePipeline pipeline, string text)
    {
        long start = GC.GetAllocatedBytesForCurrentThread();
        pipeline.Parse(text);
        return GC.GetAllocatedBytesForCurrentThread() - start;
    }

    private static void Ratios(int rounds)
    {
        var bench = new HtmlBenchmarks();
        bench.Setup();
        var cases = new (string Name, Func<int> Run)[] { ("AngleSharp ParseDocument", bench.AngleSharpParse), ("AngleSharp ParseDocument, reader's options", bench.ReaderOptionsParse), ("HtmlPrefilter + AngleSharp ParseDocument, reader's options", bench.PrefilteredParse), ("HtmlPrefilter + AngleSharp tree builder, reader's tree", bench.PrefilteredTree), ("HtmlPageReader.Read", bench.Read), ("Pipeline.ParseHtml", bench.Parse) };
        var times = cases.ToDictionary(c => c.Name, _ => new List<double>());
        var cpu = cases.ToDictionary(c => c.Name, _ => new List<double>());
        foreach (var c in cases)
        {
            c.Run(); // warm up
        }

        for (int r = 0; r < rounds; r++)
        {
            foreach (var c in cases)
            {
                double cpuStart = ThreadCpuMilliseconds();
                var sw = Stopwatch.StartNew();
                c.Run();
                times[c.Name].Add(sw.Elapsed.TotalMilliseconds);
                cpu[c.Name].Add(ThreadCpuMilliseconds() - cpuStart);
            }
        }

        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        double baseline = Median(times[cases[0].Name]);
        double cpuBaseline = Median(cpu[cases[0].Name]);
        // The thread's CPU time leaves out the time the thread waited for a core, which on a shared
        // machine is most of the noise in wall time (it still counts cache and frequency effects).
        Console.WriteLine($"| Method | Median (ms, {bench.PageCount} pages) | Pages/s | Ratio | Thread CPU (ms) | CPU ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var c in cases)
        {
            double m = Median(times[c.Name]);
            double t = Median(cpu[c.Name]);
            Console.WriteLine(System.FormattableString.Invariant($"| {c.Name} | {m:F1} | {bench.PageCount * 1000 / m:F0} | {m / baseline:F2} | {t:F1} | {t / cpuBaseline:F2} |"));
        }
    }

    /// <summary>CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)), or wall time elsewhere.</summary>
    private static double ThreadCpuMilliseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(3, out var ts) == 0)
        {
            return (ts.Seconds * 1000.0) + (ts.Nanoseconds / 1e6);
        }

        return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
