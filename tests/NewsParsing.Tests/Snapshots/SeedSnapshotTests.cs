using NewsParsing.Json;

namespace NewsParsing.Tests.Snapshots;

/// <summary>
/// Each seed's whole Article, pinned. A snapshot pins what the code does, not what is right:
/// each verified file was reviewed against the seed's gold file before it was committed.
/// </summary>
public sealed class SeedSnapshotTests
{
    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedArticle(string seed)
    {
        var article = NewsParser.ParseFile(TestFiles.SeedPath(seed));
        var json = ArticleJson.Serialize(article, indented: true);
        SnapshotAssert.MatchesVerified(json, typeof(SeedSnapshotTests), [(nameof(seed), seed)]);
    }

    public static TheoryData<string> Seeds => TestFiles.Seeds;
}
