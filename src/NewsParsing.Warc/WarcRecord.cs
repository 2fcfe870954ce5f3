namespace NewsParsing.Warc;

/// <summary>One WARC record: its named fields and its content block, as stored.</summary>
public sealed class WarcRecord
{
    internal WarcRecord(int index, string version, IReadOnlyDictionary<string, string> headers, byte[] block)
    {
        Index = index;
        Version = version;
        Headers = headers;
        Block = block;
    }

    /// <summary>0-based position among the entries read from the file (records and problems).</summary>
    public int Index { get; }

    /// <summary>The version line ("WARC/1.0").</summary>
    public string Version { get; }

    /// <summary>The named fields, case-insensitive; a repeated field keeps its first value.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The content block (for a response record: the HTTP status line, headers and payload).</summary>
    public byte[] Block { get; }

    /// <summary>WARC-Type: warcinfo, response, request, metadata, resource, revisit, conversion.</summary>
    public string? Type => Header("WARC-Type");

    /// <summary>WARC-Target-URI: the URL the record is about.</summary>
    public string? TargetUri => Header("WARC-Target-URI")?.Trim('<', '>');

    /// <summary>WARC-Date, as written (ISO 8601 UTC).</summary>
    public string? Date => Header("WARC-Date");

    /// <summary>WARC-Record-ID ("&lt;urn:uuid:…&gt;").</summary>
    public string? RecordId => Header("WARC-Record-ID");

    /// <summary>Content-Type of the block ("application/http; msgtype=response").</summary>
    public string? ContentType => Header("Content-Type");

    /// <summary>The value of a named field, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses the block as an HTTP response, or returns null when it is not one.</summary>
    public HttpResponse? ReadHttpResponse() => HttpResponse.Parse(Block);

    /// <inheritdoc />
    public override string ToString() => $"record {Index} {Type} {TargetUri}";
}

/// <summary>Something wrong in a WARC file that made the reader skip data.</summary>
/// <param name="RecordIndex">The index the damaged record would have had.</param>
/// <param name="Message">What was wrong and what was skipped.</param>
/// <param name="RecordId">The damaged record's WARC-Record-ID, when its header was readable.</param>
/// <param name="TargetUri">The damaged record's WARC-Target-URI, when its header was readable.</param>
public sealed record WarcProblem(int RecordIndex, string Message, string? RecordId = null, string? TargetUri = null);

/// <summary>What <see cref="WarcReader.Read"/> yields: a record or a problem, in file order.</summary>
/// <param name="Record">The record, or null for a problem.</param>
/// <param name="Problem">The problem, or null for a record.</param>
public readonly record struct WarcEntry(WarcRecord? Record, WarcProblem? Problem);
