using BenchmarkDotNet.Attributes;
using NewsParsing.Quotes;

namespace NewsParsing.Benchmarks;

/// <summary>
/// What quote extraction costs: parsing each seed with the default pipeline (baseline: built
/// without the <see cref="QuoteEnricher"/>) and with it. The ratio column is the cost.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private ArticlePipeline _without = null!;
    private ArticlePipeline _with = null!;
    private string _text = "";

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> Seeds() => SeedBenchmarks.Seeds();

    [GlobalSetup]
    public void Setup()
    {
        var builder = new ArticlePipelineBuilder().UseDefaults();
        _with = builder.Build();
        builder.Enrichers.RemoveAll<QuoteEnricher>();
        _without = builder.Build();
        _text = File.ReadAllText(Path.Combine(SeedBenchmarks.SeedDirectory, Seed + ".txt"));

        // Warm the lexicons and the compiled quote lexicon.
        _with.Parse(_text);
        _without.Parse(_text);
    }

    [Benchmark(Baseline = true)]
    public Article ParseWithoutQuotes() => _without.Parse(_text);

    [Benchmark]
    public Article ParseWithQuotes() => _with.Parse(_text);
}
