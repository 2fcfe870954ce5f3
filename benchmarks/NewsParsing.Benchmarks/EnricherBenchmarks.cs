using BenchmarkDotNet.Attributes;
using NewsParsing.Enrichment;
using NewsParsing.Lexicons;
using NewsParsing.Quotes;

namespace NewsParsing.Benchmarks;

/// <summary>
/// Each enricher alone on a parsed seed, next to the whole parse of that seed as the baseline,
/// so the report shows what share of a parse each one costs.
/// </summary>
[MemoryDiagnoser]
public class EnricherBenchmarks
{
    private string _text = "";
    private Page _page = null!;
    private ParseContext _context = null!;
    private Article _article = null!;
    private readonly DatelineEnricher _dateline = new();
    private readonly QuoteEnricher _quotes = new();

    [Params("000_88066a6957c9a4d4", "001_6275672bcb01fc47")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(Path.Combine(SeedBenchmarks.SeedDirectory, Seed + ".txt"));
        var pipeline = NewsParser.Default;
        _page = pipeline.Read(ArticleSource.FromText(_text));
        _context = pipeline.CreateContext(_page);
        _article = pipeline.Parse(_text);
        _quotes.Enrich(_article, _page, _context); // compiles the language's quote lexicon once
    }

    [Benchmark(Baseline = true, Description = "whole parse")]
    public Article WholeParse() => NewsParser.Default.Parse(_text);

    [Benchmark(Description = "dateline")]
    public Article Dateline() => _dateline.Enrich(_article, _page, _context);

    [Benchmark(Description = "quotes")]
    public Article Quotes() => _quotes.Enrich(_article, _page, _context);

    [Benchmark(Description = "language")]
    public string? Language() =>
        LanguageDetector.Detect(_article.Body.Select(b => b.Text), LexiconSet.Default);
}
