namespace NewsParsing.Tests;

/// <summary>Where the tests' inputs are: the seeds and our own test pages, copied beside the test binaries.</summary>
public static class TestFiles
{
    /// <summary>The repository root (the folder holding NewsParsing.sln above the test binaries).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsParsing.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new DirectoryNotFoundException("repository root not found above the test binaries");
        }
    }

    /// <summary>The seed documents' names without extension, sorted.</summary>
    public static IReadOnlyList<string> SeedNames { get; } =
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    /// <summary>The seeds as xUnit theory data.</summary>
    public static TheoryData<string> Seeds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in SeedNames)
            {
                data.Add(name);
            }

            return data;
        }
    }

    /// <summary>The path of a seed document.</summary>
    public static string SeedPath(string name) => Path.Combine(AppContext.BaseDirectory, "seeds", name + ".txt");

    /// <summary>The path of a test page, relative to TestPages/ ("Text/hashtag-footer/a.txt").</summary>
    public static string PagePath(string relative) => Path.Combine(AppContext.BaseDirectory, "TestPages", relative);

    /// <summary>The text of a test page.</summary>
    public static string ReadPage(string relative) => File.ReadAllText(PagePath(relative));
}
