using System.Diagnostics;
using BenchmarkDotNet.Running;

namespace NewsParsing.Benchmarks;

/// <summary>
/// Runs the suite: <c>dotnet run -c Release --project benchmarks/NewsParsing.Benchmarks -- --filter '*'</c>.
/// <c>-- --ratio</c> instead measures the HTML ratios interleaved (baseline, reader, pipeline in
/// turn, medians of many rounds), which stays meaningful on a shared, loaded machine where
/// BenchmarkDotNet's separate runs see different loads.
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Ratios(int rounds)
    {
        var bench = new HtmlBenchmarks();
        bench.Setup();
        var cases = new (string Name, Func<int> Run)[] { ("AngleSharp ParseDocument", bench.AngleSharpParse), ("HtmlPageReader.Read", bench.Read), ("Pipeline.ParseHtml", bench.Parse) };
        var times = cases.ToDictionary(c => c.Name, _ => new List<double>());
        foreach (var c in cases)
        {
            c.Run(); // warm up
        }

        for (int r = 0; r < rounds; r++)
        {
            foreach (var c in cases)
            {
                var sw = Stopwatch.StartNew();
                c.Run();
                times[c.Name].Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        double baseline = Median(times[cases[0].Name]);
        Console.WriteLine($"| Method | Median (ms, {bench.PageCount} pages) | Pages/s | Ratio |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var c in cases)
        {
            double m = Median(times[c.Name]);
            Console.WriteLine(System.FormattableString.Invariant($"| {c.Name} | {m:F1} | {bench.PageCount * 1000 / m:F0} | {m / baseline:F2} |"));
        }
    }
}
