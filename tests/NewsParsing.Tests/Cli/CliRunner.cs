using NewsParsing.Cli;

namespace NewsParsing.Tests.Cli;

internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, new StringReader(""), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string RepoRoot => TestFiles.RepoRoot;

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "newsparsing-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Every file under a directory, relative path → content.</summary>
    public static SortedDictionary<string, string> Tree(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);
}
