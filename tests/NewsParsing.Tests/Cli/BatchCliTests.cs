using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsParsing.Tests.Cli;

public sealed class BatchCliTests
{
    private static string Seeds => Path.Combine(CliRunner.RepoRoot, "seeds");

    /// <summary>A mixed input tree: the seeds, a gzipped page, a JSON Lines file and two small WARCs.</summary>
    private static string MixedInputs()
    {
        var dir = CliRunner.TempDir();
        var inputs = Path.Combine(dir, "in");
        Directory.CreateDirectory(Path.Combine(inputs, "seeds"));
        foreach (var seed in Directory.GetFiles(Seeds, "*.txt"))
        {
            File.Copy(seed, Path.Combine(inputs, "seeds", Path.GetFileName(seed)));
        }

        using (var gz = new GZipStream(File.Create(Path.Combine(inputs, "zipped.html.gz")), CompressionLevel.Fastest))
        {
            gz.Write("<html><body><h1>Zipped page title here</h1><p>A paragraph of the zipped page, long enough to be a body paragraph of the story.</p></body></html>"u8);
        }

        File.WriteAllLines(Path.Combine(inputs, "pages.jsonl"),
        [
            """{"url":"https://example.com/a","html":"<html><body><h1>JSON Lines page A</h1><p>Body of page A, a sentence long enough to be kept as a paragraph.</p></body></html>"}""",
            """{"url":"https://example.com/b","text":"JSON Lines page B\n\nBody of page B, a sentence long enough to be kept as a paragraph of the story."}""",
        ]);
        WarcBatchTests.Generate(Path.Combine(inputs, "w1.warc.gz"), records: 12);
        WarcBatchTests.Generate(Path.Combine(inputs, "w2.warc.gz"), records: 9);
        return dir;
    }

