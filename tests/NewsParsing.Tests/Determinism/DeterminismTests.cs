using System.Collections.Concurrent;
using System.Globalization;

namespace NewsParsing.Tests.Determinism;

/// <summary>The same input gives byte-identical JSON whatever the culture and however many threads parse at once.</summary>
public sealed class DeterminismTests
{
    public static TheoryData<string> Inputs
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var seed in TestFiles.SeedNames)
            {
                data.Add(TestFiles.SeedPath(seed));
            }

            foreach (var page in Directory.EnumerateFiles(TestFiles.PagePath("Text"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(page);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void JsonIsIdenticalUnderFrenchTurkishAndInvariantCultures(string path)
    {
        var text = File.ReadAllText(path);
        var outputs = new List<string>();
        foreach (var name in (string[])["", "fr-FR", "tr-TR"])
        {
            outputs.Add(InCulture(CultureInfo.GetCultureInfo(name), () => NewsParser.Parse(text).ToJson()));
        }

        Assert.Equal(outputs[0], outputs[1]);
        Assert.Equal(outputs[0], outputs[2]);
    }

    [Fact]
    public void TurkishCultureReallyDiffersWhereItCould()
    {
        // Guards the test above: tr-TR must be a real culture here (ICU present), with its dotless i.
        var upper = InCulture(CultureInfo.GetCultureInfo("tr-TR"), () => "i".ToUpper(CultureInfo.CurrentCulture));
        Assert.Equal("İ", upper);
    }

    [Fact]
    public void OnePipelineParsesTheSeedsOnEightThreadsAsItDoesSequentially()
    {
        var pipeline = new ArticlePipelineBuilder().UseDefaults().Build();
        var texts = TestFiles.SeedNames.Select(n => File.ReadAllText(TestFiles.SeedPath(n))).ToArray();
        var sequential = texts.Select(t => pipeline.Parse(t).ToJson()).ToArray();

        // Every seed several times over, in an order that interleaves them across the threads.
        var jobs = Enumerable.Range(0, texts.Length * 8).Select(i => i % texts.Length).ToArray();
        var results = new ConcurrentBag<(int Seed, string Json)>();
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (int j = t; j < jobs.Length; j += 8)
            {
                results.Add((jobs[j], pipeline.Parse(texts[jobs[j]]).ToJson()));
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(jobs.Length, results.Count);
        Assert.All(results, r => Assert.Equal(sequential[r.Seed], r.Json));
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }
}
