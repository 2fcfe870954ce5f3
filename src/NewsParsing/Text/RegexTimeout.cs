namespace NewsParsing.Text;

/// <summary>
/// The one match timeout every regular expression of the library uses. It only guards against
/// a pattern gone catastrophic on hostile input: the patterns are linear, so on any real page a
/// match takes microseconds. The limit is wall-clock time, which a loaded machine stretches (a
/// 200 ms limit once failed a page under a load of 15 on two cores), so it is generous.
/// </summary>
internal static class RegexTimeout
{
    /// <summary>Match timeout in milliseconds.</summary>
    public const int Milliseconds = 2000;
}
