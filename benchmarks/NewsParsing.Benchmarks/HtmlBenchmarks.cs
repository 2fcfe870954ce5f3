using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using NewsParsing.Reading;

namespace NewsParsing.Benchmarks;

/// <summary>
/// HTML throughput on a fixed sample of corpus pages (the first <see cref="SampleSize"/> pages of
/// newspaper-naeb by file name, read from ../shared/corpora when it is there): AngleSharp's bare
/// parse as the baseline, then our reader (parse + blocks + metadata), then the whole pipeline
/// (reader, main content, rules, enrichers). The ratios say what our extraction adds to the parse.
/// The baseline is AngleSharp as a user gets it (default options and services). The reader parses
/// with its own options (no source positions, no comment nodes, none of the browser services that
/// act on attributes or meta charsets): the second row is that parse alone, and the third that
/// parse after the reader's prefilter (script, style and SVG text and unread attributes cut), so
/// the report shows how much of the reader's cost is the parse and how much its own work.
/// </summary>
[MemoryDiagnoser]
// Steady state, as the CLI runs over a corpus: the pipeline's several hundred methods (rules met on
// only some pages) finish tiered compilation only after about 35 iterations of the 40 pages (measured:
// 100-300 ms per iteration before, 72-77 ms after), while BenchmarkDotNet's automatic warm-up stopped
// after 7 and counted the rest as measurements. Every row gets the same warm-up.
[MinWarmupCount(40, forceAutoWarmup: true)]
public class HtmlBenchmarks
{
    /// <summary>Pages in the sample.</summary>
    public const int SampleSize = 40;

    private readonly List<string> _pages = [];
    private ArticlePipeline _pipeline = null!;
    private HtmlParser _parser = null!;
    private HtmlParser _readerParser = null!;
    private HtmlTreeParser _treeParser = null!;

    /// <summary>Pages loaded by <see cref="Setup"/>.</summary>
    public int PageCount => _pages.Count;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = FindCorpus();
        if (corpus is not null)
        {
            foreach (var file in Directory.EnumerateFiles(corpus, "*.html").Order(StringComparer.Ordinal).Take(SampleSize))
            {
                _pages.Add(File.ReadAllText(file));
            }
        }

        if (_pages.Count == 0)
        {
            // Without the corpus, a synthetic page keeps the suite runnable (numbers then mean little).
            _pages.Add("<html><head><title>T</title></head><body><article>" + string.Concat(Enumerable.Repeat("<p>Some text of a story, with commas, words and more words to read.</p>", 40)) + "</article></body></html>");
        }

        _parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        _readerParser = new HtmlParser(HtmlPageReader.ParserOptions, AngleSharp.BrowsingContext.New(HtmlPageReader.ParserConfiguration));
        _treeParser = new HtmlTreeParser();
        _pipeline = NewsParser.Default;
        _pipeline.ParseHtml(_pages[0]); // warm the lexicons and regexes
    }

    [Benchmark(Baseline = true, Description = "AngleSharp ParseDocument")]
    public int AngleSharpParse()
    {
        int n = 0;
        foreach (var html in _pages)
        {
            using var document = _parser.ParseDocument(html);
            n += document.ChildElementCount;
        }

        return n;
    }

    [Benchmark(Description = "AngleSharp ParseDocument, reader's options")]
    public int ReaderOptionsParse()
    {
        int n = 0;
        foreach (var html in _pages)
        {
            using var document = _readerParser.ParseDocument(html);
            n += document.ChildElementCount;
        }

        return n;
    }

    [Benchmark(Description = "HtmlPrefilter + AngleSharp ParseDocument, reader's options")]
    public int PrefilteredParse()
    {
        int n = 0;
        foreach (var html in _pages)
        {
            using var document = _readerParser.ParseDocument(HtmlPrefilter.Clean(html, out _));
            n += document.ChildElementCount;
        }

        return n;
    }

    [Benchmark(Description = "HtmlPrefilter + AngleSharp tree builder, reader's tree")]
    public int PrefilteredTree()
    {
        int n = 0;
        foreach (var html in _pages)
        {
            n += _treeParser.Parse(HtmlPrefilter.Clean(html, out _).AsMemory()).ChildCount;
        }

        return n;
    }

    [Benchmark(Description = "HtmlPageReader.Read")]
    public int Read()
    {
        int n = 0;
        foreach (var html in _pages)
        {
            n += HtmlPageReader.Read(html).Blocks.Count;
        }

        return n;
    }

    [Benchmark(Description = "Pipeline.ParseHtml")]
    public int Parse()
    {
        int n = 0;
        foreach (var html in _pages)
        {
            n += _pipeline.ParseHtml(html).Body.Count;
        }

        return n;
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "corpora", "newspaper-naeb", "html");
            if (File.Exists(Path.Combine(dir.FullName, "NewsParsing.sln")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
