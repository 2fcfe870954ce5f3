using System.Reflection;
using System.Runtime.Loader;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsParsing.Tests.Cli;

namespace NewsParsing.Tests.Samples;

/// <summary>
/// Compiles and runs every samples/linqpad/*.linq the way LINQPad does (Statements in a Main,
/// Program as the body of a class; the header's namespaces imported; Dump() recorded), so the
/// samples never rot.
/// </summary>
public sealed class LinqPadSampleTests
{
    private const string DumpStub = """
        public static class LINQPadDumpStub
        {
            public static readonly System.Collections.Generic.List<(string? Title, object? Value)> Dumped = new();

            public static T Dump<T>(this T value, string? title = null)
            {
                // LINQPad shows ToDump() when a type has one: call it the same way.
                var toDump = value?.GetType().GetMethod("ToDump", System.Type.EmptyTypes);
                object? shown = toDump is null ? value : toDump.Invoke(value, null);
                if (shown is System.Collections.IEnumerable items && shown is not string)
                {
                    shown = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Cast<object?>(items));
                }

                Dumped.Add((title, shown));
                return value;
            }
        }
        """;

    private static string[] SampleNames() =>
        [.. Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "samples", "linqpad"), "*.linq").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Samples() => new(SampleNames());

    [Fact]
    public void The_four_samples_of_the_issue_are_there() =>
        Assert.Equal(["custom-parser.linq", "parse-a-file.linq", "parse-saved-html.linq", "quotes-by-speaker.linq"], SampleNames());

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_sample_compiles_and_runs_against_the_library(string name)
    {
        var dumped = Run(Path.Combine(CliRunner.RepoRoot, "samples", "linqpad", name));
        Assert.NotEmpty(dumped);
        if (name != "quotes-by-speaker.linq")
        {
            Assert.Contains(dumped, d => d.Value?.GetType().GetProperty("Title")?.GetValue(d.Value) is string { Length: > 0 });
        }

        if (name == "custom-parser.linq")
        {
            Assert.Contains(dumped, d => d.Value?.GetType().GetProperty("Format")?.GetValue(d.Value) as string == "ticker");
        }
    }

    private static List<(string? Title, object? Value)> Run(string path)
    {
        var text = File.ReadAllText(path);
        int end = text.IndexOf("</Query>", StringComparison.Ordinal) + "</Query>".Length;
        var header = XElement.Parse(text[..end]);
        var code = text[end..];
        var kind = (string?)header.Attribute("Kind");
        Assert.Contains(kind, new[] { "Statements", "Program" });
        Assert.Equal("NewsParsing", header.Element("NuGetReference")?.Value);

        var usings = new[] { "System", "System.IO", "System.Linq", "System.Collections.Generic" }
            .Concat(header.Elements("Namespace").Select(n => n.Value))
            .Select(n => $"using {n};");
        var body = kind == "Statements" ? $"public void Main() {{\n{code}\n}}" : code;
        var source = $"{string.Join("\n", usings)}\npublic class UserQuery {{\n{body}\n}}\n{DumpStub}";

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Article).Assembly.Location)
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "LinqPadSample_" + Path.GetFileNameWithoutExtension(path).Replace('-', '_'),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var ms = new MemoryStream();
        var emit = compilation.Emit(ms);
        Assert.True(emit.Success, $"{Path.GetFileName(path)} does not compile:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var context = new AssemblyLoadContext(path, isCollectible: true);
        try
        {
            ms.Position = 0;
            var assembly = context.LoadFromStream(ms);
            var query = Activator.CreateInstance(assembly.GetType("UserQuery")!)!;
            var main = query.GetType().GetMethod("Main", BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
            main.Invoke(main.IsStatic ? null : query, null);
            var dumped = (List<(string?, object?)>)assembly.GetType("LINQPadDumpStub")!.GetField("Dumped")!.GetValue(null)!;
            return dumped;
        }
        finally
        {
            context.Unload();
        }
    }
}
