using System.Text;

namespace NewsParsing.Tests.Snapshots;

/// <summary>The snapshot helper itself: Verify's names and text form, received files on mismatch.</summary>
public sealed class SnapshotAssertTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "np-snap-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("C", "M", "", "C.M")]
    [InlineData("C", "M", "seed=001_ab", "C.M_seed=001_ab")]
    [InlineData("C", "M", "a=x/y#z", "C.M_a=x-y-z")]
    public void FileStemFollowsVerifyNaming(string type, string method, string parameter, string expected)
    {
        var parameters = parameter.Length == 0
            ? Array.Empty<(string, object?)>()
            : [(parameter[..parameter.IndexOf('=', StringComparison.Ordinal)], parameter[(parameter.IndexOf('=', StringComparison.Ordinal) + 1)..])];
        Assert.Equal(expected, SnapshotAssert.FileStem(type, method, parameters));
    }

    [Theory]
    [InlineData("{\r\n  \"a\": 1\r\n}\r\n", "{\n  \"a\": 1\n}")]
    [InlineData("\uFEFF{}\n\n", "{}")]
    [InlineData("{}", "{}")]
    public void NormalizeGivesLfWithoutBomOrTrailingNewline(string input, string expected) =>
        Assert.Equal(expected, SnapshotAssert.Normalize(input));

    [Fact]
    public void MissingVerifiedFileWritesReceivedWithBomAndFails()
    {
        if (SnapshotAssert.AutoAccept())
        {
            return; // accepting mode writes verified files instead; covered by the seed snapshots
        }

        var fake = Path.Combine(_folder, "Fake.cs");
        Directory.CreateDirectory(_folder);
        Assert.ThrowsAny<Exception>(() => SnapshotAssert.MatchesVerified("{\r\n}", typeof(SnapshotAssertTests), [("p", 1)], null, "M", fake));
        var received = Path.Combine(_folder, "SnapshotAssertTests.M_p=1.received.json");
        var bytes = File.ReadAllBytes(received);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{', (byte)'\n', (byte)'}' }, bytes);
    }

    [Fact]
    public void MatchDeletesStaleReceivedFile()
    {
        Directory.CreateDirectory(_folder);
        var fake = Path.Combine(_folder, "Fake.cs");
        File.WriteAllText(Path.Combine(_folder, "SnapshotAssertTests.M.verified.json"), "{\n}", new UTF8Encoding(true));
        File.WriteAllText(Path.Combine(_folder, "SnapshotAssertTests.M.received.json"), "old");
        SnapshotAssert.MatchesVerified("{\r\n}\n", typeof(SnapshotAssertTests), null, null, "M", fake);
        Assert.False(File.Exists(Path.Combine(_folder, "SnapshotAssertTests.M.received.json")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