    [Fact]
    public void Three_shards_together_produce_exactly_the_output_of_one_run()
    {
        var dir = MixedInputs();
        var inputs = Path.Combine(dir, "in");
        var one = CliRunner.Run("parse", inputs, "-q");
        var parts = Enumerable.Range(1, 3).Select(i => CliRunner.Run("parse", inputs, "-q", "--shard", $"{i}/3", "-j", "2")).ToList();
        Assert.Equal(one.Out, string.Concat(parts.Select(p => p.Out)));
        Assert.All(parts, p => Assert.NotEqual("", p.Out)); // 9 inputs: every shard has work

        CliRunner.Run("parse", inputs, "-q", "--out", Path.Combine(dir, "one"));
        for (int i = 1; i <= 3; i++)
        {
            CliRunner.Run("parse", inputs, "-q", "--shard", $"{i}/3", "--out", Path.Combine(dir, "sharded"));
        }

        var tree = CliRunner.Tree(Path.Combine(dir, "one"));
        Assert.Equal(tree, CliRunner.Tree(Path.Combine(dir, "sharded")));
        Assert.Contains("w1.jsonl", tree.Keys);
        Assert.Contains("zipped.json", tree.Keys);
        Assert.Contains("seeds/000_88066a6957c9a4d4.json", tree.Keys);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Parallel_output_is_the_sequential_output()
    {
        var dir = MixedInputs();
        var inputs = Path.Combine(dir, "in");
        Assert.Equal(CliRunner.Run("parse", inputs, "-q").Out, CliRunner.Run("parse", inputs, "-q", "--jobs", "4").Out);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Existing_outputs_are_skipped_unless_forced()
    {
        var dir = CliRunner.TempDir();
        var outDir = Path.Combine(dir, "out");
        var first = CliRunner.Run("parse", Seeds, "--out", outDir);
        Assert.Equal(0, first.Code);
        Assert.Contains("5 documents, 5 parsed, 0 failed", first.Err, StringComparison.Ordinal);

        var target = Path.Combine(outDir, "002_eb4eecf2300c74ce.json");
        File.WriteAllText(target, "kept");
        var second = CliRunner.Run("parse", Seeds, "--out", outDir);
        Assert.Contains("0 documents, 0 parsed, 0 failed, 5 input(s) skipped", second.Err, StringComparison.Ordinal);
        Assert.Equal("kept", File.ReadAllText(target));

        CliRunner.Run("parse", Seeds, "--out", outDir, "--force");
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(outDir, "*.partial", SearchOption.AllDirectories));
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Json_lines_input_reports_bad_lines_with_their_number()
    {
        var dir = CliRunner.TempDir();
        var file = Path.Combine(dir, "in.jsonl");
        File.WriteAllLines(file,
        [
            """{"url":"https://example.com/a","text":"A title line\n\nA body paragraph that is long enough to be kept in the article body."}""",
            "{not json",
            """{"url":"https://example.com/c"}""",
        ]);
        var (code, stdout, stderr) = CliRunner.Run("parse", file);
        Assert.Equal(1, code);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("https://example.com/a", json.RootElement.GetProperty("url").GetString());
        Assert.Equal(file + ":1", json.RootElement.GetProperty("input").GetString());
        Assert.Contains($"{file}:2: invalid JSON", stderr, StringComparison.Ordinal);
        Assert.Contains($"{file}:3: the object has no string 'html' or 'text' field", stderr, StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Usage_errors_exit_2_with_a_message()
    {
        var bad = CliRunner.Run("parse", Seeds, "--shard", "4/3");
        Assert.Equal(2, bad.Code);
        Assert.Contains("--shard '4/3'", bad.Err, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("parse", Seeds, "--jobs", "0").Code);
        var plugin = CliRunner.Run("parse", Seeds, "--plugin", "no/such.dll");
        Assert.Equal(2, plugin.Code);
        Assert.Contains("--plugin no/such.dll: no such file", plugin.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_page_still_writes_one_object_and_no_summary()
    {
        var (code, stdout, stderr) = CliRunner.Run("parse", Path.Combine(Seeds, "002_eb4eecf2300c74ce.txt"), "--pretty");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.StartsWith("{\n", stdout.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\"input\"", stdout, StringComparison.Ordinal);
    }
}

public sealed class ProgressTests
{
    private static (string Err, int Code) Run(bool terminal, params string[] args)
    {
        var stderr = new StringWriter();
        int code = NewsParsing.Cli.CliApp.Run(args, new StringReader(""), new StringWriter(), stderr, stderrIsTerminal: terminal);
        return (stderr.ToString(), code);
    }

    [Fact]
    public void The_progress_bar_shows_on_a_terminal_only_and_not_with_quiet()
    {
        var seeds = Path.Combine(CliRunner.RepoRoot, "seeds");
        var (terminal, _) = Run(true, "parse", seeds);
        Assert.Contains("\r[", terminal, StringComparison.Ordinal);
        Assert.Contains("docs", terminal, StringComparison.Ordinal);
        Assert.Contains("ETA", terminal, StringComparison.Ordinal);

        var (redirected, _) = Run(false, "parse", seeds);
        Assert.DoesNotContain("\r", redirected, StringComparison.Ordinal);
        Assert.Contains("5 documents, 5 parsed", redirected, StringComparison.Ordinal);

        var (quiet, code) = Run(true, "parse", seeds, "--quiet");
        Assert.Equal("", quiet);
        Assert.Equal(0, code);
    }
}

public sealed class HelpTests
{
    [Fact]
    public void Parse_help_lists_the_batch_options_and_exits_0()
    {
        var (code, stdout, _) = CliRunner.Run("parse", "--help");
        Assert.Equal(0, code);
        foreach (var option in new[] { "--jobs", "--shard", "--force", "--quiet", "--plugin", "--profiles", "--out" })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_not_a_missing_file()
    {
        var (code, _, stderr) = CliRunner.Run("parse", "seeds", "--bogus");
        Assert.Equal(2, code);
        Assert.Contains("unknown option '--bogus'", stderr, StringComparison.Ordinal);
    }
}

public sealed class OutputNameTests
{
    [Fact]
    public void Inputs_that_would_share_an_output_keep_their_full_names()
    {
        var dir = CliRunner.TempDir();
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "Title line of page a\n\nA paragraph of the text page, long enough to be kept as the body.");
        File.WriteAllText(Path.Combine(input, "a.html"), "<html><body><h1>Title of the html page</h1><p>A paragraph of the html page, long enough to be kept.</p></body></html>");
        File.WriteAllText(Path.Combine(input, "b.txt"), "Title line of page b\n\nA paragraph of page b, long enough to be kept as the body of it.");
        var (code, _, _) = CliRunner.Run("parse", input, "--out", Path.Combine(dir, "out"), "-q");
        Assert.Equal(0, code);
        Assert.Equal(["a.html.json", "a.txt.json", "b.json"], CliRunner.Tree(Path.Combine(dir, "out")).Keys);
        Directory.Delete(dir, recursive: true);
    }
}
