using System.Runtime.CompilerServices;
using System.Text;

namespace NewsParsing.Tests.Snapshots;

/// <summary>
/// Snapshot assertions that follow Verify's file conventions (docs: shared/design/snapshots.md),
/// so that moving to Verify.Xunit later keeps every verified file valid:
/// <c>{directory of the test source}/{directory}/{TestClass}.{TestMethod}_{param}={value}.verified.json</c>,
/// UTF-8 with BOM, '\n' line endings, no trailing newline. A mismatch writes the
/// <c>.received.json</c> beside it and fails; <c>NEWSPARSING_ACCEPT_SNAPSHOTS=1</c> accepts
/// instead (never when the <c>CI</c> variable is set).
/// </summary>
public static class SnapshotAssert
{
    /// <summary>The environment variable that accepts received snapshots (documented in the README).</summary>
    public const string AcceptVariable = "NEWSPARSING_ACCEPT_SNAPSHOTS";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Compares <paramref name="json"/> with the verified file of the calling test.</summary>
    /// <param name="json">The received text.</param>
    /// <param name="testClass">The test class (its name without namespace is used).</param>
    /// <param name="parameters">The test's parameters, in declaration order, as (name, value).</param>
    /// <param name="directory">Verify's <c>UseDirectory</c>, relative to the test source's directory; null for none.</param>
    /// <param name="testMethod">Filled by the compiler.</param>
    /// <param name="sourceFile">Filled by the compiler.</param>
    public static void MatchesVerified(
        string json,
        Type testClass,
        IReadOnlyList<(string Name, object? Value)>? parameters = null,
        string? directory = null,
        [CallerMemberName] string testMethod = "",
        [CallerFilePath] string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(testClass);
        var folder = ResolveSourceDirectory(sourceFile);
        if (directory is { Length: > 0 })
        {
            folder = Path.Combine(folder, directory);
        }

        var stem = FileStem(testClass.Name, testMethod, parameters ?? []);
        var verifiedPath = Path.Combine(folder, stem + ".verified.json");
        var receivedPath = Path.Combine(folder, stem + ".received.json");
        var received = Normalize(json);
        string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;

        if (verified is { Length: > 0 } && string.Equals(received, verified, StringComparison.Ordinal))
        {
            File.Delete(receivedPath); // a stale received file from an earlier mismatch
            return;
        }

        Directory.CreateDirectory(folder);
        if (AutoAccept())
        {
            File.WriteAllText(verifiedPath, received, Utf8WithBom);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, Utf8WithBom);
        var why = verified is null ? "the verified file is missing" : verified.Length == 0 ? "the verified file is empty" : "the received text differs";
        Assert.Fail(
            $"Snapshot mismatch: {why}.{Environment.NewLine}" +
            $"Received: {receivedPath}{Environment.NewLine}" +
            $"Verified: {verifiedPath}{Environment.NewLine}" +
            $"Review the difference, then move the received file over the verified one " +
            $"(or run once with {AcceptVariable}=1, outside CI).{FirstDifference(received, verified)}");
    }

    /// <summary>Verify's file name without extension: <c>{Class}.{Method}_{name}={value}_…</c>, invalid characters as '-'.</summary>
    public static string FileStem(string testClass, string testMethod, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        ArgumentNullException.ThrowIfNull(testMethod);
        ArgumentNullException.ThrowIfNull(parameters);
        var sb = new StringBuilder();
        sb.Append(testClass).Append('.').Append(testMethod);
        if (parameters.Count > 0)
        {
            sb.Append('_').AppendJoin('_', parameters.Select(p => p.Name + "=" + Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return SanitizeFileName(sb.ToString());
    }

    /// <summary>Replaces what is invalid in a file name on any platform (and '#') with '-'.</summary>
    public static string SanitizeFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var invalid = new HashSet<char>(Path.GetInvalidFileNameChars()) { '#', '<', '>', ':', '"', '/', '\\', '|', '?', '*' };
        var chars = name.Select(c => invalid.Contains(c) || c < ' ' ? '-' : c).ToArray();
        return new string(chars);
    }

    /// <summary>Verify's text form: '\n' line endings, no BOM in the string, no trailing newline.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
    }

    /// <summary>True when the accept variable is on and no CI variable is set.</summary>
    public static bool AutoAccept() =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "True"
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>
    /// The directory of the test source file. Deterministic CI builds map source paths to
    /// "/_/…"; then the path is resolved against the repository root above the test binaries.
    /// </summary>
    private static string ResolveSourceDirectory(string sourceFile)
    {
        var dir = Path.GetDirectoryName(sourceFile) ?? "";
        if (Directory.Exists(dir))
        {
            return dir;
        }

        var relative = sourceFile.Replace('\\', '/');
        if (relative.StartsWith("/_/", StringComparison.Ordinal))
        {
            relative = relative[3..];
        }

        var root = TestFiles.RepoRoot;
        return Path.GetDirectoryName(Path.Combine(root, relative))!;
    }

    private static string FirstDifference(string received, string? verified)
    {
        if (verified is null)
        {
            return "";
        }

        var r = received.Split('\n');
        var v = verified.Split('\n');
        for (int i = 0; i < Math.Max(r.Length, v.Length); i++)
        {
            var rl = i < r.Length ? r[i] : "(end of file)";
            var vl = i < v.Length ? v[i] : "(end of file)";
            if (!string.Equals(rl, vl, StringComparison.Ordinal))
            {
                return $"{Environment.NewLine}First difference at line {i + 1}:{Environment.NewLine}  verified: {vl}{Environment.NewLine}  received: {rl}";
            }
        }

        return "";
    }
}
