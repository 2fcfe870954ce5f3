using System.Diagnostics;
using System.Text.Json;
using NewsParsing.Tests.Cli;

namespace NewsParsing.Tests.Samples;

/// <summary>Builds samples/NewsParsing.SamplePlugin once (the slow test) and parses through it with --plugin.</summary>
public sealed class SamplePluginTests
{
    private const string Page = """
        FOR IMMEDIATE RELEASE

        Acme Rockets opens a launch site in Springfield

        SPRINGFIELD, June 19, 2024 — Acme Rockets today opened its first launch site, a project that brings two hundred jobs to the region.

        The site will host its first launch in the autumn, the company said in a statement released on Wednesday.

        ###

        About Acme Rockets: Acme builds rockets for coyotes and other customers.
        """;

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void The_sample_plugin_builds_and_takes_over_a_page_from_the_generic_parser()
    {
        var project = Path.Combine(CliRunner.RepoRoot, "samples", "NewsParsing.SamplePlugin", "NewsParsing.SamplePlugin.csproj");
        var dll = Path.Combine(Path.GetDirectoryName(project)!, "bin", Configuration, "net10.0", "NewsParsing.SamplePlugin.dll");
        var (code, log) = Dotnet("build", project, "-c", Configuration, "--nologo", "-v", "q", "-nodeReuse:false", "-p:UseSharedCompilation=false", "--disable-build-servers");
        Assert.True(code == 0, log);
        Assert.True(File.Exists(dll), dll);

        var dir = CliRunner.TempDir();
        var page = Path.Combine(dir, "release.txt");
        File.WriteAllText(page, Page);

        var before = CliRunner.Run("parse", page);
        Assert.Equal("generic-text", Format(before.Out));

        var after = CliRunner.Run("parse", page, "--plugin", dll);
        Assert.Equal(0, after.Code);
        Assert.Equal("press-release", Format(after.Out));
        using var json = JsonDocument.Parse(after.Out);
        Assert.Equal("Acme Rockets opens a launch site in Springfield", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("body").GetArrayLength());

        var formats = CliRunner.Run("formats", "--plugin", dll).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // After the built-in formats, before both generic parsers (HTML, then the text fallback).
        Assert.Equal(["press-release", "generic-html", "generic-text"], formats[^3..]);
        Directory.Delete(dir, recursive: true);
    }

    private static string? Format(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("format").GetString();
    }

    private static (int Code, string Log) Dotnet(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // The test host's MSBuild variables would point the inner build at the outer one's state.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
