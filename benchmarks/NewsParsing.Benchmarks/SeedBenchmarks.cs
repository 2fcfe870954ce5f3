using BenchmarkDotNet.Attributes;

namespace NewsParsing.Benchmarks;

/// <summary>Parsing each seed document (plain text, 2–8 KB) with the default pipeline.</summary>
[MemoryDiagnoser]
public class SeedBenchmarks
{
    private readonly Dictionary<string, string> _texts = [];
    private ArticlePipeline _pipeline = null!;

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> Seeds() =>
        Directory.EnumerateFiles(SeedDirectory, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    internal static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = NewsParser.Default;
        foreach (var file in Directory.EnumerateFiles(SeedDirectory, "*.txt"))
        {
            _texts[Path.GetFileNameWithoutExtension(file)] = File.ReadAllText(file);
        }

        _pipeline.Parse(_texts[Seed]); // warm the lexicons
    }

    [Benchmark]
    public Article Parse() => _pipeline.Parse(_texts[Seed]);
}
