using BenchmarkDotNet.Attributes;

namespace NewsParsing.Benchmarks;

/// <summary>The five seeds parsed one after another, as a batch run does with one worker.</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = [.. Directory.EnumerateFiles(SeedBenchmarks.SeedDirectory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        foreach (var text in _texts)
        {
            NewsParser.Default.Parse(text);
        }
    }

    [Benchmark(Description = "five seeds, one pipeline")]
    public int ParseFiveSeeds()
    {
        int blocks = 0;
        foreach (var text in _texts)
        {
            blocks += NewsParser.Default.Parse(text).Body.Count;
        }

        return blocks;
    }
}
