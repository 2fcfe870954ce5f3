using System.Text.Json;

namespace NewsParsing.Tests.Performance;

/// <summary>
/// Allocation is deterministic where time is not: each seed's parse must stay within the
/// byte budget recorded in allocation-budgets.json, so a regression fails here instead of
/// hiding in a noisy benchmark.
/// </summary>
public sealed class AllocationBudgetTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var name in Budgets().Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ParsingASeedStaysWithinItsAllocationBudget(string seed)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", seed + ".txt"));
        var pipeline = NewsParser.Default;
        pipeline.Parse(text); // warm: lexicons, regex caches, JIT

        // The least of five parses: a pooled buffer another test thread holds at that moment
        // (ArrayPool.Shared) is allocated afresh, which is contention, not this parse's cost;
        // three were not always enough on a loaded machine with every test class running.
        long allocated = long.MaxValue;
        Article article = null!;
        for (int i = 0; i < 5; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            article = pipeline.Parse(text);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.NotEmpty(article.Body);
        long budget = Budgets()[seed];
        Assert.True(allocated <= budget, $"{seed}: {allocated:N0} bytes allocated, budget {budget:N0} (allocation-budgets.json)");
    }

    private static Dictionary<string, long> Budgets()
    {
        var path = Path.Combine(SourceDirectory(), "allocation-budgets.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("budgets").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path) ?? throw new InvalidOperationException("no source path");
}
